// Word's automatic numbering (一、 （一） 1. ①) lives in numbering.xml, not in the text, and mammoth
// drops it. This computes each numbered paragraph's label as Word draws it (ECMA-376 §17.9), for the
// formats Chinese documents use, also when the paragraph takes its list from its paragraph style
// (styles.xml, through w:basedOn), as Chinese templates number 第X条. Limit: w:lvlRestart is not
// computed.
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';

interface Level {
  fmt: string;
  text: string;
  start: number;
  suffix: string;
  legal: boolean;
}

const DIGITS = '零一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

function chineseCount(n: number, digits = DIGITS, ten = '十', hundred = '百'): string {
  if (n < 10) return digits[n];
  if (n < 20) return ten + (n % 10 ? digits[n % 10] : '');
  if (n < 100) return digits[Math.floor(n / 10)] + ten + (n % 10 ? digits[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    const tail = rest === 0 ? '' : rest < 10 ? '零' + digits[rest] : rest < 20 ? digits[1] + chineseCount(rest, digits, ten) : chineseCount(rest, digits, ten);
    return digits[Math.floor(n / 100)] + hundred + tail;
  }
  return String(n);
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) for (; n >= v; n -= v) out += s;
  return out;
}

function letters(n: number): string {
  // Word repeats the letter: a … z, aa … zz.
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** One counter value in a w:numFmt. Unknown formats fall back to decimal. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseCount(n);
    case 'chineseLegalSimplified':
      return chineseCount(n, LEGAL_DIGITS, '拾', '佰');
    case 'ideographLegalTraditional':
      return chineseCount(n, '零壹貳參肆伍陸柒捌玖', '拾', '佰');
    case 'taiwaneseDigital':
      return String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)]);
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 10 ? String.fromCharCode(0x3220 + n - 1) : chineseCount(n);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10];
    case 'ideographZodiac':
      return '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12];
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : `(${n})`;
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    default:
      return String(n);
  }
}

const val = (el: cheerio.Cheerio<Element>, tag: string) => el.children(tag).first().attr('w:val');

function readLevels($: cheerio.CheerioAPI, abstractNum: cheerio.Cheerio<Element>): Map<number, Level> {
  const levels = new Map<number, Level>();
  abstractNum.children('w\\:lvl').each((_, node) => {
    const lvl = $(node);
    levels.set(Number(lvl.attr('w:ilvl') ?? 0), {
      fmt: val(lvl, 'w\\:numFmt') ?? 'decimal',
      text: val(lvl, 'w\\:lvlText') ?? '',
      start: Number(val(lvl, 'w\\:start') ?? 1),
      suffix: val(lvl, 'w\\:suff') ?? 'tab',
      legal: lvl.children('w\\:isLgl').length > 0,
    });
  });
  return levels;
}

export interface NumberedParagraph {
  /** The paragraph's text as stored (w:t and w:tab), to align with mammoth's paragraphs. */
  text: string;
  /** The label Word draws before it, with its separator: "一、", "（一）", "1. ". */
  label: string;
}

interface Definitions {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, { abstractId: string; overrides: Map<number, number> }>;
}

function readDefinitions(numberingXml: string): Definitions {
  const $ = cheerio.load(numberingXml, { xml: true });
  const abstracts: Definitions['abstracts'] = new Map();
  $('w\\:abstractNum').each((_, node) => {
    abstracts.set($(node).attr('w:abstractNumId') ?? '', readLevels($, $(node)));
  });
  const nums: Definitions['nums'] = new Map();
  $('w\\:num').each((_, node) => {
    const el = $(node);
    const overrides = new Map<number, number>();
    el.children('w\\:lvlOverride').each((__, o) => {
      const start = $(o).children('w\\:startOverride').attr('w:val');
      if (start !== undefined) overrides.set(Number($(o).attr('w:ilvl') ?? 0), Number(start));
    });
    nums.set(el.attr('w:numId') ?? '', { abstractId: val(el, 'w\\:abstractNumId') ?? '', overrides });
  });
  return { abstracts, nums };
}

