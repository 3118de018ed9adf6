// The one definition of the policy graph: node and edge schemas, snapshot shape, Neo4j DDL.
export * from './kinds.js';
export * from './fields.js';
export * from './nodes.js';
export * from './edges.js';
export * from './snapshot.js';
export * from './neo4j.js';
