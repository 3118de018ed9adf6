// Document numbers (发文字号): 协普函综字〔2020〕5号, 鄂科协办〔2024〕15号, 国发[2021]9号.
export const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}[〔［\[【（(]\s*(\d{4})\s*[〕］\]】）)]\s*第?\d{1,4}号/;

/** The number of an announcement (公告): a line （第87号）. */
const ANNOUNCEMENT_NUMBER = /^[（(]\s*(第\s*\d{1,4}\s*号)\s*[)）]\s*$/m;

/** The order a regulation was promulgated by, in its history lines: 中华人民共和国国务院令第385号公布 →
 *  国务院令第385号 (the state's name before the organ is dropped, as in the history's bodies). */
const ORDER_NUMBER = /([\u4e00-\u9fff]{1,20}?令)\s*第\s*(\d{1,4})\s*号\s*(?:公布|发布|颁布)/;

/** A (joint) order written 第N号令: 食品药品监管局、海关总署第4号令公布 — kept as written. */
const ORDER_NUMBER_AFTER = /([\u4e00-\u9fff、]{2,40}?)\s*第\s*(\d{1,4})\s*号令\s*(?:公布|发布|颁布)/;

export function findDocNumber(text: string): { value: string; index: number } | undefined {
  const m = text.match(DOC_NUMBER);
  if (!m) {
    const o = text.match(ORDER_NUMBER);
    // The date before it (…21日) and the state's name are not the organ's.
    if (o) return { value: `${o[1].replace(/^.*(日|中华人民共和国)/, '')}第${o[2]}号`, index: o.index! };
    const after = text.match(ORDER_NUMBER_AFTER);
    if (after) return { value: `${after[1].replace(/^.*(日|中华人民共和国)/, '')}第${after[2]}号令`, index: after.index! };
    const a = text.match(ANNOUNCEMENT_NUMBER);
    return a ? { value: a[1].replace(/\s+/g, ''), index: a.index! } : undefined;
  }
  const value = m[0].replace(/^.*(通知|通告|》)/, '').replace(/[［\[【（(]/, '〔').replace(/[］\]】）)]/, '〕').replace(/\s+/g, '');
  return { value, index: m.index! };
}
