// The layout shipped with the graph: computed once from the data graph, deterministically (no
// randomness, sorted inputs), so the same snapshot always gives the same picture. A structured
// seed (documents on a sunflower spiral, their measures around them, everything else at the mean
// of its neighbours) followed by a bounded number of ForceAtlas2 iterations (fa2-slices.js). Runs
// in the server (web/server/graph-routes.ts, ForceAtlas2 in a worker thread) at startup and is
// cached by snapshot hash; the page only reads it.
import { Worker } from 'node:worker_threads';
import { isDocumentPart } from '../../../graph-schema/kinds.js';
import type { PolicyGraph } from './policy-graph.js';
import { fa2Slices, type Fa2Input } from './fa2-slices.js';

/** Every knob of the shipped layout, in one place. */
export const STATIC_LAYOUT_OPTIONS = {
  /**
   * ForceAtlas2 iterations: many for small graphs, fewer as they grow (each costs about
   * nodes·log(nodes) + edges), so a 50k-node corpus is laid out in well under a minute once.
   */
  iterations: (order: number, size: number) => Math.round(Math.max(10, Math.min(200, 2_000_000 / Math.max(1, order + size)))),
  /** Golden angle of the sunflower spiral documents are placed on. */
  goldenAngle: Math.PI * (3 - Math.sqrt(5)),
  /** Spacing of documents on the spiral, per sqrt of a document's own measures. */
  documentSpacing: 12,
  /** ForceAtlas2 slices run between yields, so a server answering health stays responsive. */
  sliceIterations: 5,
} as const;

export type Positions = Map<string, { x: number; y: number }>;

/** Small deterministic jitter from a string (FNV-1a), in [-1, 1). */
export function jitter(key: string, salt = 0): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return ((h >>> 0) / 4294967296) * 2 - 1;
}

function sortKey(a: Record<string, unknown>): string {
  return [a.level ?? '~', a.region ?? '', a.year ?? '', a.name ?? ''].join('|');
}

/** The structured starting positions (exported for tests): documents, their parts, the rest. */
export function seedPositions(data: PolicyGraph): Positions {
  const pos: Positions = new Map();
  const measuresOf = new Map<string, string[]>();
  data.forEachNode((id, a) => {
    if (isDocumentPart(a)) {
      const list = measuresOf.get(a.docId) ?? [];
      list.push(id);
      measuresOf.set(a.docId, list);
    }
  });
  const docs = data
    .filterNodes((_, a) => a.type === 'Document' && measuresOf.has(_))
    .sort((x, y) => {
      const kx = sortKey(data.getNodeAttributes(x));
      const ky = sortKey(data.getNodeAttributes(y));
      return kx < ky ? -1 : kx > ky ? 1 : x < y ? -1 : 1;
    });
  const { goldenAngle, documentSpacing } = STATIC_LAYOUT_OPTIONS;
  let radius = 0;
  docs.forEach((doc, i) => {
    const parts = (measuresOf.get(doc) ?? []).sort();
    const own = Math.sqrt(parts.length + 1);
    radius = Math.sqrt(i + 1) * documentSpacing * 4 + own;
    const angle = i * goldenAngle;
    const cx = Math.cos(angle) * radius;
    const cy = Math.sin(angle) * radius;
    pos.set(doc, { x: cx, y: cy });
    parts.forEach((m, k) => {
      const r = documentSpacing * 0.6 * Math.sqrt(k + 1);
      const a = k * goldenAngle;
      pos.set(m, { x: cx + Math.cos(a) * r, y: cy + Math.sin(a) * r });
    });
  });
  // Everything else (entities, regions, cited documents): the mean of placed neighbours, in a
  // few sweeps so chains (region → region) settle too; never-reached nodes go on an outer ring.
  const rest = data.filterNodes((id) => !pos.has(id)).sort();
  for (let sweep = 0; sweep < 3; sweep++) {
    for (const id of rest) {
      let sx = 0;
      let sy = 0;
      let n = 0;
      data.forEachNeighbor(id, (m) => {
        const p = pos.get(m);
        if (p && m !== id) {
          sx += p.x;
          sy += p.y;
          n++;
        }
      });
      if (n) pos.set(id, { x: sx / n + jitter(id) * documentSpacing, y: sy / n + jitter(id, 1) * documentSpacing });
    }
  }
  const outer = radius + documentSpacing * 4;
  rest.forEach((id, i) => {
    if (pos.has(id)) return;
    const a = i * goldenAngle;
    pos.set(id, { x: Math.cos(a) * outer, y: Math.sin(a) * outer });
  });
  return pos;
}

