// What `npm start` does when Neo4j answers: load the graph in a child process (neo4j/load-in-child.ts)
// so the explorer keeps answering meanwhile (session 22: a 299 s load held the page back 189 s),
// with the load's progress in the terminal and beside "loading" in the page's Cypher console.
import type { Driver } from 'neo4j-driver';
import { countGraph } from '../neo4j/graph-counts.js';
import type { LoadTarget } from '../neo4j/link.js';
import { loadInChild } from '../neo4j/load-in-child.js';
import type { LoadOptions, LoadReport } from '../neo4j/loader.js';
import { loadProgress } from './start-progress.js';

export interface GraphLoadOptions {
  /** The snapshot file the ingest wrote (the child reads it). */
  snapshotPath: string;
  /** Its node and edge counts: a reconnection finds them in Neo4j, or loads again. */
  expected: { nodes: number; edges: number };
  log: (line: string) => void;
  /** After the first load (the Bolt address for the user's own clients). */
  onFirstLoad?: () => void;
  /** Aborted on Ctrl-C: the child is killed, the previous graph stays (loader.ts). */
  signal?: AbortSignal;
  /** How the load runs; the child by default (tests compare it with an in-process one). */
  load?: (target: LoadTarget & { database?: string; snapshotPath: string; onProgress: NonNullable<LoadOptions['onProgress']>; signal?: AbortSignal }, driver: Driver) => Promise<LoadReport>;
}

const sum = (r: Record<string, number>): number => Object.values(r).reduce((x, y) => x + y, 0);

export function graphLoad(options: GraphLoadOptions) {
  const { expected, log } = options;
  const load = options.load ?? ((t) => loadInChild({ uri: t.uri, auth: t.auth, database: t.database, snapshotPath: t.snapshotPath, onProgress: t.onProgress, signal: t.signal }));
  return async (driver: Driver, database: string | undefined, first: boolean, target: LoadTarget): Promise<void> => {
    if (!first) {
      // Reconnected: the store normally still holds the graph; reload only when it does not.
      const counts = await countGraph(driver, database);
      if (sum(counts.nodes) === expected.nodes && sum(counts.relationships) === expected.edges) return;
      log('Neo4j came back without the graph; loading it again …');
    }
    log(`loading the graph into Neo4j (${expected.nodes.toLocaleString('en-US')} nodes, ${expected.edges.toLocaleString('en-US')} relationships; the explorer answers meanwhile, Cypher comes on when it is done) …`);
    const terminal = loadProgress(log);
    const page = loadProgress(target.note, { everyMs: 0 });
    const loaded = await load(
      { ...target, database, snapshotPath: options.snapshotPath, signal: options.signal, onProgress: (p) => (terminal(p), page(p)) },
      driver,
    );
    log(`Neo4j holds the graph (${sum(loaded.nodes)} nodes, ${sum(loaded.relationships)} relationships, loaded in ${loaded.ms} ms)`);
    if (first) options.onFirstLoad?.();
  };
}
