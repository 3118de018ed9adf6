// The explorer's server: build the app, serve it, read a snapshot.
export { createApp, snapshotCounts, type AppOptions } from './app.js';
export type { Health, SnapshotCounts } from '../src/api/types.js';
export { serve, type Served } from './serve.js';
export { readSnapshot, SnapshotError } from './snapshot.js';
export { DEFAULT_CYPHER_OFF } from './cypher-routes.js';
