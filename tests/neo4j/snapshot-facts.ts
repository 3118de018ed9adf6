// What a snapshot says, read with graphology: the oracle the canned-query tests compare
// Neo4j's answers with. Independent of the Cypher on purpose.
import Graph from 'graphology';
import { ENTITY_TYPES, type EdgeAttributes, type NodeAttributes, type NodeOf, type Snapshot } from '../../graph-schema/index.js';

type PolicyGraph = InstanceType<typeof Graph.MultiDirectedGraph<NodeAttributes, EdgeAttributes>>;

export class SnapshotFacts {
  readonly graph: PolicyGraph;
  constructor(snapshot: Snapshot) {
    this.graph = new Graph.MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    this.graph.import(snapshot as never);
  }

  private nodes<T extends NodeAttributes['type']>(type: T): [string, NodeOf<T>][] {
    return this.graph.filterNodes((_, a) => a.type === type).map((k) => [k, this.graph.getNodeAttributes(k) as NodeOf<T>]);
  }

  private edges(type: EdgeAttributes['type'], filter: (source: string, target: string) => boolean = () => true) {
    return this.graph.filterEdges((_, a, s, t) => a.type === type && filter(s, t)).map((key) => ({
      key,
      source: this.graph.source(key),
      target: this.graph.target(key),
      attributes: this.graph.getEdgeAttributes(key),
    }));
  }

  /** Measure ids of a document in reading order. */
  measuresOf(docId: string): string[] {
    return this.nodes('Measure').filter(([, m]) => m.docId === docId).sort(([, a], [, b]) => a.ordinal - b.ordinal).map(([k]) => k);
  }

  /** Entity ids a measure mentions, sorted. */
  mentionsOf(measureId: string): string[] {
    return this.edges('MENTIONS', (s) => s === measureId).map((e) => e.target).sort();
  }

  targetsOf(measureId: string): string[] {
    return this.edges('SETS', (s) => s === measureId).map((e) => e.target).sort();
  }

  /** Ids of documents and measures citing a document, sorted. */
  citersOf(docId: string): string[] {
    return this.edges('CITES', (_, t) => t === docId).map((e) => e.source).sort();
  }

  /** Measure ids that mention an entity, sorted. */
  mentionersOf(entityId: string): string[] {
    return this.edges('MENTIONS', (_, t) => t === entityId).map((e) => e.source).sort();
  }

  /** Keys of every edge touching a node. */
  edgesAt(nodeId: string): string[] {
    return this.graph.edges(nodeId).sort();
  }

  /** [lower measure, higher measure, score] of IMPLEMENTS edges from one document to another. */
  implementsBetween(lowerDocId: string, higherDocId: string): [string, string, number][] {
    const docOf = (id: string) => (this.graph.getNodeAttributes(id) as NodeOf<'Measure'>).docId;
    return this.edges('IMPLEMENTS', (s, t) => docOf(s) === lowerDocId && docOf(t) === higherDocId)
      .map((e): [string, string, number] => [e.source, e.target, (e.attributes as { score: number }).score])
      .sort();
  }

  /** Leaf measures (not notice/preamble) of `higher` no measure of `lower` implements, sorted. */
  measureGaps(higherDocId: string, lowerDocId: string): string[] {
    const implemented = new Set(this.implementsBetween(lowerDocId, higherDocId).map(([, h]) => h));
    return this.nodes('Measure')
      .filter(([k, m]) => m.docId === higherDocId && m.leaf && !['notice', 'preamble'].includes(m.kind) && !m.framing && !m.forIssuerOnly && !implemented.has(k))
      .map(([k]) => k)
      .sort();
  }

  /** Entities mentioned in `higher` and never in `lower`, sorted. */
  entityGaps(higherDocId: string, lowerDocId: string): string[] {
    const mentioned = (docId: string) =>
      new Set(this.measuresOf(docId).flatMap((m) => this.mentionsOf(m)));
    const lower = mentioned(lowerDocId);
    // Session 47: or carried under a narrower or region-prefixed form (a CARRIES edge the ingest wrote).
    this.graph.forEachOutEdge(lowerDocId, (_e, a, _s, target) => void (a.type === 'CARRIES' && lower.add(target)));
    return [...mentioned(higherDocId)].filter((e) => !lower.has(e)).sort();
  }

  // Pickers: the richest cases, so the tests exercise real rows whatever the corpus holds.
  docWithMostMeasures(): string {
    return maxBy(this.nodes('Document').map(([k]) => k), (d) => this.measuresOf(d).length);
  }
  mostCitedDocument(): string {
    return maxBy(this.nodes('Document').map(([k]) => k), (d) => this.citersOf(d).length);
  }
  mostMentionedEntity(): string {
    const entities = this.graph.filterNodes((_, a) => (ENTITY_TYPES as readonly string[]).includes(a.type));
    return maxBy(entities, (e) => this.mentionersOf(e).length);
  }
  /** The (lower, higher) document pair with the most IMPLEMENTS edges. */
  richestImplementingPair(): [string, string] {
    const pairs = new Map<string, number>();
    for (const e of this.edges('IMPLEMENTS')) {
      const pair = JSON.stringify([
        (this.graph.getNodeAttributes(e.source) as NodeOf<'Measure'>).docId,
        (this.graph.getNodeAttributes(e.target) as NodeOf<'Measure'>).docId,
      ]);
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
    return JSON.parse(maxBy([...pairs.keys()], (p) => pairs.get(p) ?? 0));
  }
}

function maxBy<T>(items: T[], score: (item: T) => number): T {
  if (items.length === 0) throw new Error('tests/neo4j/snapshot-facts: nothing to pick from; expected a non-empty snapshot');
  return items.reduce((best, item) => (score(item) > score(best) ? item : best));
}
