// Coverage of a directive (any higher document) by the lower documents of the corpus: each
// higher measure implemented / partial / gap / not applicable in each lower document, each
// programme, brand and target group of the directive carried or not, and the lag. One module,
// used by `npm run report -- coverage`, the explorer's server and its Gaps view.
import { LEVEL_RANK as RANK, type EntityType } from '../graph-schema/kinds.js';
import type { EdgeOf, Level, NodeOf } from '../graph-schema/index.js';
import { attrsOf, type CoverageGraph } from './graph.js';
import { linksInto, type CoverageLink, type Thresholds } from './links.js';
import { carriedOutOn, ownVersions, lag as lagBetween, textInForce, type LagDoc } from '../ingest/link/lag.js';
import { edgeKey } from '../graph-schema/kinds.js';
import { COVERAGE_OPTIONS, type CoverageOptions } from './options.js';

export { graphFromSnapshot, type CoverageGraph } from './graph.js';
export { rereadVerdict, verdictAt, type Thresholds } from './links.js';

export type MeasureStatus = 'implemented' | 'partial' | 'gap' | 'not applicable';
export const MEASURE_STATUSES: readonly MeasureStatus[] = ['implemented', 'partial', 'gap', 'not applicable'];

export { LEVEL_ORDER } from '../graph-schema/kinds.js';

/** Units that frame a plan rather than ask for anything: not measures to implement. */
export const FRAME_KINDS: readonly string[] = ['notice', 'preamble'];

/** A leaf measure that asks something: not a notice or preamble, nor an article framing a law that the linker never
 *  links (`framing`: its scope, effective-date, referral or basis article), which no lower document could cover, nor one a
 *  later revision deleted (`deletedOn`, session 38). */
export function isPlanMeasure(m: NodeOf<'Measure'>): boolean {
  return m.leaf && !FRAME_KINDS.includes(m.kind) && !m.framing && !m.deletedOn;
}

export interface Implementer {
  id: string;
  name: string;
  path: string;
  /** The link's verdict; through a chain (`via`) the weakest of its links'. */
  verdict: 'implements' | 'partial';
  /** The link's score; through a chain the lowest of its links'. */
  score: number;
  /** The lower document's lag behind the directive (docLag): a direct link's own, and through a chain the same
   *  figure a direct link would carry (the days from the directive's text in force when the lower document was
   *  issued), whatever text the intermediates carried out. */
  lagDays?: number;
  lagApprox?: boolean;
  /** Set when the lower measure carries the higher one through an intermediate document's measure. */
  via?: ViaStep;
}

/** The intermediate measure of a chain lower → intermediate → higher next to the lower measure, and its links:
 *  `lower` from the lower measure to it, `higher` from it up (to `then`'s measure when set, else the higher one).
 *  `then`: a second intermediate (county → city → province → national: `via` the city's measure, `then` the
 *  province's), with its link to the higher measure. */
export interface ViaStep {
  id: string;
  name: string;
  path: string;
  docId: string;
  docName: string;
  lower: { verdict: 'implements' | 'partial'; score: number };
  higher: { verdict: 'implements' | 'partial'; score: number };
  then?: Omit<ViaStep, 'lower' | 'then'>;
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
  /** Lower measures implementing it, directly or through a chain. */
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
  /** How the lower document carries it when not as the same entity (carried.ts): the lower entity's name that ends with
   *  it (上海市科技成果信息系统 for 科技成果信息系统), or its own name where it ends a noun of the lower text (职务科技成果完成人,
   *  职工不得…); `lowerMentions` then counts those. */
  carriedAs?: string[];
  /** Where those forms stand (measure, span, sentence in the lower document's text): the CARRIES edge's places, or the
   *  places of forms computed on demand for a pair without edges (coverage/forms.ts pairForms, session 48); left out
   *  where the graph holds no places (the explorer page's graph fetches an edge's places with the document). */
  carriedPlaces?: EdgeOf<'CARRIES'>['places'];
}

