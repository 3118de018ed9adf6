// `npm start`: ingest the default corpus, build the page if it is stale, connect to Neo4j
// (NEO4J_URI, else a local server started here; without Java, Cypher is off), load the graph,
// serve the explorer. Ctrl-C stops the server and the Neo4j it started.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest } from '../ingest/pipeline.js';
import { formatReport } from '../ingest/report.js';
import { connectNeo4j, type Neo4jConnection } from '../neo4j/connection.js';
import { loadSnapshot } from '../neo4j/loader.js';
import { createCypherService } from '../neo4j/queries.js';
import { javaAvailable } from '../neo4j/server.js';
import { createApp } from '../web/server/index.js';
import { serve } from '../web/server/serve.js';

const ROOT = join(import.meta.dirname, '..');
const env = process.env;
const corpus = env.POLICY_GRAPH_CORPUS ?? join(ROOT, 'corpus');
const snapshotPath = env.POLICY_GRAPH_SNAPSHOT ?? join(ROOT, 'out', 'snapshot.json');
const port = Number(env.PORT ?? 5170);
const host = env.HOST ?? '127.0.0.1';

function log(line: string): void {
  console.log(`policy-graph: ${line}`);
}

async function buildPageIfStale(): Promise<string> {
  const dist = join(ROOT, 'web', 'dist');
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const p = join(dir, e.name);
      return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }, 0);
  const built = existsSync(join(dist, 'index.html')) ? statSync(join(dist, 'index.html')).mtimeMs : 0;
  if (built < Math.max(newest(join(ROOT, 'web', 'src')), statSync(join(ROOT, 'web', 'index.html')).mtimeMs)) {
    log('building the explorer page …');
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
  }
  return dist;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const { snapshot, report } = await runIngest({ inputs: [corpus], out: snapshotPath });
  console.log(formatReport(report));

  let connection: Neo4jConnection | undefined;
  let cypherOff: string | undefined;
  if (!env.NEO4J_URI && !javaAvailable()) {
    cypherOff = 'Cypher is off: no NEO4J_URI and no Java to start a local Neo4j. Install Java 17+ or set NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD.';
    log(cypherOff);
  } else {
    log(env.NEO4J_URI ? `connecting to ${env.NEO4J_URI} …` : 'starting a local Neo4j (first run fetches it from Maven Central) …');
    connection = await connectNeo4j({ dataDir: join(ROOT, 'data', 'neo4j') });
    const loaded = await loadSnapshot(connection.driver, snapshot, { database: connection.database });
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    log(`Neo4j at ${connection.uri} holds the graph (${sum(loaded.nodes)} nodes, ${sum(loaded.relationships)} relationships, loaded in ${loaded.ms} ms)`);
  }

  const staticDir = await buildPageIfStale();
  const app = createApp({
    snapshot,
    staticDir,
    cypher: connection ? createCypherService(connection.driver, { database: connection.database }) : null,
    cypherOff,
  });
  const served = await serve(app, { port, host });
  log(`explorer at ${served.url}  (ready in ${Math.round(performance.now() - t0)} ms; Ctrl-C to stop)`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log('stopping …');
    await served.close().catch(() => {});
    await connection?.close().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`policy-graph: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
