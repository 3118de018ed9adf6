// A body's list of tasks, each item a higher article (options.taskListTerms, session 49, issue 13). A regulation often
// gives a body its tasks as one list (上海图书馆…承担以下工作：（一）…（七）; 县级以上人民政府履行下列消防工作职责：…;
// 居民委员会…承担下列主要任务：…), and each item carries out a different article of the law in a few words of its own:
// (三)建设、维护和管理公共图书馆通借通还服务网络 is the law's 第三十一条 (总分馆制…通借通还), (六)…推动公共图书馆数字化建设 its
// 第四十条. The reverse of options.listItemArticles (one higher list, a lower article per item). Compared with the whole
// law article, one item is a few words beside the list's other items, under any score threshold; and the item's common
// words (公共图书馆, 建设, 管理) are in half the law, so the plain or two-document IDF-weighted share of its bigrams
// (options.dutyListItems, options.perItem) cannot tell which article it names. What names the article is the item's
// *terms of the higher document's own*: the bigrams of the item found in at most `maxDf` articles of the higher
// document (通借通还, 总分馆, 数字化). Each item votes for the higher articles holding such a bigram, 1/df per bigram; the
// item keeps its best article when its vote reaches `min` and beats the second best by `margin`: a partial link (one
// item of a list is a side part of the lower article: tests/gold/README.md, "one item of a list on either side").
// Pure over texts; implements.ts supplies the articles of each document pair.
import { ARTICLE_LABEL } from './article-label.js';
import { hanBigrams } from './side-paragraph.js';
import { ITEM_OPENING } from './item-marks.js';

export interface TaskListRule {
  /** The lead of a body's list of tasks (its first paragraph): …承担以下工作：, …履行下列职责：. */
  lead: string;
  /** The most articles of the higher document a bigram may be in to count as one of its terms. */
  maxDf: number;
  /** The least vote (Σ 1/df over the item's terms the article holds) an item's best article must reach. */
  min: number;
  /** By how much the best article's vote must beat the second best's. */
  margin: number;
  /** Higher articles that are themselves a body's list of functions (国家设立国家图书馆，主要承担…等职能): the national
   *  counterpart of the lower body's list, whose items the lower items mirror rather than carry out; never voted for. */
  skip?: string;
}

/** The items （一）… of a lower article whose first paragraph is a list lead, each as its text without the marker;
 *  undefined when the article is no such list. */
export function taskItems(text: string, lead: RegExp): string[] | undefined {
  const lines = text.replace(ARTICLE_LABEL, '').split('\n').map((l) => l.trim()).filter(Boolean);
  if (!lines.length || !lead.test(lines[0])) return undefined;
  const items = lines.filter((l) => ITEM_OPENING.test(l)).map((l) => l.replace(ITEM_OPENING, ''));
  return items.length >= 2 ? items : undefined;
}

/** The terms' document frequencies of one higher document: its articles' bigrams, each with the number of articles
 *  holding it. */
export function termFrequencies(higher: string[], skip?: RegExp): { bigrams: Set<string>[]; df: Map<string, number>; skipped: boolean[] } {
  const bigrams = higher.map((t) => hanBigrams(t.replace(ARTICLE_LABEL, '')));
  const df = new Map<string, number>();
  for (const b of bigrams) for (const x of b) df.set(x, (df.get(x) ?? 0) + 1);
  return { bigrams, df, skipped: higher.map((t) => !!skip && skip.test(t)) };
}

/** For each item, the higher article (index) it names by its terms (the rule above), or -1. */
export function taskItemArticles(items: string[], higher: { bigrams: Set<string>[]; df: Map<string, number>; skipped?: boolean[] }, rule: Pick<TaskListRule, 'maxDf' | 'min' | 'margin'>): number[] {
  return items.map((item) => {
    const terms = [...hanBigrams(item)].filter((x) => (higher.df.get(x) ?? 0) >= 1 && higher.df.get(x)! <= rule.maxDf);
    let [best, first, second] = [-1, 0, 0];
    higher.bigrams.forEach((b, k) => {
      if (higher.skipped?.[k]) return;
      let v = 0;
      for (const x of terms) if (b.has(x)) v += 1 / higher.df.get(x)!;
      if (v > first) [best, first, second] = [k, v, first];
      else if (v > second) second = v;
    });
    return best >= 0 && first >= rule.min - 1e-9 && first - second >= rule.margin - 1e-9 ? best : -1;
  });
}
