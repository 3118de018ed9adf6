// A liability article that only hands its conduct to the liability other laws set (options.referralForms, session 53 helper
// link2, issue 13). Chinese regulations close their 法律责任 chapter with a referral: 违反本条例规定的行为，法律、行政法规已经规定
// 法律责任的，适用其规定 (山东省安全生产条例 第七十条, 山东省促进科技成果转化条例 第三十八条); 旅游经营者及其从业人员违反旅游经营管理
// 的规定，法律、法规有处罚规定的，从其规定 (上海市旅游条例 第六十六条, with a second referral sentence: …违反本条例第四十一条规定的，
// 按照有关法律、法规的规定处理). Such an article names no sanction of its own, and the link gold leaves it unlinked (tests/gold/README.md:
// the referral boilerplate links nothing, settled for 从其规定 in session 34); articleRoles' two `referral` forms (sessions 18 and
// 34) read the 从其规定 sentence of 本条例 and the 依照…法律…追究责任 one, not the 适用其规定 form nor an actor's referral, so these
// articles scored against the law's penalty articles by the words of the field (safety, techtransfer, tourism: six false links).
// An article is a referral when every sentence of it (the label left out) is one of `sentences`. Pure: a text in, a verdict out.
import { ARTICLE_LABEL } from './article-label.js';

export interface ReferralForms {
  /** Patterns of one referral sentence (anchored by the caller at the sentence's start and end). */
  sentences: string[];
}

const compiled = new WeakMap<ReferralForms, RegExp[]>();

/** True when `text` (an article) is made of referral sentences only. */
export function referralArticle(text: string, rule: ReferralForms): boolean {
  let res = compiled.get(rule);
  if (!res) {
    res = rule.sentences.map((s) => new RegExp(`^(?:${s})$`));
    compiled.set(rule, res);
  }
  const sentences = text
    .replace(/\s+/g, '')
    .replace(new RegExp(ARTICLE_LABEL), '')
    .split(/[。；;]/)
    .filter(Boolean);
  return sentences.length > 0 && sentences.every((s) => res!.some((r) => r.test(s)));
}
