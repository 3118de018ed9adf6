// Numbering schemes of Chinese official documents, outermost first: 第一篇 / 第一部分 or 第一章 / 第一节 / 一、 /
// （一） / 1. or 1、 / （1） / ①, and 第一条 for the articles of laws and regulations.
import type { UnitKind } from './types.js';

const CN = '一二三四五六七八九十百千零〇两';

export interface Heading {
  kind: Exclude<UnitKind, 'notice' | 'preamble'>;
  /** Rank: smaller is outer. Articles sit below chapters and sections. */
  rank: number;
  label: string;
  /** Text after the number. */
  rest: string;
  /** Set on the headings of the decimal scheme (1 总则 / 1.1 编制目的 / 2.3.1 …). */
  decimal?: boolean;
  /** Set on a title line that groups a text's articles (一、 / （一） in a 司法解释, units.ts articleGroups): it heads its
   *  articles without being part of their address, which stays the article's number (第七条). */
  group?: boolean;
}

const RULES: { kind: Heading['kind']; rank: number; re: RegExp; label: (m: RegExpMatchArray) => string }[] = [
  // A code's 第X编 holds its chapters (刑法, 刑事诉讼法, 民事诉讼法, 民法典), its 第X分编 (民法典 第三编 第一分编) the chapters of
  // a part of it; chapters restart in each (session 37 (plans), gold README "Laws and regulations"). Not 第一编写组, 编制 …
  { kind: 'chapter', rank: -3, re: new RegExp(`^(第[${CN}\\d]+编)(?![写制辑排号码著])\\s*(.*)$`), label: (m) => m[1] },
  { kind: 'chapter', rank: -2, re: new RegExp(`^(第[${CN}\\d]+分编)\\s*(.*)$`), label: (m) => m[1] },
  // A five-year plan's 第X篇 holds its chapters; a plan's 第X部分 stands where a law's chapter does.
  // (Not 第一篇：X, a document site's list of the texts it copied — 第一篇：某某省人民政府办公厅文件 —: session 32 (plans).)
  { kind: 'chapter', rank: -1, re: new RegExp(`^(第[${CN}\\d]+篇)(?![:：])\\s*(.*)$`), label: (m) => m[1] },
  { kind: 'chapter', rank: 0, re: new RegExp(`^(第[${CN}\\d]+部分)\\s*(.*)$`), label: (m) => m[1] },
  { kind: 'chapter', rank: 0, re: new RegExp(`^(第[${CN}\\d]+章)\\s*(.*)$`), label: (m) => m[1] },
  { kind: 'section', rank: 1, re: new RegExp(`^(第[${CN}\\d]+节)\\s*(.*)$`), label: (m) => m[1] },
  { kind: 'article', rank: 5, re: new RegExp(`^(第[${CN}\\d]+条)\\s*(.*)$`), label: (m) => m[1] },
  { kind: 'section', rank: 2, re: new RegExp(`^([${CN}]+)[、.．]\\s*(.*)$`), label: (m) => m[1] },
  { kind: 'subsection', rank: 3, re: new RegExp(`^(（[${CN}]+）)\\s*(.*)$`), label: (m) => m[1] },
  { kind: 'item', rank: 4, re: /^(\d{1,3})(?:[.．、](?!\d)|\s+(?=\S))\s*(.*)$/, label: (m) => m[1] },
  { kind: 'subitem', rank: 5, re: /^（(\d{1,3})）\s*(.*)$/, label: (m) => `（${m[1]}）` },
  { kind: 'point', rank: 6, re: /^([\u2460-\u2473])\s*(.*)$/, label: (m) => m[1] },
];

/** The characters a heading can start with (第, a Chinese numeral, （, an ASCII digit, ① … ⑳): every
 *  other line is no heading without trying the eight rules on it (issue 11 profile). */
const HEADING_START = new RegExp(`^[第${CN}（0-9\u2460-\u2473]`);

