// The fast paths of the local alignment give exactly what the straightforward versions give:
// localAlign with reused row buffers and the row's neighbours in locals, and alignMeasures, which
// skips a pair of clauses whose common characters (as multisets) bound its matched characters
// below what could be kept. The references below are the code before those changes, verbatim.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignMeasures, atLeastCommon, localAlign, prepare, type Alignment, type AlignedPassage, type Prepared } from '../../../ingest/link/align.js';
import { DEFAULT_LINK_OPTIONS, type LinkOptions } from '../../../ingest/link/options.js';

/** Best local alignment of a[aFrom, aTo) with b[bFrom, bTo). */
function refLocalAlign(
  a: string,
  aFrom: number,
  aTo: number,
  b: string,
  bFrom: number,
  bTo: number,
  s: LinkOptions['align'],
): Alignment | undefined {
  const n = aTo - aFrom;
  const m = bTo - bFrom;
  if (n <= 0 || m <= 0) return undefined;
  // H: score; M: matched characters along the best path (for the passage's weight).
  let prevH = new Float64Array(m + 1);
  let prevM = new Int32Array(m + 1);
  let prevS = new Int32Array(m + 1); // start of the path in a (flattened i*(m+1)+j)
  let curH = new Float64Array(m + 1);
  let curM = new Int32Array(m + 1);
  let curS = new Int32Array(m + 1);
  let best = 0;
  let bestEnd = -1;
  let bestM = 0;
  let bestStart = 0;
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(aFrom + i - 1);
    curH[0] = 0;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(bFrom + j - 1);
      const same = ca === cb && ca !== 0;
      const diag = prevH[j - 1] + (same ? s.match : s.mismatch);
      const up = prevH[j] + s.gap;
      const left = curH[j - 1] + s.gap;
      let h = 0;
      let mm = 0;
      let st = i * (m + 1) + j;
      if (diag > h) {
        h = diag;
        mm = (prevH[j - 1] > 0 ? prevM[j - 1] : 0) + (same ? 1 : 0);
        st = prevH[j - 1] > 0 ? prevS[j - 1] : (i - 1) * (m + 1) + (j - 1);
      }
      if (up > h) {
        h = up;
        mm = prevM[j];
        st = prevS[j];
      }
      if (left > h) {
        h = left;
        mm = curM[j - 1];
        st = curS[j - 1];
      }
      curH[j] = h;
      curM[j] = h > 0 ? mm : 0;
      curS[j] = st;
      if (h > best) {
        best = h;
        bestEnd = i * (m + 1) + j;
        bestM = curM[j];
        bestStart = st;
      }
    }
    [prevH, curH] = [curH, prevH];
    [prevM, curM] = [curM, prevM];
    [prevS, curS] = [curS, prevS];
  }
  if (bestEnd < 0) return undefined;
  const si = Math.floor(bestStart / (m + 1));
  const sj = bestStart % (m + 1);
  const ei = Math.floor(bestEnd / (m + 1));
  const ej = bestEnd % (m + 1);
  return { lower: [aFrom + si, aFrom + ei], higher: [bFrom + sj, bFrom + ej], matched: bestM };
}

function refAlignMeasures(lower: Prepared, higher: Prepared, s: LinkOptions['align']): AlignedPassage[] {
  const out: AlignedPassage[] = [];
  for (const lc of lower.clauses) {
    let best: Alignment | undefined;
    for (const hc of higher.clauses) {
      if (![...lc.bigrams].some((x) => hc.bigrams.includes(x))) continue;
      const a = refLocalAlign(lower.masked, lc.start, lc.end, higher.masked, hc.start, hc.end, s);
      if (a && a.matched >= s.minPassage && (!best || a.matched > best.matched)) best = a;
    }
    if (best) out.push({ ...best, text: lower.text.slice(best.lower[0], best.lower[1]) });
  }
  return out;
}

// A small alphabet so that random texts share characters, bigrams and long runs.
const CHARS = '科技创新推进建设服务发展，。；、 的和1';
const text = (max: number) => fc.array(fc.constantFrom(...CHARS), { maxLength: max }).map((a) => a.join(''));
const scheme = fc.record({
  match: fc.constantFrom(2, 1, 3, 1.5),
  mismatch: fc.constantFrom(-1, -2, 0, -0.5),
  gap: fc.constantFrom(-1, -2, -0.5),
  minPassage: fc.integer({ min: 0, max: 8 }),
});

