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
import { BigramMarker, Ids } from './bigram-ids.js';
import { weighed, type Weighed } from './side-paragraph.js';

// The clauses' bigrams as ids, and the marker clauseMatches uses (one thread runs one call at a time).
const bigramIds = new Ids();
const marker = new BigramMarker(bigramIds);

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

/** The shared weight of two clauses over the smaller one's weight, and how many shared bigrams weigh ≥ rareIdf: `a` read once
 *  (weighed), `wb` the weight of `b`. */
export function clauseShare(a: Weighed, b: Set<string>, wb: number, rareIdf: number): { share: number; rare: number; mass: number } {
  let [both, rare] = [0, 0];
  for (let i = 0; i < a.xs.length; i++) {
    if (b.has(a.xs[i])) {
      both += a.vs[i];
      if (a.vs[i] >= rareIdf) rare++;
    }
  }
  const small = Math.min(a.total, wb);
  return { share: small > 0 ? both / small : 0, rare, mass: both };
}

/** A clause's own weight (the sum of its bigrams' weights, in the set's order) under a weight function, kept while both
 *  live: the linker hands the same weight function for a document pair (item-best.ts pairBigramWeights) and the same
 *  clause sets for a higher article (implements.ts pairClauses) to every lower article it compares with them. */
const ownWeights = new WeakMap<(x: string) => number, WeakMap<Set<string>, number>>();

/** For each lower clause, the candidate one of whose clauses it shares most with (clauseShare), when that pair passes the
 *  rule (min, rare) and beats the clause's best pair with any other candidate by `margin`. */
export function clauseMatches(lower: Clause[], candidates: Clause[][], w: (x: string) => number, rule: ClausePairRule): ClauseMatch[] {
  const out: ClauseMatch[] = [];
  // clauseShare of every pair, with each clause's own weight summed once (a higher clause's once per weight function, a lower clause's
  // bigrams and weights read once) instead of once per pair: the same sums in the same order, so the same shares (issue 11,
  // session 55: clauseShare and the weight look-ups it made were ≈ 34 % of a link thread on the law mirror).
  const ownWeight = ownWeights.get(w) ?? ownWeights.set(w, new WeakMap()).get(w)!;
  const weightOf = (b: Set<string>) => {
    let t = ownWeight.get(b);
    if (t === undefined) {
      t = 0;
      for (const x of b) t += w(x);
      ownWeight.set(b, t);
    }
    return t;
  };
  // Session 56: the shared bigrams found by id (bigram-ids.ts) — the lower clause marked in a table, each higher clause's ids read
  // against it — instead of a Set<string>.has per lower bigram, and no result object per pair; the hits are summed in the lower
  // clause's order as clauseShare sums them, so the same doubles (clauseShare ≈ 12 % of the link thread on the law mirror).
  const highIds = candidates.map((hs) => hs.map((h) => bigramIds.ofSet(h.bigrams)));
  const highWeights = candidates.map((hs) => hs.map((h) => weightOf(h.bigrams)));
  const rareIdf = rule.rareIdf;
  lower.forEach((c, clause) => {
    const a = weighed(c.bigrams, w);
    const aIds = bigramIds.of(a.xs);
    marker.mark(aIds);
    const vs = a.vs;
    let [best, first, second, firstRare, firstH, firstMass] = [-1, 0, 0, 0, -1, 0];
    for (let k = 0; k < candidates.length; k++) {
      const hIds = highIds[k];
      const hW = highWeights[k];
      let [top, topRare, topH, topMass] = [0, 0, -1, 0];
      for (let j = 0; j < hIds.length; j++) {
        let both = 0;
        let rare = 0;
        if (marker.hits(hIds[j]) > 0) {
          const { hit, stamp } = marker;
          for (let i = 0; i < vs.length; i++) {
            if (hit[i] === stamp) {
              both += vs[i];
              if (vs[i] >= rareIdf) rare++;
            }
          }
        }
        const small = Math.min(a.total, hW[j]);
        const share = small > 0 ? both / small : 0;
        if (share > top) [top, topRare, topH, topMass] = [share, rare, j, both];
      }
      if (top > first) [best, first, second, firstRare, firstH, firstMass] = [k, top, first, topRare, topH, topMass];
      else if (top > second) second = top;
    }
    marker.unmark(aIds);
    if (best >= 0 && first >= rule.min && firstRare >= rule.rare && firstMass >= (rule.mass ?? 0) && first - second >= rule.margin) out.push({ clause, k: best, h: firstH, share: first, rare: firstRare, mass: firstMass });
  });
  return out;
}

/** Whether the lower clause `c` is the best carrier of higher clause `h` among `others` (every clause of the lower
 *  document's articles): no other clause shares more of it (clauseShare), so that a clause the lower document restates
 *  elsewhere, better, is not linked again here (options.clausePair.mutual). */
export function bestCarrier(c: Clause, h: Clause, others: Iterable<Clause>, w: (x: string) => number): boolean {
  const own = sharedMass(c.bigrams, h.bigrams, w);
  for (const o of others) if (o !== c && sharedMass(o.bigrams, h.bigrams, w) > own) return false;
  return true;
}

/** clauseShare's `mass` alone: the weights of a's bigrams b holds, summed in a's order (the same number), without weighing the rest of
 *  either clause (session 55). */
function sharedMass(a: Set<string>, b: Set<string>, w: (x: string) => number): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both += w(x);
  return both;
}
