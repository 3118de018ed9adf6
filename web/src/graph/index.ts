// Graph logic of the explorer, plain TS over graphology: no React, no DOM.
export * from './policy-graph.js';
export * from './colours.js';
export * from './search.js';
export * from './neighbourhood.js';
export * from './filters.js';
export * from './highlight.js';
export * from './node-ref.js';
export * from './measure-details.js';
export * from './mentions.js';
export * from './document-details.js';
export * from './connections.js';
export * from './view-graph.js';
export * from './csv.js';
export * from './corpus-documents.js';
export * from './coverage.js';
export * from './coverage-csv.js';
