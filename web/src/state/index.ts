export * from './explorer-state.js';
export * from './store.js';
