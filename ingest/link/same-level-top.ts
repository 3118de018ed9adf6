// The same-level cut's bracketed best link (options.sameLevel.top, session 59 helper samelevel, issue 13). Two documents of
// one level (a law and its State Council 实施条例: rules.ts legal rank) link by wording only from sameLevel.minScore on
// (the two texts share their whole field's wording). A 实施条例 carries its law out in the law's own order: when a lower
// article links into nothing of the higher document after the cut, the best of its links the cut removed whose higher
// article lies between the links of the nearest lower articles before and after it that keep a link into that document
// (from the smallest higher article number of the one before to the largest of the one after, each widened by `slack`)
// is kept, when it scores from `min`. Decided on the links the cut keeps (cited
// articles included) only: a link this rule keeps never brackets another. Pure and browser-safe: the link stage
// (ingest/link/index.ts), coverage's replay and the calibration's (coverage/same-level.ts cutSameLevel) run it alike.
import { articleNumber, docOf } from './structure-prior.js';

/** options.sameLevel.top (ingest/link/options.ts). */
export interface SameLevelTopRule {
  /** the removed link's score from which it may be kept */
  min: number;
  /** article numbers by which the bracket [a, b] is widened on each side */
  slack: number;
}

type Pair = { lower: string; higher: string };

/** Of the links the same-level cut removed (`removed`), the indices of those the rule keeps (one per lower measure and
 *  higher document at most), given the links it kept
 *  (`kept`: every link of the stage after the cut, cited ones included). Measure ids are `document#path`. */
export function sameLevelTopKept(removed: readonly (Pair & { score: number })[], kept: readonly Pair[], rule: SameLevelTopRule): Set<number> {
  const out = new Set<number>();
  if (!removed.length) return out;
  const pairKey = (l: Pair) => `${docOf(l.lower)}>${docOf(l.higher)}`;
  // Per document pair: lower article number → the smallest and largest higher article number its kept links reach.
  const anchors = new Map<string, Map<number, [number, number]>>();
  const keptLowers = new Set<string>();
  for (const l of kept) {
    keptLowers.add(`${l.lower}>${docOf(l.higher)}`);
    const [n, h] = [articleNumber(l.lower), articleNumber(l.higher)];
    if (n === undefined || h === undefined) continue;
    const m = anchors.get(pairKey(l)) ?? anchors.set(pairKey(l), new Map()).get(pairKey(l))!;
    const r = m.get(n);
    m.set(n, r ? [Math.min(r[0], h), Math.max(r[1], h)] : [h, h]);
  }
  // Each lower measure's removed links into each higher document, best first.
  const byLower = new Map<string, number[]>();
  removed.forEach((l, i) => {
    const k = `${l.lower}>${docOf(l.higher)}`;
    (byLower.get(k) ?? byLower.set(k, []).get(k)!).push(i);
  });
  for (const [k, is] of byLower) {
    if (keptLowers.has(k)) continue;
    is.sort((x, y) => removed[y].score - removed[x].score);
    for (const i of is) {
      const l = removed[i];
      if (l.score < rule.min) break;
      const [n, h] = [articleNumber(l.lower), articleNumber(l.higher)];
      const m = anchors.get(pairKey(l));
      if (n === undefined || h === undefined || !m) break;
      let before: number | undefined;
      let after: number | undefined;
      for (const x of m.keys()) {
        if (x < n && (before === undefined || x > before)) before = x;
        if (x > n && (after === undefined || x < after)) after = x;
      }
      if (before === undefined || after === undefined) break;
      if (h >= m.get(before)![0] - rule.slack && h <= m.get(after)![1] + rule.slack) { out.add(i); break; }
    }
  }
  return out;
}
