// `npx tsx tests/web/scale/search-cost.ts [nodes]`: what one GET /api/search costs the server on a snapshot grown to
// about [nodes] nodes (default 50,000; grow.ts): the full-text index's answer, the page's name search on the server's
// graph (inPageOrder's first part) and the whole route, per query, median and p95 over repeated requests.
import { Snapshot } from '../../../graph-schema/index.js';
import { graphFromSnapshot } from '../../../web/src/graph/policy-graph.js';
import { searchNodes } from '../../../web/src/graph/search.js';
import { buildTextIndexAsync } from '../../../web/src/graph/text-search.js';
import { createApp, serve } from '../../../web/server/index.js';
import { fixtureSnapshot } from '../fixtures.js';
import { growSnapshot } from './grow.js';

const target = Number(process.argv[2] ?? 50_000);
const snapshot = Snapshot.parse(growSnapshot(fixtureSnapshot(), target));
const graph = graphFromSnapshot(snapshot);
const queries = ['科协', '工作要点', '第三条', '副本300', '吉林省科协2022年科普工作要点·副本17', 'zzz无此名'];
const REPEAT = Number(process.env.REPEAT ?? 30);

function stats(xs: number[]): { median: number; p95: number; first: number } {
  const s = [...xs].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { first: r(xs[0]), median: r(s[Math.floor(s.length / 2)]), p95: r(s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]) };
}

const idx = await buildTextIndexAsync(graph);
const rows: Record<string, unknown>[] = [];
for (const q of queries) {
  const names: number[] = [];
  const text: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    let t = performance.now();
    searchNodes(graph, q, { limit: 20 });
    names.push(performance.now() - t);
    t = performance.now();
    idx.search(q, { limit: 20 });
    text.push(performance.now() - t);
  }
  rows.push({ q, nameScanMs: stats(names), textIndexMs: stats(text) });
}
const served = await serve(createApp({ snapshot, cypher: null, cypherOff: 'search-cost' }), { port: Number(process.env.PORT ?? 5199) });
await fetch(`${served.url}/api/search?q=x&limit=1`);
for (const row of rows) {
  const route: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const t = performance.now();
    const res = await fetch(`${served.url}/api/search?q=${encodeURIComponent(row.q as string)}&limit=20`);
    await res.json();
    route.push(performance.now() - t);
  }
  row.routeMs = stats(route);
}
await served.close();
console.log(JSON.stringify({ nodes: graph.order, edges: graph.size, repeat: REPEAT, rows }, null, 1));
