// One item of a higher article's list, each given an article of its own (options.listItemArticles, session 48, issue 13).
// A law often names a series of tasks in one enumeration (支持开展全民阅读、全民普法、全民健身、全民科普和艺术普及、优秀
// 传统文化传承活动), and a regulation, after restating the list, gives each item an article of its own in its own words
// (倡导公众经常参加体育锻炼，培养健身技能…; 倡导公民参加各类科普活动…): each such article carries one item of the law's
// article, a weak link by the gold rule ("one item of a list"), yet shares with it little beyond the item's word, under
// any score threshold. The drafting pattern is read, not a word: the items of an enumeration (the segments a 、 separates
// in one clause, the first cut to the length of the middle ones, the last past its 等 and its head noun, coordinated
// items split at 和/以及/与, a prefix most items share left out, 的 ignored), an item rare in the higher document (in at
// most `maxDf` of its articles), and a lower article whose first sentence names exactly one item of the list; the list is
// read as elaborated item by item only when at least `minItems` distinct items each head a lower article so. The
// selection keeps such a pair (partial) only for a lower article linked to nothing else (select.ts: items marked `list`).
// Pure over texts; implements.ts supplies the articles of each document pair.
import { ARTICLE_LABEL } from './article-label.js';

export interface ListItemRule {
  /** Distinct items of one list that must each head a lower article. */
  minItems: number;
  /** The most articles of the higher document an item may appear in. */
  maxDf: number;
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
    const width = Math.max(...mid.map((s) => s.length));
    const first = segs[0].length > width ? segs[0].slice(-width) : segs[0];
    const last = segs[segs.length - 1].replace(/等.*$/, '').replace(head, '');
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
      const hits = new Map<number, string>();
      heads.forEach((s, lo) => {
        const named = items.filter((it) => s.includes(it));
        if (named.length === 1 && rare.has(named[0])) hits.set(lo, named[0]);
      });
      if (new Set(hits.values()).size < rule.minItems) continue;
      for (const lo of hits.keys()) {
        const had = out.get(lo) ?? out.set(lo, []).get(lo)!;
        if (!had.includes(hi)) had.push(hi);
      }
    }
  });
  return out;
}
