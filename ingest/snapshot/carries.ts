// CARRIES edges (session 47): for each pair of documents coverage compares (a directive and its lower documents,
// coverage/index.ts lowerDocuments: the same selection), the directive's programmes, brands and target groups that the
// lower document carries under another form than the entity node (coverage/carried.ts), written once at ingest as
// evidence the report, the explorer and the canned Cypher read (issue 13: coverage-gaps.cypher listed as missing what
// the report read as carried). One edge per lower document and entity, whatever the directive: the form is the lower
// text's, the directive only asks for it.
import Graph from 'graphology';
import { edgeKey, ID_PREFIX, type EdgeAttributes, type EdgeOf, type EntityType, type NodeAttributes, type Snapshot } from '../../graph-schema/index.js';
import { documentMeasures, GROUP_TYPES, lowerDocuments, PROGRAMME_TYPES } from '../../coverage/index.js';
import type { CoverageGraph } from '../../coverage/graph.js';
import { carriedNames, carriedOffsets } from '../../coverage/carried.js';

export interface CarriesEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeOf<'CARRIES'>;
}

type Place = EdgeOf<'CARRIES'>['places'][number];

/** The entity groups coverage reads apart (entityRows): a programme's form is sought among the lower programmes and
 *  brands, a target group's among its target groups. */
const GROUPS: readonly (readonly EntityType[])[] = [PROGRAMME_TYPES, GROUP_TYPES];

/** Every MENTIONS place of the entities of `types` in a document's measures: entity → [measure, span][]. */
function mentionPlaces(g: CoverageGraph, docId: string, types: readonly EntityType[]): Map<string, [string, [number, number]][]> {
  const out = new Map<string, [string, [number, number]][]>();
  for (const m of documentMeasures(g, docId)) {
    g.forEachOutEdge(m, (_e, a, _s, target, _sa, ta) => {
      if (a.type !== 'MENTIONS' || !(types as readonly string[]).includes(ta.type)) return;
      const list = out.get(target) ?? [];
      for (const span of a.spans) list.push([m, span]);
      out.set(target, list);
    });
  }
  return out;
}

/** Distinct spans of a list of places (coverage/index.ts mentionCounts counts an entity's mentions so). */
const distinctSpans = (places: [string, [number, number]][]) => new Set(places.map(([, [s, e]]) => `${s}:${e}`)).size;

/** The sentence of a measure's text around [start, end) (measure offsets): from after the last 。；！？ or line break
 *  before it to its next 。；！？ (included), else the measure's ends. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !/[。；！？\n]/u.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !/[。；！？\n]/u.test(text[e])) e++;
  return [s, e < text.length && text[e] !== '\n' ? e + 1 : e];
}

const byPlace = (a: Place, b: Place) => a.span[0] - b.span[0] || a.span[1] - b.span[1] || (a.measure < b.measure ? -1 : a.measure > b.measure ? 1 : 0);

/** The CARRIES edges of a graph holding the documents, regions (PART_OF), measures (docId, leaf, span; their `text`,
 *  else `docText` of their document cut at their span, as ingest/snapshot/build.ts cuts it), IMPLEMENTS and CITES edges
 *  and the MENTIONS of programmes, brands and target groups: sorted by key. */
