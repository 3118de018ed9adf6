// Paragraph-pair evidence (options.paragraphPair, session 33; the feature of session 23's tests/eval/pair-features.ts):
// the best pair of a lower paragraph (款, a line of at least six characters) and a higher one, by the IDF-weighted share
// of the shorter paragraph's character bigrams found in the other, IDF over the paragraphs of the two documents (the
// boilerplate both share weighs ~0). A short paragraph that restates a higher article, or a higher paragraph restated
// inside a long lower article, meets it whole, undiluted by the rest of the two articles.
import type { LinkUnit } from './implements.js';
import { ARTICLE_LABEL } from './article-label.js';
import { hanBigrams, weighed } from './side-paragraph.js';

/** A unit's paragraphs as bigram sets: its lines of at least six characters (label left out), of at least five bigrams. */
export function paragraphBigrams(text: string): Set<string>[] {
  return text
    .replace(ARTICLE_LABEL, '')
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s.length >= 6)
    .map(hanBigrams)
    .filter((b) => b.size >= 5);
}

/** The feature in [0, 1] for a pair of units (indexes into `units`); each document pair's IDF is counted once. */
export function paragraphPairScorer(units: LinkUnit[]): (li: number, hi: number) => number {
  const parts: (Set<string>[] | undefined)[] = new Array(units.length);
  const of = (i: number) => (parts[i] ??= paragraphBigrams(units[i].text));
  const byDoc = new Map<number, number[]>();
  units.forEach((u, i) => (byDoc.get(u.docIndex) ?? byDoc.set(u.docIndex, []).get(u.docIndex)!).push(i));
  const idfs = new Map<string, (x: string) => number>();
  const idfOf = (a: number, b: number) => {
    const key = `${a}|${b}`;
    let w = idfs.get(key);
    if (w) return w;
    const df = new Map<string, number>();
    let n = 0;
    for (const d of a === b ? [a] : [a, b]) {
      for (const i of byDoc.get(d) ?? []) {
        for (const p of of(i)) {
          n++;
          for (const x of p) df.set(x, (df.get(x) ?? 0) + 1);
        }
      }
    }
    // Each weight computed once, the count replaced by it in place (the same expression, so the same double; session 55).
    for (const [x, c] of df) df.set(x, Math.log(n / c));
    const none = Math.log(n / 1);
    idfs.set(key, (w = (x: string) => df.get(x) ?? none));
    return w;
  };
  return (li, hi) => bestParagraphPair(of(li), of(hi), idfOf(units[li].docIndex, units[hi].docIndex));
}

/**
 * The best pair of a lower paragraph and a higher one (bigram sets), by the weight `w` of the bigrams they share over
 * the shorter one's weight ('shorter', the linker's) or over the geometric mean of both ('cosine', measured by
 * tests/eval/pair-features.ts), capped at 1.
 */
export function bestParagraphPair(lower: Set<string>[], higher: Set<string>[], w: (x: string) => number, norm: 'shorter' | 'cosine' = 'shorter'): number {
  let best = 0;
  // Each higher paragraph's bigrams, weights and own weight read once, not once per lower paragraph: the same sums in the
  // same order (session 55).
  const hs = higher.map((b) => weighed(b, w));
  for (const a of lower) {
    let wa = 0;
    for (const x of a) wa += w(x);
    for (const { xs, vs, total: wb } of hs) {
      let both = 0;
      for (let i = 0; i < xs.length; i++) if (a.has(xs[i])) both += vs[i];
      best = Math.max(best, norm === 'cosine' ? both / Math.sqrt(wa * wb || 1) : both / (Math.min(wa, wb) || 1));
    }
  }
  return Math.min(1, best);
}
