// Per-clause selection (options.clausePair, session 47, issue 13): a lower article of a promotion-law family often
// carries several higher articles at once, one clause each (a talent article carrying the law's arts. 24–28; a school
// article also carrying one clause of the public-services article), yet the article-level selection keeps its best
// article or two and cuts the rest. Here the lower article and each higher candidate are split into clauses (sentences
// and list items; with `phrases`, also the phrases a comma separates), and a lower clause keeps the higher article one of
// whose clauses it shares most with, by the weight (IDF over the articles of the two documents, item-best.ts
// pairBigramWeights) of the character bigrams both hold: the shared weight must reach `min` of the smaller clause's own
// weight (a clear share of the higher clause, or of the lower one when it is the shorter), hold `rare` bigrams of weight
// ≥ `rareIdf` (rare words on both sides, not the family's common wording), and beat the clause's best match in any other
// candidate by `margin`. The article is kept as a partial link (one clause of each side: a side part) unless the lower
// article links to it already (the selection's items rule: select.ts). Pure over bigram sets; implements.ts supplies them.
import { spanClauses, type SpanClause } from './clauses.js';

/** One clause of an article: its span in the article's text and its character bigrams (clauses.ts). */
export type Clause = SpanClause;

/** An article's clauses: its sentences (cut at 。；; and at item markers), with `phrases` its comma phrases too, each of at
 *  least `minBigrams` Han bigrams; the article label left out. An article of one clause is one clause. The splitter is
 *  clauses.ts spanClauses (session 48: one module with clause coverage's). */
export function clausesOf(text: string, minBigrams: number, phrases = false): Clause[] {
  return spanClauses(text, { cut: phrases ? 'phrases' : 'sentences', minBigrams });
}

export interface ClausePairRule {
  /** The shared weight's least share of the smaller clause's weight. */
  min: number;
  /** How far the clause's best article must beat its best match in any other candidate (in share). */
  margin: number;
  /** Shared bigrams of weight ≥ rareIdf the pair must hold. */
  rare: number;
  rareIdf: number;
  /** The shared bigrams' least weight (0 when unset). */
  mass?: number;
}

/** A lower clause's match: the candidate (index) it names best, the higher clause, and the share. */
export interface ClauseMatch {
  clause: number;
  k: number;
  /** The higher clause (index into the candidate's clauses). */
  h: number;
  share: number;
  /** Shared bigrams of weight ≥ rareIdf. */
  rare: number;
  /** The shared bigrams' weight. */
  mass: number;
}

/** The shared weight of two clauses over the smaller one's weight, and how many shared bigrams weigh ≥ rareIdf. */
export function clauseShare(a: Set<string>, b: Set<string>, w: (x: string) => number, rareIdf: number): { share: number; rare: number; mass: number } {
  let [wa, wb, both, rare] = [0, 0, 0, 0];
  for (const x of a) {
    const v = w(x);
    wa += v;
    if (b.has(x)) {
      both += v;
      if (v >= rareIdf) rare++;
    }
  }
  for (const x of b) wb += w(x);
  const small = Math.min(wa, wb);
  return { share: small > 0 ? both / small : 0, rare, mass: both };
}

/** For each lower clause, the candidate one of whose clauses it shares most with (clauseShare), when that pair passes the
 *  rule (min, rare) and beats the clause's best pair with any other candidate by `margin`. */
export function clauseMatches(lower: Clause[], candidates: Clause[][], w: (x: string) => number, rule: ClausePairRule): ClauseMatch[] {
  const out: ClauseMatch[] = [];
  lower.forEach((c, clause) => {
    let [best, first, second, firstRare, firstH, firstMass] = [-1, 0, 0, 0, -1, 0];
    candidates.forEach((hs, k) => {
      let [top, topRare, topH, topMass] = [0, 0, -1, 0];
      hs.forEach((h, j) => {
        const s = clauseShare(c.bigrams, h.bigrams, w, rule.rareIdf);
        if (s.share > top) [top, topRare, topH, topMass] = [s.share, s.rare, j, s.mass];
      });
      if (top > first) [best, first, second, firstRare, firstH, firstMass] = [k, top, first, topRare, topH, topMass];
      else if (top > second) second = top;
    });
    if (best >= 0 && first >= rule.min && firstRare >= rule.rare && firstMass >= (rule.mass ?? 0) && first - second >= rule.margin) out.push({ clause, k: best, h: firstH, share: first, rare: firstRare, mass: firstMass });
  });
  return out;
}

/** Whether the lower clause `c` is the best carrier of higher clause `h` among `others` (every clause of the lower
 *  document's articles): no other clause shares more of it (clauseShare), so that a clause the lower document restates
 *  elsewhere, better, is not linked again here (options.clausePair.mutual). */
export function bestCarrier(c: Clause, h: Clause, others: Iterable<Clause>, w: (x: string) => number): boolean {
  const own = clauseShare(c.bigrams, h.bigrams, w, Infinity).mass;
  for (const o of others) if (o !== c && clauseShare(o.bigrams, h.bigrams, w, Infinity).mass > own) return false;
  return true;
}
