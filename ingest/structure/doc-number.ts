// Document numbers (发文字号): 协普函综字〔2020〕5号, 鄂科协办〔2024〕15号, 国发[2021]9号.
export const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}[〔［\[【（(]\s*(\d{4})\s*[〕］\]】）)]\s*第?\d{1,4}号/;

/** The number of an announcement (公告): a line （第87号）. */
const ANNOUNCEMENT_NUMBER = /^[（(]\s*(第\s*\d{1,4}\s*号)\s*[)）]\s*$/m;

/** The order a regulation was promulgated by, in its history lines: 中华人民共和国国务院令第385号公布 →
 *  国务院令第385号 (the state's name before the organ is dropped, as in the history's bodies); an order
 *  that ends its line promulgated the text too (2017年11月22日 中华人民共和国国务院令第692号), and one that
 *  promulgated a revision (公安部令第127号修订发布). A joint order names every body (中华人民共和国国务院、
 *  中华人民共和国中央军事委员会令第288号 → 国务院、中央军事委员会令第288号; session 19: 35 joint orders of the
 *  mirror kept only their last body). */
const ORDER_NUMBER = /([\u4e00-\u9fff、]{1,60}?令)\s*第\s*(\d{1,4})\s*号[^\S\n]*(?:(?:修订|修正)?(?:公布|发布|颁布)|$)/gm;

/** A (joint) order written 第N号令: 食品药品监管局、海关总署第4号令公布 — kept as written. */
const ORDER_NUMBER_AFTER = /([\u4e00-\u9fff、]{2,40}?)\s*第\s*(\d{1,4})\s*号令\s*(?:公布|发布|颁布)/g;

/** A standing committee's announcement that promulgates a local regulation: 浙江省第十一届人民代表大会
 *  常务委员会公告第58号公布 — kept as written, with its body (the number alone names nothing). */
const ANNOUNCED = /([\u4e00-\u9fff]{2,40}?公告)\s*第\s*(\d{1,4})\s*号\s*(?:公布|发布|颁布)/g;

/** The date before a body (…21日) and the state's name are not the organ's (each of joint bodies). */
const organ = (s: string) => s.split('、').map((b) => b.replace(/^.*(日|中华人民共和国)/, '')).join('、');

/** An order's number; two orders joined by 、 (国家教育委员会令第8号、国家体育运动委员会令第11号发布: each body
 *  its own order) are kept both, as printed. */
function orderValue(text: string, o: RegExpMatchArray): string {
  const own = `${organ(o[1]!.replace(/^号、/, ''))}第${o[2]}号`;
  if (!o[1]!.startsWith('号、')) return own;
  const prev = text.slice(0, o.index! + 1).match(/([\u4e00-\u9fff]{1,20}?令)\s*第\s*(\d{1,4})\s*号$/);
  return prev ? `${organ(prev[1]!)}第${prev[2]}号、${own}` : own;
}

export function findDocNumber(text: string): { value: string; index: number } | undefined {
  const m = text.match(DOC_NUMBER);
  if (!m) {
    // A version is promulgated by the last order or announcement of its history (农药管理条例: 国务院令
    // 第216号发布 in 1997, 第677号公布 for the 2017 revision): the number of the text as it stands.
    const promulgations = [
      ...[...text.matchAll(ORDER_NUMBER)].map((o) => ({ value: orderValue(text, o), index: o.index! })),
      ...[...text.matchAll(ORDER_NUMBER_AFTER)].map((o) => ({ value: `${organ(o[1])}第${o[2]}号令`, index: o.index! })),
      ...[...text.matchAll(ANNOUNCED)].map((o) => ({ value: `${organ(o[1])}第${o[2]}号`, index: o.index! })),
    ];
    const last = promulgations.sort((a, b) => a.index - b.index).at(-1);
    if (last) return last;
    const a = text.match(ANNOUNCEMENT_NUMBER);
    return a ? { value: a[1].replace(/\s+/g, ''), index: a.index! } : undefined;
  }
  // …以法发〔1993〕15号通知印发: the number begins after 以 (and the 日 of a date before it is not its).
  const value = m[0].replace(/^.*(通知|通告|》|以)/, '').replace(/^日/, '').replace(/[［\[【（(]/, '〔').replace(/[］\]】）)]/, '〕').replace(/\s+/g, '');
  return { value, index: m.index! };
}
