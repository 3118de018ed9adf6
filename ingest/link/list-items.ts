// One item of a higher article's list, each given an article of its own (options.listItemArticles, session 48, issue 13).
// A law often names a series of tasks in one enumeration (支持开展全民阅读、全民普法、全民健身、全民科普和艺术普及、优秀
// 传统文化传承活动), and a regulation, after restating the list, gives each item an article of its own in its own words
// (倡导公众经常参加体育锻炼，培养健身技能…; 倡导公民参加各类科普活动…): each such article carries one item of the law's
// article, a weak link by the gold rule ("one item of a list"), yet shares with it little beyond the item's word, under
// any score threshold. The drafting pattern is read, not a word: the items of an enumeration (the segments a 、 separates
// in one clause, the first cut to the middle ones' length, the last past its 等 and its head noun, coordinated
// items split at 和/以及/与, a prefix most items share left out, 的 ignored), an item rare in the higher document (in at
// most `maxDf` of its articles), and a lower article whose first sentence names exactly one item of the list; the list is
// read as elaborated item by item only where a run of at least `minItems` lower articles, each at most `gap` articles after
// the one before, names its items in the list's order (a later item each). The
// selection keeps such a pair (partial) only for a lower article linked to nothing else (select.ts: items marked `list`).
// Pure over texts; implements.ts supplies the articles of each document pair.
import { ARTICLE_LABEL } from './article-label.js';

export interface ListItemRule {
  /** Distinct items of one list that must each head a lower article. */
  minItems: number;
  /** The most articles of the higher document an item may appear in. */
  maxDf: number;
  /** The most articles between two lower articles of one run (the items elaborated in a row). */
  gap: number;
  /** Head nouns closing a list (…传承活动, …等工作) left out of its last item. */
  heads: string[];
}

const CLAUSE = /[，。；：,;:\n]/;
const COORD = /和|以及|与/;

/** The items of each enumeration of an article (three or more segments a 、 separates in one clause), 的 removed. */
export function enumerations(text: string, heads: string[]): string[][] {
  const head = new RegExp(`(?:等)?(?:${heads.join('|')})$`);
  const out: string[][] = [];
  for (const clause of text.replace(ARTICLE_LABEL, '').split(CLAUSE)) {
    const segs = clause.split('、').map((s) => s.replace(/的/g, '').trim());
    if (segs.length < 3) continue;
    const mid = segs.slice(1, -1);
    // The first segment holds the clause's opening words, the last its closing ones: each is cut to the middle items'
    // width (their median length), the last when it runs past twice the longest middle item (a predicate follows).
    const lengths = mid.map((s) => s.length).sort((a, b) => a - b);
    const width = lengths[(lengths.length - 1) >> 1];
    const first = segs[0].length > width ? segs[0].slice(-width) : segs[0];
    let last = segs[segs.length - 1].replace(/等.*$/, '').replace(head, '');
    if (last.length > 2 * lengths[lengths.length - 1]) last = last.slice(0, width);
    let items = [first, ...mid, last].flatMap((s) => s.split(COORD)).filter((s) => s.length >= 2);
    // A prefix most items share (全民阅读、全民普法、全民健身) is the list's, not an item's.
    const counts = new Map<string, number>();
    for (const s of items) counts.set(s.slice(0, 2), (counts.get(s.slice(0, 2)) ?? 0) + 1);
    const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (n >= 2 && n >= items.length / 2) items = items.map((s) => (s.startsWith(top) && s.length >= 4 ? s.slice(2) : s));
    items = items.filter((s) => s.length >= 2);
    if (items.length >= 3) out.push(items);
  }
  return out;
}

/** A lower article's first sentence (its label left out), 的 removed. */
export function firstSentence(text: string): string {
  return text.replace(ARTICLE_LABEL, '').trim().split(/[。\n]/)[0].replace(/的/g, '');
}

/** For one pair of documents: each lower article (index into `lower`) with the higher articles (indexes into `higher`)
 *  one of whose list items it is given to (the rule above). */
export function listItemPairs(lower: string[], higher: string[], rule: ListItemRule): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const heads = lower.map(firstSentence);
  const plain = higher.map((t) => t.replace(ARTICLE_LABEL, '').replace(/的/g, ''));
  higher.forEach((text, hi) => {
    for (const items of enumerations(text, rule.heads)) {
      const rare = new Set(items.filter((it) => plain.filter((t) => t.includes(it)).length <= rule.maxDf));
      const hits: [number, number][] = [];
      heads.forEach((s, lo) => {
        const named = items.filter((it) => s.includes(it));
        if (named.length === 1 && rare.has(named[0])) hits.push([lo, items.indexOf(named[0])]);
      });
      for (const run of runs(hits, rule.gap)) {
        if (run.length < rule.minItems) continue;
        for (const [lo] of run) {
          const had = out.get(lo) ?? out.set(lo, []).get(lo)!;
          if (!had.includes(hi)) had.push(hi);
        }
      }
    }
  });
  return out;
}

/** The runs of hits (lower article, item index), in the lower document's order: each hit at most `gap` articles after
 *  the one before and naming a later item of the list (the items taken in the list's order). */
export function runs(hits: [number, number][], gap: number): [number, number][][] {
  const out: [number, number][][] = [];
  let run: [number, number][] = [];
  for (const h of [...hits].sort((a, b) => a[0] - b[0])) {
    const prev = run[run.length - 1];
    if (prev && h[0] - prev[0] <= gap && h[1] > prev[1]) run.push(h);
    else {
      if (run.length) out.push(run);
      run = [h];
    }
  }
  if (run.length) out.push(run);
  return out;
}