export function parseHeading(line: string): Heading | undefined {
  if (!HEADING_START.test(line)) return undefined;
  for (const r of RULES) {
    const m = line.match(r.re);
    if (m && m[2] !== undefined && m[2].trim().length > 0) {
      // "1 2024年…" is not a heading; an item needs a separator or a heading-like rest.
      if (r.kind === 'item' && !/^\d{1,3}[.．、]/.test(line)) continue;
      return { kind: r.kind, rank: r.rank, label: r.label(m), rest: m[2].trim() };
    }
  }
  return undefined;
}

/**
 * The decimal scheme of emergency plans (应急预案) and technical documents: 1 总则 / 1.1 编制目的 / 2.3.1 …, the chapter's
 * number alone before its name. Depth (how many numbers) → kind and rank, as data; a text is read so only when it
 * numbers so (units.ts: `decimalScheme`), since 1.5万元 opens a sentence elsewhere. Session 31 (plans): a real county's
 * 预案 was one preamble, the documents its 1.2 编制依据 cites in no unit.
 */
export const DECIMAL_LEVELS: readonly { depth: number; kind: Heading['kind']; rank: number }[] = [
  { depth: 1, kind: 'section', rank: 2 },
  { depth: 2, kind: 'subsection', rank: 3 },
  { depth: 3, kind: 'item', rank: 4 },
  { depth: 4, kind: 'subitem', rank: 5 },
];
/** 1.1 编制目的, 2.3.1坚持…, 1．2 …: two to four numbers; what follows is no number, unit or percentage (1.5万元, 2.3%). */
// A measure word right after the number is a quantity (2.5万元, 3.2人次), unless it opens a noun of a heading: 6.1人力资源保障,
// 3.1项目管理, 2.4家庭医生 (session 33 (plans): a real county's 应急预案 lost its 6.1人力资源保障 heading so).
const DECIMAL = /^(\d{1,2}(?:[.．]\d{1,2}){1,3})(?![\d.．%‰])\s*(?![万亿千百倍个元米吨亩次]|人(?![力才员口事民居身群文])|项(?!目)|家(?![庭居政园族])|所(?![有属得]))(\S.*)$/;
/** A chapter of the scheme: its number alone (1 总则, 1总则, 1.总则, 1、总则) before a short name, no sentence. */
const DECIMAL_CHAPTER = /^(\d{1,2})(?:[.．、](?!\d)|\s*)\s*([\u4e00-\u9fff][^。；，：:]{0,24})$/;
/** A table of contents' line: its page number after dot leaders (1.1编制目的……………3). */
export const TOC_LEADER = /(…{2,}|\.{4,}|·{4,})\s*\d{1,3}\s*$/;

/** A line as a heading of the decimal scheme; `chapter`: whether a chapter's line (the number alone) is read. */
export function parseDecimalHeading(line: string, chapter = true): Heading | undefined {
  const l = line.trim();
  if (TOC_LEADER.test(l)) return undefined;
  const m = l.match(DECIMAL) ?? (chapter ? l.match(DECIMAL_CHAPTER) : null);
  if (!m || m[2].trim().length === 0) return undefined;
  const label = m[1].replace(/．/g, '.');
  const depth = label.split('.').length;
  const level = DECIMAL_LEVELS.find((d) => d.depth === depth);
  return level ? { kind: level.kind, rank: level.rank, label, rest: m[2].trim(), decimal: true } : undefined;
}

/** 一 → 1, 十二 → 12, 二十三 → 23, 一百零五 → 105. */
export function chineseNumeral(s: string): number | undefined {
  const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let cur = 0;
  for (const c of s) {
    if (c in digits) cur = digits[c];
    else if (c === '十') {
      total += (cur || 1) * 10;
      cur = 0;
    } else if (c === '百') {
      total += (cur || 1) * 100;
      cur = 0;
    } else if (c === '千') {
      // 第一千二百六十条 (the civil code's articles run past a thousand).
      total += (cur || 1) * 1000;
      cur = 0;
    } else return undefined;
  }
  return total + cur;
}

const DIGITS = '零一二三四五六七八九';
/** 3 → 三, 12 → 十二, 21 → 二十一: a chapter's or section's number as its heading writes it (under a hundred); the inverse of
 *  chineseNumeral there. Used where a lost heading is restored (lost-chapters.ts, lost-sections.ts). */
export function headingNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? DIGITS[tens] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`;
}
