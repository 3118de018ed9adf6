// Per-node aggregates the canned queries read instead of walking hubs at query time, computed from
// the snapshot alone while the load is planned (neo4j/load-plan.ts): they are part of each row's
// content hash, so an unchanged snapshot still writes nothing and a changed link rewrites the nodes
// whose figures it changes. Only the graph's own facts go in; the queries decide what to show.
//
// On an entity (Organisation, Programme, TargetGroup, Brand) mentioned by measures:
//   mentionLevels            distinct levels of the documents whose measures mention it (sorted)
//   mentionRegion[i], mentionRegionLevel[i], mentionRegionDocs[i], mentionRegionMeasures[i]
//                            per (region, level; '' when unknown) of corpus documents with a region: how many of
//                            their documents and measures mention it (sorted by region, level)
//   mentionedBy              ids of the measures that mention it, oldest document first (year,
//                            then name, then the measure's ordinal): entity-mentions pages in it
// On a Document cited by documents or measures:
//   citedBy                  ids of the citing documents and measures, oldest citing document
//                            first (year, name, then the measure's ordinal; the document itself
//                            before its measures): citing-documents pages in it
// On a Document whose measures are implemented by links carrying a lag:
//   lagRegion[i], lagMedianDays[i], lagMinDays[i], lagMaxDays[i], lagLinks[i], lagApprox[i]
//                            per region of the implementing document ('(no region)' without one):
//                            the lags' lower median (Cypher's percentileDisc(…, 0.5)), range,
//                            count, and whether any lag is years × 365 (sorted by region)
//   lagDocument, lagDocumentStart[i]
//                            the implementing documents' names, region by region: region i's are
//                            lagDocument[lagDocumentStart[i] .. lagDocumentStart[i + 1]] (the last
//                            entry of lagDocumentStart is the list's length)
//   lagProvince[i], lagProvinceMedianDays[i], lagProvinceMinDays[i], lagProvinceMaxDays[i], lagProvinceLinks[i],
//   lagProvinceApprox[i], lagProvinceRegions[i]
//                            the same per province: a city's or county's links go to the province its Region's
//                            PART_OF chain reaches (a region with none, a country or '(no region)', stays itself);
//                            lagProvinceRegions[i] names the regions rolled into it, '、'-joined in code-point order
//                            (session 38: walking the links and PART_OF per request took 36,581 db hits, 123 ms
//                            median on the 1k bench's busiest directive)
// On a Document whose measures implement others (links carrying a verdict):
//   implementedMeasures      ids of the higher measures some measure of it IMPLEMENTS with verdict
//                            'implements' (sorted)
//   partialMeasures          ids of the higher measures its measures IMPLEMENTS with a verdict, none
//                            of them 'implements' (sorted): region-gaps reads both instead of
//                            walking the document's measures and their links
//   viaImplementedMeasures   ids of the higher measures it carries through a chain (coverage/ "via"): a measure of it
//   viaPartialMeasures       IMPLEMENTS a measure of an intermediate document (in the corpus, on its region chain, of
//                            a level strictly between its own and theirs: coverage intermediateTest) that IMPLEMENTS
//                            them, or that IMPLEMENTS a measure of a second intermediate above it that does (county →
//                            city → province → national); implemented when every link says 'implements', else partial
//                            (sorted; the partial list leaves out the implemented ones: neo4j/derived-chain.ts).
//                            region-gaps and coverage-gaps read them instead of walking the paths (session 23: 701–789 ms)
// On a Document with a cascade below it (a link into its measures, or a citation: neo4j/derived-cascade.ts):
//   cascadePairs[i], cascadeDocs, cascadePaths
//                            pair i of its grouped cascade, in cypher/document-cascade's order, as one string of
//                            comma-separated fields: the lower document and the document of the cascade its measures
//                            implement (indexes into cascadeDocs), its links that implement and partially implement,
//                            their median score (percentileCont(…, 0.5), to four places), how many carry a lag (0: the next three are
//                            0 and mean none), the lags' median (percentileCont), min and max, whether any lag is
//                            years × 365, of the higher document's measures it is measured against how many a link
//                            reaches and how many there are, and the paths of the others (indexes into cascadePaths,
//                            space-separated, in text order). One string a pair, not a list a figure: node-neighbourhood
//                            reads every property of a node.
//                            document-cascade pages in them instead of reading every link into the cascade
//                            (session 25: 15,159 links, 429k db hits, 1.3 s for the 1,000-document bench's busiest)
import { ENTITY_TYPES, type Neo4jValue, type Snapshot } from '../graph-schema/index.js';
import { cascadePairsByRoot } from './derived-cascade.js';
import { chainVerdicts } from './derived-chain.js';
import { COVERAGE_OPTIONS } from '../coverage/options.js';
import { articleCounts, longLowerPartial } from '../coverage/grade.js';

