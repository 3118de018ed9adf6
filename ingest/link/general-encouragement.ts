// A law's general encouragement carried by a lower article that encourages one form of it (options.generalEncouragement,
// session 50 helper link3, issue 13). A promotion law states in its general provisions (第一章 总则) whom the state
// encourages to do what (外商投资法 第三条 …鼓励外国投资者依法在中国境内投资; 乡村振兴促进法 第十一条 …鼓励、支持人民团体、
// 社会组织、企事业单位等社会各方面参与乡村振兴促进相关活动; 公共图书馆法 第四条 国家鼓励公民、法人和其他组织自筹资金设立
// 公共图书馆; 标准化法 第七条 国家鼓励企业、社会团体和教育、科研机构等开展或者参与标准化工作), and a province carries it as a
// specific encouragement of the same party (鼓励外国投资者在本市设立外资研发中心; 本市鼓励符合条件的外国投资者设立投资性公司;
// 支持社会各界通过各种方式依法依规参与乡村振兴促进活动). The two share few words beside the party, and the lower article's own
// instruments are many, so the pair scores under every threshold. What ties them is the encouragement clause: the words after
// 鼓励/支持 up to the end of the sentence, the party at its head.
// The rule: each encouragement clause of a general-provisions article of the higher document, against each of the lower
// article's; a pair counts when the head of the higher clause (its first `headHigher` Han characters: the party) shares a
// bigram with the head of the lower clause (its first `headLower`); its score is the share of the higher clause's bigrams
// found in the lower clause. The lower article names the general article with the best score when it reaches `min` and beats
// the second general article's by `margin`: a partial link (a specific encouragement carries the general one in part).
// Only the articles of the higher document's first chapter compete (the law's more specific encouragements, 第十四条 鼓励和引导外国
// 投资者在特定行业、领域、地区投资, are the linker's own business), and, with `orphanOnly`, only for a lower article no other rule
// links (select.ts, items marked `list`): an article already linked has its specific article. Pure over texts.
import { ARTICLE_LABEL } from './article-label.js';
import { hanBigrams } from './side-paragraph.js';

export interface GeneralEncouragementRule {
  /** The verb of encouragement a clause starts after (鼓励, 支持, 鼓励和支持 …). */
  lead: string;
  /** Han characters of a higher clause's head (its party). */
  headHigher: number;
  /** Han characters of a lower clause's head in which the higher party must show a bigram. */
  headLower: number;
  /** The least share of the higher clause's bigrams found in the lower clause. */
  min: number;
  /** By how much the best general article must beat the second. */
  margin: number;
}

const han = (t: string) => t.replace(/[^\u4e00-\u9fff]/g, '');

/** The encouragement clauses of a text: after each `lead`, to the end of its sentence (。；, or the paragraph's end). */
export function encouragementClauses(text: string, lead: RegExp): string[] {
  const body = text.replace(ARTICLE_LABEL, '');
  const re = new RegExp(lead.source, 'g');
  const out: string[] = [];
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const rest = body.slice(m.index + m[0].length);
    const end = rest.search(/[。；;\n]/);
    const clause = end < 0 ? rest : rest.slice(0, end);
    if (han(clause).length >= 2) out.push(clause);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The higher clause's party (its head) shows a bigram in the head of the lower clause. */
export function partyMeets(higher: string, lower: string, rule: Pick<GeneralEncouragementRule, 'headHigher' | 'headLower'>): boolean {
  const h = han(higher).slice(0, rule.headHigher);
  const l = han(lower).slice(0, rule.headLower);
  for (let i = 0; i + 2 <= h.length; i++) if (l.includes(h.slice(i, i + 2))) return true;
  return false;
}

/** The score of a lower article's clauses against one higher article's: the best share, over clause pairs whose parties meet,
 *  of the higher clause's bigrams found in the lower clause. */
export function encouragementScore(lower: string[], higher: string[], rule: Pick<GeneralEncouragementRule, 'headHigher' | 'headLower'>): number {
  let best = 0;
  for (const h of higher) {
    const hb = hanBigrams(h);
    if (!hb.size) continue;
    for (const l of lower) {
      if (!partyMeets(h, l, rule)) continue;
      const lb = hanBigrams(l);
      let n = 0;
      for (const x of hb) if (lb.has(x)) n++;
      best = Math.max(best, n / hb.size);
    }
  }
  return best;
}

/** The general article (index into `higher`) a lower article's encouragement names, or -1. `higher[k]` is undefined for an
 *  article outside the general provisions (it does not compete). */
export function generalArticle(lowerText: string, higher: (string | undefined)[], rule: GeneralEncouragementRule): number {
  const lead = new RegExp(rule.lead);
  return generalArticleOf(lowerText, () => higher.map((t) => clausesOf(t, lead)), rule);
}

/** The encouragement clauses of each article of a higher document: undefined for an article that does not compete (outside the
 *  general provisions) or has none. */
export type GeneralClauses = readonly (readonly string[] | undefined)[];

/** generalArticle over the higher document's clauses read beforehand (`higher`, asked only when the lower article has a clause). */
export function generalArticleOf(lowerText: string, higher: () => GeneralClauses, rule: GeneralEncouragementRule): number {
  const lower = encouragementClauses(lowerText, new RegExp(rule.lead));
  if (!lower.length) return -1;
  let [best, first, second] = [-1, 0, 0];
  higher().forEach((clauses, k) => {
    if (!clauses) return;
    const v = encouragementScore(lower, clauses as string[], rule);
    if (v > first) [best, first, second] = [k, v, first];
    else if (v > second) second = v;
  });
  return best >= 0 && first >= rule.min - 1e-9 && first - second >= rule.margin - 1e-9 ? best : -1;
}

const clausesOf = (t: string | undefined, lead: RegExp): string[] | undefined => {
  if (t === undefined) return undefined;
  const clauses = encouragementClauses(t, lead);
  return clauses.length ? clauses : undefined;
};

/** Session 51 (helper tidy, issue 11): the clauses of a higher document's general articles were read again for every lower
 *  article asking it (implements.ts); they are read once per document now. The key is the document's list of units (the
 *  linker's `his`, one array per document and run); the lead is kept with them, so another rule's lead reads them anew. */
const generalClausesMemo = new WeakMap<readonly number[], { lead: string; clauses: GeneralClauses }>();

/** The encouragement clauses of the articles `his` of one higher document (their ids and texts by `id` and `text`): only the
 *  articles of its first chapter compete (firstChapterOf; none when it has no chapters). Made once per `his` and lead. */
export function generalClauses(his: readonly number[], id: (hi: number) => string, text: (hi: number) => string, lead: RegExp): GeneralClauses {
  const had = generalClausesMemo.get(his);
  if (had && had.lead === lead.source) return had.clauses;
  const first = firstChapterOf(his.map(id));
  const clauses = first ? his.map((hi) => (id(hi).split('#')[1]?.startsWith(`${first}/`) ? clausesOf(text(hi), lead) : undefined)) : [];
  generalClausesMemo.set(his, { lead: lead.source, clauses });
  return clauses;
}

/** Whether a measure id (…#第一章/第三条) is in its document's first chapter (`first`: that chapter's path segment). */
export function firstChapterOf(ids: string[]): string | undefined {
  for (const id of ids) {
    const path = id.split('#')[1] ?? '';
    const seg = path.split('/')[0];
    if (/^第[一二三四五六七八九十百零]+章$/.test(seg) && path.includes('/')) return seg;
  }
  return undefined;
}
