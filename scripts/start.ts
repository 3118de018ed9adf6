// `npm start`: ingest the default corpus, build the page if it is stale, serve the explorer at
// once, and link Neo4j in the background (NEO4J_URI, else a local server started here on one Bolt
// port kept across runs): load the graph when it answers, turn Cypher on, probe it, and turn Cypher
// off and back on when it goes away and returns. Without Java or Neo4j, Cypher is off and the
// explorer still serves the snapshot. Ctrl-C stops the server and the Neo4j it started.
import { join, resolve } from 'node:path';
import { runIngest } from '../ingest/pipeline.js';
import { formatReport } from '../ingest/report.js';
import { launcherIsBuilt } from '../neo4j/launcher-build.js';
import { createNeo4jLink } from '../neo4j/link.js';
import { createApp } from '../web/server/index.js';
import { pageIsStale } from '../web/server/page-inputs.js';
import { neo4jDataDir, startInputs } from './start-inputs.js';
import { graphLoad } from './start-load.js';
import { ingestProgress } from './start-progress.js';
import { serve } from '../web/server/serve.js';

const ROOT = join(import.meta.dirname, '..');
const env = process.env;
const chosen = startInputs(process.argv.slice(2), env, ROOT);
const snapshotPath = env.POLICY_GRAPH_SNAPSHOT ?? join(ROOT, 'out', 'snapshot.json');
const port = Number(env.PORT ?? 5170);
const host = env.HOST ?? '127.0.0.1';
const boltPort = Number(env.NEO4J_BOLT_PORT ?? 7687);

function log(line: string): void {
  console.log(`policy-graph: ${line}`);
}

async function buildPageIfStale(): Promise<string> {
  const dist = join(ROOT, 'web', 'dist');
  if (pageIsStale(ROOT)) {
    log('building the explorer page …');
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
  }
  return dist;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  if ('error' in chosen) {
    console.error(`policy-graph: ${chosen.error}`);
    process.exit(2);
  }
  log(`ingesting ${chosen.inputs.join(', ')} …`);
  const { snapshot, report } = await runIngest({ inputs: chosen.inputs, out: snapshotPath, ...ingestProgress(log) });
  console.log(formatReport(report));

  const staticDir = await buildPageIfStale();
  const expected = { nodes: snapshot.nodes.length, edges: snapshot.edges.length };
  const stopLoad = new AbortController();
  if (env.NEO4J_URI) log(`connecting to ${env.NEO4J_URI} in the background …`);
  else log(`starting a local Neo4j on Bolt port ${boltPort} in the background${launcherIsBuilt() ? '' : ' (this first run builds it with Maven)'} …`);
  const link = createNeo4jLink({
    dataDir: neo4jDataDir(env, ROOT),
    port: boltPort,
    log,
    // The launcher's own progress lines (a first Maven build, the one-time class archive run) explain a long first
    // start; Maven's and Neo4j's output stay in the server log.
    onServerLog: (line) => {
      if (line.startsWith('neo4j/launcher: ')) log(line.slice('neo4j/launcher: '.length) + ' …');
    },
    onConnected: graphLoad({ snapshotPath: resolve(snapshotPath), expected, log, onFirstLoad: () => announce(), signal: stopLoad.signal }),
  });
  const announce = (): void => {
    const { uri, user, credentialsFile } = link.status();
    log(`Neo4j for your own Bolt clients (Neo4j Browser, cypher-shell): ${uri}, user ${user ?? '(none)'}` +
      (credentialsFile ? `, password in ${credentialsFile}` : env.NEO4J_URI ? ', password from NEO4J_PASSWORD' : ''));
  };

  const app = createApp({ snapshot, staticDir, neo4j: link, host, allowedHosts: env.POLICY_GRAPH_ALLOWED_HOSTS?.split(',').filter(Boolean) });
  const served = await serve(app, { port, host });
  log(`explorer at ${served.url}  (ready in ${Math.round(performance.now() - t0)} ms; Cypher comes on when Neo4j is loaded; Ctrl-C to stop)`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log('stopping …');
    // The link is closed first (at once, before anything awaits), so the load's end is no news to print.
    const linkClosed = link.close().catch(() => {});
    stopLoad.abort();
    await served.close().catch(() => {});
    await linkClosed;
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`policy-graph: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