/** Forms computed on demand for a pair that has no CARRIES edge for them (coverage/forms.ts pairForms), by entity id. */
export type PairForms = ReadonlyMap<string, EdgeOf<'CARRIES'>>;

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
  /** The date of the directive's text the lower document's lag runs from (docLag: the text in force when it was
   *  issued; an earlier version than the directive's own date when it predates a revision). */
  lagFrom?: string;
  /** The lower document's earlier version the lag runs to (docLag `until`), when not its own date. */
  lagTo?: string;
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

/** Stronger verdict first; at equal verdicts a direct link before a chain, then the higher score, then the id. */
function better(a: Implementer, b: Implementer): boolean {
  const v = VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict];
  if (v) return v > 0;
  if (!a.via !== !b.via) return !a.via;
  if (!a.via?.then !== !b.via?.then) return !a.via?.then;
  return a.score > b.score || (a.score === b.score && a.id < b.id);
}

const weaker = (a: Implementer['verdict'], b: Implementer['verdict']): Implementer['verdict'] => (VERDICT_RANK[a] <= VERDICT_RANK[b] ? a : b);

/** Whether documents may stand between `higher` and `lower` in a chain (coverage "via"): in the corpus, of a
 *  level strictly between theirs, in a region on the lower document's region chain (河南省 for 焦作市). */
export function intermediateTest(g: CoverageGraph, higher: string, lower: string): (doc: string) => boolean {
  const h = attrsOf(g, higher, 'Document');
  const l = attrsOf(g, lower, 'Document');
  if (!h?.level || !l?.level || RANK[l.level] - RANK[h.level] < 2) return () => false;
  const chain = new Set(regionChain(g, l.region));
  const [top, bottom] = [RANK[h.level], RANK[l.level]];
  const seen = new Map<string, boolean>();
  return (doc) => {
    let ok = seen.get(doc);
    if (ok === undefined) {
      const m = doc === higher || doc === lower ? undefined : attrsOf(g, doc, 'Document');
      ok = !!m?.inCorpus && !!m.level && RANK[m.level] > top && RANK[m.level] < bottom && !!m.region && chain.has(m.region);
      seen.set(doc, ok);
    }
    return ok;
  };
}

/** Whether document `lower` names document `higher` (a CITES edge from it or from one of its measures: its basis clause
 *  or any other citation by title or abbreviation). */
export function namesDocument(g: CoverageGraph, lower: string, higher: string): boolean {
  if (!g.hasNode(lower) || !g.hasNode(higher)) return false;
  return g.someInEdge(higher, (_e, a, source, _t, sa) => a.type === 'CITES' && (source === lower || (sa.type === 'Measure' && sa.docId === lower)));
}

/** The IMPLEMENTS links into a measure as coverage reads them (coverage/links.ts linksInto, under given thresholds). */
export type LinksInto = (measure: string) => readonly CoverageLink[];

/** linksInto under `thresholds`, each measure's links read once: for the many pairs of one directive (coverageMatrix's
 *  columns ask for the same directive measures and intermediates again for each lower document; session 49, helper tidy:
 *  GET /api/coverage over 723 columns of a synthetic corpus of 1,000 documents took 4.5–5.8 s of CPU, most of it here,
 *  and 0.9–1.6 s with this). Valid while the graph does not change: make one per computation. */
export function linksIntoOnce(g: CoverageGraph, thresholds?: Thresholds): LinksInto {
  const read = new Map<string, CoverageLink[]>();
  return (m) => read.get(m) ?? read.set(m, linksInto(g, m, thresholds)).get(m)!;
}

/** Each leaf measure of `higher` with its status in `lower`; with `thresholds`, verdicts are re-read from the scores.
 *  A higher measure is also carried by `lower` through a chain: a measure of `lower` implements a measure of an
 *  intermediate document (intermediateTest: 焦作's regulation → 河南省's → the national law) that implements it, or
 *  of a second intermediate of a level between (county → city → province → national). Such an implementer has
 *  `via` (the intermediate measure next to it, `via.then` the second), the weakest verdict of its links and the
 *  lowest score; a direct link comes first at an equal verdict, and a one-step chain before a two-step one. */
