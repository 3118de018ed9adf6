// The forms a lower document carries a higher document's programmes, brands and target groups under (coverage/carried.ts:
// a narrower or region-prefixed name, or the bare name ending a noun of its text), with each place's measure, span and
// sentence: the one computation behind the CARRIES edges. Session 47 wrote them once at ingest for every pair of
// documents coverage compares (ingest/snapshot/carries.ts calls carriesEdges below). Session 48 (helper tidy, issue 13):
// a pair with no edge — two documents chosen freely in the explorer's gap view, or any pair of a snapshot written before
// session 47 — gets the same forms computed on demand (pairForms), from the measures' texts of the graph at hand (the
// report's, the server's; the page's graph holds no texts, so the server sends them with the gap view's passages).
// One lower document's forms depend on that document and the entity only, not on the directive that asks for them: for
// a pair coverage compares, pairForms finds exactly the edges the ingest wrote (tests/coverage/session48-tidy.test.ts).
import type { EdgeOf, EntityType, NodeAttributes } from '../graph-schema/index.js';
import { edgeKey } from '../graph-schema/kinds.js';
import { carriedNames, carriedOffsets } from './carried.js';
import type { CoverageGraph } from './graph.js';
import { documentMeasures, GROUP_TYPES, lowerDocuments, PROGRAMME_TYPES } from './index.js';

export interface CarriesEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeOf<'CARRIES'>;
}

export type CarriesPlace = EdgeOf<'CARRIES'>['places'][number];

/** A pair's forms computed on demand, by entity id (the attributes a CARRIES edge would have). */
export type PairForms = ReadonlyMap<string, EdgeOf<'CARRIES'>>;

/** The entity groups coverage reads apart (entityRows): a programme's form is sought among the lower programmes and
 *  brands, a target group's among its target groups. */
const GROUPS: readonly (readonly EntityType[])[] = [PROGRAMME_TYPES, GROUP_TYPES];

type MentionPlaces = Map<string, [string, [number, number]][]>;

/** Every MENTIONS place of the entities of each group of GROUPS in a document's measures: entity → [measure, span][],
 *  one map per group. One walk of the measures' edges for both groups (session 61, perf: a walk per group before; the
 *  groups share no entity type, so each map is the one its own walk made, in the same order). */
