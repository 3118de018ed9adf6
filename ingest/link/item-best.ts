// Per-item selection (options.perItem, session 34): a lower article of several paragraphs (款) or items (项) may carry
// out a different higher article in each; the article-level selection keeps its best one or two and cuts the rest (the
// weak second links that were most of the fire and legal-aid families' misses, session 33). Here each 款 and each 项 of
// the lower article is compared on its own with the article's aligned candidates in a higher document, by the
// IDF-weighted share of the item's character bigrams found in the candidate's text (IDF over the articles of the two
// documents: the legal boilerplate both share weighs ~0); an item whose best candidate reaches `min` and beats the
// item's second best by `margin` keeps it, as a partial link (one item is a side part of the lower article: the gold's
// rule of strong and weak), with the evidence passages that fall on the item.
import type { LinkUnit } from './implements.js';
import { hanBigrams, weighed } from './side-paragraph.js';
import { ARTICLE_LABEL } from './article-label.js';
import { ITEM_MARKS } from './item-marks.js';

/** One 款 or 项 of a unit: its span in the unit's text and its character bigrams. */
export interface ItemSpan {
  start: number;
  end: number;
  bigrams: Set<string>;
}

/** The paragraphs (lines) and items (（一）…, 1. …) of a unit's text, each with at least `minBigrams` bigrams, the article
 *  label left out; a list's lead (…下列职责：) is an item of its own. Fewer than two: the unit is one item (empty list). */
export function lowerItems(text: string, minBigrams = 4, sentences = false): ItemSpan[] {
  const out: ItemSpan[] = [];
  const label = ARTICLE_LABEL.exec(text);
  let lineStart = label ? label[0].length : 0;
  for (const line of text.slice(lineStart).split('\n')) {
    const cuts = [0];
    for (const m of line.matchAll(ITEM_MARKS)) if (m.index! > 0) cuts.push(m.index!);
    if (sentences) for (const m of line.matchAll(/[。；;]/g)) if (m.index! + 1 < line.length) cuts.push(m.index! + 1);
    cuts.sort((x, y) => x - y);
    cuts.push(line.length);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const part = line.slice(cuts[i], cuts[i + 1]);
      const bigrams = hanBigrams(part.replace(ITEM_MARKS, ''));
      if (bigrams.size >= minBigrams) out.push({ start: lineStart + cuts[i], end: lineStart + cuts[i + 1], bigrams });
    }
    lineStart += line.length + 1;
  }
  return out.length > 1 ? out : [];
}

/** Bigram weights (IDF over the articles of two documents) per document pair, counted once. */
export function pairBigramWeights(units: LinkUnit[]): (a: number, b: number) => (x: string) => number {
  const byDoc = new Map<number, number[]>();
  units.forEach((u, i) => (byDoc.get(u.docIndex) ?? byDoc.set(u.docIndex, []).get(u.docIndex)!).push(i));
  const bigramsOf = new Map<number, Set<string>>();
  const of = (i: number) => bigramsOf.get(i) ?? bigramsOf.set(i, hanBigrams(units[i].text.replace(ARTICLE_LABEL, ''))).get(i)!;
  const cache = new Map<string, (x: string) => number>();
  return (a, b) => {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    let w = cache.get(key);
    if (w) return w;
    const df = new Map<string, number>();
    let n = 0;
    for (const d of a === b ? [a] : [a, b]) {
      for (const i of byDoc.get(d) ?? []) {
        n++;
        for (const x of of(i)) df.set(x, (df.get(x) ?? 0) + 1);
      }
    }
    // Each weight computed once when the pair is counted (the same expression, so the same double), the count replaced by it
    // in place: the weight function is called for every bigram of every clause pair compared (clause-pair.ts), ≈ 22 % of a
    // link thread on the law mirror with the look-up and the logarithm per call (issue 11, session 55).
    for (const [x, c] of df) df.set(x, Math.log((n + 1) / c));
    const none = Math.log((n + 1) / 1);
    cache.set(key, (w = (x: string) => df.get(x) ?? none));
    return w;
  };
}

/** For each item, the candidate (index) it names best by the weighted share of its bigrams found in the candidate's
 *  bigrams, when that share reaches `min` and beats the item's second best by `margin`; with the item and the share. */
export function itemBests(items: ItemSpan[], candidates: Set<string>[], w: (x: string) => number, min: number, margin: number): { item: number; k: number; share: number }[] {
  const out: { item: number; k: number; share: number }[] = [];
  items.forEach((it, item) => {
    // The item's bigrams and their weights read once (weighed: every sum below adds the same numbers in the same order).
    const { xs, vs, total } = weighed(it.bigrams, w);
    if (total <= 0) return;
    let [best, first, second] = [-1, 0, 0];
    candidates.forEach((c, k) => {
      let both = 0;
      for (let i = 0; i < xs.length; i++) if (c.has(xs[i])) both += vs[i];
      const share = both / total;
      if (share > first) [best, first, second] = [k, share, first];
      else if (share > second) second = share;
    });
    if (best >= 0 && first >= min && first - second >= margin) out.push({ item, k: best, share: first });
  });
  return out;
}
