// The grouped cascade of every document (cypher/document-cascade.cypher's rows), computed from the snapshot at load
// so the query reads one page of a list instead of every link into the cascade (session 25: the busiest directive
// of the 1,000-document bench, 15,159 links and 1,261 pairs, was 429k db hits and 1.3 s read link by link).
// The walk and the grouping are the explorer's (web/src/graph/cascade-core.ts) with the query's options: three steps
// below the root (QUERY_WALK), no row for a pair that only cites, lags of IMPLEMENTS links only, the query's order
// of documents (level, date, name, id: QUERY_PAIRS, queryDocOrder). Here only the snapshot's indexes (each step
// walks only the measures with a link into them) and the properties' shape.
import {
  CASCADE_STEPS,
  QUERY_PAIRS,
  QUERY_WALK,
  groupPairs,
  queryDocOrder,
  walkCascade,
  type CascadeAccess,
  type CitationInto,
  type LinkInto,
} from '../web/src/graph/cascade-core.js';

export { CASCADE_STEPS };

type Attrs = Record<string, unknown>;
type Edge = { source: string; target: string; attributes: unknown };

/** One pair of documents of a root's cascade, as the query returns it. */
export interface DerivedCascadePair {
  lower: string;
  higher: string;
  implements: number;
  partial: number;
  /** Median of its links' scores (Cypher's percentileCont(…, 0.5)), rounded (cascade-core roundScore). */
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

/** The snapshot read through cascade-core's accessor, and what the loader needs besides. */
export interface SnapshotCascade extends CascadeAccess {
  /** Every measure of a document, in text order (ordinal, id). */
  measuresInOrder(doc: string): readonly string[];
  /** Documents with a link into their measures or a citation: those a cascade can start from. */
  roots(): Set<string>;
}

/** Measures in text order (ordinal, id); a document joined whole is walked through its measures with a link into
 *  them only (a step costs its links, not its documents' measures: session 25, 7.5–9.2 → 4.0–4.6 s on the mirror). */
export function snapshotCascadeAccess(attrs: Map<string, Attrs>, edges: readonly Edge[]): SnapshotCascade {
  const docIdOf = (m: string) => attrs.get(m)?.docId as string | undefined;
  const measuresOf = new Map<string, string[]>();
  for (const [id, a] of attrs) if (a.type === 'Measure' && typeof a.docId === 'string') getOr(measuresOf, a.docId, () => []).push(id);
  const ordinal = (m: string) => num(attrs.get(m)!.ordinal);
  for (const list of measuresOf.values()) list.sort((a, b) => ordinal(a) - ordinal(b) || cmp(a, b));
  const linksInto = new Map<string, LinkInto[]>(); // higher measure → its IMPLEMENTS links from measures
  const citations = new Map<string, CitationInto[]>(); // document → its citations (by documents or their measures)
  for (const { source, target, attributes } of edges) {
    const a = attributes as Attrs;
    if (a.type === 'IMPLEMENTS') {
      if (attrs.get(source)?.type !== 'Measure' || attrs.get(target)?.type !== 'Measure') continue;
      const l: LinkInto = { lower: source, lowerDoc: docIdOf(source), verdict: a.verdict as LinkInto['verdict'], score: a.score as number };
      if (a.lagDays !== undefined) l.lagDays = a.lagDays as number;
      if (a.lagApprox) l.lagApprox = true;
      getOr(linksInto, target, () => []).push(l);
    } else if (a.type === 'CITES' && attrs.get(target)?.type === 'Document') {
      const citer = attrs.get(source)?.type === 'Measure' ? docIdOf(source) : source;
      getOr(citations, target, () => []).push({ citer });
    }
  }
  const linked = new Map<string, string[]>(); // document → its measures with a link into them, in text order
  for (const [doc, list] of measuresOf) {
    const withLinks = list.filter((m) => linksInto.has(m));
    if (withLinks.length) linked.set(doc, withLinks);
  }
  const none: never[] = [];
  return {
    isDocument: (id) => attrs.get(id)?.type === 'Document',
    measuresOf: (doc) => linked.get(doc) ?? none,
    hasMeasures: (doc) => measuresOf.has(doc),
    linksInto: (m) => linksInto.get(m) ?? none,
    citationsInto: (doc) => citations.get(doc) ?? none,
    measuresInOrder: (doc) => measuresOf.get(doc) ?? none,
    roots: () => {
      const out = new Set<string>();
      for (const m of linksInto.keys()) out.add(docIdOf(m)!);
      for (const d of citations.keys()) out.add(d);
      return out;
    },
  };
}

/** Root document → its cascade's pairs, in the query's order (documents with at least one pair only). */
export function cascadePairsByRoot(attrs: Map<string, Attrs>, edges: readonly Edge[]): Map<string, DerivedCascadePair[]> {
  const access = snapshotCascadeAccess(attrs, edges);
  const order = { ...QUERY_PAIRS, compareDocs: queryDocOrder((id) => attrs.get(id)) };
  const out = new Map<string, DerivedCascadePair[]>();
  for (const root of access.roots()) {
    if (!access.isDocument(root)) continue;
    const walk = walkCascade(access, root, null, QUERY_WALK);
    const pairs = groupPairs(walk.links, {
      root,
      rootDoc: root,
      planMeasuresOf: (doc) => access.measuresInOrder(doc).filter((m) => asksSomething(attrs.get(m)!)),
      cascadeMeasuresOf: (doc) => access.measuresInOrder(doc),
      carriers: walk.carriers,
    }, order);
    if (!pairs.length) continue;
    const path = (m: string) => String(attrs.get(m)!.path);
    out.set(root, pairs.map((p) => ({
      lower: p.lowerDoc,
      higher: p.higherDoc,
      implements: p.implements,
      partial: p.partial,
      medianScore: p.medianScore ?? NaN,
      lagLinks: p.lag?.count ?? 0,
      medianLag: p.lag?.median ?? 0,
      lagMin: p.lag?.min ?? 0,
      lagMax: p.lag?.max ?? 0,
      lagApprox: p.lagApprox,
      carried: p.carried.length,
      measures: p.against.length,
      notCarried: p.notCarried.map(path),
    })));
  }
  return out;
}

/** The root's measures a pair into it is measured against: those that ask something (coverage isPlanMeasure). */
const asksSomething = (m: Attrs) => m.leaf === true && typeof m.kind === 'string' && m.kind !== 'notice' && m.kind !== 'preamble' && m.framing !== true && typeof m.deletedOn !== 'string';

const num = (x: unknown) => (typeof x === 'number' ? x : Infinity);
// Code-point order, as Cypher's ORDER BY on strings.
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function getOr<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}
