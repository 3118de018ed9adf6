// Chinese numerals as laws write quantities: 三十六 (36), 一百二十 (120), 十四 (14), 两 (2),
// 一千零五 (1005), 三万五千 (35000), 二〇二〇 (2020, digit by digit), 百分之八十 (80 %).
// Pure functions; `tests/ingest/extract/numerals.test.ts` checks them against an independent
// formatter with fast-check.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** The characters a Chinese numeral is written with. */
export const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';
const ONLY_NUMERAL = new RegExp(`^[${NUMERAL_CHARS}]+$`);

/**
 * The value of a Chinese numeral, or undefined when `s` is not one (empty, other characters, or an
 * impossible order such as 十百 or 万万). 十四 = 14, 一十四 = 14, 两百 = 200, 一千零五 = 1005,
 * 三万五千 = 35000, 一亿零五十万 = 100500000; a run of digits without units (二〇二〇) is read
 * digit by digit, except two digits without a zero (三四, an approximation: undefined).
 */
export function parseChineseNumeral(s: string): number | undefined {
  if (!s || !ONLY_NUMERAL.test(s)) return undefined;
  if ([...s].every((c) => c in DIGITS)) {
    // 二〇二〇, 一九九八: positional digits (a year, a number read out); a single digit is its
    // value; two digits without a zero (三四天) are an approximation, not a number.
    if (s.length === 1) return DIGITS[s];
    if (s.length === 2 && !/[零〇]/.test(s)) return undefined;
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  let total = 0; // sections closed by 亿
  let section = 0; // the part below the current big unit
  let group = 0; // the part below 万 within the section
  let digit: number | undefined;
  let lastSmall = Infinity; // small units must fall: 千 > 百 > 十
  let lastBig = Infinity;
  for (const c of s) {
    if (c in DIGITS) {
      if (digit !== undefined && DIGITS[c] !== 0 && digit !== 0) return undefined; // 三四 (no unit between)
      digit = DIGITS[c];
    } else if (c in SMALL_UNITS) {
      const u = SMALL_UNITS[c];
      if (u >= lastSmall) return undefined; // 十百, 百百
      if (digit === 0) return undefined; // 零十
      group += (digit ?? 1) * u;
      digit = undefined;
      lastSmall = u;
    } else {
      const u = BIG_UNITS[c];
      if (u >= lastBig) return undefined; // 万万, 万亿
      const value = group + (digit ?? 0);
      if (value === 0 && section === 0 && total === 0) return undefined; // 万 alone
      if (u === 1e8) {
        total = (section + value) * u;
        section = 0;
      } else {
        section += value * u;
      }
      group = 0;
      digit = undefined;
      lastSmall = Infinity;
      lastBig = u;
    }
  }
  return total + section + group + (digit ?? 0);
}

export interface NumeralMatch {
  /** Offset of the first character of the quantity (百 of 百分之八十). */
  index: number;
  /** Characters the quantity takes (百分之八十 = 5). */
  length: number;
  value: number;
  /** 二至三 → 3 (a range). */
  valueMax?: number;
  /** True for 百分之N: the unit is %. */
  percent: boolean;
}

const RANGE_JOINERS = '至到';
/** 一点五, 零点五: a decimal's fraction digits after 点 (session 35 (plans): 百分之一点五 was read as 1 %, the decimal lost). */
const DECIMAL_DIGITS = '零〇一二三四五六七八九';

/** The value of `whole` 点 `fraction` (一点五 = 1.5, 百分之零点五 = 0.5), or undefined when either part is no numeral. */
export function parseChineseDecimal(whole: string, fraction: string): number | undefined {
  const w = parseChineseNumeral(whole);
  if (w === undefined || !fraction || ![...fraction].every((c) => DECIMAL_DIGITS.includes(c))) return undefined;
  return Number(`${w}.${[...fraction].map((c) => DIGITS[c]).join('')}`);
}

/** A run of numeral characters, with 百分之, a decimal part and a range (compiled once at module load: issue 11, session 53;
 *  matchAll reads a copy, so the one regex's lastIndex is never moved). */
const NUMERAL_RUN = new RegExp(`(百分之)?([${NUMERAL_CHARS}]+)(?:点([${DECIMAL_DIGITS}]+))?(?:([${RANGE_JOINERS}])([${NUMERAL_CHARS}]+)(?:点([${DECIMAL_DIGITS}]+))?)?`, 'g');

/**
 * Every Chinese-numeral quantity in `text`, left to right: 三十六, 百分之八十, 二至三, 一至两.
 * Only the numbers; whether one is a target (a unit after it, a comparator) is for the caller.
 */
export function findChineseNumerals(text: string): NumeralMatch[] {
  const out: NumeralMatch[] = [];
  for (const m of text.matchAll(NUMERAL_RUN)) {
    // A decimal (一点五) only where its whole part is a plain number, not a digit run (二〇二〇点…).
    const value = m[3] !== undefined ? parseChineseDecimal(m[2], m[3]) : parseChineseNumeral(m[2]);
    if (value === undefined) {
      // 二十千克, 五百千米: 千 (百) opens the unit, not the number (二十千 is no numeral; session 35 (plans)).
      const head = m[2].slice(0, -1);
      const short = m[3] === undefined && m[4] === undefined && /[千百]$/.test(m[2]) && /^[克米瓦帕卡伏]/.test(text.slice(m.index! + m[0].length)) ? parseChineseNumeral(head) : undefined;
      if (short !== undefined) out.push({ index: m.index!, length: (m[1]?.length ?? 0) + head.length, value: short, percent: m[1] !== undefined });
      continue;
    }
    const max = m[5] !== undefined ? (m[6] !== undefined ? parseChineseDecimal(m[5], m[6]) : parseChineseNumeral(m[5])) : undefined;
    const ranged = max !== undefined && max > value;
    const length = ranged ? m[0].length : (m[1]?.length ?? 0) + m[2].length + (m[3] !== undefined ? m[3].length + 1 : 0);
    out.push({ index: m.index!, length, value, valueMax: ranged ? max : undefined, percent: m[1] !== undefined });
  }
  return out;
}
