// Session 56 (helper refuse, issue 13): which articles of a liability chapter (法律责任, 罚则) are penalty articles. The
// group rule (implements.ts refusal 'group') links a penalty article only with penalty articles; until this session every
// article of the chapter but a remedy (`recourse`: 申诉, 复议, 诉讼) was one, so an article the law places in its
// liability chapter that sanctions nothing — the mine-area disputes settled by the governments (矿产资源法 第四十九条), the
// valuation standards set by 国务院 (野生动物保护法 第五十七条), a bid void and a new winner chosen (招标投标法 第六十四条), the
// fees an aided person pays back (河南法律援助 第四十二条) — never met the lower article that carries it in a management
// chapter. Here such an article is a penalty article only when its text names a sanction or a liability, in the forms
// of options.penaltyArticles.text or in the general ones below (处罚, 查处, 处分, 责任, 拘留, 责令, 罚没, 信用 records, a
// referral 依法处理 / 依照…规定处理 / 从其规定): rules as data, options.penaltyArticles.liable.

/** Session 56 (helper refuse): options.penaltyArticles.liable as measured (docs/history/links.md, session 56, helper
 *  refuse). The words by which a drafter names a sanction or a liability without one of the `text` forms; 处理 counts only
 *  as a referral (依法处理, 予以处理, 依照…规定处理, 处理规定): 由…人民政府…处理 settles a dispute. */
export const PENALTY_LIABLE_MEASURED = '处罚|查处|处分|责任|拘留|责令|罚没|信用|(?:依法|予以|规定|法规|法律)处理|处理规定|从其规定|适用其规定';

/** Whether an article under a penalty part is a penalty article: a sanction form (`sanction`, tested by the caller), a
 *  remedy (`recourse`) aside, and with `liable` a sanction or liability named in its text. */
export function liableArticle(text: string, recourse: RegExp | null, liable: RegExp | null): boolean {
  if (recourse?.test(text)) return false;
  return !liable || liable.test(text);
}

/** Session 56 (helper refuse): options.penaltyArticles.recourse with the settlement of a dispute (争议, 纠纷) beside the
 *  remedies of session 33 (申诉, 复议, 诉讼): an article of the liability chapter with no sanction form that settles a dispute
 *  between parties (协商, then the government decides: 矿产资源法 第四十九条's 矿区范围的争议) is, like a remedy, no penalty
 *  article. Of the dev documents' liability-chapter articles with no sanction form (59, listed by a scratch scan of the corpora),
 *  it is the only one that names a dispute. */
export const RECOURSE_WITH_DISPUTES = '申诉|申请(?:行政)?复议|提起(?:行政)?诉讼|争议|纠纷';
