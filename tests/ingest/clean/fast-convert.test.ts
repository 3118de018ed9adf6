// The clean stage's hk → cn conversion (script.ts fastConverter, session 28) is opencc's Converter step for step:
// the same output on texts built from the dictionaries' own entries (phrases run together, overlapping, cut
// short), on simplified and traditional policy text, and on strings where opencc steps by more than one code unit
// (surrogate pairs, ideographic description sequences).
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { fastConverter, traditionalShare } from '../../../ingest/clean/script.js';

const reference = OpenCC.Converter({ from: 'hk', to: 'cn' });
const fast = fastConverter()!;

// Every source and replacement of the dictionaries hk → cn uses, and their characters.
const config = (OpenCC.Locale as unknown as { configs: Record<string, Record<string, unknown>> }).configs.hk2s;
const dicts: string[] = JSON.stringify(config).match(/"[^"]*\|[^"]*"/g)!.map((d) => JSON.parse(d) as string);
const words = [...new Set(dicts.flatMap((d) => d.split('|').flatMap((e) => e.split(' '))))].filter((w) => w.length > 0);
const chars = [...new Set(words.flatMap((w) => Array.from(w)))];
const other = Array.from('科技创新推进建设服务发展的和人才培养教育农业工业数字经济绿色低碳安全，。、\n a1');
const odd = ['⿰木木', '⿱⿰口口口', '\ud842\udfb7', '\ud83d\ude00', '\ud800', '\udc00', '⿸'];

describe('fastConverter', () => {
  it('is built from the installed opencc-js (not the fallback)', () => {
    expect(fastConverter()).toBeDefined();
    expect(words.length).toBeGreaterThan(1000);
  });

  it('equals opencc\'s Converter on texts made of dictionary entries, their pieces and other characters', () => {
    const piece = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...words) },
      { weight: 2, arbitrary: fc.constantFrom(...words).chain((w) => fc.nat(w.length).map((k) => w.slice(0, k))) },
      { weight: 3, arbitrary: fc.constantFrom(...chars) },
      { weight: 3, arbitrary: fc.constantFrom(...other) },
      { weight: 1, arbitrary: fc.constantFrom(...odd) },
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (s) => {
      expect(fast(s)).toBe(reference(s));
    }), { numRuns: 5000 });
  });

  it('equals opencc\'s Converter on every dictionary entry alone and all of them run together', () => {
    for (const w of words) expect(fast(w)).toBe(reference(w));
    const all = words.join('');
    expect(fast(all)).toBe(reference(all));
  });

  it('gives traditionalShare the same figures on simplified and traditional text', () => {
    const simplified = '为深入贯彻落实党中央、国务院关于加强科学普及工作的决策部署，推动平台建设，提升全民科学素质，制定本方案。';
    const traditional = '為深入貫徹落實黨中央、國務院關於加強科學普及工作的決策部署，推動平臺建設，提升全民科學素質，制定本方案。';
    expect(fast(simplified)).toBe(reference(simplified));
    expect(fast(traditional)).toBe(reference(traditional));
    expect(traditionalShare(simplified)).toBe(0);
    expect(traditionalShare(traditional)).toBeGreaterThan(0.3);
  });
});
