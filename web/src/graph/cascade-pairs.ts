// The cascade grouped by pair of documents: one row per lower document and the document it carries out, with
// its links counted by verdict, their median score and lag, and which of the higher document's measures in the
// cascade it carries and which it leaves out. A law's whole-document cascade is hundreds of article links at once
// (物业管理条例 on the law mirror, session 24: 616 implements and 83 partial); grouped it is one row per pair (10),
// each opened on demand. Pure: the report, the explorer's cascade view and its tests share it.
import type { NodeOf } from '../../../graph-schema/index.js';
import { isPlanMeasure } from '../../../coverage/index.js';
import { measuresOf, type Cascade, type CascadeKind, type CascadeLink, type CascadeMeasure } from './cascade.js';
import { EXPLORER_PAIRS, groupPairs, queryDocOrder, type PairOptions } from './cascade-core.js';
import type { AnyPolicyGraph } from './time.js';

export interface CascadePair {
  /** `<lowerDoc>→<higherDoc>`: the key the view expands by. */
  key: string;
  lowerDoc: string;
  higherDoc: string;
  /** The strongest kind among its links (implements, then partial, then cites): how the pair is drawn. */
  kind: CascadeKind;
  implements: number;
  partial: number;
  /** Places of the lower document that cite the higher one (0: no citation). */
  cites: number;
  /** Median score of its IMPLEMENTS links (implements and partial), to four places (cascade-core roundScore). */
  medianScore?: number;
  /** Median lag of its links, in days, and the range when they differ. */
  lagDays?: number;
  lagMin?: number;
  lagMax?: number;
  lagApprox?: boolean;
  /** The higher document's measures in the cascade that a link from the lower document reaches, in text order. */
  carried: CascadeMeasure[];
  /** How many measures it is measured against (carried of these + notCarried). */
  measuresTotal: number;
  /** Those it reaches none of: for the root document, every measure that asks something (coverage's plan measures:
   *  not notices, preambles or a law's framing articles); below it, its measures that carry the cascade on (the
   *  lower end of a link into it). Empty for a citation alone, which names a document and carries no measure. */
  notCarried: CascadeMeasure[];
  /** Its links, as the cascade has them. */
  links: CascadeLink[];
}

export const pairKey = (lowerDoc: string, higherDoc: string) => `${lowerDoc}→${higherDoc}`;

const measureOf = (g: AnyPolicyGraph, id: string): NodeOf<'Measure'> | null => {
  if (!g.hasNode(id)) return null;
  const a = g.getNodeAttributes(id);
  return a.type === 'Measure' ? a : null;
};

/** How pairs are made: the explorer's (cascade-core EXPLORER_PAIRS, in the order of the cascade's documents) unless
 *  given; cypher/document-cascade's rows are QUERY_PAIRS in queryOrder(g). */
export type CascadePairOptions = Omit<PairOptions, 'compareDocs'> & { compareDocs?: PairOptions['compareDocs'] };

/** cypher/document-cascade's order of documents on this graph (cascade-core queryDocOrder). */
export const queryOrder = (g: AnyPolicyGraph) => queryDocOrder((id) => (g.hasNode(id) ? (g.getNodeAttributes(id) as Record<string, unknown>) : undefined));

/** One row per pair of documents of the cascade, in the order of its documents (lower, then higher). The grouping is
 *  cascade-core's groupPairs, the loader's too. */