export const DERIVED_PROPERTIES = [
  'mentionLevels',
  'mentionedBy',
  'citedBy',
  'mentionRegion',
  'mentionRegionLevel',
  'mentionRegionDocs',
  'mentionRegionMeasures',
  'lagRegion',
  'lagMedianDays',
  'lagMinDays',
  'lagMaxDays',
  'lagLinks',
  'lagApprox',
  'lagDocument',
  'lagDocumentStart',
  'lagProvince',
  'lagProvinceMedianDays',
  'lagProvinceMinDays',
  'lagProvinceMaxDays',
  'lagProvinceLinks',
  'lagProvinceApprox',
  'lagProvinceRegions',
  'implementedMeasures',
  'partialMeasures',
  'viaImplementedMeasures',
  'viaPartialMeasures',
  'cascadePairs',
  'cascadeDocs',
  'cascadePaths',
] as const;

export const NO_REGION = '(no region)';

type Attrs = Record<string, unknown>;

/** Node id → its derived properties (only nodes that have any). */
export function derivedProperties(snapshot: Snapshot): Map<string, Record<string, Neo4jValue>> {
  const attrs = new Map<string, Attrs>(snapshot.nodes.map((n) => [n.key, n.attributes as Attrs]));
  const entityTypes = new Set<string>(ENTITY_TYPES);
  const docOf = (measureId: string): Attrs | undefined => {
    const docId = attrs.get(measureId)?.docId;
    return typeof docId === 'string' ? attrs.get(docId) : undefined;
  };
  const docIdOf = (measureId: string): string | undefined => attrs.get(measureId)?.docId as string | undefined;

  // Entities: levels, and (region, level) → documents and measures.
  const levels = new Map<string, Set<string>>();
  const byRegion = new Map<string, Map<string, { region: string; level: string; docs: Set<string>; measures: Set<string> }>>();
  const mentioners = new Map<string, string[]>();
  const citers = new Map<string, string[]>();
  // Directives: region → lags, approx, documents.
  const lags = new Map<string, Map<string, { days: number[]; approx: boolean; docs: Set<string> }>>();
  // Lower documents: higher measure → whether a link to it says 'implements' (as coverage reads it: COVERAGE_OPTIONS.longLower).
  const verdicts = new Map<string, Map<string, boolean>>();
  const articles = COVERAGE_OPTIONS.longLower ? articleCounts(snapshot.nodes.flatMap((n) => (n.attributes.type === 'Measure' ? [[n.key, n.attributes.docId] as const] : []))) : undefined;
  const strong = (source: string, a: Attrs): boolean =>
    a.verdict === 'implements' && !(articles && longLowerPartial(COVERAGE_OPTIONS, Number(a.score ?? 0), a.citedArticle === true, articles.get(docIdOf(source) ?? '') ?? 0));
  for (const { source, target, attributes } of snapshot.edges) {
    const a = attributes as Attrs;
    if (a.type === 'MENTIONS' && entityTypes.has(String(attrs.get(target)?.type))) {
      const doc = docOf(source);
      if (!doc) continue;
      getOr(mentioners, target, () => []).push(source);
      if (typeof doc.level === 'string') getOr(levels, target, () => new Set()).add(doc.level);
      if (doc.inCorpus === true && typeof doc.region === 'string') {
        const level = typeof doc.level === 'string' ? doc.level : ''; // '' : a document without a level
        const key = `${doc.region}\u0000${level}`;
        const row = getOr(getOr(byRegion, target, () => new Map()), key, () => ({ region: doc.region as string, level, docs: new Set<string>(), measures: new Set<string>() }));
        row.docs.add(docIdOf(source)!);
        row.measures.add(source);
      }
    } else if (a.type === 'CITES') {
      getOr(citers, target, () => []).push(source);
    } else if (a.type === 'IMPLEMENTS') {
      const lowerDoc = docIdOf(source);
      if (lowerDoc && typeof a.verdict === 'string') {
        const seen = getOr(verdicts, lowerDoc, () => new Map());
        seen.set(target, seen.get(target) === true || strong(source, a));
      }
      if (typeof a.lagDays !== 'number') continue;
      const directive = docIdOf(target);
      const lower = docOf(source);
      const lowerId = docIdOf(source);
      if (!directive || !lower || !lowerId) continue;
      const region = typeof lower.region === 'string' ? lower.region : NO_REGION;
      const row = getOr(getOr(lags, directive, () => new Map()), region, () => ({ days: [], approx: false, docs: new Set<string>() }));
      row.days.push(a.lagDays);
      row.approx ||= a.lagApprox === true;
      row.docs.add(String(lower.name ?? lowerId));
    }
  }

  const out = new Map<string, Record<string, Neo4jValue>>();
  const add = (id: string, props: Record<string, Neo4jValue>) => out.set(id, { ...out.get(id), ...props });
  for (const [id, set] of levels) add(id, { mentionLevels: [...set].sort() });
  // Reading order of a citing or mentioning node: its document's year (none last, as Cypher's
  // ORDER BY), name and id, then its ordinal (a document before its measures), then its id.
  const order = (id: string): [number, string, string, number, string] => {
    const a = attrs.get(id) ?? {};
    const doc = a.type === 'Measure' ? (attrs.get(String(a.docId)) ?? {}) : a;
    const docId = a.type === 'Measure' ? String(a.docId) : id;
    return [typeof doc.year === 'number' ? doc.year : Infinity, String(doc.name ?? ''), docId, typeof a.ordinal === 'number' ? a.ordinal : -1, id];
  };
  const inOrder = (ids: string[]): string[] => {
    const keyed = ids.map((id) => ({ id, k: order(id) }));
    keyed.sort((x, y) => x.k[0] - y.k[0] || cmp(x.k[1], y.k[1]) || cmp(x.k[2], y.k[2]) || x.k[3] - y.k[3] || cmp(x.k[4], y.k[4]));
    return keyed.map((x) => x.id);
  };
  for (const [id, ids] of mentioners) add(id, { mentionedBy: inOrder(ids) });
  for (const [id, ids] of citers) add(id, { citedBy: inOrder(ids) });
  for (const [id, rows] of byRegion) {
    const sorted = [...rows.values()].sort((x, y) => cmp(x.region, y.region) || cmp(x.level, y.level));
    add(id, {
      mentionRegion: sorted.map((r) => r.region),
      mentionRegionLevel: sorted.map((r) => r.level),
      mentionRegionDocs: sorted.map((r) => r.docs.size),
      mentionRegionMeasures: sorted.map((r) => r.measures.size),
    });
  }
  const provinceOf = provinces(snapshot);
  for (const [id, regions] of lags) {
    const sorted = [...regions].sort(([x], [y]) => cmp(x, y));
    const names = sorted.map(([, r]) => [...r.docs].sort(cmp));
    const starts = names.reduce<number[]>((acc, list) => [...acc, acc[acc.length - 1] + list.length], [0]);
    // The same figures per province: a city's or county's links rolled up through the regions' PART_OF chain.
    const byProvince = new Map<string, { days: number[]; approx: boolean; regions: string[] }>();
    for (const [region, r] of regions) {
      const row = getOr(byProvince, provinceOf(region), () => ({ days: [], approx: false, regions: [] }));
      row.days.push(...r.days);
      row.approx ||= r.approx;
      row.regions.push(region);
    }
    const provinceRows = [...byProvince].sort(([x], [y]) => cmp(x, y));
    add(id, {
      lagRegion: sorted.map(([region]) => region),
      ...lagColumns('lag', sorted.map(([, r]) => r)),
      lagDocument: names.flat(),
      lagDocumentStart: starts,
      lagProvince: provinceRows.map(([province]) => province),
      ...lagColumns('lagProvince', provinceRows.map(([, r]) => r)),
      lagProvinceRegions: provinceRows.map(([, r]) => [...r.regions].sort(cmp).join('、')),
    });
  }
  for (const [id, seen] of verdicts) {
    const ids = [...seen.keys()].sort(cmp);
    add(id, { implementedMeasures: ids.filter((m) => seen.get(m)), partialMeasures: ids.filter((m) => !seen.get(m)) });
  }
  // Chains of one or two intermediate documents (coverage/index.ts measureRows, cypher/region-gaps.cypher).
  for (const [id, via] of chainVerdicts(attrs, snapshot.edges, verdicts, COVERAGE_OPTIONS.chain.named, strong)) {
    const ids = [...via.keys()].sort(cmp);
    add(id, { viaImplementedMeasures: ids.filter((m) => via.get(m)), viaPartialMeasures: ids.filter((m) => !via.get(m)) });
  }
  for (const [id, pairs] of cascadePairsByRoot(attrs, snapshot.edges)) {
    // One string per pair, documents and paths as indexes into two lists: node-neighbourhood reads every property of
    // a cited directive (.*), and a list per figure (2,619 pairs: 40k values) made it 7 → 40 ms at 1,000 documents.
    const docs = dictionary();
    const paths = dictionary();
    add(id, {
      cascadePairs: pairs.map((p) =>
        [
          docs.at(p.lower), docs.at(p.higher), p.implements, p.partial, p.medianScore, p.lagLinks, p.medianLag, p.lagMin, p.lagMax,
          p.lagApprox, p.carried, p.measures, p.notCarried.map(paths.at).join(' '),
        ].join(','),
      ),
      cascadeDocs: docs.list,
      cascadePaths: paths.list,
    });
  }
  return out;
}

