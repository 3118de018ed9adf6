// The one walk and the one grouping of a document's cascade, shared by the explorer and the report
// (cascade.ts cascadeFrom, cascade-pairs.ts cascadePairs, over the graphology graph) and by the loader
// (neo4j/derived-cascade.ts, over the snapshot's node and edge lists, for cypher/document-cascade). Pure: it reads
// the graph through a small accessor, so each side keeps its own indexes. Where the query's rows and the explorer's
// pairs legitimately differ, the difference is a named option (EXPLORER_WALK / QUERY_WALK, EXPLORER_PAIRS /
// QUERY_PAIRS); session 26 merged the session-25 copy of these rules in derived-cascade.ts into this module.
//
// The walk: a document whose measures IMPLEMENTS a measure of the cascade joins with those measures (and the chain
// goes on from them); a document that CITES one of the cascade's documents joins as a whole (every measure of it is
// then carried out in turn). Steps are counted from the root (its measures are step 0; a link or a citation is one
// step): the query follows CASCADE_STEPS of them, the explorer every one.
import { LEVEL_ORDER } from '../../../graph-schema/kinds.js';

/** A link into a measure of the cascade, as the accessor reads it. */
export interface LinkInto {
  /** The lower measure and its document. */
  lower: string;
  lowerDoc: string | undefined;
  verdict: 'implements' | 'partial';
  score: number;
  lagDays?: number;
  lagApprox?: boolean;
}

/** A citation of a document of the cascade: the citing document (the document itself, or a citing measure's). */
export interface CitationInto {
  citer: string | undefined;
  lagDays?: number;
  lagApprox?: boolean;
}

export interface CascadeAccess {
  isDocument(id: string): boolean;
  /** A document's measures a link can reach, in text order (measures without a link into them may be left out). */
  measuresOf(doc: string): Iterable<string>;
  hasMeasures(doc: string): boolean;
  linksInto(measure: string): Iterable<LinkInto>;
  citationsInto(doc: string): Iterable<CitationInto>;
  /** Places (distinct spans) where `lower` cites `higher`; only the explorer counts them. */
  citePlaces?(lower: string, higher: string): number;
}

export type CascadeKind = 'implements' | 'partial' | 'cites';

/** One link of a cascade: an IMPLEMENTS link between two measures, or one citation per pair of documents. */
export interface WalkLink {
  kind: CascadeKind;
  lowerDoc: string;
  higherDoc: string;
  /** The two measures of an IMPLEMENTS link (absent for a citation). */
  lower?: string;
  higher?: string;
  score?: number;
  lagDays?: number;
  lagApprox?: boolean;
  /** A citation: how many places of the lower document cite the higher one. */
  places?: number;
}

export interface WalkOptions {
  /** How many steps below the root are followed (Infinity: until nothing new joins). */
  steps: number;
  /** Does a citing document without measures join (with its own citers after it)? The query's walk goes from
   *  measure to measure, so a document without any is no part of it. */
  measurelessCiters: boolean;
  /** Documents left out (the explorer's region and date filters). */
  keep?: (doc: string) => boolean;
}

/** How many steps below the root the query follows (IMPLEMENTS runs from a lower level to a higher one: three steps
 *  reach a county's links to a city's measures that implement a province's that implement the law). */
export const CASCADE_STEPS = 3;

/** The explorer and the report: the whole cascade, a citing document without measures included. */
export const EXPLORER_WALK: WalkOptions = { steps: Infinity, measurelessCiters: true };
/** cypher/document-cascade (through the loader's derived properties, session 25). */
export const QUERY_WALK: WalkOptions = { steps: CASCADE_STEPS, measurelessCiters: false };

export interface Walk {
  /** Links in the order they were found (measures before documents, first found first). */
  links: WalkLink[];
  /** Measures that joined by a link within the steps (the lower end of a link into a measure of the cascade that is
   *  itself walked on): below the root, a document is measured against these. */
  carriers: Set<string>;
}

/** The walk below `rootDoc`, or below its measure `rootMeasure` (then its implementers only, no citation). A bounded
 *  walk goes step by step (every measure and document at its fewest steps); an unbounded one in the explorer's order
 *  (a document's citations once no measure is left to walk). */
