// The compact graph the page downloads (GET /api/graph): every node and edge with what the
// canvas, the panels' lists, filters and the gap view need, positions included; long texts
// (Document.text, Document.originMap, Measure.text) and bulky evidence (passages, shared
// entities, surfaces) stay on the server and are fetched when a panel shows them
// (POST /api/texts, GET /api/node/:id), as are a CARRIES edge's places; so do the linker's candidates near the cut (snapshot attribute
// linkCandidates, 9.4 MB of the 46 MB payload at 51k nodes), which only the matrix and gaps views read
// (GET /api/link-candidates, web/src/graph/link-candidates.ts). Columnar arrays keep it small and cheap to parse.
import { MultiDirectedGraph } from 'graphology';
import { edgeKey } from '../../../graph-schema/kinds.js';
import type { EdgeAttributes, EdgeType, NodeAttributes, Snapshot, SnapshotAttributes } from '../../../graph-schema/index.js';
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
/**
 * Graph attributes left out (fetched when a view needs them). linkCandidates made the payload worker's head
 * message a 460 ms structured-clone decode on the page's thread at 51,588 nodes (Chrome trace, session 24):
 * the longest task of the load, over issue 11's 200 ms budget.
 */
export const DEFERRED_GRAPH_ATTRIBUTES = ['linkCandidates'] as const;
/** Edge attributes left out, and parts of `evidence` left out. */
export const HEAVY_EDGE_ATTRIBUTES = ['surfaces', 'places'] as const;
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

function lightAttributes(a: SnapshotAttributes): SnapshotAttributes {
  const out: Record<string, unknown> = { ...a };
  for (const k of DEFERRED_GRAPH_ATTRIBUTES) delete out[k];
  return out as SnapshotAttributes;
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
    attributes: lightAttributes(snapshot.attributes),
    allowSelfLoops: snapshot.options.allowSelfLoops,
    nodes,
    edgeTypes,
    edges,
  };
}

/**
 * A zero-delay yield to the event loop (a MessageChannel task: unlike setTimeout it is not
 * clamped to 4 ms when nested), so input, rendering and network callbacks run in between.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((r) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      r();
    };
    ch.port2.postMessage(0);
  });
}

/** Every knob of the page's chunked graph building, in one place. */
export const BUILD_OPTIONS = {
  /**
   * Milliseconds of work before yielding to the page: well under the 200 ms long-task budget of
   * issue 11 even on a loaded machine (one check per `checkEvery` items keeps the clock cheap).
   */
  sliceMs: 50,
  /**
   * The data graph's slices (PayloadBuilder), shorter: its edges are all kept, so the scavenges
   * during its build copy them all, and those pauses land in its tasks on top of the slice (trace
   * at load 10-14, session 17: 45-160 ms of MinorGC in 110-230 ms tasks). It is built after the
   * first drawing, so more yields cost no first-graph time.
   */
  partsSliceMs: 25,
  checkEvery: 256,
  /**
   * Nodes or edges per message from the payload worker (web/src/workers/graph-payload.worker.ts).
   * A message's structured clone is decoded on the page's thread in one piece, when its handler
   * reads it, and cannot be sliced: with 4,000 items (attributes objects included) those handlers
   * were tasks of 0.2-0.8 s at load 13 on the 50k bench, mostly scavenges of the decoded objects
   * (Chrome trace, session 16); 1,000 makes each a quarter of that.
   */
  messageItems: 1000,
} as const;

/**
 * When the current time slice started. One clock shared by successive `sliced` runs keeps their
 * budget one budget: each run used to start a fresh slice, so the page's payload builder, whose
 * parts (1,000 edges) each ran under 50 ms and then chained into the next part in the same task's
 * microtasks, ran 4-9 parts in one task: the 255-470 ms tasks before `dataBuilt` at 50k nodes
 * (Chrome trace, session 17: RunMicrotasks > PayloadBuilder.add > sliced > addEdge).
 */
export interface SliceClock {
  start: number;
}

export function sliceClock(): SliceClock {
  return { start: performance.now() };
}

/**
 * Runs `step(i)` for i in [from, to), yielding after every `sliceMs` of work (time-sliced rather
 * than a fixed count: a fixed count is too long on a slow or loaded machine, too short on a fast
 * one). With `clock`, the slice may have begun before this run (and is yielded at once when used up).
 */
export async function sliced(
  from: number,
  to: number,
  step: (i: number) => void,
  opts: { sliceMs?: number; yieldFn?: () => Promise<void>; clock?: SliceClock } = {},
): Promise<void> {
  const sliceMs = opts.sliceMs ?? BUILD_OPTIONS.sliceMs;
  const pause = opts.yieldFn ?? nextTask;
  const clock = opts.clock ?? sliceClock();
  const used = () => performance.now() - clock.start > sliceMs;
  const next = async () => {
    await pause();
    clock.start = performance.now();
  };
  if (from < to && used()) await next();
  for (let i = from; i < to; i++) {
    step(i);
    if ((i - from) % BUILD_OPTIONS.checkEvery === BUILD_OPTIONS.checkEvery - 1 && used()) await next();
  }
}

