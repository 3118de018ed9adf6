// `npm run load -- <snapshot.json>`: validates the snapshot, connects (NEO4J_URI or the local
// launcher on --data-dir), loads it (batched staging, then a switch: see loader.ts), prints one
// line; exit 1 on any error.
import { defineCommand, runMain } from 'citty';
import { resolve } from 'node:path';
import { connectNeo4j } from './connection.js';
import { loadSnapshot } from './loader.js';
import { formatLoadSummary } from './load-summary.js';
import { readSnapshotFile } from './snapshot-file.js';

const main = defineCommand({
  meta: { name: 'load', description: 'Make the Neo4j database equal to a graph snapshot' },
  args: {
    snapshot: { type: 'positional', description: 'snapshot JSON written by `npm run ingest`', required: true },
    dataDir: { type: 'string', description: 'data dir of the local Neo4j (when NEO4J_URI is unset)', default: 'data/neo4j' },
    verbose: { type: 'boolean', description: 'print the launcher and Maven output', default: false },
  },
  async run({ args }) {
    try {
      const snapshot = await readSnapshotFile(args.snapshot);
      const onLog = args.verbose ? (line: string) => console.error(line) : undefined;
      const connection = await connectNeo4j({ dataDir: resolve(args.dataDir), onLog });
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
