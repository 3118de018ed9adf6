// Coverage of a directive (any higher document) by the lower documents of the corpus: each
// higher measure implemented / partial / gap / not applicable in each lower document, each
// programme, brand and target group of the directive carried or not, and the lag. One module,
// used by `npm run report -- coverage`, the explorer's server and its Gaps view.
import { LEVEL_RANK as RANK, type EdgeOf, type EntityType, type Level, type NodeOf } from '../graph-schema/index.js';
import { scoreVerdict } from '../ingest/link/select.js';
import { attrsOf, type CoverageGraph } from './graph.js';

export { graphFromSnapshot, type CoverageGraph } from './graph.js';

export type MeasureStatus = 'implemented' | 'partial' | 'gap' | 'not applicable';
export const MEASURE_STATUSES: readonly MeasureStatus[] = ['implemented', 'partial', 'gap', 'not applicable'];

export { LEVEL_ORDER } from '../graph-schema/index.js';

/** Units that frame a plan rather than ask for anything: not measures to implement. */
export const FRAME_KINDS: readonly string[] = ['notice', 'preamble'];

export function isPlanMeasure(m: NodeOf<'Measure'>): boolean {
  return m.leaf && !FRAME_KINDS.includes(m.kind);
}

export interface Implementer {
  id: string;
  name: string;
  path: string;
  verdict: 'implements' | 'partial';
  score: number;
  lagDays?: number;
  lagApprox?: boolean;
}

export interface MeasureRow {
  id: string;
  name: string;
  path: string;
  ordinal: number;
  section?: string;
  kind: string;
  status: MeasureStatus;
  /** The lower document's best implementing measure (strongest verdict, then score); null: none. */
  implementedBy: Implementer | null;
  implementers: number;
  /** Named addressees of the higher measure (who must act). */
  addressees: string[];
}

export interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  carried: boolean;
  higherMentions: number;
  lowerMentions: number;
}

export interface PairSummary {
  measuresTotal: number;
  implemented: number;
  partial: number;
  gaps: number;
  notApplicable: number;
  programmesTotal: number;
  programmesMissing: number;
  groupsTotal: number;
  groupsMissing: number;
  /** Median lag (days) of the links found, when any has one. */
  medianLagDays?: number;
}

export interface PairCoverage {
  higher: string;
  lower: string;
  measures: MeasureRow[];
  /** Programmes and brands of the higher document. */
  programmes: EntityRow[];
  groups: EntityRow[];
  summary: PairSummary;
}

export const PROGRAMME_TYPES: readonly EntityType[] = ['Programme', 'Brand'];
export const GROUP_TYPES: readonly EntityType[] = ['TargetGroup'];

export function isGapRow(row: MeasureRow | EntityRow): boolean {
  return 'status' in row ? row.status === 'gap' : !row.carried;
}

/** Chinese order (pinyin) with one collator: `localeCompare(…, 'zh')` builds one per call. */
export const zhCollator = new Intl.Collator('zh');
export const zhCompare = (a: string, b: string): number => zhCollator.compare(a, b);

/** Measures by document, indexed once per graph and rebuilt when the graph's size changes. */
const measuresByDoc = new WeakMap<CoverageGraph, { order: number; size: number; byDoc: Map<string, string[]> }>();

/** Every Measure of a document (any depth), in the graph's node order. */
export function documentMeasures(g: CoverageGraph, docId: string): string[] {
  let cached = measuresByDoc.get(g);
  if (!cached || cached.order !== g.order || cached.size !== g.size) {
    const byDoc = new Map<string, string[]>();
    g.forEachNode((id, a) => {
      if (a.type === 'Measure') byDoc.set(a.docId, [...(byDoc.get(a.docId) ?? []), id]);
    });
    measuresByDoc.set(g, (cached = { order: g.order, size: g.size, byDoc }));
  }
  return [...(cached.byDoc.get(docId) ?? [])];
}

const VERDICT_RANK = { implements: 2, partial: 1 } as const;

function better(a: Implementer, b: Implementer): boolean {
  return VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] > 0 || (a.verdict === b.verdict && (a.score > b.score || (a.score === b.score && a.id < b.id)));
}

