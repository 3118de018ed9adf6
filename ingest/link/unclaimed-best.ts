// An article of a lower text that links nothing in a law its other articles implement, paired with its best article of that
// law when no article of the lower text carries that law article (options.unclaimedBest, session 59 helper recall3, issue 13).
// The drafting pattern: a provincial or municipal regulation made to implement a law (its 实施办法, or a 条例 of the same
// field written after it) restates the law's provisions in its own order and words, most of them once; the selection links
// most pairs, and what it leaves is an article of the lower text that carries nothing of the law by score and an article of
// the law that nothing of the lower text carries. When the first's best candidate in the law is the second, scored close
// under the partial threshold, the two are the leftover halves of one restatement (上海市旅游条例 第八条's 专项资金 … 城市
// 形象宣传 of 旅游法 第二十四条; 郑州 第二十二条 of 第三十一条). Session 59's table (docs/history/links.md; tests/eval/
// session59-misses.ts) found the gold among such pairs about twice as often as among the other unlinked articles' best
// candidates. The rule: for a lower unit of `genres` that links nothing in a higher document D which another unit of its own
// document links into, its strictly best candidate in D scoring from `min` and under the partial threshold is kept, partial,
// when it leads every other candidate of D scoring from `min` by `margin` (a ratio), no unit of the lower document links it
// (the links made so far), and neither text names a sanction formula (a penalty article: the conduct rules pair those);
// one lower unit per (lower document, law article): the highest scoring. One step, run alike by the link stage
// (implements.ts, after remainderSecond) and coverage's threshold replay (coverage/replay.ts). Pure over ids, scores, texts.

import { articleNumber } from './cite.js';

/** options.unclaimedBest (ingest/link/options.ts; recorded in a snapshot's linkSelection.rules when set). */
export interface UnclaimedBestRule {
  genres: string[];
  /** The candidate's least score (it is under the partial threshold, else the selection decides). */
  min: number;
  /** The least ratio of its score to the next candidate of the law scoring from `min` (1: a strict best only). */
  margin: number;
  /** Sanction formulas (regular expressions): a pair whose lower or higher text names one is left out. Absent: none. */
  sanctions?: string[];
  /** Session 59 (helper unclaimed): readings that tell a lower article's own provision from a restatement of the law
   *  article (UnclaimedGuard). Absent: none. */
  guard?: UnclaimedGuard;
  /** Session 63 (helper recall5): the law article must be linked already by a unit of another lower document (a sibling
   *  text carrying the same law: the article is one the field's lower texts carry), as well as by no unit of its own. Absent
   *  or false: no such test (session 59's rule). */
  sibling?: boolean;
  /** Session 63 (helper recall5): the law article must sit in a chapter (its parent path) into which an article next to the
   *  lower one (number ±1 under the same parent) links. Absent or false: no such test. */
  chapter?: boolean;
}

/** A measure id's article part: the path before its 第X条 (its chapter/section) and the article number. */
function articleAt(id: string): { parent: string; n: number } | undefined {
  const path = id.slice(id.indexOf('#') + 1);
  const m = /^(.*?)(?:^|\/)第([^/]+)条(?:\/|$)/.exec(path);
  const n = m ? articleNumber(`第${m[2]}条`) : undefined;
  return n === undefined ? undefined : { parent: `${id.slice(0, id.indexOf('#'))}#${m![1]}`, n };
}

/** A pair is left out when the lower article reads as its own provision rather than as the law article restated:
 *  `principle`, the lower states a principle (坚持…的原则, 方针) the law article does not (a document's principles article
 *  restates the law's principles article when it restates anything; its leftover best candidate elsewhere is chance);
 *  `procedures`, the lower names a procedure step (申请, 审批, 备案, 公布 …) the law article does not name (the lower sets up
 *  its own procedure); `funds`, the lower names a fund or budget word (经费, 预算 …) the law article does not (the lower sets
 *  up its own money); `soft`/`duty`, the lower only encourages or permits (鼓励, 支持, 可以 …, no 应当) where the law article
 *  only obliges (应当, no encouragement): a lower that restates a duty keeps its modal. Each a regular expression, absent: off. */
export interface UnclaimedGuard {
  principle?: string;
  procedures?: string;
  funds?: string;
  soft?: string;
  duty?: string;
}