/** Region name → the name of the province its PART_OF chain reaches (itself when it is one, or reaches none). */
function provinces(snapshot: Snapshot): (region: string) => string {
  const byKey = new Map<string, { name: string; level: string }>();
  const byName = new Map<string, string>();
  for (const n of snapshot.nodes) {
    const a = n.attributes as Attrs;
    if (a.type !== 'Region') continue;
    byKey.set(n.key, { name: String(a.name), level: String(a.level) });
    byName.set(String(a.name), n.key);
  }
  const parent = new Map<string, string>();
  for (const e of snapshot.edges) if ((e.attributes as Attrs).type === 'PART_OF') parent.set(e.source, e.target);
  return (region) => {
    const seen = new Set<string>();
    for (let key = byName.get(region); key !== undefined && !seen.has(key); key = parent.get(key)) {
      seen.add(key);
      const r = byKey.get(key);
      if (r?.level === 'province') return r.name;
    }
    return region;
  };
}

/** Strings kept once, in first-use order, and their indexes. */
function dictionary(): { list: string[]; at: (s: string) => number } {
  const list: string[] = [];
  const index = new Map<string, number>();
  return { list, at: (s) => getOr(index, s, () => list.push(s) - 1) };
}

/** Index Cypher's percentileDisc(x, 0.5) takes in n sorted values: the lower median. */
export function lowerMedianIndex(n: number): number {
  return Math.max(0, Math.ceil(0.5 * n) - 1);
}

// Code-point order, as Cypher's ORDER BY on strings (not localeCompare).
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function getOr<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

/** Per row of lag days (regions or provinces), under `<prefix>MedianDays`, `MinDays`, `MaxDays`, `Links`, `Approx`: the
 *  lower median, the least, the greatest, the count, and whether any is approximate. */
function lagColumns(prefix: 'lag' | 'lagProvince', rows: { days: Iterable<number>; approx: boolean }[]): Record<string, number[] | boolean[]> {
  const days = rows.map((r) => [...r.days].sort((x, y) => x - y));
  return {
    [`${prefix}MedianDays`]: days.map((d) => d[lowerMedianIndex(d.length)]),
    [`${prefix}MinDays`]: days.map((d) => d[0]),
    [`${prefix}MaxDays`]: days.map((d) => d[d.length - 1]),
    [`${prefix}Links`]: days.map((d) => d.length),
    [`${prefix}Approx`]: rows.map((r) => r.approx),
  };
}
