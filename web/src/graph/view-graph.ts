// The graph sigma draws, derived once from the data graph: position, size by degree, colour by
// type, a short label. Kept apart from the data graph so that the layout only moves this one and
// sigma never reads our `type` attribute (it would take it for a node program name).
import { MultiDirectedGraph } from 'graphology';
import { random } from 'graphology-layout';
import type { EdgeType, NodeType } from '../../../graph-schema/index.js';
import { EDGE_COLOURS, NODE_COLOURS } from './colours.js';
import { BUILD_OPTIONS, nextTask } from './payload.js';
import type { PolicyGraph } from './policy-graph.js';

export interface ViewNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  nodeType: NodeType;
}
export interface ViewEdge {
  size: number;
  color: string;
  edgeType: EdgeType;
}
export type ViewGraph = MultiDirectedGraph<ViewNode, ViewEdge>;

/**
 * Drawing at scale (issue 11): above `largeGraph` nodes every frame costs (a software-rendered
 * WebGL frame of 50k nodes and edges takes seconds on a loaded 2-core machine), so edges and
 * labels are not drawn while the camera moves, edges are plain lines (no arrow heads: too small to
 * read among thousands anyway) and only bigger nodes get labels. Hovering a node does not restyle
 * the whole graph there (each restyle reprocesses every node and edge); clicking still does.
 */
export const LARGE_GRAPH_OPTIONS = {
  largeGraph: 10_000,
  labelRenderedSizeThreshold: 9,
  /**
   * Hovering restyles the graph (the neighbourhood lit, the rest faded) up to this many nodes;
   * above it each restyle is a reprocessing of thousands of nodes and edges (seconds on the loaded
   * bench machine at 5k nodes), so hovering shows the label only and a click restyles. Also the
   * most nodes for which sigma sorts by z-index (a sort of every node and edge per refresh).
   */
  restyleOnHoverMax: 2_000,
} as const;

export function isLargeGraph(order: number): boolean {
  return order > LARGE_GRAPH_OPTIONS.largeGraph;
}

const LABEL_MAX = 14;

export function shortLabel(name: string): string {
  return name.length > LABEL_MAX ? `${name.slice(0, LABEL_MAX)}…` : name;
}

/** Radius grows with the square root of degree so hubs stand out without swallowing the rest. */
export function sizeForDegree(degree: number): number {
  return Math.min(24, 4 + 1.8 * Math.sqrt(degree));
}

/** Deterministic PRNG (mulberry32): the same snapshot opens with the same picture. */
export function seededRandom(seed = 42): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Drawing budget for edges: above it, the most numerous structural types are left out of the
 * canvas (first MENTIONS, then SETS, then HAS_MEASURE) until the rest fits. The data graph keeps
 * every edge (panels, search, exports); the edge legend says what is not drawn.
 */
export const VIEW_EDGE_BUDGET = 50_000;
export const DROPPABLE_EDGE_TYPES: readonly EdgeType[] = ['MENTIONS', 'SETS', 'HAS_MEASURE'];

/** Edge types not drawn for a graph of this make-up (empty when it fits the budget). */
export function undrawnEdgeTypes(counts: Partial<Record<EdgeType, number>>, budget = VIEW_EDGE_BUDGET): EdgeType[] {
  let total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  const out: EdgeType[] = [];
  for (const t of DROPPABLE_EDGE_TYPES) {
    if (total <= budget) break;
    if (!counts[t]) continue;
    out.push(t);
    total -= counts[t]!;
  }
  return out;
}

export function edgeTypeCounts(data: PolicyGraph): Partial<Record<EdgeType, number>> {
  const counts: Partial<Record<EdgeType, number>> = {};
  data.forEachEdge((_e, a) => {
    counts[a.type] = (counts[a.type] ?? 0) + 1;
  });
  return counts;
}

/** A drawn edge's look: links between measures and documents stronger than structure. */
export function viewEdgeAttributes(edgeType: EdgeType): ViewEdge {
  const strong = edgeType === 'IMPLEMENTS' || edgeType === 'CITES';
  return { size: strong ? 1.6 : 0.6, color: EDGE_COLOURS[edgeType], edgeType };
}

type Positions = ReadonlyMap<string, { x: number; y: number }>;

/** Fills `view` from the data graph, yielding after every `check` nodes or edges (the caller decides whether to pause). */
function* fillView(data: PolicyGraph, view: ViewGraph, positions: Positions | undefined, check: number): Generator<void> {
  let i = 0;
  for (const { node: id, attributes: a } of data.nodeEntries()) {
    const p = positions?.get(id);
    view.addNode(id, {
      x: p?.x ?? 0,
      y: p?.y ?? 0,
      size: sizeForDegree(data.degree(id)),
      color: NODE_COLOURS[a.type],
      label: shortLabel(a.name),
      nodeType: a.type,
    });
    if (++i % check === 0) yield;
  }
  const counts: Partial<Record<EdgeType, number>> = {};
  for (const { attributes: a } of data.edgeEntries()) {
    counts[a.type] = (counts[a.type] ?? 0) + 1;
    if (++i % check === 0) yield;
  }
  const skip = new Set(undrawnEdgeTypes(counts));
  for (const { edge: key, attributes: a, source, target } of data.edgeEntries()) {
    if (skip.has(a.type)) continue;
    view.addEdgeWithKey(key, source, target, viewEdgeAttributes(a.type));
    if (++i % check === 0) yield;
  }
  // Without shipped positions: seeded at random, not by type (a per-type seed survives a short
  // ForceAtlas2 run as type islands, which hides how documents, measures and entities connect).
  if (!positions) random.assign(view, { rng: seededRandom(), scale: 100, center: 0 });
}

/**
 * The view graph, positioned by the layout shipped with the graph (`positions`; without them,
 * seeded random positions), built in time slices with a yield between them: the page stays responsive.
 */
export async function buildViewGraphAsync(data: PolicyGraph, positions?: Positions, opts: { sliceMs?: number } = {}): Promise<ViewGraph> {
  const view: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: data.allowSelfLoops });
  const sliceMs = opts.sliceMs ?? BUILD_OPTIONS.sliceMs;
  let t0 = performance.now();
  for (const _ of fillView(data, view, positions, BUILD_OPTIONS.checkEvery)) {
    if (performance.now() - t0 < sliceMs) continue;
    await nextTask();
    t0 = performance.now();
  }
  return view;
}

/** The same, at once (tests, small graphs). */
export function buildViewGraph(data: PolicyGraph, positions?: Positions): ViewGraph {
  const view: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: data.allowSelfLoops });
  for (const _ of fillView(data, view, positions, Number.MAX_SAFE_INTEGER));
  return view;
}
