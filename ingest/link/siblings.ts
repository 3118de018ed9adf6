// Session 57 (helper sibling, issue 13): evidence from outside the document pair — the other lower texts carrying the same
// law (options.siblingSecond). A real corpus holds many provinces' and cities' rules under one law, and two of them often
// restate the same law article in near words. Every earlier link rule read one pair (law, one lower text) alone. For a link
// A → X (A an article of lower text P, X an article of law L), the SIBLINGS are the other documents with links into L; in
// each, the sibling article of A is its article closest to A (cosine of their sets of Han character bigrams, the article
// label left out). The session-57 table (docs/history/links.md, session 57 helper sibling) read every dev link and every
// under-threshold gold miss by its closest sibling article: a close sibling agreeing on X is far from enough to admit a
// weak candidate (the non-gold candidates under the threshold that a close sibling links outnumber the gold ones two or three
// to one at every margin), and a close sibling disagreeing does not separate a wrong best from a right one; but a WEAK SECOND
// link (A links into L with a higher score already) into an article that A's close siblings do not link is a wrong target
// (the field's words met again) in every dev case: 山东 第十五条 and its 河南 counterpart restate one provision of the law, the
// counterpart links only that provision, and 山东 第十五条's weak second link elsewhere in the law is false. Such a link is
// dropped. A pass over the link stage's links once every pair's links are made (after unnamedSecond's pass), reading the
// links as given (every decision on the same input: the same graph whatever the order of the documents or the worker
// count); coverage's threshold replay (coverage/replay.ts) and the calibration (tests/eval/links.ts select) run the same
// function. Links by article number and penalty conduct pairs are never dropped. Pure.

import { hanBigrams as hanRunBigrams } from './side-paragraph.js';
import { ARTICLE_LABEL } from './article-label.js';

/** The rule's setting (LinkOptions.siblingSecond). */
export interface SiblingSecondRule {
  /** The lower measures' genres the rule reads. */
  genres: string[];
  /** A second link scoring under this is read; from it on, it stays. */
  max: number;
  /** A sibling article is close from this cosine of Han character bigrams with the lower article on. */
  similarity: number;
}

/** The Han character bigrams of a text, its article label (第七条) left out (side-paragraph.ts hanBigrams after
 *  article-label.ts ARTICLE_LABEL). */
export const hanBigrams = (text: string): Set<string> => hanRunBigrams(text.replace(ARTICLE_LABEL, ''));
/** The cosine of two bigram sets. */
export function bigramCosine(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of s) if (l.has(x)) n++;
  return n / Math.sqrt(a.size * b.size);
}

/** The links of `links` the rule drops (their indexes): of a lower measure of the rule's genres, not by article number nor
 *  a penalty conduct pair, under `max`, whose lower measure has a link into the same higher document with a higher score,
 *  when at least one sibling document (another document, neither the lower's nor the higher's, with a link into the higher
 *  document) has an article at `similarity` or more to the lower measure, and in no such sibling document do the closest
 *  articles (all of them, on a tie) link this higher measure. `measuresOf` lists a document's measures. Every decision
 *  reads the links as given. */
export function siblingSecondLinks<T extends { lower: string; higher: string; score: number; citedArticle?: boolean; penaltyConduct?: boolean }, D extends string | number>(
  links: readonly T[],
  docOf: (measure: string) => D | undefined,
  genreOf: (lowerMeasure: string) => string | undefined,
  textOf: (measure: string) => string | undefined,
  measuresOf: (doc: D) => readonly string[],
  rule: SiblingSecondRule,
): Set<number> {
  const out = new Set<number>();
  const read = (l: T) => l.score < rule.max && !l.citedArticle && !l.penaltyConduct && rule.genres.includes(genreOf(l.lower) ?? '');
  if (!links.some(read)) return out;
  const best = new Map<string, number>();
  const into = new Map<D, Set<D>>();
  const linked = new Set<string>();
  for (const l of links) {
    const [lo, hi] = [docOf(l.lower), docOf(l.higher)];
    if (lo === undefined || hi === undefined) continue;
    const k = `${l.lower}\n${hi}`;
    best.set(k, Math.max(best.get(k) ?? -Infinity, l.score));
    (into.get(hi) ?? into.set(hi, new Set()).get(hi)!).add(lo);
    linked.add(`${l.lower}\n${l.higher}`);
  }
  const grams = new Map<string, Set<string>>();
  const gramsOf = (m: string) => grams.get(m) ?? grams.set(m, hanBigrams(textOf(m) ?? '')).get(m)!;
  links.forEach((l, i) => {
    if (!read(l)) return;
    const [p, law] = [docOf(l.lower), docOf(l.higher)];
    if (p === undefined || law === undefined || (best.get(`${l.lower}\n${law}`) ?? -Infinity) <= l.score) return;
    const a = gramsOf(l.lower);
    let close = 0;
    for (const q of into.get(law) ?? []) {
      if (q === p || q === law) continue;
      let top = -1;
      let at: string[] = [];
      for (const b of measuresOf(q)) {
        const s = bigramCosine(a, gramsOf(b));
        if (s > top) [top, at] = [s, [b]];
        else if (s === top) at.push(b);
      }
      if (top < rule.similarity) continue;
      if (at.some((b) => linked.has(`${b}\n${l.higher}`))) return;
      close++;
    }
    if (close) out.add(i);
  });
  return out;
}
