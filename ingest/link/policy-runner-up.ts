// A government's policy article carrying a second policy article of its law (options.policyRunnerUp, session 52 helper
// link, issue 13). A promotion law states its policies as umbrella articles whose subject is the state or a level of
// government and whose body is a commitment (国家采取措施优化农业生产力布局…保障粮食和重要农产品有效供给; 各级人民政府应当建立
// 政府、村级组织、企业、农民等各方面参与的共建共管共享机制，综合整治农村水系…; 国家鼓励建设和创办小型微型企业创业基地…);
// a province or city restates them as its own government's policy articles, each paragraph a measure, and one lower
// article often carries two of the law's umbrella articles (广东乡村振兴 第九条 粮食安全 → 第十三条 beside its own first link;
// 上海中小企业 第九条 场地 → 第二十八条; 浙江科技成果转化 第四条 → 第九条). Such a second article scores over the partial
// threshold and within the per-paragraph widening (options.topKPerClause) but is no paragraph's best by share (its words are
// the field's, spread over the lower article), so options.extraLinksByParagraph refuses it.
// The rule: a lower unit of several paragraphs whose text opens with a government subject (`lower`: 本市, 县级以上人民政府,
// 市和区人民政府 …) keeps, as a partial link, each candidate the widening alone admits whose higher article opens with a
// state or government subject (`higher`: 国家, 国务院, 各级人民政府, 县级以上地方人民政府 …), when neither article's first
// sentence is no policy (`notPolicy`: 领导, 主管, 负责, 统一管理 … an organisation article; 规范性文件, 地方性法规 an article on
// the making of rules), with `general` false not an article of the law's general provisions (its first chapter, 总则: the
// umbrella of the whole law, generalEncouragement's business) and, with `minShare`, when the candidate is some paragraph's
// best with more than that share. Pure over texts.
import { ARTICLE_LABEL } from './article-label.js';

export interface PolicyRule {
  /** The state or government subject a higher policy article opens with. */
  higher: RegExp;
  /** The government subject a lower policy article opens with. */
  lower: RegExp;
  /** Words of an article that is no policy (one assigning competence, or on the making of rules), looked for in its first
   *  sentence. */
  notPolicy: RegExp;
}

const body = (t: string) => t.replace(ARTICLE_LABEL, '').replace(/^[\s　]+/, '');
const firstSentence = (t: string) => body(t).split(/[。；;\n]/)[0] ?? '';

/** A policy article: it opens with `subject` and its first sentence is none of `notPolicy`'s. */
export function policyArticle(text: string, subject: RegExp, notPolicy: RegExp): boolean {
  return subject.test(body(text)) && !notPolicy.test(firstSentence(text));
}

/** The rule's patterns compiled from the options (each subject anchored at the article's start). */
export function policyRule(o: { higher: string; lower: string; notPolicy: string }): PolicyRule {
  return { higher: new RegExp(`^(?:${o.higher})`), lower: new RegExp(`^(?:${o.lower})`), notPolicy: new RegExp(o.notPolicy) };
}

/** The candidates (indexes into `scored`, one higher document's, by score) the rule keeps: those the per-paragraph
 *  widening alone admits (rank < `topK` and score ≥ `relative` × best, but not within the profile's own `narrowTopK` and
 *  `narrowRelative`), over the partial threshold, whose higher article is a policy article, not `general` (an article of
 *  the law's general provisions, when the rule leaves them out) and, with `minShare`, whose paragraph share exceeds it. */
export function policyRunnersUp(
  scored: { score: number; text: string; share: number; general?: boolean }[],
  cut: { partial: number; topK: number; relative: number; narrowTopK: number; narrowRelative: number; minShare?: number },
  rule: PolicyRule,
): number[] {
  const best = scored[0]?.score ?? 0;
  const out: number[] = [];
  scored.forEach((c, i) => {
    if (c.score < cut.partial || i >= cut.topK || c.score < cut.relative * best) return;
    if (i < cut.narrowTopK && c.score >= cut.narrowRelative * best) return;
    if (cut.minShare !== undefined && !(c.share > cut.minShare)) return;
    if (c.general) return;
    if (policyArticle(c.text, rule.higher, rule.notPolicy)) out.push(i);
  });
  return out;
}
