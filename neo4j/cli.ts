// `npm run load -- <snapshot.json>`: validates the snapshot, connects (NEO4J_URI or the local
// launcher on --data-dir), loads it (batched staging, then a switch: see loader.ts), prints one
// line; exit 1 on any error. While `npm start` runs, its local Neo4j holds the data dir's store
// (a second server cannot open it): the load goes into that running server instead.
import { defineCommand, runMain } from 'citty';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { connectNeo4j, type Neo4jConnection } from './connection.js';
import { credentialsPath, readOrCreateCredentials } from './credentials.js';
import { portIsFree } from './link.js';
import { loadSnapshot } from './loader.js';
import { formatLoadSummary } from './load-summary.js';
import { readSnapshotFile } from './snapshot-file.js';

/**
 * The local Neo4j `npm start` keeps on NEO4J_BOLT_PORT (default 7687) over the same data dir, when
 * one answers there with the data dir's password; else NEO4J_URI or a local server of our own.
 */
async function connectForLoad(dataDir: string, onLog?: (line: string) => void): Promise<Neo4jConnection> {
  const env = process.env;
  const port = Number(env.NEO4J_BOLT_PORT ?? 7687);
  if (!env.NEO4J_URI && existsSync(credentialsPath(dataDir)) && !(await portIsFree(port))) {
    const { user, password } = readOrCreateCredentials(dataDir);
    const uri = `bolt://127.0.0.1:${port}`;
    try {
      const running = await connectNeo4j({ dataDir, env: { ...env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password }, connectTimeoutMs: 2000 });
      console.error(`load: loading into the local Neo4j already running at ${uri} (npm start's)`);
      return running;
    } catch {
      // Another server on that port, or not ours: start our own as before.
    }
  }
  return connectNeo4j({ dataDir, onLog });
}

const main = defineCommand({
  meta: { name: 'load', description: 'Make the Neo4j database equal to a graph snapshot' },
  args: {
    snapshot: { type: 'positional', description: 'snapshot JSON written by `npm run ingest`', required: true },
    dataDir: { type: 'string', description: 'data dir of the local Neo4j (when NEO4J_URI is unset; default POLICY_GRAPH_DATA, else data/neo4j)', default: process.env.POLICY_GRAPH_DATA ?? 'data/neo4j' },
    verbose: { type: 'boolean', description: 'print the launcher and Maven output', default: false },
  },
  async run({ args }) {
    try {
      const snapshot = await readSnapshotFile(args.snapshot);
      const onLog = args.verbose ? (line: string) => console.error(line) : undefined;
      const connection = await connectForLoad(resolve(args.dataDir), onLog);
      try {
        const report = await loadSnapshot(connection.driver, snapshot, { database: connection.database });
        console.log(formatLoadSummary(args.snapshot, connection.uri, report));
      } finally {
        await connection.close();
      }
    } catch (err) {
      console.error(`load: ${(err as Error).message}`);
      process.exitCode = 1;
    }
  },
});

runMain(main);
