// What sigma draws, sent ahead of the data graph (GET /api/view, issue 11): every node's id,
// short label, position, size and type, and the drawn edges as index pairs. The server derives it
// once per snapshot from its data graph with the same rules as the page's own view building
// (view-graph.ts: size by degree, colour by type, edge types left out above the drawing budget),
// so the page draws the graph as soon as this small payload is in, while the full compact graph
// (GET /api/graph, 7× bigger at 50k nodes) is still downloading and being built.
import { MultiDirectedGraph } from 'graphology';
import { NODE_TYPES, edgeKey } from '../../../graph-schema/kinds.js';
import type { EdgeType, NodeType } from '../../../graph-schema/index.js';
import { NODE_COLOURS } from './colours.js';
import { BUILD_OPTIONS, nextTask } from './payload.js';
import type { PolicyGraph } from './policy-graph.js';
import type { Positions } from './static-layout.js';
import { edgeTypeCounts, shortLabel, sizeForDegree, undrawnEdgeTypes, viewEdgeAttributes, type ViewGraph } from './view-graph.js';

/** Numbers as JSON arrays (from the server) or typed arrays (handed over by the worker without a copy). */
type Numbers = number[] | Float64Array | Uint32Array | Uint8Array;

/**
 * Strings as a JSON array (from the server), or packed into one string by the worker: a structured
 * clone of 50k strings (ids, labels) took the page's thread ~0.5 s to decode on arrival, one
 * string of the same characters is a copy, and splitting it again is a few milliseconds.
 */
export type Strings = string[] | { joined: string; sep: string; count: number };

/** Characters that may separate packed strings (the first one no string holds is used). */
const SEPARATORS = ['\u0000', '\u001f', '\u001e', '\u001d'];

/** `a` packed into one string, or `a` itself when every separator occurs in it. */
export function packStrings(a: string[]): Strings {
  const sep = SEPARATORS.find((c) => !a.some((x) => x.includes(c)));
  return sep === undefined ? a : { joined: a.join(sep), sep, count: a.length };
}

export function unpackStrings(s: Strings): string[] {
  if (Array.isArray(s)) return s;
  return s.count === 0 ? [] : s.joined.split(s.sep);
}

export interface ViewPayload<N extends Numbers = Numbers> {
  version: 1;
  /** Hash of the snapshot (the same as the compact graph's). */
  hash: string;
  allowSelfLoops: boolean;
  nodes: { id: Strings; label: Strings; x: N; y: N; size: N; type: N };
  /** Index into `nodeTypes` / `edgeTypes` (the payload's own order). */
  nodeTypes: NodeType[];
  edgeTypes: EdgeType[];
  /** The drawn edges: source and target as node indexes; keys that are not edgeKey(type, source, target). */
  edges: { source: N; target: N; type: N; keys: Record<number, string> };
  /** Edge types in the data graph but not drawn (the drawing budget). */
  undrawn: EdgeType[];
}

/** The view payload of a data graph laid out at `positions` (server side, once per snapshot). */
export function viewPayload(data: PolicyGraph, hash: string, positions: Positions): ViewPayload<number[]> {
  const nodeTypes = [...NODE_TYPES] as NodeType[];
  const typeOf = new Map(nodeTypes.map((t, i) => [t, i]));
  const index = new Map<string, number>();
  const nodes = { id: [] as string[], label: [] as string[], x: [] as number[], y: [] as number[], size: [] as number[], type: [] as number[] };
  data.forEachNode((id, a) => {
    index.set(id, nodes.id.length);
    const p = positions.get(id);
    nodes.id.push(id);
    nodes.label.push(shortLabel(a.name));
    nodes.x.push(p?.x ?? 0);
    nodes.y.push(p?.y ?? 0);
    nodes.size.push(sizeForDegree(data.degree(id)));
    nodes.type.push(typeOf.get(a.type)!);
  });
  const undrawn = undrawnEdgeTypes(edgeTypeCounts(data));
  const skip = new Set(undrawn);
  const edgeTypes: EdgeType[] = [];
  const edgeTypeOf = new Map<EdgeType, number>();
  const edges: ViewPayload<number[]>['edges'] = { source: [], target: [], type: [], keys: {} };
  data.forEachEdge((key, a, source, target) => {
    if (skip.has(a.type)) return;
    if (!edgeTypeOf.has(a.type)) {
      edgeTypeOf.set(a.type, edgeTypes.length);
      edgeTypes.push(a.type);
    }
    if (key !== edgeKey(a.type, source, target)) edges.keys[edges.source.length] = key;
    edges.source.push(index.get(source)!);
    edges.target.push(index.get(target)!);
    edges.type.push(edgeTypeOf.get(a.type)!);
  });
  return { version: 1, hash, allowSelfLoops: data.allowSelfLoops, nodes, nodeTypes, edgeTypes, edges, undrawn };
}

/** The payload's number arrays as typed arrays, its strings packed, and the buffers to transfer (the worker's message). */
export function typedViewPayload(p: ViewPayload): { payload: ViewPayload; transfer: ArrayBuffer[] } {
  const f = (a: Numbers) => Float64Array.from(a);
  const u = (a: Numbers) => Uint32Array.from(a);
  const packed = (s: Strings) => packStrings(unpackStrings(s));
  const nodes = { ...p.nodes, id: packed(p.nodes.id), label: packed(p.nodes.label), x: f(p.nodes.x), y: f(p.nodes.y), size: f(p.nodes.size), type: Uint8Array.from(p.nodes.type) };
  const edges = { ...p.edges, source: u(p.edges.source), target: u(p.edges.target), type: Uint8Array.from(p.edges.type) };
  const transfer = [nodes.x, nodes.y, nodes.size, nodes.type, edges.source, edges.target, edges.type].map((a) => a.buffer as ArrayBuffer);
  return { payload: { ...p, nodes, edges }, transfer };
}

/**
 * The view graph from the view payload, built a time slice at a time (the same graph, in the same
 * order, as buildViewGraph of the data graph at the same positions).
 */
export async function viewGraphFromPayload(p: ViewPayload, opts: { sliceMs?: number } = {}): Promise<ViewGraph> {
  const view: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: p.allowSelfLoops });
  const sliceMs = opts.sliceMs ?? BUILD_OPTIONS.sliceMs;
  const { x, y, size, type } = p.nodes;
  const id = unpackStrings(p.nodes.id);
  const label = unpackStrings(p.nodes.label);
  let t0 = performance.now();
  const due = (i: number) => i % BUILD_OPTIONS.checkEvery === BUILD_OPTIONS.checkEvery - 1 && performance.now() - t0 >= sliceMs;
  for (let i = 0; i < id.length; i++) {
    const nodeType = p.nodeTypes[type[i]];
    view.addNode(id[i], { x: x[i], y: y[i], size: size[i], color: NODE_COLOURS[nodeType], label: label[i], nodeType });
    if (due(i)) {
      await nextTask();
      t0 = performance.now();
    }
  }
  const { source, target, keys } = p.edges;
  for (let i = 0; i < source.length; i++) {
    const edgeType = p.edgeTypes[p.edges.type[i]];
    const s = id[source[i]];
    const t = id[target[i]];
    view.addEdgeWithKey(keys[i] ?? edgeKey(edgeType, s, t), s, t, viewEdgeAttributes(edgeType));
    if (due(i)) {
      await nextTask();
      t0 = performance.now();
    }
  }
  return view;
}
