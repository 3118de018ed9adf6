export * from './explorer-state.js';
export * from './store.js';
export * from './url-state.js';
export * from './research-state.js';