export function carriesEdges(g: CoverageGraph, docText?: (docId: string) => string | undefined): CarriesEdge[] {
  // Lower document → the entities a directive comparing it asks for that it does not mention itself.
  const asked = new Map<string, Set<string>>();
  // Each document's MENTIONS places per entity group, read once: for the entities it mentions (as a directive or a lower
  // document) and again for a lower document's forms below.
  const placesBy = new Map<string, Map<string, [string, [number, number]][]>>();
  const placesOf = (doc: string, gi: number) => {
    const key = `${gi}|${doc}`;
    return placesBy.get(key) ?? placesBy.set(key, mentionPlaces(g, doc, GROUPS[gi])).get(key)!;
  };
  const mentionedBy = new Map<string, Set<string>>();
  const mentioned = (doc: string) => {
    let set = mentionedBy.get(doc);
    if (!set) mentionedBy.set(doc, (set = new Set(GROUPS.flatMap((_types, gi) => [...placesOf(doc, gi).keys()]))));
    return set;
  };
  g.forEachNode((id, a) => {
    if (a.type !== 'Document' || !a.inCorpus) return;
    const lowers = lowerDocuments(g, id);
    if (!lowers.length) return;
    const wanted = mentioned(id);
    for (const l of lowers) {
      const own = mentioned(l.id);
      for (const e of wanted) if (!own.has(e)) (asked.get(l.id) ?? asked.set(l.id, new Set()).get(l.id)!).add(e);
    }
  });
  const out: CarriesEdge[] = [];
  for (const [lower, entities] of asked) {
    // The lower document's text, read once for its measures that hold none (the streamed snapshot's records).
    let whole: string | undefined | null = null;
    const textOf = (m: { text?: string; span?: [number, number] }): string | undefined => {
      if (m.text !== undefined) return m.text;
      if (whole === null) whole = docText?.(lower);
      return whole !== undefined && m.span ? whole.slice(m.span[0], m.span[1]) : undefined;
    };
    for (const [gi, types] of GROUPS.entries()) {
      const wanted = [...entities].filter((e) => (types as readonly string[]).includes(g.getNodeAttribute(e, 'type')));
      if (!wanted.length) continue;
      const places = placesOf(lower, gi);
      const names = [...places.keys()].map((id) => ({ id, name: g.getNodeAttribute(id, 'name') as string }));
      let leaves: { id: string; text: string; start: number }[] | undefined;
      for (const e of wanted) {
        const name = g.getNodeAttribute(e, 'name') as string;
        const byName = [...new Set(carriedNames(names.map((n) => n.name), name))].sort();
        let found: { as: string[]; count: number; places: Place[] };
        if (byName.length) {
          // A lower entity whose name ends with it: its mentions are the places (coverage counted their distinct spans).
          const ids = names.filter((n) => byName.includes(n.name)).map((n) => n.id);
          const raw = ids.flatMap((id) => places.get(id)!);
          const seen = new Set<string>();
          const list: Place[] = [];
          for (const [measure, span] of raw) {
            const key = `${measure}|${span[0]}:${span[1]}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const m = g.getNodeAttributes(measure) as { text?: string; span?: [number, number] };
            const at = (m.span ?? [0, 0])[0];
            const text = textOf(m);
            const [s, t] = text !== undefined ? sentenceAround(text, span[0] - at, span[1] - at) : [span[0] - at, span[1] - at];
            list.push({ measure, span, sentence: [s + at, t + at] });
          }
          found = { as: byName, count: ids.reduce((n, id) => n + distinctSpans(places.get(id)!), 0), places: list };
        } else {
          // Its own name ending a noun of the lower measures' text.
          leaves ??= documentMeasures(g, lower).flatMap((id) => {
            const m = g.getNodeAttributes(id) as NodeAttributes & { text?: string; span?: [number, number]; leaf?: boolean };
            const text = m.type === 'Measure' && m.leaf !== false ? textOf(m) : undefined;
            return text ? [{ id, text, start: m.span?.[0] ?? 0 }] : [];
          });
          const list = leaves.flatMap((m) =>
            carriedOffsets(m.text, name).map((i): Place => {
              const [s, t] = sentenceAround(m.text, i, i + name.length);
              return { measure: m.id, span: [m.start + i, m.start + i + name.length], sentence: [m.start + s, m.start + t] };
            }),
          );
          found = { as: [name], count: list.length, places: list };
        }
        if (!found.count || !found.places.length) continue;
        out.push({ key: edgeKey('CARRIES', lower, e), source: lower, target: e, attributes: { type: 'CARRIES', as: found.as, count: found.count, places: found.places.sort(byPlace) } });
      }
    }
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

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

  /** The graph carriesEdges reads (the records let go). */
  graph(): CoverageGraph {
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
