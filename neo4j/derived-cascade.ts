// The grouped cascade of every document (cypher/document-cascade.cypher's rows, web/src/graph/cascade-pairs.ts),
// computed from the snapshot at load so the query reads one page of a list instead of every link into the cascade
// (session 25: the busiest directive of the 1,000-document bench, 15,159 links and 1,261 pairs, was 429k db hits and
// 1.3 s read link by link). The same steps as the query did them: the root's measures; three times, the measures
// that IMPLEMENTS one of the last step's (of another document, not the root's) and every measure of a document that
// CITES one of the last step's documents (the root's too, at the first step); then every link into those measures,
// grouped by (lower document, higher document), in the documents' order (level, date, name, id).
import { LEVEL_ORDER } from '../graph-schema/index.js';

type Attrs = Record<string, unknown>;
type Edge = { source: string; target: string; attributes: unknown };

/** How many steps below the root the cascade is followed (IMPLEMENTS runs from a lower level to a higher one:
 *  three steps reach a county's links to a city's measures that implement a province's that implement the law). */
export const CASCADE_STEPS = 3;

/** One pair of documents of a root's cascade, as the query returns it. */
export interface DerivedCascadePair {
  lower: string;
  higher: string;
  implements: number;
  partial: number;
  /** Median of its links' scores (Cypher's percentileCont(…, 0.5)). */
  medianScore: number;
  /** Links carrying a lag (0: the lag figures are null). */
  lagLinks: number;
  medianLag: number;
  lagMin: number;
  lagMax: number;
  lagApprox: boolean;
  /** Of the higher document's measures it is measured against, how many a link reaches. */
  carried: number;
  measures: number;
  /** Paths of those it reaches none of, in text order (ordinal, id). */
  notCarried: string[];
}

interface Link {
  lower: string;
  /** The lower measure's document. */
  lowerDoc: string;
  verdict: unknown;
  score: unknown;
  lagDays: unknown;
  lagApprox: unknown;
}

/** Root document → its cascade's pairs, in order (documents with at least one pair only). */
export function cascadePairsByRoot(attrs: Map<string, Attrs>, edges: readonly Edge[]): Map<string, DerivedCascadePair[]> {
  const isType = (id: string, t: string) => attrs.get(id)?.type === t;
  const docIdOf = (m: string) => attrs.get(m)?.docId as string;
  const measuresOf = new Map<string, string[]>();
  for (const [id, a] of attrs) if (a.type === 'Measure' && typeof a.docId === 'string') getOr(measuresOf, a.docId, () => []).push(id);
  const linksInto = new Map<string, Link[]>(); // higher measure → its IMPLEMENTS links from measures
  const citersOf = new Map<string, Set<string>>(); // document → the documents that cite it (or whose measures do)
  for (const { source, target, attributes } of edges) {
    const a = attributes as Attrs;
    if (a.type === 'IMPLEMENTS' && isType(source, 'Measure') && isType(target, 'Measure')) {
      getOr(linksInto, target, () => []).push({ lower: source, lowerDoc: docIdOf(source), verdict: a.verdict, score: a.score, lagDays: a.lagDays, lagApprox: a.lagApprox });
    } else if (a.type === 'CITES' && isType(target, 'Document')) {
      const citer = (attrs.get(source)?.docId as string | undefined) ?? source;
      if (citer !== target) getOr(citersOf, target, () => new Set()).add(citer);
    }
  }
  const linkedOf = new Map<string, string[]>();
  for (const m of linksInto.keys()) getOr(linkedOf, docIdOf(m), () => []).push(m);
  const roots = new Set<string>();
  for (const m of linksInto.keys()) roots.add(docIdOf(m));
  for (const d of citersOf.keys()) roots.add(d);
  const out = new Map<string, DerivedCascadePair[]>();
  for (const root of roots) {
    if (!isType(root, 'Document')) continue;
    const pairs = pairsOf(root, { attrs, docIdOf, measuresOf, linkedOf, linksInto, citersOf });
    if (pairs.length) out.set(root, pairs);
  }
  return out;
}

interface Index {
  attrs: Map<string, Attrs>;
  docIdOf: (m: string) => string;
  measuresOf: Map<string, string[]>;
  /** Document → its measures with a link into them. */
  linkedOf: Map<string, string[]>;
  linksInto: Map<string, Link[]>;
  citersOf: Map<string, Set<string>>;
}

