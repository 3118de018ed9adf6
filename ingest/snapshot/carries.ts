// CARRIES edges (session 47): for each pair of documents coverage compares (a directive and its lower documents,
// coverage/index.ts lowerDocuments: the same selection), the directive's programmes, brands and target groups that the
// lower document carries under another form than the entity node (coverage/carried.ts), written once at ingest as
// evidence the report, the explorer and the canned Cypher read (issue 13: coverage-gaps.cypher listed as missing what
// the report read as carried). One edge per lower document and entity, whatever the directive: the form is the lower
// text's, the directive only asks for it.
import Graph from 'graphology';
import { ID_PREFIX, type EdgeAttributes, type NodeAttributes, type Snapshot } from '../../graph-schema/index.js';
import { GROUP_TYPES, PROGRAMME_TYPES } from '../../coverage/index.js';
import type { CoverageGraph } from '../../coverage/graph.js';
import { carriesEdges } from '../../coverage/forms.js';
import { CarriesGraph } from './carries-graph.js';

// The computation is coverage's (coverage/forms.ts, session 48: one module for the ingest's edges and the forms of a pair
// computed on demand); this stage writes its edges.
export { carriesEdges, sentenceAround, type CarriesEdge } from '../../coverage/forms.js';

/** Adds the CARRIES edges to the graph they were read from (the in-memory snapshot build). */
export function addCarries(g: CoverageGraph): void {
  for (const e of carriesEdges(g)) g.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
}

/** Entity id prefixes whose MENTIONS coverage reads. */
const ENTITY_PREFIXES = [...PROGRAMME_TYPES, ...GROUP_TYPES].map((t) => `${ID_PREFIX[t]}:`);
const EDGES_KEPT = new Set<EdgeAttributes['type']>(['IMPLEMENTS', 'CITES', 'PART_OF', 'MENTIONS']);

type SnapshotRecord = Snapshot['nodes'][number] | Snapshot['edges'][number];

/** The attributes coverage's lowerDocuments reads of an IMPLEMENTS, CITES or PART_OF edge (its type and laterVersion),
 *  one object for every edge of a kind: nothing reads the rest (verdict, score, evidence) nor the edge keys. */
const LEAN: Partial<Record<EdgeAttributes['type'] | 'IMPLEMENTS_LATER', EdgeAttributes>> = {
  IMPLEMENTS: { type: 'IMPLEMENTS' } as EdgeAttributes,
  IMPLEMENTS_LATER: { type: 'IMPLEMENTS', laterVersion: true } as EdgeAttributes,
  CITES: { type: 'CITES' } as EdgeAttributes,
  PART_OF: { type: 'PART_OF' } as EdgeAttributes,
};
const NO_SURFACES: string[] = [];

/**
 * What carriesEdges reads, kept from the records of a streamed snapshot as they are written (ingest/snapshot/stream.ts
 * writes each record once and lets it go): documents and measures without their text (docId, leaf, span), regions,
 * the programmes, brands and target groups with their MENTIONS (spans), and the IMPLEMENTS, CITES and PART_OF edges
 * (type and laterVersion). The same edges as the in-memory build's (tests/ingest/parallel/stream.test.ts).
 * Session 47 (helper carriesmem, issue 11): an edge is kept as its two ends' numbers (each node id held once) and a
 * shared attribute object, without its key; the link stage writes the IMPLEMENTS edges (~37 per document on
 * gen-corpus) before their measures, so they wait until graph().
 */
export class CarriesInput {
  private readonly nodes: [string, NodeAttributes][] = [];
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  /** Flat (source number, target number, attributes) triples, in record order. */
  private readonly edges: (number | EdgeAttributes)[] = [];

  private id(key: string): number {
    let n = this.ids.get(key);
    if (n === undefined) {
      this.ids.set(key, (n = this.names.length));
      this.names.push(key);
    }
    return n;
  }

  add(kind: 'node' | 'edge', record: SnapshotRecord): void {
    if (kind === 'node') {
      const { key, attributes: a } = record as Snapshot['nodes'][number];
      if (!a) return;
      if (a.type === 'Document') {
        const { text: _t, originMap: _o, ...rest } = a as NodeAttributes & { text?: unknown; originMap?: unknown };
        this.nodes.push([key, rest as NodeAttributes]);
      } else if (a.type === 'Region') this.nodes.push([key, a]);
      // Without its text: carriesEdges cuts it from its document's, read again for the few lower documents it needs.
      else if (a.type === 'Measure') this.nodes.push([key, { type: 'Measure', docId: a.docId, leaf: a.leaf, span: a.span } as NodeAttributes]);
      else if (ENTITY_PREFIXES.some((p) => key.startsWith(p))) this.nodes.push([key, { type: a.type, name: (a as { name: string }).name } as NodeAttributes]);
      return;
    }
    const { source, target, attributes: a } = record as Snapshot['edges'][number];
    if (!EDGES_KEPT.has(a.type)) return;
    let kept: EdgeAttributes;
    if (a.type === 'MENTIONS') {
      if (!ENTITY_PREFIXES.some((p) => target.startsWith(p))) return;
      kept = { type: 'MENTIONS', spans: a.spans, surfaces: NO_SURFACES };
    } else kept = LEAN[a.type === 'IMPLEMENTS' && a.laterVersion ? 'IMPLEMENTS_LATER' : a.type]!;
    this.edges.push(this.id(source), this.id(target), kept);
  }

  /** The graph carriesEdges reads (the records let go): a CarriesGraph (session 61), answering as graphology's
   *  MultiDirectedGraph built by mergeNode of each node and addEdge of each edge whose two ends are nodes, in record
   *  order, did until then (`graphology()` below builds that one). */
  graph(): CoverageGraph {
    const g = new CarriesGraph();
    for (const [key, a] of this.nodes.splice(0)) g.mergeNode(key, a);
    const edges = this.edges.splice(0);
    const names = this.names.splice(0);
    this.ids.clear();
    // Each name's node number (-1: not a node), looked up once, not twice an edge.
    const node = Int32Array.from(names, (name) => g.numberOf(name) ?? -1);
    const ends = new Int32Array((2 * edges.length) / 3);
    const attributes: EdgeAttributes[] = [];
    for (let i = 0; i < edges.length; i += 3) {
      const [s, t] = [node[edges[i] as number], node[edges[i + 1] as number]];
      if (s < 0 || t < 0) continue;
      ends[2 * attributes.length] = s;
      ends[2 * attributes.length + 1] = t;
      attributes.push(edges[i + 2] as EdgeAttributes);
    }
    g.setEdges(ends.subarray(0, 2 * attributes.length), attributes);
    return g.asCoverageGraph();
  }

  /** The same graph as graphology's (the form graph() built until session 61; tests compare the two). */
  graphology(): CoverageGraph {
    const g: CoverageGraph = new Graph.MultiDirectedGraph({ allowSelfLoops: false });
    for (const [key, a] of this.nodes.splice(0)) g.mergeNode(key, a);
    const edges = this.edges.splice(0);
    const names = this.names.splice(0);
    this.ids.clear();
    for (let i = 0; i < edges.length; i += 3) {
      const [s, t] = [names[edges[i] as number], names[edges[i + 1] as number]];
      if (g.hasNode(s) && g.hasNode(t)) g.addEdge(s, t, edges[i + 2] as EdgeAttributes);
    }
    return g;
  }
}