export function walkCascade(a: CascadeAccess, rootDoc: string, rootMeasure: string | null, opts: WalkOptions): Walk {
  const bounded = Number.isFinite(opts.steps);
  const keep = (d: string) => a.isDocument(d) && (!opts.keep || opts.keep(d));
  const walk: Walk = { links: [], carriers: new Set() };
  const { links, carriers } = walk;
  // One queue of measures (with their documents beside them, known when queued) and one of documents per step (a
  // single step 0 when unbounded).
  const measureQueues: string[][] = [[]];
  const measureDocQueues: string[][] = [[]];
  const docQueues: string[][] = [[]];
  const walked = new Set<string>(); // measures
  const joined = new Set<string>([rootDoc]); // documents queued (kept by the filters)
  const whole = new Set<string>(); // documents that take part as a whole (root document, citers)
  const seenCite = new Set<string>();
  const addWhole = (doc: string, step: number) => {
    if (whole.has(doc)) return;
    whole.add(doc);
    const q = (measureQueues[step] ??= []);
    const qd = (measureDocQueues[step] ??= []);
    for (const m of a.measuresOf(doc)) {
      q.push(m);
      qd.push(doc);
    }
  };
  docQueues[0].push(rootDoc);
  if (rootMeasure) {
    measureQueues[0].push(rootMeasure);
    measureDocQueues[0].push(rootDoc);
  } else addWhole(rootDoc, 0);
  for (let step = 0; step < measureQueues.length; step++) {
    const below = bounded ? step + 1 : 0;
    const walkOn = !bounded || below <= opts.steps;
    const measureQueue = measureQueues[step];
    const measureDocQueue = measureDocQueues[step];
    const docQueue = (docQueues[step] ??= []);
    const nextMeasures = walkOn ? (measureQueues[below] ??= []) : [];
    const nextMeasureDocs = walkOn ? (measureDocQueues[below] ??= []) : [];
    const nextDocs = walkOn ? (docQueues[below] ??= []) : [];
    let mi = 0;
    let di = 0;
    while (mi < measureQueue.length || di < docQueue.length) {
      if (mi < measureQueue.length) {
        const higherDoc = measureDocQueue[mi];
        const m = measureQueue[mi++];
        const seen = walked.size;
        if (walked.add(m).size === seen) continue; // walked already
        for (const l of a.linksInto(m)) {
          const lowerDoc = l.lowerDoc;
          if (!lowerDoc || lowerDoc === higherDoc || lowerDoc === rootDoc) continue;
          const isNew = !joined.has(lowerDoc);
          if (isNew && !keep(lowerDoc)) continue;
          const link: WalkLink = { kind: l.verdict, lowerDoc, higherDoc, lower: l.lower, higher: m, score: l.score };
          if (l.lagDays !== undefined) link.lagDays = l.lagDays;
          if (l.lagApprox) link.lagApprox = true;
          links.push(link);
          // Past the last step a link is counted, and its lower measure walks no further.
          if (!walkOn) continue;
          carriers.add(l.lower);
          if (isNew) {
            joined.add(lowerDoc);
            nextDocs.push(lowerDoc);
          }
          nextMeasures.push(l.lower);
          nextMeasureDocs.push(lowerDoc);
        }
        continue;
      }
      const higherDoc = docQueue[di++];
      if (rootMeasure || !walkOn) continue; // a measure's cascade follows its implementers only
      for (const c of a.citationsInto(higherDoc)) {
        const lowerDoc = c.citer;
        if (!lowerDoc || lowerDoc === higherDoc || lowerDoc === rootDoc || !keep(lowerDoc)) continue;
        if (!opts.measurelessCiters && !a.hasMeasures(lowerDoc)) continue;
        const key = `${lowerDoc}\u0000${higherDoc}`;
        if (seenCite.has(key)) continue;
        seenCite.add(key);
        const link: WalkLink = { kind: 'cites', lowerDoc, higherDoc };
        if (a.citePlaces) link.places = a.citePlaces(lowerDoc, higherDoc);
        if (c.lagDays !== undefined) link.lagDays = c.lagDays;
        if (c.lagApprox) link.lagApprox = true;
        links.push(link);
        if (!joined.has(lowerDoc)) {
          joined.add(lowerDoc);
          nextDocs.push(lowerDoc);
        }
        addWhole(lowerDoc, below);
      }
    }
  }
  return walk;
}

/** A cascade's documents and their measures in it (the ends of its links), in the order they joined: the root's
 *  document (and root measure) first, then as the links name them. */