/** Verdict thresholds on a link's score (the snapshot's `attributes.linkThresholds` by default). */
export interface Thresholds {
  implements: number;
  partial: number;
}

/** A link's verdict under other thresholds than the linker's: null when it falls below `partial` (the linker's own
 *  verdict by score, ingest/link/select.ts scoreVerdict). */
export function verdictAt(score: number, t: Thresholds): Implementer['verdict'] | null {
  return scoreVerdict(score, t);
}

/** A link's verdict re-read under a user's thresholds, given the linker's own (`linker`, for the link's lower
 *  document's genre): the linker's rules stay in force. A link it kept under its own `partial` threshold (an
 *  article's clear best, a duty list's item, a cited chapter) stays partial while the user's `partial` is not
 *  stricter than the linker's; a link it made partial over its `implements` threshold (only a side paragraph
 *  shared, the main provision not carried) is never strong. Under the linker's own thresholds every verdict is the
 *  linker's. */
export function rereadVerdict(score: number, linkerVerdict: Implementer['verdict'], user: Thresholds, linker?: Thresholds): Implementer['verdict'] | null {
  if (!linker) return verdictAt(score, user);
  const byScore = verdictAt(score, linker);
  if (byScore === null) return user.partial <= linker.partial ? linkerVerdict : null;
  const v = verdictAt(score, user);
  return v === 'implements' && byScore === 'implements' && linkerVerdict === 'partial' ? 'partial' : v;
}

/** The thresholds the linker applied to links from `lowerDoc` (its genre's, else the snapshot's). */
function linkerThresholds(g: CoverageGraph, lowerDoc: string): Thresholds | undefined {
  const t = g.getAttribute('linkThresholds') as (Thresholds & { byGenre?: Record<string, Thresholds> }) | undefined;
  if (!t) return undefined;
  const genre = attrsOf(g, lowerDoc, 'Document')?.genre;
  const own = genre ? t.byGenre?.[genre] : undefined;
  return { implements: (own ?? t).implements, partial: (own ?? t).partial };
}

/** Each leaf measure of `higher` with its status in `lower`; with `thresholds`, verdicts are re-read from the scores. */
export function measureRows(g: CoverageGraph, higher: string, lower: string, thresholds?: Thresholds): MeasureRow[] {
  const rows: MeasureRow[] = [];
  const linker = thresholds ? linkerThresholds(g, lower) : undefined;
  for (const id of documentMeasures(g, higher)) {
    const m = attrsOf(g, id, 'Measure')!;
    if (!isPlanMeasure(m)) continue;
    let best: Implementer | null = null;
    let implementers = 0;
    g.forEachInEdge(id, (_e, a, source, _t, sa) => {
      if (a.type !== 'IMPLEMENTS' || sa.type !== 'Measure' || sa.docId !== lower) return;
      const e = a as EdgeOf<'IMPLEMENTS'>;
      // A link by citation of the article's number is strong under any thresholds (its score may be 0).
      const verdict = e.citedArticle ? 'implements' : thresholds ? rereadVerdict(e.score, e.verdict ?? 'implements', thresholds, linker) : (e.verdict ?? 'implements');
      if (!verdict) return;
      const c: Implementer = {
        id: source,
        name: sa.name,
        path: sa.path,
        verdict,
        score: e.score,
        ...(e.lagDays !== undefined ? { lagDays: e.lagDays } : {}),
        ...(e.lagApprox ? { lagApprox: true } : {}),
      };
      implementers++;
      if (!best || better(c, best)) best = c;
    });
    const found = best as Implementer | null;
    const status: MeasureStatus = found
      ? found.verdict === 'implements'
        ? 'implemented'
        : 'partial'
      : m.forIssuerOnly
        ? 'not applicable'
        : 'gap';
    rows.push({
      id,
      name: m.name,
      path: m.path,
      ordinal: m.ordinal,
      ...(m.section ? { section: m.section } : {}),
      kind: m.kind,
      status,
      implementedBy: found,
      implementers,
      addressees: m.addressees ?? [],
    });
  }
  return rows.sort((a, b) => a.ordinal - b.ordinal || (a.id < b.id ? -1 : 1));
}

