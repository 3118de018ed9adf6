// `npm run loadtest`: a loopback load test of the explorer's server (127.0.0.1 only, bounded in
// requests and seconds per endpoint): the snapshot, health, the console and a canned query, with
// p50/p95 latency and the memory of the web server and of Neo4j before and after, as JSON.
// Uses out/snapshot.json (run `npm start` or `npm run ingest -- corpus` once), NEO4J_URI or a local
// Neo4j on data/neo4j-loadtest. Options: --connections 20 --amount 400 --seconds 20.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { connectNeo4j } from '../neo4j/connection.js';
import { loadSnapshot } from '../neo4j/loader.js';
import { createCypherService } from '../neo4j/queries.js';
import { createApp, readSnapshot, serve } from '../web/server/index.js';

export interface Endpoint {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}
export interface EndpointFigures {
  name: string;
  requests: number;
  non2xx: number;
  errors: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  seconds: number;
}
export interface LoadOptions {
  /** Concurrent connections per endpoint. */
  connections: number;
  /** Requests per endpoint (the bound on count). */
  amount: number;
  /** Seconds per endpoint at most (the bound on time). */
  seconds: number;
}
export const LOAD_DEFAULTS: LoadOptions = { connections: 20, amount: 400, seconds: 20 };

/** The endpoints the issue names; the canned query is the neighbourhood of a node of the snapshot. */
export function endpoints(nodeId: string): Endpoint[] {
  return [
    { name: 'GET /api/health', method: 'GET', path: '/api/health' },
    { name: 'GET /api/snapshot', method: 'GET', path: '/api/snapshot' },
    {
      name: 'POST /api/cypher (count by label)',
      method: 'POST',
      path: '/api/cypher',
      body: { query: 'MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label' },
    },
    {
      name: 'POST /api/queries/node-neighbourhood',
      method: 'POST',
      path: '/api/queries/node-neighbourhood',
      body: { params: { nodeId, limit: 25 } },
    },
  ];
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

/** Runs one endpoint with autocannon on loopback; latencies are collected per response. */
export async function hit(baseUrl: string, endpoint: Endpoint, options: LoadOptions): Promise<EndpointFigures> {
  const url = new URL(baseUrl);
  if (url.hostname !== '127.0.0.1') throw new Error(`scripts/loadtest: ${baseUrl} is not on 127.0.0.1; the load test runs on loopback only`);
  const latencies: number[] = [];
  const started = performance.now();
  const instance = autocannon({
    url: baseUrl + endpoint.path,
    method: endpoint.method,
    connections: options.connections,
    amount: options.amount,
    duration: options.seconds,
    timeout: options.seconds,
    headers: endpoint.body ? { 'content-type': 'application/json' } : {},
    body: endpoint.body ? JSON.stringify(endpoint.body) : undefined,
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    name: endpoint.name,
    requests: latencies.length,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    p50Ms: Math.round(percentile(latencies, 50)),
    p95Ms: Math.round(percentile(latencies, 95)),
    maxMs: Math.round(latencies[latencies.length - 1] ?? NaN),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

/** Resident memory of a process in MiB (Linux /proc), or undefined. */
export function rssMb(pid: number): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

function neo4jPid(): number | undefined {
  // The local launcher's JVM is our child; find it by its jar in /proc (Linux only).
  try {
    return Number(execFileSync('pgrep', ['-P', String(process.pid), '-f', 'neo4j-launcher.jar'], { encoding: 'utf8' }).trim().split('\n')[0]) || undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const options: LoadOptions = { connections: opt('connections', LOAD_DEFAULTS.connections), amount: opt('amount', LOAD_DEFAULTS.amount), seconds: opt('seconds', LOAD_DEFAULTS.seconds) };
  const root = join(import.meta.dirname, '..');
  const snapshot = await readSnapshot(process.env.POLICY_GRAPH_SNAPSHOT ?? join(root, 'out', 'snapshot.json'));
  const connection = await connectNeo4j({ dataDir: join(root, 'data', 'neo4j-loadtest') });
  try {
    await loadSnapshot(connection.driver, snapshot, { database: connection.database });
    const app = createApp({ snapshot, cypher: createCypherService(connection.driver, { database: connection.database }) });
    const served = await serve(app, { port: 0, host: '127.0.0.1' });
    const jvm = connection.started ? neo4jPid() : undefined;
    const memory = () => ({ webRssMb: rssMb(process.pid), webHeapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20), neo4jRssMb: jvm ? rssMb(jvm) : undefined });
    const before = memory();
    const doc = snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.inCorpus)?.key ?? snapshot.nodes[0].key;
    const figures: EndpointFigures[] = [];
    for (const endpoint of endpoints(doc)) figures.push(await hit(served.url, endpoint, options));
    const after = memory();
    await served.close();
    console.log(JSON.stringify({ options, nodes: snapshot.nodes.length, edges: snapshot.edges.length, memoryBefore: before, memoryAfter: after, endpoints: figures }, null, 2));
  } finally {
    await connection.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(`loadtest: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