export function measureRows(g: CoverageGraph, higher: string, lower: string, thresholds?: Thresholds, into: LinksInto = (m) => linksInto(g, m, thresholds), opts: CoverageOptions = COVERAGE_OPTIONS): MeasureRow[] {
  const rows: MeasureRow[] = [];
  const between = opts.chain.named && namesDocument(g, lower, higher) ? () => false : intermediateTest(g, higher, lower);
  for (const id of documentMeasures(g, higher)) {
    const m = attrsOf(g, id, 'Measure')!;
    if (!isPlanMeasure(m)) continue;
    let best: Implementer | null = null;
    const sources = new Set<string>();
    const consider = (c: Implementer) => {
      sources.add(c.id);
      if (!best || better(c, best)) best = c;
    };
    for (const l of into(id)) {
      if (l.sourceDoc === lower) {
        consider(implementer(g, l.source, l.verdict, l.score, l.lagDays, l.lagApprox));
        continue;
      }
      if (!between(l.sourceDoc)) continue;
      for (const x of into(l.source)) {
        if (x.sourceDoc === lower) {
          consider(chained(g, higher, [x, l], { ...step(g, l), lower: pick(x), higher: pick(l) }));
          continue;
        }
        // A second intermediate, below the first: lower → x's document → l's document → higher.
        if (!between(x.sourceDoc) || !below(g, x.sourceDoc, l.sourceDoc)) continue;
        for (const y of into(x.source)) {
          if (y.sourceDoc !== lower) continue;
          consider(chained(g, higher, [y, x, l], { ...step(g, x), lower: pick(y), higher: pick(x), then: { ...step(g, l), higher: pick(l) } }));
        }
      }
    }
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
      implementers: sources.size,
      addressees: m.addressees ?? [],
    });
  }
  return rows.sort((a, b) => a.ordinal - b.ordinal || (a.id < b.id ? -1 : 1));
}

type Link = ReturnType<typeof linksInto>[number];
const pick = (l: Link) => ({ verdict: l.verdict, score: l.score });

/** An intermediate measure (the source of link `l`) and its document. */
function step(g: CoverageGraph, l: Link): Omit<ViaStep, 'lower' | 'higher' | 'then'> {
  const mid = attrsOf(g, l.source, 'Measure')!;
  return { id: l.source, name: mid.name, path: mid.path, docId: l.sourceDoc, docName: attrsOf(g, l.sourceDoc, 'Document')?.name ?? l.sourceDoc };
}

/** Whether document `a` is of a lower level than `b` (a city's under a province's). */
function below(g: CoverageGraph, a: string, b: string): boolean {
  const [la, lb] = [attrsOf(g, a, 'Document')?.level, attrsOf(g, b, 'Document')?.level];
  return !!la && !!lb && RANK[la] > RANK[lb];
}

/** A chain's implementer: links from the lower measure up; the weakest verdict, the lowest score, and the lag of the
 *  lower document behind the directive (docLag): the lag a direct link between them carries, whatever text of the
 *  directive the intermediates carried out. Session 24 counted from the text the chain carries out (the top link's
 *  lag plus the days from its intermediate to the lower document): on the law mirror 杭州's 2021 regulation via
 *  浙江省's 2009 one, which carries the 物业管理条例's 2007 text, was 5,087 days behind, and 2,001 by its direct
 *  links to the 2016 text in force when it was issued: lag per region 2001–5087 for one document. The summed lags
 *  before that counted an intermediate's revision twice. */
function chained(g: CoverageGraph, higher: string, links: Link[], via: ViaStep): Implementer {
  const verdict = links.map((l) => l.verdict).reduce(weaker);
  const lag = docLag(g, links[0].sourceDoc, higher);
  return { ...implementer(g, links[0].source, verdict, Math.min(...links.map((l) => l.score)), lag?.lagDays, lag?.lagApprox), via };
}

/** A document's dates as the linker counts a lag from them (ingest/link/lag.ts): a law's earlier versions from its
 *  history (the adoption and every amendment or revision before the text's own date), as the link stage sets them on
 *  the earliest text of a law (ingest/link/index.ts earliestVersions). */