export function cascadeDocs(rootDoc: string, rootMeasure: string | null, links: readonly WalkLink[]): Map<string, Set<string>> {
  const docs = new Map<string, Set<string>>([[rootDoc, new Set(rootMeasure ? [rootMeasure] : [])]]);
  const join = (doc: string) => {
    let ms = docs.get(doc);
    if (!ms) docs.set(doc, (ms = new Set()));
    return ms;
  };
  for (const l of links) {
    if (l.higher !== undefined) join(l.higherDoc).add(l.higher);
    const lower = join(l.lowerDoc);
    if (l.lower !== undefined) lower.add(l.lower);
  }
  return docs;
}

// ——— Pairs of documents ———

export interface PairOptions {
  /** Pairs whose links are all citations: one row each in the explorer; no row of the query (citing-documents lists
   *  the citations). */
  citeOnlyPairs: boolean;
  /** Do a pair's citations count in its lag figures (median, range, approximate)? The explorer's yes; the query's
   *  figures are its IMPLEMENTS links'. */
  citationLags: boolean;
  /** The order of documents; pairs are in the order of their lower, then their higher document. */
  compareDocs: (a: string, b: string) => number;
}

/** A link as the grouping reads it: the walk's own link (duplicates report of session 26: the two had the same fields). */
export type PairLink = WalkLink;

export interface PairSource {
  root: string;
  rootDoc: string;
  /** The root document's measures that ask something (coverage isPlanMeasure: leaf, not a notice or preamble, not a
   *  law's framing article), in text order. */
  planMeasuresOf(doc: string): string[];
  /** A document's measures in the cascade, in text order. */
  cascadeMeasuresOf(doc: string): Iterable<string>;
  /** Walk.carriers. */
  carriers: ReadonlySet<string | undefined>;
}

/** One pair of documents of a cascade, with its figures. */
export interface GroupedPair<L extends PairLink> {
  lowerDoc: string;
  higherDoc: string;
  links: L[];
  implements: number;
  partial: number;
  /** Places of the lower document that cite the higher one (a citation without places counts one). */
  cites: number;
  /** Median score of its IMPLEMENTS links (roundScore); undefined without one. */
  medianScore?: number;
  /** Median (unrounded), range and number of its lags (PairOptions.citationLags); undefined without one. */
  lag?: { median: number; min: number; max: number; count: number };
  lagApprox: boolean;
  /** The higher document's measures it is measured against (MeasuredAgainst), in text order, and which of them a
   *  link reaches. */
  against: string[];
  carried: string[];
  notCarried: string[];
  /** Measures a link reaches outside `against` (a chapter heading of the root, a notice), in the order reached. */
  outside: string[];
}

/** The explorer's pairs (cascade-pairs.ts: one row per pair, citations too). */
export const EXPLORER_PAIRS: Omit<PairOptions, 'compareDocs'> = { citeOnlyPairs: true, citationLags: true };
/** The query's rows (cypher/document-cascade; compareDocs: queryDocOrder). */
export const QUERY_PAIRS: Omit<PairOptions, 'compareDocs'> = { citeOnlyPairs: false, citationLags: false };

/** The links of a cascade grouped by pair of documents, in PairOptions.compareDocs order (pairs that compare equal
 *  in the order they were found). */
