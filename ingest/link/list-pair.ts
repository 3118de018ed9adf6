// A list on both sides, matched item to item (options.listPairs, session 50 helper link, issue 13; measured, off).
// The third list pattern of the promotion laws, beside options.listItemArticles (one higher list item, a lower article of
// its own) and options.taskListTerms (a lower body's task list, each item a law article): a lower article enumerating
// fields or measures in a run of 、-joined items (发展高科技农业、特色品牌农业、绿色和有机农业、生态循环农业、一二三产融合产业)
// where each item may carry out a *different* higher article than the article's best (乡村振兴促进法 第三十五条 优先发展生态
// 循环农业; 第十二条 农村一二三产业融合发展; 第十九条 特色农业…): a field word inside a long list, under every score
// threshold at the article level. Read: the items of each enumeration of the lower article (list-items.ts `enumerations`),
// an item naming an actor (`actors`: …部门, …单位, …机构, …企业) left out (the actors of a list are the law's everywhere);
// each item's terms are its bigrams in at most `maxDf` of the higher document's articles (body-tasks.ts, 1/df votes) and
// in at most `lowerDf` of the lower document's articles (the item's field is this article's own, not a word the lower
// text repeats); the item keeps the higher article its terms vote for when the vote reaches `min` and beats the second by
// `margin`: a partial link (one item of a list: tests/gold/README.md). `higherList`: the article named must hold one of
// the item's terms inside an enumeration of its own (a list on both sides). Pure over texts; implements.ts supplies the
// articles of each document pair.
import { enumerations } from './list-items.js';
import { hanBigrams } from './side-paragraph.js';
import { ARTICLE_LABEL } from './article-label.js';
import { taskItemArticles, termFrequencies } from './body-tasks.js';

export interface ListPairRule {
  /** Head nouns closing a list (…等产业), left out of its last item (as options.listItemArticles). */
  heads: string[];
  /** An item naming an actor (its end), left out. */
  actors: string;
  /** The most articles of the higher document a bigram may be in to count as an item's term. */
  maxDf: number;
  /** The most articles of the lower document a bigram may be in to count as an item's term. */
  lowerDf: number;
  /** The least vote (Σ 1/df) an item's best higher article must reach, and by how much it must beat the second. */
  min: number;
  margin: number;
  /** The article named must hold one of the item's terms inside an enumeration of its own. */
  higherList?: boolean;
  /** The longest item read (characters): a longer one is a clause the enumeration's cut left whole (市、涉农区人民政府应当立足
   *  乡村区位条件、资源禀赋…: its middle segment), not a field. */
  maxLength?: number;
  /** The verbs of a list of fields or measures (发展|支持|推广…): an enumeration is read only when its clause's first
   *  segment holds one (发展高科技农业、特色品牌农业…), not a list of conditions (立足…区位条件、资源禀赋), contents (对指标含义、
   *  调查范围…进行说明) or materials (提交分析报告、标准草案草稿…). */
  lead?: string;
}

const CLAUSE = /[，。；：,;:\n]/;

/** The items of a lower article's enumerations, actors left out. */
export function listItems(text: string, rule: Pick<ListPairRule, 'heads' | 'actors' | 'maxLength' | 'lead'>): string[] {
  const actor = new RegExp(`(?:${rule.actors})$`);
  const lead = rule.lead ? new RegExp(rule.lead) : undefined;
  const clauses = lead ? text.replace(ARTICLE_LABEL, '').split(CLAUSE).filter((c) => lead.test(c.split('、')[0])) : [text];
  return clauses.flatMap((c) => enumerations(c, rule.heads).flat()).filter((it) => !actor.test(it) && it.length <= (rule.maxLength ?? Infinity));
}

/** Bigram document frequencies over one document's articles. */
export function lowerFrequencies(texts: string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const t of texts) for (const x of hanBigrams(t.replace(ARTICLE_LABEL, ''))) df.set(x, (df.get(x) ?? 0) + 1);
  return df;
}

/** The higher document's terms as the rule reads them: body-tasks.ts's frequencies, and each article's list bigrams. */
export function higherTerms(higher: string[], rule: Pick<ListPairRule, 'heads' | 'higherList'>) {
  return { ...termFrequencies(higher), listed: rule.higherList ? higher.map((t) => hanBigrams(enumerations(t, rule.heads).flat().join('，'))) : undefined };
}

/** For one lower article: the higher articles (indexes) its list items name (the rule above). */
export function listPairArticles(text: string, lowerDf: Map<string, number>, higher: ReturnType<typeof higherTerms>, rule: ListPairRule): number[] {
  const out = new Set<number>();
  for (const item of listItems(text, rule)) {
    // Only the item's own terms vote: a bigram the lower document repeats in more than `lowerDf` articles is left out.
    const own = [...hanBigrams(item)].filter((x) => (lowerDf.get(x) ?? 0) <= rule.lowerDf);
    if (!own.length) continue;
    const [k] = taskItemArticles([own.join('，')], higher, rule);
    if (k < 0) continue;
    if (higher.listed && !own.some((x) => (higher.df.get(x) ?? 0) <= rule.maxDf && higher.listed![k].has(x))) continue;
    out.add(k);
  }
  return [...out];
}