export function cascadePairs(g: AnyPolicyGraph, c: Cascade, opts: CascadePairOptions = EXPLORER_PAIRS): CascadePair[] {
  const order = new Map(c.docs.map((d, i) => [d.id, i]));
  const rank = (id: string) => order.get(id) ?? order.size;
  const inCascade = new Map(c.docs.map((d) => [d.id, d.measures]));
  const info = new Map<string, CascadeMeasure>();
  for (const d of c.docs) for (const m of d.measures) info.set(m.id, m);
  const infoOf = (id: string): CascadeMeasure | null => {
    const known = info.get(id);
    if (known) return known;
    const m = measureOf(g, id);
    return m ? { id, name: m.name, path: m.path } : null;
  };
  const pairs = groupPairs(
    c.links,
    {
      root: c.root,
      rootDoc: c.rootDoc,
      planMeasuresOf: (doc) => measuresOf(g, doc).filter((id) => {
        const m = measureOf(g, id);
        return !!m && isPlanMeasure(m);
      }),
      cascadeMeasuresOf: (doc) => (inCascade.get(doc) ?? []).map((m) => m.id),
      carriers: new Set(c.carriers ?? c.links.map((l) => l.lower)),
    },
    { ...opts, compareDocs: opts.compareDocs ?? ((a, b) => rank(a) - rank(b)) },
  );
  return pairs.map((p): CascadePair => {
    const measures = (ids: string[]) => ids.flatMap((id) => infoOf(id) ?? []);
    // A link can reach a measure outside the base (a chapter heading of the root, a notice): carried all the same.
    const outside = p.outside.flatMap((id) => {
      const m = measureOf(g, id);
      return m ? [{ id, name: m.name, path: m.path, at: m.span[0] }] : [];
    });
    const kind: CascadeKind = p.implements ? 'implements' : p.partial ? 'partial' : 'cites';
    return {
      key: pairKey(p.lowerDoc, p.higherDoc),
      lowerDoc: p.lowerDoc,
      higherDoc: p.higherDoc,
      kind,
      implements: p.implements,
      partial: p.partial,
      cites: p.cites,
      ...(p.medianScore !== undefined ? { medianScore: p.medianScore } : {}),
      ...(p.lag ? { lagDays: Math.round(p.lag.median), lagMin: p.lag.min, lagMax: p.lag.max } : {}),
      ...(p.lagApprox ? { lagApprox: true } : {}),
      carried: [...measures(p.carried), ...outside.sort((a, b) => a.at - b.at).map(({ at: _at, ...m }) => m)],
      measuresTotal: p.against.length,
      notCarried: measures(p.notCarried),
      links: p.links,
    };
  });
}

/** The cascade as the view draws it: one link per pair of documents (the pair on it), and the article links of the
 *  pairs in `open` instead of theirs; a document's measure rows only where an open pair's link ends. A cascade from
 *  one measure is drawn link by link (a few links, and they are the point). */
export function groupedCascade(c: Cascade, pairs: CascadePair[], open: ReadonlySet<string>): Cascade {
  if (c.root !== c.rootDoc) return c;
  const shown = new Map<string, Set<string>>();
  const show = (doc: string, m: string | undefined) => {
    if (!m) return;
    const set = shown.get(doc) ?? new Set<string>();
    set.add(m);
    shown.set(doc, set);
  };
  const links: CascadeLink[] = [];
  for (const p of pairs) {
    if (!open.has(p.key)) {
      links.push({ kind: p.kind, lowerDoc: p.lowerDoc, higherDoc: p.higherDoc, pair: p, ...(p.medianScore !== undefined ? { score: p.medianScore } : {}), ...(p.lagDays !== undefined ? { lagDays: p.lagDays } : {}), ...(p.lagApprox ? { lagApprox: true } : {}) });
      continue;
    }
    for (const l of p.links) {
      links.push(l);
      show(l.lowerDoc, l.lower);
      show(l.higherDoc, l.higher);
    }
  }
  const docs = c.docs.map((d) => ({ ...d, measures: d.measures.filter((m) => shown.get(d.id)?.has(m.id)) }));
  return { ...c, docs, links };
}

/** A column the pairs table sorts by, and its direction; null: the cascade's own order (by level, then date). */
export type PairSort = { key: 'lag' | 'score' | 'links'; dir: 'asc' | 'desc' } | null;

/** The pairs by lag (median days), median score or IMPLEMENTS links (implements, then partial); pairs without the
 *  value (a citation alone has no score or lag) last in either direction, ties in the cascade's order. Session 36
 *  trial: "which provinces took longest?" was read off an unsorted lag column of 20 pairs. */
export function sortPairs(pairs: readonly CascadePair[], sort: PairSort): CascadePair[] {
  if (!sort) return [...pairs];
  const value = (p: CascadePair): number | undefined =>
    sort.key === 'lag' ? p.lagDays : sort.key === 'score' ? p.medianScore : p.implements || p.partial ? p.implements + p.partial / 1000 : undefined;
  const sign = sort.dir === 'asc' ? 1 : -1;
  return pairs
    .map((p, i) => ({ p, i, v: value(p) }))
    .sort((a, b) => (a.v === undefined ? (b.v === undefined ? a.i - b.i : 1) : b.v === undefined ? -1 : sign * (a.v - b.v) || a.i - b.i))
    .map(({ p }) => p);
}

/** The next sort when a header is clicked: a new column starts largest first; the same column flips, then back to none. */
export function nextPairSort(current: PairSort, key: NonNullable<PairSort>['key']): PairSort {
  if (!current || current.key !== key) return { key, dir: 'desc' };
  return current.dir === 'desc' ? { key, dir: 'asc' } : null;
}