function lagDates(d: NodeOf<'Document'> | undefined): LagDoc {
  if (!d) return {};
  const versions = (d.history ?? []).map((e) => e.date).filter((date) => d.issuedOn !== undefined && date < d.issuedOn).sort();
  const own = ownVersions(d.history, d.issuedOn);
  return {
    ...(d.issuedOn ? { issuedOn: d.issuedOn } : {}),
    ...(own.length ? { ownVersionsOn: own } : {}),
    ...(d.year !== undefined ? { year: d.year } : {}),
    ...(versions.length ? { adoptedOn: versions[0], versionsOn: versions } : {}),
  };
}

/** How long after the directive `higher` the document `lower` was issued: the days from the directive's text in force
 *  then (its own, or the earlier version a law's history dates on or before the lower document: ingest/link/lag.ts,
 *  the linker's rule for every IMPLEMENTS link) to the lower document; `since` is that text's date. One figure per
 *  pair of documents, the same for a direct link and a chain. `until` is the lower text's version the lag runs to when
 *  it is not the lower document's own date: the earliest in its history on or after `since` (lag.ts carriedOutOn;
 *  浙江's 2017 revision under its 2021 amended text, session 46). */
export function docLag(g: CoverageGraph, lower: string, higher: string): { lagDays: number; lagApprox?: true; since?: string; until?: string } | undefined {
  const [l, h] = [lagDates(attrsOf(g, lower, 'Document')), lagDates(attrsOf(g, higher, 'Document'))];
  const lag = lagBetween(l, h);
  if (!lag) return undefined;
  const since = textInForce(l, h);
  const until = carriedOutOn(l, since.issuedOn);
  return {
    ...lag,
    ...(since.issuedOn ? { since: since.issuedOn } : since.year !== undefined ? { since: String(since.year) } : {}),
    ...(until && until !== l.issuedOn ? { until } : {}),
  };
}

