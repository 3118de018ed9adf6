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

/** A ministry's order numbered within its year (交通运输部令2021年第12号, the order's head 中华人民共和国交通运输部令 / 2021年第12号
 *  on two lines): kept with its year, as printed (session 37 (plans), the layout of ministries' orders since 2005, a text of
 *  my own). */
const ORDER_NUMBER_YEAR = /([\u4e00-\u9fff、]{1,60}?令)\s*((?:19|20)\d{2})\s*年\s*第\s*(\d{1,4})\s*号/g;

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

/** A number printed right after a quoted title (…通知》（浙政办发〔2022〕59号）, …规划》(国函〔2016〕204号)): the
 *  number of the document cited, not of this one. A plan's preamble above its first heading cites its higher
 *  documents so (session 28: real portal pages of 东阳 and 山西 plans took their directive's number). */
const CITED_BEFORE = /》[^\S\n]*[（(]?[^\S\n]*$/;

const CITING = /[，。；]|贯彻|落实|根据|按照|依据|依照|参照|对照|结合/;

/** Index of the 《 that the 》 at `close` closes (nested 〈〉《》 counted); `close` when unbalanced. */
function openingBracket(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0 && text[i] !== '\n'; i--) {
    const c = text[i];
    if (c === '》' || c === '〉') depth++;
    else if ((c === '《' || c === '〈') && --depth === 0) return i;
  }
  return close;
}

/** The first document number of `text` that is not a cited document's. */
function ownNumber(text: string): RegExpMatchArray | undefined {
  for (const m of text.matchAll(new RegExp(DOC_NUMBER.source, 'g'))) {
    // Where the number itself starts (the match may take characters of the text before it: 》, 以, 通知).
    const lead = m[0].match(/^.*(通知|通告|》|以)/)?.[0].length ?? 0;
    const at = m.index! + lead;
    const quoted = m[0].slice(0, lead).endsWith('》') || CITED_BEFORE.test(text.slice(Math.max(0, m.index! - 4), at));
    // …in a sentence that cites it (为贯彻落实《X》（…号）, 根据《X》（…号）精神); a page's title line that quotes the
    // document's own title (《X的通知》（京政办发〔2016〕26号）) is neither.
    if (quoted && CITING.test(text.slice(text.lastIndexOf('\n', at) + 1, openingBracket(text, text.lastIndexOf('》', at))))) continue;
    return m;
  }
  return undefined;
}

/** A number alone on its line that lost its 〕 and 号 (牟政办发〔201746: a page that drew them as images), read only so:
 *  a prefix ending as a 发文字号's does (…发, …字, …函, …办), the year, then the serial (session 31 (plans), a real county
 *  portal page). */
const LOST_CLOSE = /^([\u4e00-\u9fff]{1,12}[发字函办])[〔［\[]\s*((?:19|20)\d{2})\s*(\d{1,4})\s*$/m;

export function findDocNumber(text: string): { value: string; index: number } | undefined {
  const m = ownNumber(text);
  if (!m) {
    // A version is promulgated by the last order or announcement of its history (农药管理条例: 国务院令
    // 第216号发布 in 1997, 第677号公布 for the 2017 revision): the number of the text as it stands.
    const promulgations = [
      ...[...text.matchAll(ORDER_NUMBER)].map((o) => ({ value: orderValue(text, o), index: o.index! })),
      ...[...text.matchAll(ORDER_NUMBER_AFTER)].map((o) => ({ value: `${organ(o[1])}第${o[2]}号令`, index: o.index! })),
      ...[...text.matchAll(ORDER_NUMBER_YEAR)].map((o) => ({ value: `${organ(o[1])}${o[2]}年第${o[3]}号`, index: o.index! })),
      ...[...text.matchAll(ANNOUNCED)].map((o) => ({ value: `${organ(o[1])}第${o[2]}号`, index: o.index! })),
    ];
    const last = promulgations.sort((a, b) => a.index - b.index).at(-1);
    if (last) return last;
    const lost = text.match(LOST_CLOSE);
    if (lost) return { value: `${lost[1]}〔${lost[2]}〕${lost[3]}号`, index: lost.index! };
    const a = text.match(ANNOUNCEMENT_NUMBER);
    return a ? { value: a[1].replace(/\s+/g, ''), index: a.index! } : undefined;
  }
  // …以法发〔1993〕15号通知印发: the number begins after 以 (and the 日 of a date before it is not its).
  // A panel's label the cleaned text ran into the number (…发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号, its
  // spaces gone: session 30, a real district page) is not the number's either.
  const value = m[0].replace(/^.*(通知|通告|》|以)/, '').replace(/^.*(文号|字号|编号)[:：]?/, '').replace(/^日/, '').replace(/[［\[【（(]/, '〔').replace(/[］\]】）)]/, '〕').replace(/\s+/g, '');
  return { value, index: m.index! };
}