function pairsOf(root: string, ix: Index): DerivedCascadePair[] {
  const { attrs, docIdOf, measuresOf, linkedOf, linksInto, citersOf } = ix;
  // A step's measures: those that joined by a link, and the documents that joined whole (every measure of them;
  // only those with a link into them are walked, so a step costs its links, not its documents' measures).
  const below = new Set<string>(); // measures that joined by a link (the carriers of the steps)
  const wholeDocs = new Set<string>([root]);
  let linked = new Set<string>();
  let whole = measuresOf.has(root) ? [root] : [];
  for (let step = 1; step <= CASCADE_STEPS; step++) {
    const next = new Set<string>();
    const reach = (h: string) => {
      const hd = docIdOf(h);
      for (const l of linksInto.get(h) ?? []) if (l.lowerDoc !== hd && l.lowerDoc !== root) next.add(l.lower);
    };
    for (const h of linked) reach(h);
    for (const d of whole) for (const h of linkedOf.get(d) ?? []) reach(h);
    // The documents of the last step's measures (a document without measures has none in it), the root's at the first.
    const docs = new Set(whole);
    for (const h of linked) docs.add(docIdOf(h));
    if (step === 1) docs.add(root);
    const citers = new Set<string>();
    for (const d of docs) {
      if (attrs.get(d)?.type !== 'Document') continue;
      for (const c of citersOf.get(d) ?? []) if (c !== root && measuresOf.has(c)) citers.add(c);
    }
    for (const m of next) below.add(m);
    for (const c of citers) wholeDocs.add(c);
    linked = next;
    whole = [...citers];
  }
  // Every link into the cascade's measures, grouped by pair.
  const into = new Set<string>(below);
  for (const d of wholeDocs) for (const h of linkedOf.get(d) ?? []) into.add(h);
  type Group = { lower: string; higher: string; links: Link[]; reached: Set<string> };
  const groups: Group[] = [];
  const byHigher = new Map<string, Map<string, Group>>();
  for (const hm of into) {
    const hd = docIdOf(hm);
    const byLower = getOr(byHigher, hd, () => new Map<string, Group>());
    for (const l of linksInto.get(hm) ?? []) {
      const ld = l.lowerDoc;
      if (ld === hd || ld === root) continue;
      let g = byLower.get(ld);
      if (!g) {
        byLower.set(ld, (g = { lower: ld, higher: hd, links: [], reached: new Set<string>() }));
        groups.push(g);
      }
      g.links.push(l);
      g.reached.add(hm);
    }
  }
  const isDoc = (id: string) => attrs.get(id)?.type === 'Document';
  const rows = groups.filter((g) => isDoc(g.lower) && isDoc(g.higher));
  const keyOf = new Map<string, DocKey>();
  const key = (id: string) => getOr(keyOf, id, () => docKey(attrs.get(id)!, id));
  rows.sort((x, y) => compareKeys(key(x.lower), key(y.lower)) || compareKeys(key(x.higher), key(y.higher)));
  const against = new Map<string, string[]>();
  const ordinal = (m: string) => num(attrs.get(m)!.ordinal);
  const againstOf = (higher: string): string[] =>
    getOr(against, higher, () =>
      (measuresOf.get(higher) ?? [])
        .filter((m) => (higher === root ? asksSomething(attrs.get(m)!) : below.has(m)))
        .sort((a, b) => ordinal(a) - ordinal(b) || cmp(a, b)),
    );
  return rows.map(({ lower, higher, links, reached }) => {
    const scores = links.flatMap((l) => (typeof l.score === 'number' ? [l.score] : []));
    const lags = links.flatMap((l) => (typeof l.lagDays === 'number' ? [l.lagDays] : []));
    const base = againstOf(higher).map((m) => ({ path: String(attrs.get(m)!.path), hit: reached.has(m) }));
    return {
      lower,
      higher,
      implements: links.filter((l) => l.verdict === 'implements').length,
      partial: links.filter((l) => l.verdict === 'partial').length,
      medianScore: percentileCont50(scores),
      lagLinks: lags.length,
      medianLag: lags.length ? percentileCont50(lags) : 0,
      lagMin: lags.length ? Math.min(...lags) : 0,
      lagMax: lags.length ? Math.max(...lags) : 0,
      lagApprox: links.some((l) => l.lagApprox === true),
      carried: base.filter((m) => m.hit).length,
      measures: base.length,
      notCarried: base.filter((m) => !m.hit).map((m) => m.path),
    };
  });
}

/** The root's measures a pair into it is measured against: those that ask something (coverage's plan measures). */
const asksSomething = (m: Attrs) => m.leaf === true && typeof m.kind === 'string' && m.kind !== 'notice' && m.kind !== 'preamble' && m.framing !== true;

/** Cypher's percentileCont(x, 0.5): the mean of the two middle values (NaN for none, which Cypher returns as null). */
function percentileCont50(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  const lo = Math.floor(mid);
  return lo === mid ? s[lo] : (s[lo] + s[lo + 1]) / 2;
}

type DocKey = [number, string, string, string];
// The query's document order: level (central … county, then none), issuedOn else toString(year) ('' when neither),
// name, id. The loader stores every number as a float, so toString(2016) is Cypher's "2016.0" (after "2016-05-01").
function docKey(d: Attrs, id: string): DocKey {
  const rank = (LEVEL_ORDER as readonly unknown[]).indexOf(d.level);
  const date = typeof d.issuedOn === 'string' ? d.issuedOn : typeof d.year === 'number' ? floatString(d.year) : '';
  return [rank < 0 ? LEVEL_ORDER.length : rank, date, String(d.name ?? ''), id];
}
const compareKeys = (a: DocKey, b: DocKey) => a[0] - b[0] || cmp(a[1], b[1]) || cmp(a[2], b[2]) || cmp(a[3], b[3]);

const floatString = (x: number) => (Number.isInteger(x) ? `${x}.0` : String(x));
const num = (x: unknown) => (typeof x === 'number' ? x : Infinity);
// Code-point order, as Cypher's ORDER BY on strings.
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function getOr<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}