function implementer(g: CoverageGraph, id: string, verdict: Implementer['verdict'], score: number, lagDays?: number, lagApprox?: boolean): Implementer {
  const a = attrsOf(g, id, 'Measure')!;
  return {
    id,
    name: a.name,
    path: a.path,
    verdict,
    score,
    ...(lagDays !== undefined ? { lagDays } : {}),
    ...(lagApprox ? { lagApprox: true } : {}),
  };
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

/** Entities the higher document mentions: not carried first, then most mentioned, then name. A form is read from the
 *  CARRIES edge, else from `forms` (computed on demand for the pair: coverage/forms.ts pairForms). */
export function entityRows(g: CoverageGraph, higher: string, lower: string, types: readonly EntityType[], forms?: PairForms): EntityRow[] {
  const inHigher = mentionCounts(g, higher, types);
  const inLower = mentionCounts(g, lower, types);
  const rows: EntityRow[] = [...inHigher].map(([id, n]) => {
    const a = g.getNodeAttributes(id);
    const lowerMentions = inLower.get(id) ?? 0;
    if (lowerMentions > 0 || higher === lower) return { id, name: a.name, type: a.type as EntityType, carried: lowerMentions > 0, higherMentions: n, lowerMentions };
    // Carried under a narrower or region-prefixed form (carried.ts), as the ingest read it for the pairs coverage compares
    // (a CARRIES edge, ingest/snapshot/carries.ts), or as computed on demand for a pair without edges (`forms`: a pair
    // coverage does not compare, a snapshot written before session 47); without either, entity nodes only.
    const key = edgeKey('CARRIES', lower, id);
    const c = (g.hasEdge(key) ? g.getEdgeAttributes(key) : undefined) ?? forms?.get(id);
    if (c?.type !== 'CARRIES') return { id, name: a.name, type: a.type as EntityType, carried: false, higherMentions: n, lowerMentions: 0 };
    return { id, name: a.name, type: a.type as EntityType, carried: true, higherMentions: n, lowerMentions: c.count, carriedAs: c.as, ...(c.places?.length ? { carriedPlaces: c.places } : {}) };
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

/** `forms`: forms computed on demand for the pair's entities that have no CARRIES edge (coverage/forms.ts pairForms). */
export function pairCoverage(g: CoverageGraph, higher: string, lower: string, thresholds?: Thresholds, forms?: PairForms): PairCoverage {
  const measures = measureRows(g, higher, lower, thresholds);
  const programmes = entityRows(g, higher, lower, PROGRAMME_TYPES, forms);
  const groups = entityRows(g, higher, lower, GROUP_TYPES, forms);
  const count = (s: MeasureStatus) => measures.filter((r) => r.status === s).length;
  const lags = measures.flatMap((r) => (r.implementedBy?.lagDays !== undefined ? [r.implementedBy.lagDays] : []));
  const medianLagDays = median(lags);
  const dl = docLag(g, lower, higher);
  const [lagFrom, lagTo] = [dl?.since, dl?.until];
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
      ...(lagFrom !== undefined ? { lagFrom } : {}),
      ...(lagTo !== undefined ? { lagTo } : {}),
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
  // Only the related documents are looked at (the sort is a total order: the same list as walking every node).
  for (const [id, later] of related) {
    const a = g.getNodeAttributes(id);
    if (a.type !== 'Document' || !a.inCorpus || id === directive) continue;
    const l = docRef(g, id);
    // A document of the directive's own level is a lower one when it implements it (ingest/link/rules.ts, legal rank:
    // a law's implementing regulation, a court's interpretation).
    if (!l.level || !h.level || RANK[l.level] < RANK[h.level] || (RANK[l.level] === RANK[h.level] && !implementsDirectly(g, id, directive))) continue;
    if (h.region && h.region !== '全国' && !l.regionChain.includes(h.region)) continue;
    if (later) {
      out.push(l);
      continue;
    }
    const [ld, hd] = [l.issuedOn ?? String(l.year ?? ''), h.issuedOn ?? String(h.year ?? '')];
    if (ld && hd && ld.slice(0, Math.min(ld.length, hd.length)) < hd.slice(0, Math.min(ld.length, hd.length))) continue;
    out.push(l);
  }
  return out.sort(byRegionAndLevel);
}

/** A lower document on the directive's subject that is not one of its columns: no measure of it implements the
 *  directive and it does not cite it. `earlier`: issued before the directive's first text (its adoption, from the
 *  history), so it cannot carry it out (北京市老年人权益保障条例 of 1995-09-22 under the 老年人权益保障法, adopted
 *  1996-08-29); `unlinked`: issued after it, the linker found no link. */
export interface UncomparedDoc extends DocRef {
  reason: 'earlier' | 'unlinked';
  /** The directive's first dated text (adoption), for `earlier`. */
  directiveSince?: string;
  /** Subject words shared with the directive (of its ten). */
  sharedSubject: number;
}

/** How many of the directive's ten subject words (Document.subject, most weighty first) a lower document must share
 *  to be named as on its subject though not compared. Session 37 (planner's trial on the 老年人权益保障法 family),
 *  measured on the lead's whole-mirror snapshot (main a89c3f5, 3,401 files): of the 2,944,499 pairs of a central or
 *  national document and a lower one with no IMPLEMENTS link between them, 135 share ≥ 5 words (0.005 %; 309 share
 *  ≥ 4, 2,097 ≥ 2), and those read on one subject (议事规则 of a province's 人大 and the NPC's; 北京市农业承包合同条例
 *  and the 农村土地承包法); of the 3,722 linked pairs, 738 share ≥ 5. So the rule names few documents, each on the
 *  subject; it does not find every one (no weights are kept in the snapshot to compare as the link stage's gate does). */
export const UNCOMPARED_SUBJECT_WORDS = 5;

/** Lower documents of the corpus on the directive's subject (≥ UNCOMPARED_SUBJECT_WORDS shared subject words), at a
 *  lower level and on its region chain, that are not among `columns` (lowerDocuments): a planner reading the
 *  matrix or its map would otherwise take their region for one with no document on the subject (session 37 trial:
 *  北京 drawn "no document" beside its 1995 老年人权益保障条例). */
export function uncomparedDocuments(g: CoverageGraph, directive: string, columns: readonly DocRef[]): UncomparedDoc[] {
  const h = attrsOf(g, directive, 'Document');
  const hr = docRef(g, directive);
  if (!h?.subject?.length || !hr.level) return [];
  const words = new Set(h.subject);
  const since = h.history?.find((e) => e.date)?.date ?? h.issuedOn ?? (h.year !== undefined ? String(h.year) : undefined);
  const taken = new Set(columns.map((c) => c.id));
  const out: UncomparedDoc[] = [];
  g.forEachNode((id, a) => {
    if (a.type !== 'Document' || !a.inCorpus || id === directive || taken.has(id) || !a.level || RANK[a.level] <= RANK[hr.level!]) return;
    const shared = (a.subject ?? []).filter((w) => words.has(w)).length;
    if (shared < UNCOMPARED_SUBJECT_WORDS) return;
    const l = docRef(g, id);
    if (hr.region && hr.region !== '全国' && !l.regionChain.includes(hr.region)) return;
    const ld = l.issuedOn ?? (l.year !== undefined ? String(l.year) : '');
    const n = Math.min(ld.length, since?.length ?? 0);
    const earlier = !!ld && !!since && ld.slice(0, n) < since.slice(0, n);
    out.push({ ...l, reason: earlier ? 'earlier' : 'unlinked', ...(earlier ? { directiveSince: since } : {}), sharedSubject: shared });
  });
  return out.sort(byRegionAndLevel);
}

/** Whether a measure of document `lower` IMPLEMENTS a measure of `directive`. */
function implementsDirectly(g: CoverageGraph, lower: string, directive: string): boolean {
  return documentMeasures(g, lower).some((m) => g.someOutEdge(m, (_e, a, _s, target) => a.type === 'IMPLEMENTS' && g.getNodeAttributes(target).type === 'Measure' && (g.getNodeAttributes(target) as { docId?: string }).docId === directive));
}

/** Documents with a measure implementing a measure of `directive` (directly or through an intermediate
 *  document's measure), or citing it (themselves or by a measure); true when one of their links carries out an
 *  earlier text of it (`laterVersion`). */
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
  const mids = new Set<string>();
  for (const m of documentMeasures(g, directive)) {
    g.forEachInEdge(m, (_e, a, source) => {
      if (a.type !== 'IMPLEMENTS' && a.type !== 'CITES') return;
      const d = docOf(source);
      if (d) add(d, a.type === 'IMPLEMENTS' && a.laterVersion === true);
      if (a.type === 'IMPLEMENTS' && d) mids.add(source);
    });
  }
  // And documents carrying it through a chain (measureRows' "via"): implementing a measure that implements it, of
  // a document that may stand between them, or one step further down (county → city → province → national).
  const tests = new Map<string, (doc: string) => boolean>();
  const between = (lower: string) => tests.get(lower) ?? tests.set(lower, intermediateTest(g, directive, lower)).get(lower)!;
  for (const mid of mids) {
    const midDoc = docOf(mid)!;
    g.forEachInEdge(mid, (_e, a, source) => {
      const d = a.type === 'IMPLEMENTS' ? docOf(source) : undefined;
      if (!d) return;
      if (!out.has(d) && between(d)(midDoc)) add(d, false);
      if (!below(g, d, midDoc)) return;
      g.forEachInEdge(source, (_f, b, s2) => {
        const l = b.type === 'IMPLEMENTS' ? docOf(s2) : undefined;
        if (l && !out.has(l) && between(l)(midDoc) && between(l)(d)) add(l, false);
      });
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

/** `filter.thresholds`: the user's verdict thresholds (the links selected again, coverage/replay.ts); else the linker's.
 *  `filter.forms`: each pair's forms computed on demand where it has no CARRIES edge (coverage/forms.ts pairForms). */
export function directiveCoverage(
  g: CoverageGraph,
  directive: string,
  filter?: { region?: string; lower?: string; thresholds?: Thresholds; forms?: (higher: string, lower: string) => PairForms },
): DirectiveCoverage {
  let lowers = lowerDocuments(g, directive);
  if (filter?.lower) lowers = lowers.filter((l) => l.id === filter.lower);
  if (filter?.region) lowers = lowers.filter((l) => l.regionChain.includes(filter.region!));
  const pairs = lowers.map((l) => pairCoverage(g, directive, l.id, filter?.thresholds, filter?.forms?.(directive, l.id)));
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