/** Distinct mention spans per entity (of the given types) over a document's measures. */
export function mentionCounts(g: CoverageGraph, docId: string, types: readonly EntityType[]): Map<string, number> {
  const spans = new Map<string, Set<string>>();
  for (const m of documentMeasures(g, docId)) {
    g.forEachOutEdge(m, (_e, a, _s, target, _sa, ta) => {
      if (a.type !== 'MENTIONS' || !(types as readonly string[]).includes(ta.type)) return;
      const set = spans.get(target) ?? new Set<string>();
      for (const [s, e] of a.spans) set.add(`${s}:${e}`);
      spans.set(target, set);
    });
  }
  return new Map([...spans].map(([id, set]) => [id, set.size]));
}

/** Entities the higher document mentions: not carried first, then most mentioned, then name. */
export function entityRows(g: CoverageGraph, higher: string, lower: string, types: readonly EntityType[]): EntityRow[] {
  const inHigher = mentionCounts(g, higher, types);
  const inLower = mentionCounts(g, lower, types);
  const rows: EntityRow[] = [...inHigher].map(([id, n]) => {
    const a = g.getNodeAttributes(id);
    const lowerMentions = inLower.get(id) ?? 0;
    return { id, name: a.name, type: a.type as EntityType, carried: lowerMentions > 0, higherMentions: n, lowerMentions };
  });
  return rows.sort(
    (a, b) => Number(a.carried) - Number(b.carried) || b.higherMentions - a.higherMentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1),
  );
}

export function median(xs: number[]): number | undefined {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : Math.round((s[mid - 1] + s[mid]) / 2);
}