function mentionPlaces(g: CoverageGraph, docId: string): MentionPlaces[] {
  const out: MentionPlaces[] = GROUPS.map(() => new Map());
  for (const m of documentMeasures(g, docId)) {
    g.forEachOutEdge(m, (_e, a, _s, target, _sa, ta) => {
      if (a.type !== 'MENTIONS') return;
      const gi = GROUPS.findIndex((types) => (types as readonly string[]).includes(ta.type));
      if (gi < 0) return;
      const list = out[gi].get(target) ?? [];
      for (const span of a.spans) list.push([m, span]);
      out[gi].set(target, list);
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

const byPlace = (a: CarriesPlace, b: CarriesPlace) => a.span[0] - b.span[0] || a.span[1] - b.span[1] || (a.measure < b.measure ? -1 : a.measure > b.measure ? 1 : 0);

/** Each document's MENTIONS places per entity group, read once. */
function placesReader(g: CoverageGraph): (doc: string, gi: number) => MentionPlaces {
  const placesBy = new Map<string, MentionPlaces[]>();
  return (doc, gi) => (placesBy.get(doc) ?? placesBy.set(doc, mentionPlaces(g, doc)).get(doc)!)[gi];
}

/** The forms under which document `lower` carries each of `entities` (which it does not mention itself), by entity, in
 *  the order of the entity groups and then of `entities`; an entity carried under no form is left out. Measures hold
 *  their `text`, else `docText` of their document cut at their span (the streamed snapshot's records). */
function formsOf(
  g: CoverageGraph,
  lower: string,
  entities: Iterable<string>,
  placesOf: (doc: string, gi: number) => MentionPlaces,
  docText?: (docId: string) => string | undefined,
): Map<string, EdgeOf<'CARRIES'>> {
  const out = new Map<string, EdgeOf<'CARRIES'>>();
  const asked = [...entities];
  // The lower document's text, read once for its measures that hold none.
  let whole: string | undefined | null = null;
  const textOf = (m: { text?: string; span?: [number, number] }): string | undefined => {
    if (m.text !== undefined) return m.text;
    if (whole === null) whole = docText?.(lower);
    return whole !== undefined && m.span ? whole.slice(m.span[0], m.span[1]) : undefined;
  };
  for (const [gi, types] of GROUPS.entries()) {
    const wanted = asked.filter((e) => (types as readonly string[]).includes(g.getNodeAttribute(e, 'type')));
    if (!wanted.length) continue;
    const places = placesOf(lower, gi);
    const names = [...places.keys()].map((id) => ({ id, name: g.getNodeAttribute(id, 'name') as string }));
    let leaves: { id: string; text: string; start: number }[] | undefined;
    let joined: string | undefined;
    for (const e of wanted) {
      const name = g.getNodeAttribute(e, 'name') as string;
      const byName = [...new Set(carriedNames(names.map((n) => n.name), name))].sort();
      let found: { as: string[]; count: number; places: CarriesPlace[] };
      if (byName.length) {
        // A lower entity whose name ends with it: its mentions are the places (coverage counted their distinct spans).
        const ids = names.filter((n) => byName.includes(n.name)).map((n) => n.id);
        const raw = ids.flatMap((id) => places.get(id)!);
        const seen = new Set<string>();
        const list: CarriesPlace[] = [];
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
        // Every leaf's text is in `joined`, so a name not in it is in no leaf: its leaves are not searched one by one
        // (session 61, perf: most asked names are in no leaf of the lower document).
        joined ??= leaves.map((m) => m.text).join('\n');
        const list = !joined.includes(name)
          ? []
          : leaves.flatMap((m) =>
              carriedOffsets(m.text, name).map((i): CarriesPlace => {
                const [s, t] = sentenceAround(m.text, i, i + name.length);
                return { measure: m.id, span: [m.start + i, m.start + i + name.length], sentence: [m.start + s, m.start + t] };
              }),
            );
        found = { as: [name], count: list.length, places: list };
      }
      if (!found.count || !found.places.length) continue;
      out.set(e, { type: 'CARRIES', as: found.as, count: found.count, places: found.places.sort(byPlace) });
    }
  }
  return out;
}

/** The entities of the CARRIES groups a document's measures mention. */
function mentionedBy(placesOf: (doc: string, gi: number) => MentionPlaces, doc: string): Set<string> {
  return new Set(GROUPS.flatMap((_types, gi) => [...placesOf(doc, gi).keys()]));
}

/** The CARRIES edges of a graph holding the documents, regions (PART_OF), measures (docId, leaf, span; their `text`,
 *  else `docText` of their document cut at their span, as ingest/snapshot/build.ts cuts it), IMPLEMENTS and CITES edges
 *  and the MENTIONS of programmes, brands and target groups, for every pair coverage compares (lowerDocuments): sorted
 *  by key. */
export function carriesEdges(g: CoverageGraph, docText?: (docId: string) => string | undefined): CarriesEdge[] {
  // Lower document → the entities a directive comparing it asks for that it does not mention itself.
  const asked = new Map<string, Set<string>>();
  const placesOf = placesReader(g);
  const mentioned = new Map<string, Set<string>>();
  const mentions = (doc: string) => mentioned.get(doc) ?? mentioned.set(doc, mentionedBy(placesOf, doc)).get(doc)!;
  g.forEachNode((id, a) => {
    if (a.type !== 'Document' || !a.inCorpus) return;
    const lowers = lowerDocuments(g, id);
    if (!lowers.length) return;
    const wanted = mentions(id);
    for (const l of lowers) {
      const own = mentions(l.id);
      for (const e of wanted) if (!own.has(e)) (asked.get(l.id) ?? asked.set(l.id, new Set()).get(l.id)!).add(e);
    }
  });
  const out: CarriesEdge[] = [];
  for (const [lower, entities] of asked) {
    for (const [e, attributes] of formsOf(g, lower, entities, placesOf, docText)) out.push({ key: edgeKey('CARRIES', lower, e), source: lower, target: e, attributes });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The forms of one pair computed on demand: each programme, brand and target group `higher` mentions that `lower`
 * neither mentions nor has a CARRIES edge to, with the attributes the edge would have. For a pair coverage compares the
 * ingest wrote every such edge, so this finds none; for a pair it does not compare (the gap view's free choice) or a
 * snapshot written before session 47, it finds what the ingest would have written. Needs the lower measures' texts
 * (`text`, else `docText`): on a graph without them (the explorer page's) it finds only the forms read from entity names.
 */
export function pairForms(g: CoverageGraph, higher: string, lower: string, docText?: (docId: string) => string | undefined): Map<string, EdgeOf<'CARRIES'>> {
  return formsOfPair(g, higher, lower, placesReader(g), docText);
}

/**
 * pairForms for many pairs of one graph that does not change (the server's, built once from its snapshot): each
 * document's mention places read once, and the forms of the last `maxPairs` pairs asked kept (the oldest asked dropped
 * first). Session 49 (helper tidy): GET /api/coverage asks for every column of the matrix; on 723 columns of a synthetic
 * corpus of 1,000 documents pairForms took 140–250 ms of CPU a request (under a tenth of it once coverageMatrix read each
 * measure's links once: coverage/index.ts linksIntoOnce); kept, the first request of a directive pays it and later ones
 * about 2 ms (docs/history/performance.md, session 49). The same answers: the same computation, its results kept.
 */
export function pairFormsCache(g: CoverageGraph, maxPairs = 4096, docText?: (docId: string) => string | undefined): (higher: string, lower: string) => PairForms {
  const placesOf = placesReader(g);
  const kept = new Map<string, PairForms>();
  return (higher, lower) => {
    const key = `${higher}\u0000${lower}`;
    const hit = kept.get(key);
    if (hit) return hit;
    const forms = formsOfPair(g, higher, lower, placesOf, docText);
    if (kept.size >= maxPairs) kept.delete(kept.keys().next().value!);
    kept.set(key, forms);
    return forms;
  };
}

function formsOfPair(
  g: CoverageGraph,
  higher: string,
  lower: string,
  placesOf: (doc: string, gi: number) => MentionPlaces,
  docText?: (docId: string) => string | undefined,
): Map<string, EdgeOf<'CARRIES'>> {
  if (higher === lower || !g.hasNode(higher) || !g.hasNode(lower)) return new Map();
  const own = mentionedBy(placesOf, lower);
  const wanted = [...mentionedBy(placesOf, higher)].filter((e) => !own.has(e) && !g.hasEdge(edgeKey('CARRIES', lower, e)));
  return wanted.length ? formsOf(g, lower, wanted, placesOf, docText) : new Map();
}

/** One form of a pair as GET /api/gap-passages sends it (the page rebuilds PairForms from them: formsFromAnswer). */
export interface GapForm {
  entity: string;
  as: string[];
  count: number;
  places: CarriesPlace[];
}

/** A pair's forms as a JSON list, in entity order. */
export function gapForms(forms: PairForms): GapForm[] {
  return [...forms].map(([entity, a]) => ({ entity, as: a.as, count: a.count, places: a.places })).sort((a, b) => (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0));
}

/** The PairForms of a GET /api/gap-passages answer. */
export function formsFromAnswer(list: readonly GapForm[]): PairForms {
  return new Map(list.map((f) => [f.entity, { type: 'CARRIES' as const, as: f.as, count: f.count, places: f.places }]));
}
