// `node --expose-gc --import tsx bench/profile-carries.ts <snapshot.json> [carries module]`: what the streamed
// snapshot's CARRIES step holds (issue 11, session 47 helper carriesmem). Feeds every record of a snapshot to
// CarriesInput as the stream does (each a fresh object, let go after add) and prints the V8 heap it keeps
// (inputMB), the heap with the graph it builds (graphMB, the records let go), the time of graph() and carriesEdges
// without the documents' text (ms; graphMs of it), and the edges' count. The module argument (an absolute path to
// another tree's ingest/snapshot/carries.ts) measures a before-version on the same snapshot.
import { readFileSync } from 'node:fs';

const [file, mod] = process.argv.slice(2);
if (!file) {
  console.error('usage: node --expose-gc --import tsx bench/profile-carries.ts <snapshot.json> [carries module]');
  process.exit(2);
}
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const { CarriesInput, carriesEdges } = (await import(mod ?? '../ingest/snapshot/carries.js')) as typeof import('../ingest/snapshot/carries.js');
const records = (() => {
  const snap = JSON.parse(readFileSync(file, 'utf8')) as { nodes: unknown[]; edges: unknown[] };
  return [...snap.nodes.map((n) => ['node', JSON.stringify(n)] as const), ...snap.edges.map((e) => ['edge', JSON.stringify(e)] as const)];
})();
(globalThis as { keep?: unknown }).keep = records;
const heap = () => (gc(), gc(), process.memoryUsage().heapUsed);
const MB = (x: number) => Math.round(x / 2 ** 20);
const h0 = heap();
const input = new CarriesInput();
for (const [kind, r] of records) input.add(kind, JSON.parse(r));
const h1 = heap();
const t0 = performance.now();
const g = input.graph();
const t1 = performance.now();
const h2 = heap();
const t2 = performance.now();
const edges = carriesEdges(g);
const t3 = performance.now();
console.log(JSON.stringify({ inputMB: MB(h1 - h0), graphMB: MB(h2 - h0), ms: Math.round(t1 - t0 + t3 - t2), graphMs: Math.round(t1 - t0), carries: edges.length, order: g.order, size: g.size }));
