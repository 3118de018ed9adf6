// The snapshot streamed to disk (issue 11: 10,000 documents under 2 GB). The in-memory build
// (a graphology graph of every node and edge, exported, sorted and validated at the end: 4–5 GB of
// heap at 10,000 documents) is replaced by records: each node and edge is validated against
// graph-schema and serialised as soon as nothing can change it any more, and its JSON goes to a
// temporary file; memory keeps its key and where its text is. At the end the keys are sorted and
// the snapshot is written in that order from the file: the same bytes as exportSnapshot +
// jsonPieces (tests/ingest/parallel/stream.test.ts), whatever the number of documents.
//
// `RecordGraph` implements the part of graphology's API that build.ts calls (mergeNode, addNode,
// hasNode, getNodeAttributes, mergeEdgeWithKey, addEdgeWithKey, hasEdge, getEdgeAttributes) with
// graphology's semantics (a merge assigns the new attributes over the old; adding a key twice
// throws), over the records not yet written ("pending"). What may be written when is the
// pipeline's knowledge (ingest/pipeline.ts streamSnapshot): a document's measures, targets and
// the edges leaving its own nodes once the document is done; its citations once they are added;
// shared nodes (entities, regions, documents) at the end.
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Snapshot, type EdgeAttributes, type NodeAttributes, type SnapshotAttributes } from '../../graph-schema/index.js';
import { asJsonValue, schemaError } from './write.js';
import { EdgeKeys, Names, RecordFile } from './record-file.js';
import { edgeRecordSchema, nodeRecordSchema } from './record-schemas.js';

export type SnapshotRecord = Snapshot['nodes'][number] | Snapshot['edges'][number];

export class RecordGraph {
  private readonly dir: string;
  private readonly fds: number[] = [];
  private readonly nodeFile: RecordFile;
  private readonly edgeFile: RecordFile;
  /** Node keys and edge ends, each kept once (an edge's key is kept as numbers: record-file.ts). */
  private names = new Names();
  /** By name index: 1 for a node added (written or pending); an edge may only join nodes that exist. */
  private isNode = new Uint8Array(1024);
  /** Each node record's name index; each edge record's key. */
  private nodeNames: number[] = [];
  private edgeKeys = new EdgeKeys(this.names);
  private readonly nodes = new Map<string, NodeAttributes>();
  private readonly edges = new Map<string, { source: string; target: string; attributes: EdgeAttributes }>();
  /** Keys added since the last `write`, in order (only these are looked at). */
  private recentNodes: string[] = [];
  private recentEdges: string[] = [];
  /** Nodes written, by type; Documents not in the corpus. */
  readonly counts = new Map<string, number>();
  citedDocuments = 0;

  constructor(
    parent = tmpdir(),
    /** Sees each node and edge as it is written (the bench keeps the few it measures). */
    private readonly onRecord?: (kind: 'node' | 'edge', record: SnapshotRecord) => void,
  ) {
    this.dir = mkdtempSync(join(parent, 'policy-graph-snapshot-'));
    const open = (name: string) => {
      const fd = openSync(join(this.dir, name), 'w+', 0o600);
      this.fds.push(fd);
      return fd;
    };
    this.nodeFile = new RecordFile(open('nodes.ndjson'));
    this.edgeFile = new RecordFile(open('edges.ndjson'));
  }

  hasNode(key: string): boolean {
    return this.names.has(key) && this.isNode[this.names.id(key)] === 1;
  }

  private markNode(key: string): void {
    const id = this.names.id(key);
    if (id >= this.isNode.length) {
      const next = new Uint8Array(Math.max(id + 1, this.isNode.length * 2));
      next.set(this.isNode);
      this.isNode = next;
    }
    this.isNode[id] = 1;
  }

  getNodeAttributes(key: string): NodeAttributes {
    const a = this.nodes.get(key);
    if (!a) throw new Error(`snapshot: node ${key} is ${this.hasNode(key) ? 'already written' : 'missing'}`);
    return a;
  }

  addNode(key: string, attributes: NodeAttributes): void {
    if (this.hasNode(key)) throw new Error(`snapshot: node ${key} added twice`);
    this.nodes.set(key, attributes);
    this.markNode(key);
    this.recentNodes.push(key);
  }

  mergeNode(key: string, attributes: NodeAttributes): void {
    const a = this.nodes.get(key);
    if (a) Object.assign(a, attributes);
    else this.addNode(key, attributes);
  }

  hasEdge(key: string): boolean {
    return this.edges.has(key);
  }

  getEdgeAttributes(key: string): EdgeAttributes {
    const e = this.edges.get(key);
    if (!e) throw new Error(`snapshot: edge ${key} is missing or already written`);
    return e.attributes;
  }

  addEdgeWithKey(key: string, source: string, target: string, attributes: EdgeAttributes): void {
    if (this.edges.has(key)) throw new Error(`snapshot: edge ${key} added twice`);
    if (source === target) throw new Error(`snapshot: edge ${key} is a self loop`);
    this.edges.set(key, { source, target, attributes });
    this.recentEdges.push(key);
  }

  mergeEdgeWithKey(key: string, source: string, target: string, attributes: EdgeAttributes): void {
    const e = this.edges.get(key);
    if (!e) return this.addEdgeWithKey(key, source, target, attributes);
    if (e.source !== source || e.target !== target) throw new Error(`snapshot: edge ${key} merged with other ends`);
    Object.assign(e.attributes, attributes);
  }

