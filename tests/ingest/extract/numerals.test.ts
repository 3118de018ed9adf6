import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findChineseNumerals, parseChineseNumeral } from '../../../ingest/extract/numerals.js';

// An independent writer of Chinese numerals (the standard reading: groups of four digits under
// 万 and 亿, 零 for a gap), the oracle the parser is checked against.
const DIG = '零一二三四五六七八九';
const POS = ['千', '百', '十', ''];
function group(n: number): string {
  const ds = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let gap = false;
  ds.forEach((d, i) => {
    if (d === 0) {
      if (out) gap = true;
      return;
    }
    if (gap) out += '零';
    gap = false;
    out += DIG[d] + POS[i];
  });
  return out;
}
function toChinese(n: number): string {
  if (n === 0) return '零';
  const parts: [number, string][] = [
    [Math.floor(n / 1e8), '亿'],
    [Math.floor(n / 1e4) % 1e4, '万'],
    [n % 1e4, ''],
  ];
  let out = '';
  let zeroBefore = false;
  for (const [v, unit] of parts) {
    if (v === 0) {
      if (out) zeroBefore = true;
      continue;
    }
    if (out && (zeroBefore || v < 1000)) out += '零';
    zeroBefore = false;
    out += group(v) + unit;
  }
  return out;
}

const amounts = fc.integer({ min: 0, max: 999_999_999_999 });

describe('parseChineseNumeral', () => {
  it.each([
    ['三十六', 36],
    ['十四', 14],
    ['一十四', 14],
    ['二百', 200],
    ['两百', 200],
    ['一千零五', 1005],
    ['三万五千', 35000],
    ['十万', 100000],
    ['一亿零五十万', 100500000],
    ['二〇二〇', 2020],
    ['两', 2],
  ])('reads %s as %d', (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it('reads back every number the standard writing gives (0 to 10¹²)', () => {
    fc.assert(fc.property(amounts, (n) => parseChineseNumeral(toChinese(n)) === n));
  });

  it('reads 十… at the start as 一十… (十五 = 一十五)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 19 }), fc.integer({ min: 0, max: 9999 }), (teen, rest) => {
        const written = toChinese(teen * 1e4 + rest);
        return written.startsWith('一十') && parseChineseNumeral(written.slice(1)) === teen * 1e4 + rest;
      }),
    );
  });

  it('refuses text that is not a numeral, and impossible orders', () => {
    for (const s of ['', '三十六个', '十百', '万万', '万', '零十', '三四', 'abc']) expect(parseChineseNumeral(s), s).toBeUndefined();
    fc.assert(
      fc.property(amounts, fc.constantFrom('个', '人', 'a', '的'), (n, junk) => parseChineseNumeral(toChinese(n) + junk) === undefined),
    );
  });
});

describe('findChineseNumerals', () => {
  it('finds a number written inside a sentence, where it is', () => {
    const words = fc.stringMatching(/^[学生时每年安排的课]{0,6}$/);
    fc.assert(
      fc.property(words, amounts, words, (before, n, after) => {
        const written = toChinese(n);
        const found = findChineseNumerals(`${before}${written}${after}`);
        return found.length === 1 && found[0].value === n && found[0].index === before.length && found[0].length === written.length;
      }),
    );
  });

  it('reads 百分之N as a percentage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), (p) => {
        const [m] = findChineseNumerals(`不得低于机构岗位总量的百分之${toChinese(p)}。`);
        return m.percent && m.value === p;
      }),
    );
  });

  it('reads 二至三 and 一至两 as ranges, and 三至二 as no range', () => {
    expect(findChineseNumerals('军事训练为二至三周')[0]).toMatchObject({ value: 2, valueMax: 3, length: 3 });
    expect(findChineseNumerals('可以献一至两个单位')[0]).toMatchObject({ value: 1, valueMax: 2 });
    expect(findChineseNumerals('三至二')[0]).toMatchObject({ value: 3, valueMax: undefined, length: 1 });
  });
});