/** Style chains longer than this are damage (Word's built-in styles are a few deep). */
const MAX_STYLE_DEPTH = 16;

/** The list (numId, ilvl) each paragraph style gives its paragraphs, its w:basedOn styles' filling in. */
export function styleNumbering(stylesXml: string): Map<string, { numId: string; ilvl?: string }> {
  const $ = cheerio.load(stylesXml, { xml: true });
  const own = new Map<string, { numId?: string; ilvl?: string; base?: string }>();
  $('w\\:style').each((_, node) => {
    const style = $(node);
    if (style.attr('w:type') !== 'paragraph') return;
    const numPr = style.children('w\\:pPr').children('w\\:numPr');
    own.set(style.attr('w:styleId') ?? '', { numId: val(numPr, 'w\\:numId'), ilvl: val(numPr, 'w\\:ilvl'), base: val(style, 'w\\:basedOn') });
  });
  const out = new Map<string, { numId: string; ilvl?: string }>();
  for (const id of own.keys()) {
    let numId: string | undefined;
    let ilvl: string | undefined;
    for (let s = own.get(id), depth = 0; s && depth < MAX_STYLE_DEPTH; s = s.base === undefined ? undefined : own.get(s.base), depth++) {
      numId ??= s.numId;
      ilvl ??= s.ilvl;
    }
    if (numId !== undefined && numId !== '0') out.set(id, { numId, ilvl });
  }
  return out;
}

/** Labels of the numbered paragraphs of document.xml (directly or by their style), in document order. */
export function numberedParagraphs(
  documentXml: string,
  numberingXml: string,
  byStyle: Map<string, { numId: string; ilvl?: string }> = new Map(),
): NumberedParagraph[] {
  const { abstracts, nums } = readDefinitions(numberingXml);
  // Lists sharing an abstract definition continue one count; a startOverride restarts it on first use.
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  const out: NumberedParagraph[] = [];
  const $ = cheerio.load(documentXml, { xml: true });
  $('w\\:body w\\:p').each((_, node) => {
    const p = $(node);
    const pPr = p.children('w\\:pPr');
    const numPr = pPr.children('w\\:numPr');
    const fromStyle = byStyle.get(val(pPr, 'w\\:pStyle') ?? '');
    const numId = val(numPr, 'w\\:numId') ?? fromStyle?.numId ?? '';
    const num = nums.get(numId);
    const levels = num && abstracts.get(num.abstractId);
    const ilvl = Number(val(numPr, 'w\\:ilvl') ?? fromStyle?.ilvl ?? 0);
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || level.fmt === 'bullet' || level.fmt === 'none') return;
    const fresh = (k: number) => !started.has(`${numId}:${k}`) && num.overrides.has(k);
    const startOf = (k: number) => (fresh(k) ? num.overrides.get(k)! : (levels.get(k)?.start ?? 1));
    const count = counters.get(num.abstractId) ?? [];
    count[ilvl] = count[ilvl] === undefined || fresh(ilvl) ? startOf(ilvl) : count[ilvl] + 1;
    started.add(`${numId}:${ilvl}`);
    count.length = ilvl + 1; // deeper levels restart
    counters.set(num.abstractId, count);
    const label = level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      return formatNumber(count[k] ?? startOf(k), level.legal ? 'decimal' : (levels.get(k)?.fmt ?? 'decimal'));
    });
    const wideEnd = /[\u3000-\u303F\uFF00-\uFFEF]$/.test(label);
    const text = p.find('w\\:r w\\:t, w\\:r w\\:tab').toArray().map((t) => (t.name === 'w:tab' ? '\t' : $(t).text())).join('');
    out.push({ text, label: label + (level.suffix === 'nothing' || wideEnd ? '' : ' ') });
  });
  return out;
}