  /** Validates, serialises and writes the nodes and edges added since the last call that `final`
   *  accepts; they leave memory. The others stay pending until a call without `final`, which
   *  writes every pending record. */
  write(final?: { node?: (a: NodeAttributes) => boolean; edge?: (a: EdgeAttributes) => boolean; endsLater?: boolean }): void {
    // graph-schema's record schemas, compiled (record-schemas.ts: the same answers and errors as zod's runtime parser).
    const NODE = nodeRecordSchema();
    const EDGE = edgeRecordSchema();
    for (const key of final ? this.recentNodes : [...this.nodes.keys()]) {
      const a = this.nodes.get(key);
      if (!a || (final && !final.node?.(a))) continue;
      // As graphology's export: a shallow copy of the attributes (none when empty).
      const parsed = NODE.safeParse(asJsonValue(Object.keys(a).length ? { key, attributes: { ...a } } : { key }));
      if (!parsed.success) throw schemaError(parsed.error.issues[0], ['nodes', key]);
      this.nodeFile.add(JSON.stringify(parsed.data));
      this.nodeNames.push(this.names.id(key));
      this.onRecord?.('node', parsed.data);
      this.nodes.delete(key);
      this.counts.set(a.type, (this.counts.get(a.type) ?? 0) + 1);
      if (a.type === 'Document' && !a.inCorpus) this.citedDocuments++;
    }
    this.recentNodes = [];
    for (const key of final ? this.recentEdges : [...this.edges.keys()]) {
      const e = this.edges.get(key);
      if (!e || (final && !final.edge?.(e.attributes))) continue;
      // As graphology: an edge joins two nodes (checked here: a node may come after its edge).
      // An edge written before its nodes are added (endsLater: the IMPLEMENTS edges, as the link
      // stage gives them) has its ends checked by checkEnds once every node is in.
      // (Session 60, perf: each end's name looked up once, its number kept for the edge's key below; the ends are
      // names of the key table whether or not they are nodes yet.)
      const source = this.names.id(e.source);
      const target = this.names.id(e.target);
      for (const [n, id] of [[e.source, source], [e.target, target]] as const) {
        if (this.isNode[id] === 1) continue;
        if (final?.endsLater) {
          this.laterEnds.add(n);
        } else throw new Error(`snapshot: edge ${key} joins ${n}, which is not a node`);
      }
      const parsed = EDGE.safeParse(asJsonValue({ key, source: e.source, target: e.target, attributes: { ...e.attributes } }));
      if (!parsed.success) throw schemaError(parsed.error.issues[0], ['edges', key]);
      if (key !== `${e.attributes.type}|${e.source}|${e.target}`) throw new Error(`snapshot: edge ${key} is not keyed type|source|target`);
      this.edgeFile.add(JSON.stringify(parsed.data));
      this.edgeKeys.pushIds(e.attributes.type, source, target);
      this.onRecord?.('edge', parsed.data);
      this.edges.delete(key);
    }
    this.recentEdges = [];
  }

  /** Ends of edges written with `endsLater` that were not nodes then (one string per measure
   *  linked, not per link). */
  private readonly laterEnds = new Set<string>();

  /** Throws as `write` would have for an edge written with `endsLater` whose end is still not a node. */
  checkEnds(): void {
    for (const n of this.laterEnds) if (!this.hasNode(n)) throw new Error(`snapshot: an edge joins ${n}, which is not a node`);
    this.laterEnds.clear();
  }

  /** The snapshot's text in pieces (as jsonPieces of the exported snapshot): everything pending
   *  is written first, then nodes and edges are read back in key order. */
  pieces(attributes: SnapshotAttributes): Iterable<string | Uint8Array> {
    this.write();
    this.checkEnds();
    const head = Snapshot.safeParse(asJsonValue({ attributes, options: { type: 'directed' as const, multi: true as const, allowSelfLoops: false }, nodes: [], edges: [] }));
    if (!head.success) throw schemaError(head.error.issues[0]);
    // Nodes by key; edges by key, from the names' ranks (record-file.ts EdgeKeys).
    const rank = this.names.ranks();
    const nodeOrder = Uint32Array.from(this.nodeNames.keys()).sort((a, b) => rank[this.nodeNames[a]] - rank[this.nodeNames[b]]);
    for (let i = 1; i < nodeOrder.length; i++) {
      if (this.nodeNames[nodeOrder[i]] === this.nodeNames[nodeOrder[i - 1]]) throw new Error(`snapshot: the node ${this.names.list[this.nodeNames[nodeOrder[i]]]} was written twice`);
    }
    const edgeOrder = this.edgeKeys.sorted(rank);
    // Keys are no longer needed once sorted: the order is all the reading takes.
    this.names = new Names();
    this.nodeNames = [];
    this.isNode = new Uint8Array(0);
    this.edgeKeys = new EdgeKeys(this.names);
    const arrays: Record<string, () => Iterable<string | Uint8Array>> = {
      nodes: () => this.nodeFile.texts(nodeOrder),
      edges: () => this.edgeFile.texts(edgeOrder),
    };
    return piecesWith(head.data, arrays);
  }

  close(): void {
    for (const fd of this.fds.splice(0)) closeSync(fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** jsonPieces (write.ts) of a top-level object, some of whose arrays come as JSON texts (strings or
 *  their UTF-8 bytes). */
function* piecesWith(value: Record<string, unknown>, arrays: Record<string, () => Iterable<string | Uint8Array>>): Generator<string | Uint8Array> {
  yield '{';
  let first = true;
  for (const [k, x] of Object.entries(value)) {
    if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(k)}:`;
    first = false;
    if (arrays[k]) {
      yield '[';
      let i = 0;
      for (const text of arrays[k]()) {
        if (i++) yield ',';
        yield text;
      }
      yield ']';
    } else yield JSON.stringify(x);
  }
  yield '}\n';
}