export function pairCoverage(g: CoverageGraph, higher: string, lower: string): PairCoverage {
  const measures = measureRows(g, higher, lower);
  const programmes = entityRows(g, higher, lower, PROGRAMME_TYPES);
  const groups = entityRows(g, higher, lower, GROUP_TYPES);
  const count = (s: MeasureStatus) => measures.filter((r) => r.status === s).length;
  const lags = measures.flatMap((r) => (r.implementedBy?.lagDays !== undefined ? [r.implementedBy.lagDays] : []));
  const medianLagDays = median(lags);
  return {
    higher,
    lower,
    measures,
    programmes,
    groups,
    summary: {
      measuresTotal: measures.length,
      implemented: count('implemented'),
      partial: count('partial'),
      gaps: count('gap'),
      notApplicable: count('not applicable'),
      programmesTotal: programmes.length,
      programmesMissing: programmes.filter((r) => !r.carried).length,
      groupsTotal: groups.length,
      groupsMissing: groups.filter((r) => !r.carried).length,
      ...(medianLagDays !== undefined ? { medianLagDays } : {}),
    },
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "9 of 18 measures implemented, 3 partial, 5 gaps, 1 not applicable; 3 programmes/brands and 1 target group not carried" */
export function summaryLine(s: PairSummary): string {
  return (
    `${s.implemented} of ${plural(s.measuresTotal, 'measure', 'measures')} implemented, ${s.partial} partial, ` +
    `${plural(s.gaps, 'gap', 'gaps')}, ${s.notApplicable} not applicable; ` +
    `${plural(s.programmesMissing, 'programme/brand', 'programmes/brands')} and ` +
    `${plural(s.groupsMissing, 'target group', 'target groups')} not carried`
  );
}

// ---- Directive across the corpus ------------------------------------------------------------

export interface DocRef {
  id: string;
  name: string;
  level?: Level;
  region?: string;
  /** The region chain up to 全国 (from the graph's PART_OF edges). */
  regionChain: string[];
  issuedOn?: string;
  year?: number;
}

export function docRef(g: CoverageGraph, id: string): DocRef {
  const d = attrsOf(g, id, 'Document')!;
  return {
    id,
    name: d.name,
    ...(d.level ? { level: d.level } : {}),
    ...(d.region ? { region: d.region } : {}),
    regionChain: regionChain(g, d.region),
    ...(d.issuedOn ? { issuedOn: d.issuedOn } : {}),
    ...(d.year !== undefined ? { year: d.year } : {}),
  };
}

export function regionChain(g: CoverageGraph, region: string | undefined): string[] {
  const out: string[] = [];
  let id = region ? `region:${region}` : undefined;
  while (id && g.hasNode(id) && !out.includes(g.getNodeAttribute(id, 'name'))) {
    out.push(g.getNodeAttribute(id, 'name'));
    const up: string[] = [];
    g.forEachOutEdge(id, (_e, a, _s, t) => {
      if (a.type === 'PART_OF') up.push(t);
    });
    id = up[0];
  }
  if (region && out.length === 0) out.push(region);
  return out;
}

/** Documents that carry the directive out: in the corpus, at a lower level, on its region chain, not
 *  issued before it (the cascade rules of ingest/link/rules.ts) unless the linker found it carrying
 *  out an earlier text of the law (an IMPLEMENTS link marked `laterVersion`: the 2014 河南省消防条例
 *  under the 2021 消防法; 9 of the 13 regulations of the 消防 family were left out before session
 *  21, while the cascade and the gap view showed them), and on its subject: one of their
 *  measures implements one of its measures, or the document (or a measure of it) cites it. A law
 *  database holds hundreds of lower documents the rules allow on other subjects (a city's 供热条例
 *  under the 全民健身条例); the link stage refuses them (options.subjectGate), and as columns they would
 *  be all gaps. A region without a column has no document on the subject. */
export function lowerDocuments(g: CoverageGraph, directive: string): DocRef[] {
  const h = docRef(g, directive);
  const related = relatedLowers(g, directive);
  const out: DocRef[] = [];
  g.forEachNode((id, a) => {
    if (a.type !== 'Document' || !a.inCorpus || id === directive || !related.has(id)) return;
    const l = docRef(g, id);
    if (!l.level || !h.level || RANK[l.level] <= RANK[h.level]) return;
    if (h.region && h.region !== '全国' && !l.regionChain.includes(h.region)) return;
    if (related.get(id)) return void out.push(l);
    const [ld, hd] = [l.issuedOn ?? String(l.year ?? ''), h.issuedOn ?? String(h.year ?? '')];
    if (ld && hd && ld.slice(0, Math.min(ld.length, hd.length)) < hd.slice(0, Math.min(ld.length, hd.length))) return;
    out.push(l);
  });
  return out.sort(byRegionAndLevel);
}

/** Documents with a measure implementing a measure of `directive`, or citing it (themselves or by a
 *  measure); true when one of their links carries out an earlier text of it (`laterVersion`). */
function relatedLowers(g: CoverageGraph, directive: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const add = (d: string, later: boolean) => out.set(d, out.get(d) === true || later);
  const docOf = (node: string): string | undefined => {
    const a = g.getNodeAttributes(node);
    return a.type === 'Measure' ? a.docId : a.type === 'Document' ? node : undefined;
  };
  g.forEachInEdge(directive, (_e, a, source) => {
    if (a.type === 'CITES') {
      const d = docOf(source);
      if (d) add(d, false);
    }
  });
  for (const m of documentMeasures(g, directive)) {
    g.forEachInEdge(m, (_e, a, source) => {
      if (a.type !== 'IMPLEMENTS' && a.type !== 'CITES') return;
      const d = docOf(source);
      if (d) add(d, a.type === 'IMPLEMENTS' && a.laterVersion === true);
    });
  }
  return out;
}

/** Columns grouped by region (province, then its cities), then by level, then by name. */
export function byRegionAndLevel(a: DocRef, b: DocRef): number {
  const key = (d: DocRef) => [...d.regionChain].reverse().join('/');
  return (
    zhCompare(key(a), key(b)) ||
    RANK[a.level ?? 'county'] - RANK[b.level ?? 'county'] ||
    zhCompare(a.name, b.name) ||
    (a.id < b.id ? -1 : 1)
  );
}

export interface LagAggregate {
  /** Region (or directive) → median, min, max lag in days over the lower documents' links, and how many links. */
  key: string;
  links: number;
  medianLagDays?: number;
  minLagDays?: number;
  maxLagDays?: number;
  approx: boolean;
}

export interface DirectiveCoverage {
  directive: DocRef;
  lowers: DocRef[];
  pairs: PairCoverage[];
  /** Entity rows of the directive (union over pairs), for the matrix: carried per lower document. */
  lagByRegion: LagAggregate[];
  lag: LagAggregate;
}

export function directiveCoverage(g: CoverageGraph, directive: string, filter?: { region?: string; lower?: string }): DirectiveCoverage {
  let lowers = lowerDocuments(g, directive);
  if (filter?.lower) lowers = lowers.filter((l) => l.id === filter.lower);
  if (filter?.region) lowers = lowers.filter((l) => l.regionChain.includes(filter.region!));
  const pairs = lowers.map((l) => pairCoverage(g, directive, l.id));
  const lagsBy = new Map<string, { days: number; approx: boolean }[]>();
  const all: { days: number; approx: boolean }[] = [];
  pairs.forEach((p, i) => {
    const region = lowers[i].region ?? '(no region)';
    for (const r of p.measures) {
      const imp = r.implementedBy;
      if (imp?.lagDays === undefined) continue;
      const x = { days: imp.lagDays, approx: !!imp.lagApprox };
      lagsBy.set(region, [...(lagsBy.get(region) ?? []), x]);
      all.push(x);
    }
  });
  const agg = (key: string, xs: { days: number; approx: boolean }[]): LagAggregate => {
    const days = xs.map((x) => x.days);
    const m = median(days);
    return {
      key,
      links: xs.length,
      ...(m !== undefined ? { medianLagDays: m, minLagDays: Math.min(...days), maxLagDays: Math.max(...days) } : {}),
      approx: xs.some((x) => x.approx),
    };
  };
  return {
    directive: docRef(g, directive),
    lowers,
    pairs,
    lagByRegion: [...lagsBy].map(([k, xs]) => agg(k, xs)).sort((a, b) => zhCompare(a.key, b.key)),
    lag: agg(docRef(g, directive).name, all),
  };
}

/** A document by id, exact title, or a unique title containing the text. */
export function findDocument(g: CoverageGraph, query: string): { id?: string; candidates: string[] } {
  if (g.hasNode(query) && g.getNodeAttribute(query, 'type') === 'Document') return { id: query, candidates: [query] };
  const docs = g.filterNodes((_, a) => a.type === 'Document' && a.inCorpus);
  const exact = docs.filter((id) => g.getNodeAttribute(id, 'name') === query);
  if (exact.length === 1) return { id: exact[0], candidates: exact };
  // A national law by its short title (消防法 for 中华人民共和国消防法), as people write it: else
  // "消防法" is also part of 广东省实施《中华人民共和国消防法》办法 and the query is ambiguous.
  const law = exact.length ? [] : docs.filter((id) => g.getNodeAttribute(id, 'name') === `中华人民共和国${query}`);
  if (law.length === 1) return { id: law[0], candidates: law };
  const partial = docs.filter((id) => (g.getNodeAttribute(id, 'name') as string).includes(query));
  return partial.length === 1 ? { id: partial[0], candidates: partial } : { candidates: partial.length ? partial : exact };
}

/**
 * A region the snapshot names, as a user types it: the exact name, else the one region whose name
 * starts with the query (吉林 → 吉林省). Otherwise no `name`, with the matching regions (several
 * starting with it) or every region of the snapshot (none), to list back to the user.
 */
export function findRegion(g: CoverageGraph, query: string): { name?: string; candidates: string[]; all: string[] } {
  const all = g.filterNodes((_, a) => a.type === 'Region').map((id) => g.getNodeAttribute(id, 'name') as string);
  if (all.includes(query)) return { name: query, candidates: [query], all };
  const starts = query ? all.filter((r) => r.startsWith(query)) : [];
  return starts.length === 1 ? { name: starts[0], candidates: starts, all } : { candidates: starts, all };
}