/** Whether the guard leaves the pair (lower text, law article text) out (UnclaimedGuard). */
export function ownProvision(lower: string, higher: string, g: UnclaimedGuard): boolean {
  const [lo, hi] = [lower.replace(/^\s*第[^条\s]{1,12}条(?:之[一二三四五六七八九十]+)?\s*/, ''), higher.replace(/^\s*第[^条\s]{1,12}条(?:之[一二三四五六七八九十]+)?\s*/, '')];
  if (g.principle) {
    const r = new RegExp(g.principle);
    if (r.test(lo) && !r.test(hi)) return true;
  }
  for (const words of [g.procedures, g.funds]) {
    if (!words) continue;
    const named = (t: string) => new Set(t.match(new RegExp(words, 'g')) ?? []);
    const inHigher = named(hi);
    if ([...named(lo)].some((v) => !inHigher.has(v))) return true;
  }
  if (g.soft && g.duty) {
    const [soft, duty] = [new RegExp(g.soft), new RegExp(g.duty)];
    if (soft.test(lo) && !duty.test(lo) && duty.test(hi) && !soft.test(hi)) return true;
  }
  return false;
}

/** One lower unit the rule may read: its id, its text and its candidates (any documents). */
export interface UnclaimedEntry {
  lower: string;
  text: string;
  cands: { higher: string; score: number }[];
}

/** The pairs the rule keeps, as [entry index, candidate index]: `links` every link made so far (lower, higher), `docOf` a
 *  unit's document (lower or higher), `higherText` its text, `under` whether a score is under the partial threshold of an entry's genre. */
export function unclaimedBest<D>(
  entries: UnclaimedEntry[],
  links: { lower: string; higher: string }[],
  docOf: (unit: string) => D,
  higherText: (higher: string) => string,
  rule: UnclaimedBestRule,
  under: (score: number, entry: number) => boolean,
): [number, number][] {
  const sanction = rule.sanctions?.length ? new RegExp(rule.sanctions.join('|')) : undefined;
  // Per lower document: the law articles its units link, the laws they link into; per lower unit: its laws.
  const claimed = new Map<D, Set<string>>();
  const lawsOfDoc = new Map<D, Set<D>>();
  const lawsOf = new Map<string, Set<D>>();
  const claimers = new Map<string, Set<D>>();
  // Per (lower parent, article number): the parents of the higher articles it links (for `chapter`).
  const linkedParents = new Map<string, Set<string>>();
  for (const l of links) {
    if (rule.chapter) {
      const [a, h] = [articleAt(l.lower), articleAt(l.higher)];
      if (a && h) (linkedParents.get(`${a.parent}|${a.n}`) ?? linkedParents.set(`${a.parent}|${a.n}`, new Set()).get(`${a.parent}|${a.n}`)!).add(h.parent);
    }
    const ld = docOf(l.lower);
    (claimers.get(l.higher) ?? claimers.set(l.higher, new Set()).get(l.higher)!).add(ld);
    (claimed.get(ld) ?? claimed.set(ld, new Set()).get(ld)!).add(l.higher);
    (lawsOfDoc.get(ld) ?? lawsOfDoc.set(ld, new Set()).get(ld)!).add(docOf(l.higher));
    (lawsOf.get(l.lower) ?? lawsOf.set(l.lower, new Set()).get(l.lower)!).add(docOf(l.higher));
  }
  const best = new Map<string, { e: number; k: number; score: number }>();
  entries.forEach((e, i) => {
    const ld = docOf(e.lower);
    const laws = lawsOfDoc.get(ld);
    if (!laws) return;
    if (sanction?.test(e.text)) return;
    const mine = lawsOf.get(e.lower);
    for (const d of laws) {
      if (mine?.has(d)) continue;
      const ks = e.cands
        .map((_, k) => k)
        .filter((k) => e.cands[k].score >= rule.min && docOf(e.cands[k].higher) === d)
        .sort((a, b) => e.cands[b].score - e.cands[a].score || e.cands[a].higher.localeCompare(e.cands[b].higher));
      if (!ks.length) continue;
      const [top, next] = [e.cands[ks[0]], ks.length > 1 ? e.cands[ks[1]] : undefined];
      if (!under(top.score, i) || (next && (next.score === top.score || top.score < rule.margin * next.score))) continue;
      if (claimed.get(ld)?.has(top.higher)) continue;
      if (rule.chapter) {
        const [a, h] = [articleAt(e.lower), articleAt(top.higher)];
        if (!a || !h || ![a.n - 1, a.n + 1].some((n) => linkedParents.get(`${a.parent}|${n}`)?.has(h.parent))) continue;
      }
      if (rule.sibling && ![...(claimers.get(top.higher) ?? [])].some((x) => x !== ld)) continue;
      if (sanction?.test(higherText(top.higher))) continue;
      if (rule.guard && ownProvision(e.text, higherText(top.higher), rule.guard)) continue;
      const key = `${String(ld)}\n${top.higher}`;
      const was = best.get(key);
      if (!was || top.score > was.score) best.set(key, { e: i, k: ks[0], score: top.score });
    }
  });
  return [...best.values()].sort((a, b) => a.e - b.e || a.k - b.k).map((b) => [b.e, b.k]);
}
