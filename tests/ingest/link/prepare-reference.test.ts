// prepare() over UTF-16 codes and tables (session 26, perf) gives exactly what the version that split
// the text into one-character strings and tested the regexes per character gave (kept below verbatim):
// the same masked text, substance (code points beyond the mask) and clauses with their bigrams.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASK, prepare, type Clause, type Prepared } from '../../../ingest/link/align.js';

const PUNCT = /[\s，。；：、“”‘’《》〈〉（）()！？!?,.;:\d\-—·]/;
const CLAUSE_END = /[，。；：！？\n]/;

function refPrepare(text: string, boilerplate: string[]): Prepared {
  const chars = text.split('');
  for (const b of boilerplate) {
    for (let at = text.indexOf(b); at >= 0; at = text.indexOf(b, at + b.length)) {
      for (let k = at; k < at + b.length; k++) chars[k] = MASK;
    }
  }
  for (let k = 0; k < chars.length; k++) if (PUNCT.test(chars[k])) chars[k] = MASK;
  const masked = chars.join('');
  let substance = 0;
  for (const c of masked) if (c !== MASK) substance++;
  const clauses: Clause[] = [];
  let start = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k === text.length || CLAUSE_END.test(text[k])) {
      const codes: number[] = [];
      for (let i = start; i + 1 < k; i++) {
        if (masked[i] !== MASK && masked[i + 1] !== MASK) codes.push(((masked.charCodeAt(i) << 16) | masked.charCodeAt(i + 1)) >>> 0);
      }
      if (codes.length > 0) clauses.push({ start, end: k, bigrams: Uint32Array.from(new Set(codes)).sort() });
      start = k + 1;
    }
  }
  return { text, masked, substance, clauses };
}

// Policy text, its punctuation and spaces, digits, the mask itself and surrogates (paired and lone).
const piece = fc.constantFrom('加强', '科普', '工作', '，', '。', '；', '：', '！', '\n', ' ', '\u3000', '、', '“', '”', '（', '）', '1', '９', '-', '—', '·', '\u0000', '𠀀', '\ud800', '\udc00', 'a', '各级人民政府', '应当');
const text = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));

describe('prepare', () => {
  it('equals the per-character version on random texts and boilerplate', () => {
    fc.assert(
      fc.property(text, fc.array(fc.constantFrom('各级人民政府', '应当', '工作', '𠀀加强', '。各'), { maxLength: 3 }), (t, boilerplate) => {
        expect(prepare(t, boilerplate)).toEqual(refPrepare(t, boilerplate));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts a surrogate pair as one character of substance, as the masked text read by code points did', () => {
    expect(prepare('𠀀加', []).substance).toBe(2);
    expect(prepare('\ud800，\udc00', []).substance).toBe(2);
  });
});