/** The flat ForceAtlas2 input (fa2-slices.js): nodes sorted by id, edges in the data graph's order. */
export function fa2Input(data: PolicyGraph, seed: Positions, iterations?: number): Fa2Input {
  const ids = [...seed.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const xs = new Float64Array(ids.length);
  const ys = new Float64Array(ids.length);
  ids.forEach((id, i) => {
    const p = seed.get(id)!;
    xs[i] = p.x;
    ys[i] = p.y;
  });
  const sources: number[] = [];
  const targets: number[] = [];
  data.forEachEdge((_e, _a, s, t) => {
    if (s === t) return;
    sources.push(index.get(s)!);
    targets.push(index.get(t)!);
  });
  const total = iterations ?? STATIC_LAYOUT_OPTIONS.iterations(ids.length, sources.length);
  return { ids, xs, ys, sources: Int32Array.from(sources), targets: Int32Array.from(targets), total, slice: STATIC_LAYOUT_OPTIONS.sliceIterations };
}

function toPositions(rows: [string, number, number][]): Positions {
  return new Map(rows.map(([id, x, y]) => [id, { x, y }]));
}

/**
 * Deterministic positions for every node, in this thread. Async: ForceAtlas2 runs in slices with a
 * yield between them (the caller's event loop keeps serving, though a slice holds it seconds at
 * 28k nodes); the slicing is fixed, so the result is too.
 */
export async function computeStaticLayout(
  data: PolicyGraph,
  opts: { iterations?: number; yieldFn?: () => Promise<void> } = {},
): Promise<Positions> {
  const seed = seedPositions(data);
  if (data.order < 3) return seed;
  const pause = opts.yieldFn ?? (() => new Promise<void>((r) => setImmediate(r)));
  const run = fa2Slices(fa2Input(data, seed, opts.iterations));
  for (let step = run.next(); ; step = run.next()) {
    if (step.done) return toPositions(step.value);
    await pause();
  }
}

/**
 * The same positions as computeStaticLayout, with ForceAtlas2 run in a worker thread
 * (static-layout-worker.js, the same fa2-slices.js code): the server's event loop only builds the
 * seed and then stays free to answer while the layout runs (issue 11: on 28k nodes the first
 * /api/health answer came 23 s after start, slices held the loop 4–6 s each).
 */
export async function computeStaticLayoutInWorker(data: PolicyGraph, opts: { iterations?: number } = {}): Promise<Positions> {
  const seed = seedPositions(data);
  if (data.order < 3) return seed;
  const input = fa2Input(data, seed, opts.iterations);
  const rows = await new Promise<[string, number, number][]>((resolve, reject) => {
    const worker = new Worker(new URL('./static-layout-worker.js', import.meta.url), {
      workerData: input,
      transferList: [input.xs.buffer, input.ys.buffer, input.sources.buffer, input.targets.buffer] as ArrayBuffer[],
    });
    let settled = false;
    worker.once('message', (value: [string, number, number][]) => {
      settled = true;
      resolve(value);
      void worker.terminate();
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The layout thread stopped (exit code ${code}) before it sent positions.`));
    });
  });
  return toPositions(rows);
}
