// The compact graph the page downloads (GET /api/graph): every node and edge with what the
// canvas, the panels' lists, filters and the gap view need, positions included; long texts
// (Document.text, Document.originMap, Measure.text) and bulky evidence (passages, shared
// entities, surfaces) stay on the server and are fetched when a panel shows them
// (POST /api/texts, GET /api/node/:id). Columnar arrays keep it small and cheap to parse.
import { MultiDirectedGraph } from 'graphology';
import { edgeKey, type EdgeAttributes, type EdgeType, type NodeAttributes, type Snapshot, type SnapshotAttributes } from '../../../graph-schema/index.js';
import type { PolicyGraph } from './policy-graph.js';
import type { Positions } from './static-layout.js';

export interface GraphPayload {
  version: 1;
  /** Hash of the snapshot the payload was made from: the layout cache key, the ETag. */
  hash: string;
  attributes: SnapshotAttributes;
  allowSelfLoops: boolean;
  nodes: { id: string[]; x: number[]; y: number[]; attributes: Partial<NodeAttributes>[] };
  edgeTypes: EdgeType[];
  edges: {
    type: number[];
    source: number[];
    target: number[];
    /** Attributes other than `type`; 0 when there are none. */
    attributes: (Record<string, unknown> | 0)[];
    /** Keys that are not `edgeKey(type, source, target)`, by edge index. */
    keys: Record<number, string>;
  };
}

/** Node attributes left out of the payload (fetched on demand). */
export const HEAVY_NODE_ATTRIBUTES = ['text', 'originMap'] as const;
/** Edge attributes left out, and parts of `evidence` left out. */
export const HEAVY_EDGE_ATTRIBUTES = ['surfaces'] as const;
export const HEAVY_EVIDENCE_PARTS = ['passages', 'sharedEntities'] as const;

function lightNode(a: NodeAttributes): Partial<NodeAttributes> {
  const out: Record<string, unknown> = { ...a };
  for (const k of HEAVY_NODE_ATTRIBUTES) delete out[k];
  return out as Partial<NodeAttributes>;
}

function lightEdge(a: EdgeAttributes): Record<string, unknown> | 0 {
  const { type: _t, ...rest } = a as EdgeAttributes & Record<string, unknown>;
  for (const k of HEAVY_EDGE_ATTRIBUTES) delete rest[k];
  const evidence = rest.evidence as Record<string, unknown> | undefined;
  if (evidence && typeof evidence === 'object') {
    const e = { ...evidence };
    for (const k of HEAVY_EVIDENCE_PARTS) delete e[k];
    rest.evidence = e;
  }
  return Object.keys(rest).length ? rest : 0;
}

export function encodePayload(snapshot: Snapshot, hash: string, positions: Positions): GraphPayload {
  const index = new Map<string, number>();
  const nodes: GraphPayload['nodes'] = { id: [], x: [], y: [], attributes: [] };
  snapshot.nodes.forEach((n, i) => {
    index.set(n.key, i);
    const p = positions.get(n.key) ?? { x: 0, y: 0 };
    nodes.id.push(n.key);
    nodes.x.push(p.x);
    nodes.y.push(p.y);
    nodes.attributes.push(lightNode(n.attributes));
  });
  const edgeTypes: EdgeType[] = [];
  const typeIndex = new Map<EdgeType, number>();
  const edges: GraphPayload['edges'] = { type: [], source: [], target: [], attributes: [], keys: {} };
  snapshot.edges.forEach((e, i) => {
    const type = e.attributes.type;
    if (!typeIndex.has(type)) {
      typeIndex.set(type, edgeTypes.length);
      edgeTypes.push(type);
    }
    edges.type.push(typeIndex.get(type)!);
    edges.source.push(index.get(e.source)!);
    edges.target.push(index.get(e.target)!);
    edges.attributes.push(lightEdge(e.attributes));
    if (e.key !== undefined && e.key !== edgeKey(type, e.source, e.target)) edges.keys[i] = e.key;
  });
  return {
    version: 1,
    hash,
    attributes: snapshot.attributes,
    allowSelfLoops: snapshot.options.allowSelfLoops,
    nodes,
    edgeTypes,
    edges,
  };
}

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * The payload as the page's data graph, and the positions. Built in chunks with a yield between
 * them (`chunk` items per task) so a 50k-node graph never blocks the page for long.
 */
export async function decodePayload(
  payload: GraphPayload,
  opts: { chunk?: number; yieldFn?: () => Promise<void> } = {},
): Promise<{ graph: PolicyGraph; positions: Positions }> {
  const chunk = opts.chunk ?? 8000;
  const pause = opts.yieldFn ?? nextTask;
  const graph: PolicyGraph = new MultiDirectedGraph({ allowSelfLoops: payload.allowSelfLoops });
  graph.replaceAttributes(payload.attributes);
  const positions: Positions = new Map();
  const { id, x, y, attributes } = payload.nodes;
  for (let i = 0; i < id.length; i++) {
    graph.addNode(id[i], attributes[i] as NodeAttributes);
    positions.set(id[i], { x: x[i], y: y[i] });
    if (i % chunk === chunk - 1) await pause();
  }
  const e = payload.edges;
  for (let i = 0; i < e.type.length; i++) {
    const type = payload.edgeTypes[e.type[i]];
    const s = id[e.source[i]];
    const t = id[e.target[i]];
    const attrs = { type, ...(e.attributes[i] || {}) } as EdgeAttributes;
    graph.addEdgeWithKey(e.keys[i] ?? edgeKey(type, s, t), s, t, attrs);
    if (i % chunk === chunk - 1) await pause();
  }
  return { graph, positions };
}

/** True when the node's long text is in the graph (fetched, or a full snapshot). */
export function hasText(graph: PolicyGraph, id: string): boolean {
  return graph.hasNode(id) && typeof (graph.getNodeAttributes(id) as { text?: unknown }).text === 'string';
}