/** The payload's parts, in the order the page receives them (whole, or from the worker in pieces). */
export type PayloadPart =
  | { kind: 'head'; hash: string; attributes: SnapshotAttributes; allowSelfLoops: boolean; edgeTypes: EdgeType[]; nodes: number; edges: number }
  | { kind: 'nodes'; start: number; id: string[]; x: number[]; y: number[]; attributes: Partial<NodeAttributes>[] }
  | { kind: 'edges'; start: number; type: number[]; source: number[]; target: number[]; attributes: (Record<string, unknown> | 0)[]; keys: Record<number, string> };

/** The payload cut into parts of at most `items` nodes or edges (the worker's messages). */
export function* payloadParts(payload: GraphPayload, items: number = BUILD_OPTIONS.messageItems): Generator<PayloadPart> {
  const { nodes: n, edges: e } = payload;
  yield { kind: 'head', hash: payload.hash, attributes: payload.attributes, allowSelfLoops: payload.allowSelfLoops, edgeTypes: payload.edgeTypes, nodes: n.id.length, edges: e.type.length };
  for (let s = 0; s < n.id.length; s += items) {
    yield { kind: 'nodes', start: s, id: n.id.slice(s, s + items), x: n.x.slice(s, s + items), y: n.y.slice(s, s + items), attributes: n.attributes.slice(s, s + items) };
  }
  for (let s = 0; s < e.type.length; s += items) {
    const keys: Record<number, string> = {};
    for (let i = s; i < s + items && i < e.type.length; i++) if (e.keys[i] !== undefined) keys[i] = e.keys[i];
    yield { kind: 'edges', start: s, type: e.type.slice(s, s + items), source: e.source.slice(s, s + items), target: e.target.slice(s, s + items), attributes: e.attributes.slice(s, s + items), keys };
  }
}

/** Builds the data graph from payload parts as they come, a time slice at a time. */
export class PayloadBuilder {
  graph: PolicyGraph | null = null;
  readonly positions: Positions = new Map();
  private ids: string[] = [];
  private edgeTypes: EdgeType[] = [];
  /** One slice budget for all parts: a part that ends early leaves the next one the rest. */
  private readonly opts: { sliceMs?: number; yieldFn?: () => Promise<void>; clock: SliceClock };

  constructor(opts: { sliceMs?: number; yieldFn?: () => Promise<void> } = {}) {
    this.opts = { sliceMs: BUILD_OPTIONS.partsSliceMs, ...opts, clock: sliceClock() };
  }

  async add(part: PayloadPart): Promise<void> {
    if (part.kind === 'head') {
      this.graph = new MultiDirectedGraph({ allowSelfLoops: part.allowSelfLoops });
      this.graph.replaceAttributes(part.attributes);
      this.ids = new Array<string>(part.nodes);
      this.edgeTypes = part.edgeTypes;
      return;
    }
    const graph = this.graph;
    if (!graph) throw new Error('policy-graph: payload parts before its head.');
    if (part.kind === 'nodes') {
      const { id, x, y, attributes } = part;
      await sliced(0, id.length, (i) => {
        graph.addNode(id[i], attributes[i] as NodeAttributes);
        this.positions.set(id[i], { x: x[i], y: y[i] });
        this.ids[part.start + i] = id[i];
      }, this.opts);
      return;
    }
    const ids = this.ids;
    await sliced(0, part.type.length, (i) => {
      const type = this.edgeTypes[part.type[i]];
      const s = ids[part.source[i]];
      const t = ids[part.target[i]];
      const attrs = { type, ...(part.attributes[i] || {}) } as EdgeAttributes;
      graph.addEdgeWithKey(part.keys[part.start + i] ?? edgeKey(type, s, t), s, t, attrs);
    }, this.opts);
  }

  result(): { graph: PolicyGraph; positions: Positions } {
    if (!this.graph) throw new Error('policy-graph: the payload had no head.');
    return { graph: this.graph, positions: this.positions };
  }
}

/**
 * The payload as the page's data graph, and the positions. Built in time slices with a yield
 * between them so a 50k-node graph never blocks the page for long.
 */
export async function decodePayload(
  payload: GraphPayload,
  opts: { sliceMs?: number; yieldFn?: () => Promise<void>; chunk?: number } = {},
): Promise<{ graph: PolicyGraph; positions: Positions }> {
  const builder = new PayloadBuilder(opts);
  for (const part of payloadParts(payload, opts.chunk)) await builder.add(part);
  return builder.result();
}

/** True when the node's long text is in the graph (fetched, or a full snapshot). */
export function hasText(graph: PolicyGraph, id: string): boolean {
  return graph.hasNode(id) && typeof (graph.getNodeAttributes(id) as { text?: unknown }).text === 'string';
}