describe('alignment fast paths are exact', () => {
  it('localAlign equals the reference on random ranges, schemes and call orders', () => {
    fc.assert(fc.property(text(40), text(40), scheme, fc.nat(), fc.nat(), (a, b, s, x, y) => {
      const af = x % (a.length + 1);
      const bf = y % (b.length + 1);
      // Calls of growing and shrinking sizes share the buffers: each must see a clean start.
      for (const [aTo, bTo] of [[a.length, b.length], [af + (a.length - af >> 1), bf + 1], [a.length, b.length]]) {
        expect(localAlign(a, af, aTo, b, bf, Math.min(bTo, b.length), s)).toEqual(refLocalAlign(a, af, aTo, b, bf, Math.min(bTo, b.length), s));
      }
    }), { numRuns: 2000 });
  });

  // The banded table (align-core.ts, session 23) against the full one: masked characters (\u0000),
  // a larger alphabet (few matches, narrow bands: the case it is for), longer ranges, surrogate
  // halves, and schemes outside its conditions (a positive mismatch or gap: the full table).
  it('localAlign (banded) equals the full table on sparse, masked and long texts and on any scheme', () => {
    const wide = '\u0000\u0000科技创新推进建设服务发展的和人才培养教育农业工业数字经济绿色低碳安全应急卫生健康养老托育\ud83d\ude00';
    const sparse = (max: number) => fc.array(fc.constantFrom(...wide), { maxLength: max }).map((a) => a.join(''));
    const anyScheme = fc.record({
      match: fc.constantFrom(2, 1, 0, -1, 0.7),
      mismatch: fc.constantFrom(-1, -2, 0, -0.5, 0.5),
      gap: fc.constantFrom(-1, -2, -0.5, 0, 1),
      minPassage: fc.constant(6),
    });
    fc.assert(fc.property(fc.oneof(text(90), sparse(90)), fc.oneof(text(90), sparse(90)), fc.oneof(scheme, anyScheme), fc.nat(), fc.nat(), (a, b, s, x, y) => {
      const af = x % (a.length + 1);
      const bf = y % (b.length + 1);
      for (const [aTo, bTo] of [[a.length, b.length], [af + (a.length - af >> 1), bf + 3], [a.length, b.length]]) {
        expect(localAlign(a, af, aTo, b, bf, Math.min(bTo, b.length), s)).toEqual(refLocalAlign(a, af, aTo, b, bf, Math.min(bTo, b.length), s));
      }
    }), { numRuns: 4000 });
  });

  // Earlier results are given back for the same two texts (align-core.ts's memo): at other offsets
  // in other strings, after other pairs, and never across schemes.
  it('localAlign gives the same pair of texts the same alignment wherever they stand and under each scheme', () => {
    fc.assert(fc.property(text(60), text(60), text(6), text(6), scheme, scheme, (a, b, pa, pb, s1, s2) => {
      const at = (x: string, y: string, s: LinkOptions['align']): Parameters<typeof localAlign>[] => [
        [x, 0, x.length, y, 0, y.length, s],
        [pa + x + pb, pa.length, pa.length + x.length, pb + y, pb.length, pb.length + y.length, s],
      ];
      for (const [x, y, s] of [[a, b, s1], [a, b, s2], [b, a, s1], [a, b, s1], [a + b, b, s2]] as const) {
        for (const args of at(x, y, s)) expect(localAlign(...args)).toEqual(refLocalAlign(...args));
      }
    }), { numRuns: 1500 });
  });

  it('alignMeasures equals the reference (no pruning of a pair that could count)', () => {
    const boiler = fc.subarray(['推进建设', '服务发展', '科技'], { maxLength: 2 });
    // Several clauses a side, so that a lower clause meets many higher ones of growing overlap.
    const clauses = fc.array(text(14), { minLength: 1, maxLength: 8 }).map((c) => c.join('，'));
    fc.assert(fc.property(clauses, clauses, boiler, scheme, (l, h, bp, s) => {
      const [lower, higher] = [prepare(l, bp), prepare(h, bp)];
      expect(alignMeasures(lower, higher, s)).toEqual(refAlignMeasures(lower, higher, s));
    }), { numRuns: 3000 });
  });

  it('atLeastCommon counts common elements of sorted multisets', () => {
    const ms = fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 12 }).map((a) => Uint16Array.from(a).sort());
    fc.assert(fc.property(ms, ms, fc.integer({ min: -1, max: 14 }), (a, b, need) => {
      const left = [...a];
      let common = 0;
      for (const x of b) {
        const k = left.indexOf(x);
        if (k >= 0) {
          left.splice(k, 1);
          common++;
        }
      }
      expect(atLeastCommon(a, b, need)).toBe(common >= need);
    }));
  });
});
