// The graph the streamed snapshot's CARRIES step reads (session 61, helper perf, issue 11): CarriesInput's nodes and
// edges in flat arrays, with the part of graphology's API that coverage's carriesEdges calls on its way (forEachNode,
// hasNode, getNodeAttributes, getNodeAttribute, forEachOutEdge, forEachInEdge, someOutEdge, order, size), answering as a
// graphology MultiDirectedGraph built by mergeNode and addEdge in the same order would: the same nodes in the same
// order, the same attribute objects, each node's edges in graphology's order (neighbours in the order their first edge
// was added, and a neighbour's edges newest first), a missing node or a self-loop an error. Building graphology's graph
// (an object property per neighbour, a generated key per edge) was 0.3–0.4 s of CPU at 1,000 synthetic documents for
// ≈ 97,000 edges, and its edge walks most of carriesEdges' own time; here an edge is three array slots and a node's
// edges a range of one Int32Array. Edge keys are never read on that path: an edge's key is its number, as a string.
// The in-memory build (ingest/snapshot/build.ts, the server, the report) keeps graphology; tests/ingest/parallel/stream
// checks both give the same snapshot, tests/ingest/session61-perf.test.ts the answers method by method.
import type { EdgeAttributes, NodeAttributes } from '../../graph-schema/index.js';
import type { CoverageGraph } from '../../coverage/graph.js';

type EdgeCallback = (edge: string, attributes: EdgeAttributes, source: string, target: string, sourceAttributes: NodeAttributes, targetAttributes: NodeAttributes, undirected: boolean) => unknown;

export class CarriesGraph {
  private readonly keys: string[] = [];
  private readonly attrs: NodeAttributes[] = [];
  private readonly index = new Map<string, number>();
  private src = new Int32Array(0);
  private tgt = new Int32Array(0);
  private edgeAttrs: EdgeAttributes[] = [];
  /** Node n's out-edges are outEdges[outStart[n] .. outStart[n + 1]), in graphology's order; the same for in. */
  private outStart = new Int32Array(1);
  private outEdges = new Int32Array(0);
  private inStart = new Int32Array(1);
  private inEdges = new Int32Array(0);

  /** graphology's mergeNode: a new key is added with this attribute object, a known one gets these attributes assigned. */
  mergeNode(key: string, attributes: NodeAttributes): void {
    const n = this.index.get(key);
    if (n === undefined) {
      this.index.set(key, this.keys.length);
      this.keys.push(key);
      this.attrs.push(attributes);
    } else Object.assign(this.attrs[n], attributes);
  }

  /** The edges, all at once after the nodes: `ends` flat (source node number, target node number) pairs, `attributes`
   *  one object per edge, in the order graphology's addEdge would have been called. */
  setEdges(ends: Int32Array, attributes: EdgeAttributes[]): void {
    const m = attributes.length;
    const src = new Int32Array(m);
    const tgt = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      src[i] = ends[2 * i];
      tgt[i] = ends[2 * i + 1];
      if (src[i] === tgt[i]) throw new Error(`CarriesGraph: source & target are the same ("${this.keys[src[i]]}"), a loop this graph forbids.`);
    }
    [this.src, this.tgt, this.edgeAttrs] = [src, tgt, attributes];
    [this.outStart, this.outEdges] = adjacency(src, tgt, this.keys.length);
    [this.inStart, this.inEdges] = adjacency(tgt, src, this.keys.length);
  }

  /** The node number of a key. */
  numberOf(key: string): number | undefined {
    return this.index.get(key);
  }

  get order(): number {
    return this.keys.length;
  }

  get size(): number {
    return this.edgeAttrs.length;
  }

  hasNode(key: string): boolean {
    return this.index.has(key);
  }

  private node(key: string, method: string): number {
    const n = this.index.get(key);
    if (n === undefined) throw new Error(`CarriesGraph.${method}: could not find the "${key}" node in the graph.`);
    return n;
  }

  getNodeAttributes(key: string): NodeAttributes {
    return this.attrs[this.node(key, 'getNodeAttributes')];
  }

  getNodeAttribute(key: string, name: string): unknown {
    return (this.attrs[this.node(key, 'getNodeAttribute')] as unknown as Record<string, unknown>)[name];
  }

  forEachNode(callback: (key: string, attributes: NodeAttributes) => void): void {
    const { keys, attrs } = this;
    for (let n = 0; n < keys.length; n++) callback(keys[n], attrs[n]);
  }

  private walk(start: Int32Array, list: Int32Array, n: number, callback: EdgeCallback, breakable: boolean): boolean {
    const { keys, attrs, src, tgt, edgeAttrs } = this;
    for (let k = start[n]; k < start[n + 1]; k++) {
      const e = list[k];
      const [s, t] = [src[e], tgt[e]];
      if (callback(String(e), edgeAttrs[e], keys[s], keys[t], attrs[s], attrs[t], false) && breakable) return true;
    }
    return false;
  }

  forEachOutEdge(key: string, callback: EdgeCallback): void {
    this.walk(this.outStart, this.outEdges, this.node(key, 'forEachOutEdge'), callback, false);
  }

  forEachInEdge(key: string, callback: EdgeCallback): void {
    this.walk(this.inStart, this.inEdges, this.node(key, 'forEachInEdge'), callback, false);
  }

  someOutEdge(key: string, callback: EdgeCallback): boolean {
    return this.walk(this.outStart, this.outEdges, this.node(key, 'someOutEdge'), callback, true);
  }

  /** Typed as the graph coverage reads (the methods above are all its CARRIES path calls). */
  asCoverageGraph(): CoverageGraph {
    return this as unknown as CoverageGraph;
  }
}

/** Each node's edges from `from` to `to` in graphology's order for a multi graph: its neighbours in the order of their
 *  first edge, and a neighbour's edges newest first (graphology keeps one property per neighbour, in creation order,
 *  heading a list to which each new edge is prepended). Counting sort by node, then the few nodes with two edges to one
 *  neighbour reordered. */
function adjacency(from: Int32Array, to: Int32Array, nodes: number): [Int32Array<ArrayBuffer>, Int32Array<ArrayBuffer>] {
  const start = new Int32Array(nodes + 1);
  for (let e = 0; e < from.length; e++) start[from[e] + 1]++;
  for (let n = 0; n < nodes; n++) start[n + 1] += start[n];
  const list = new Int32Array(from.length);
  const fill = start.slice(0, nodes);
  for (let e = 0; e < from.length; e++) list[fill[from[e]]++] = e;
  // A node with two edges to one neighbour: found by stamping each neighbour with the node it was last met from.
  const stamp = new Int32Array(nodes).fill(-1);
  for (let n = 0; n < nodes; n++) {
    let repeated = false;
    for (let k = start[n]; k < start[n + 1]; k++) {
      const nb = to[list[k]];
      if (stamp[nb] === n) repeated = true;
      stamp[nb] = n;
    }
    if (!repeated) continue;
    const groups = new Map<number, number[]>();
    for (let k = start[n]; k < start[n + 1]; k++) {
      const e = list[k];
      const g = groups.get(to[e]);
      if (g) g.unshift(e);
      else groups.set(to[e], [e]);
    }
    let k = start[n];
    for (const g of groups.values()) for (const e of g) list[k++] = e;
  }
  return [start, list];
}
