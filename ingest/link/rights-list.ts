// A lower list of rights or duties, each item a higher one-duty article (options.rightsDutyLists, session 51, issue 13).
// A regulation of the promotion genre gathers the higher document's single duties into lists of a party's rights or
// duties (河南省志愿服务条例 第十条 志愿者享有下列权利：…（四）接受与志愿服务有关的知识和技能培训；第十七条 志愿服务组织应当履行
// 以下职责：…（五）为志愿者及时、无偿、如实出具志愿服务记录证明), and each short item restates one article of the higher
// regulation that gives that duty alone (志愿服务条例 第十六条 培训, 第十九条 记录证明), often from the other side (the
// volunteer's right is the organisation's duty). Compared with the whole lower article, an item is a few words beside
// the others, so the article's score stays low and only its best one or two higher articles pass the thresholds.
// Read here: the items （一）… of a lower article whose first paragraph is such a list's lead; the catch-all item
// (法律、法规规定的其他权利) is left out. Each item keeps the higher article holding the largest IDF-weighted share of its
// bigrams (IDF over the higher document's articles) when that share reaches `min` and beats the second best by
// `margin`; articles of the higher document's first chapter (general provisions: purpose, definitions, the departments)
// are not named (an item's words meet the definitions of the field in every list). A list keeps its items' articles
// only when at least `minItems` of its items name distinct articles (the drafting pattern: a list gathering several
// one-duty articles, not one item that meets an article by chance). Partial links beside the article's own links.
// Pure over texts; implements.ts supplies the articles of each document pair.
import { ARTICLE_LABEL } from './article-label.js';
import { hanBigrams } from './side-paragraph.js';
import { taskItems } from './body-tasks.js';

export interface RightsListRule {
  /** The lead of a list of rights or duties (its first paragraph): 享有下列权利：, 应当履行下列义务：, 履行以下职责：. */
  lead: string;
  /** An item matching this is the list's catch-all (法律、法规规定的其他权利): not read. */
  catchAll: string;
  /** The least IDF-weighted share of the item's bigrams the best higher article must hold. */
  min: number;
  /** By how much the best article's share must beat the second best's. */
  margin: number;
  /** The least number of the list's items naming distinct higher articles for the list to keep any. */
  minItems: number;
  /** Higher articles matching this (a body's own list of functions or duties: 职能, 履行下列职责) are never named: the
   *  lower party's counterpart, whose items the lower list mirrors rather than carries out. */
  skip?: string;
  /** The item's bigrams found in no article of the higher document count in the share's denominator (at the highest
   *  IDF): an item whose own words the higher document never uses is not carried by an article sharing its common ones. */
  absent?: boolean;
}

export interface HigherArticles {
  bigrams: Set<string>[];
  idf: (bigram: string) => number;
  df: Map<string, number>;
  /** Articles never named (the first chapter's). */
  skipped: boolean[];
}

/** The bigrams and IDF of one higher document's articles; `skipped[k]` marks articles never named. */
export function higherArticles(texts: string[], skipped: boolean[], skip?: RegExp): HigherArticles {
  const bigrams = texts.map((t) => hanBigrams(t.replace(ARTICLE_LABEL, '')));
  const df = new Map<string, number>();
  for (const b of bigrams) for (const x of b) df.set(x, (df.get(x) ?? 0) + 1);
  const n = texts.length;
  return { bigrams, df, idf: (x) => Math.log((n + 1) / ((df.get(x) ?? 0) + 1)), skipped: skipped.map((s, k) => s || (!!skip && skip.test(texts[k]))) };
}

/** The items of a lower article's list of rights or duties, catch-alls left out; undefined when it is no such list. */
export function rightsItems(text: string, lead: RegExp, catchAll: RegExp): string[] | undefined {
  return taskItems(text, lead)?.filter((it) => !catchAll.test(it));
}

/** The higher articles (indexes) the items name by the rule above; [] when fewer than `minItems` distinct ones. */
export function rightsItemArticles(items: string[], higher: HigherArticles, rule: Pick<RightsListRule, 'min' | 'margin' | 'minItems' | 'absent'>): number[] {
  const out = new Set<number>();
  for (const item of items) {
    const all = [...hanBigrams(item)];
    const terms = all.filter((x) => higher.df.has(x));
    const den = (rule.absent ? all : terms).reduce((s, x) => s + higher.idf(x), 0);
    if (!den) continue;
    let [best, first, second] = [-1, 0, 0];
    higher.bigrams.forEach((b, k) => {
      if (higher.skipped[k]) return;
      const v = terms.reduce((s, x) => s + (b.has(x) ? higher.idf(x) : 0), 0) / den;
      if (v > first) [best, first, second] = [k, v, first];
      else if (v > second) second = v;
    });
    if (best >= 0 && first >= rule.min - 1e-9 && first - second >= rule.margin - 1e-9) out.add(best);
  }
  return out.size >= rule.minItems ? [...out] : [];
}