export function groupPairs<L extends PairLink>(links: readonly L[], src: PairSource, opts: PairOptions): GroupedPair<L>[] {
  const groups: { lowerDoc: string; higherDoc: string; links: L[] }[] = [];
  const byHigher = new Map<string, Map<string, L[]>>();
  let higher: string | undefined;
  let byLower = new Map<string, L[]>();
  for (const l of links) {
    // A walked measure's links are found together: one look-up of their higher document.
    if (l.higherDoc !== higher) {
      higher = l.higherDoc;
      byLower = getOr(byHigher, higher, () => new Map<string, L[]>());
    }
    let list = byLower.get(l.lowerDoc);
    if (!list) {
      byLower.set(l.lowerDoc, (list = []));
      groups.push({ lowerDoc: l.lowerDoc, higherDoc: l.higherDoc, links: list });
    }
    list.push(l);
  }
  const against = new Map<string, string[]>();
  const againstOf = (higher: string) => getOr(against, higher, () => measuredAgainst(src, higher));
  const out: GroupedPair<L>[] = [];
  for (const { lowerDoc, higherDoc, links: ls } of groups) {
    let implementsN = 0;
    let partial = 0;
    let cites = 0;
    const scores: number[] = [];
    const lags: number[] = [];
    let lagApprox = false;
    const reached = new Set<string>();
    for (const l of ls) {
      if (l.kind === 'cites') {
        cites += l.places ?? 1;
        if (!opts.citationLags) continue;
      } else {
        if (l.kind === 'implements') implementsN++;
        else partial++;
        if (typeof l.score === 'number') scores.push(l.score);
        if (l.higher !== undefined) reached.add(l.higher);
      }
      if (typeof l.lagDays === 'number') lags.push(l.lagDays);
      if (l.lagApprox) lagApprox = true;
    }
    const implementing = implementsN + partial;
    if (!implementing && !opts.citeOnlyPairs) continue;
    const base = implementing ? againstOf(higherDoc) : [];
    const inBase = new Set(base);
    const median = medianOf(scores);
    const lagMedian = medianOf(lags);
    out.push({
      lowerDoc,
      higherDoc,
      links: ls,
      implements: implementsN,
      partial,
      cites,
      ...(median !== undefined ? { medianScore: roundScore(median) } : {}),
      ...(lagMedian !== undefined ? { lag: { median: lagMedian, min: minOf(lags), max: maxOf(lags), count: lags.length } } : {}),
      lagApprox,
      against: base,
      carried: base.filter((m) => reached.has(m)),
      notCarried: base.filter((m) => !reached.has(m)),
      outside: [...reached].filter((m) => !inBase.has(m)),
    });
  }
  const { compareDocs } = opts;
  return out.sort((x, y) => compareDocs(x.lowerDoc, y.lowerDoc) || compareDocs(x.higherDoc, y.higherDoc));
}

/** The measures a pair into `higherDoc` is measured against: the root document's that ask something (the root
 *  measure of a measure's cascade); below it, the document's measures that carry the cascade on (Walk.carriers),
 *  not every measure of a document that joined by citing. */
export function measuredAgainst(src: PairSource, higherDoc: string): string[] {
  if (higherDoc !== src.rootDoc) return [...src.cascadeMeasuresOf(higherDoc)].filter((m) => src.carriers.has(m));
  if (src.root !== src.rootDoc) return [...src.cascadeMeasuresOf(higherDoc)].filter((m) => m === src.root);
  return src.planMeasuresOf(higherDoc);
}

/** A median score as a reader sees it. Scores are thousandths (ingest/link/select.ts), so the median of two is a
 *  multiple of 0.0005: four places keep it exactly and drop the float noise of the mean (0.20950000000000002 →
 *  0.2095; session 26). cypher/document-cascade's reference rounds the same (round(…, 4)). */
export const SCORE_PLACES = 4;
export function roundScore(x: number): number {
  const f = 10 ** SCORE_PLACES;
  return Math.round(x * f) / f;
}

/** The median (Cypher's percentileCont(…, 0.5): the mean of the two middle values); undefined for none. */
export function medianOf(xs: readonly number[]): number | undefined {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
const minOf = (xs: readonly number[]) => xs.reduce((a, b) => (b < a ? b : a));
const maxOf = (xs: readonly number[]) => xs.reduce((a, b) => (b > a ? b : a));

// ——— The query's order of documents ———

const QUERY_LEVELS: readonly string[] = LEVEL_ORDER;

export interface DocFields {
  level?: unknown;
  issuedOn?: unknown;
  year?: unknown;
  name?: unknown;
}

/** cypher/document-cascade's order of documents: level (central … county, then none), issuedOn else toString(year)
 *  ('' when neither), name, id. The loader stores every number as a float, so toString(2016) is Cypher's "2016.0"
 *  (after "2016-05-01"). Strings in code-point order, as Cypher's ORDER BY. */
export function queryDocOrder(fieldsOf: (doc: string) => DocFields | undefined): (a: string, b: string) => number {
  type Key = [number, string, string];
  const keys = new Map<string, Key>();
  const key = (id: string): Key => getOr(keys, id, (): Key => {
    const d = fieldsOf(id) ?? {};
    const rank = QUERY_LEVELS.indexOf(d.level as string);
    const date = typeof d.issuedOn === 'string' ? d.issuedOn : typeof d.year === 'number' ? floatString(d.year) : '';
    return [rank < 0 ? QUERY_LEVELS.length : rank, date, String(d.name ?? '')];
  });
  return (a, b) => {
    if (a === b) return 0;
    const x = key(a);
    const y = key(b);
    return x[0] - y[0] || cmp(x[1], y[1]) || cmp(x[2], y[2]) || cmp(a, b);
  };
}

const floatString = (x: number) => (Number.isInteger(x) ? `${x}.0` : String(x));
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function getOr<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}
