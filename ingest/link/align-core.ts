// The body of localAlign (align.ts): Smith & Waterman's local alignment over two ranges of masked
// text, keeping for the best cell its score, its matched characters and where its path starts.
//
// Banded to the cells that can score (session 23, issue 11). With mismatch ≤ 0 and gap ≤ 0 (the
// link options' scheme), a cell scores above zero only through a match in its own column, a
// scoring cell above it or diagonally above-left, or a scoring cell to its left. So a row is
// computed from the first column that can score (the previous row's first scoring column, or the
// row character's first occurrence in b) and stops after the last one that can (the previous
// row's last scoring column + 1 or the character's last occurrence, then while the run to the left
// still scores); every other cell of the row is zero, as the full table has it. A row whose
// character occurs nowhere in b below a row that scores nowhere is all zeros and is not computed.
// The cells computed are computed as before, in the same order, so the result is the same
// (tests/ingest/link/align-bound.test.ts compares with the full table). Another scheme (a
// positive mismatch or gap) takes the full table.
import type { Alignment } from './align.js';
import type { LinkOptions } from './options.js';

// Row buffers, reused from call to call (a link run makes millions of calls on clauses of a few
// dozen characters; allocating them each time cost more than the work).
let cap = 0;
let rowH0 = new Float64Array(0);
let rowH1 = new Float64Array(0);
let rowM0 = new Int32Array(0);
let rowM1 = new Int32Array(0);
let rowS0 = new Int32Array(0);
let rowS1 = new Int32Array(0);
let codesB = new Uint16Array(0);

function ensure(m: number): void {
  if (cap >= m + 1) return;
  cap = Math.max(m + 1, 2 * cap, 64);
  [rowH0, rowH1] = [new Float64Array(cap), new Float64Array(cap)];
  [rowM0, rowM1, rowS0, rowS1] = [new Int32Array(cap), new Int32Array(cap), new Int32Array(cap), new Int32Array(cap)];
  codesB = new Uint16Array(cap);
}

// Per UTF-16 code: its first and last column in the current b range, valid when stamp[code] is
// the current call's number (no clearing between calls).
const firstIn = new Int32Array(65536);
const lastIn = new Int32Array(65536);
const stamp = new Int32Array(65536);
let call = 0;

// Results of earlier calls, by the two ranges' text (session 23): policy texts copy clauses, so
// the same pair of clauses is aligned again and again (gen-corpus 1,000: 91 % of the calls, 86 %
// of the cells, in 500,000 calls; tests/real/corpus: 10 %). The result depends only on the two
// ranges' characters and the scheme, so an earlier one is given back shifted to the new ranges.
// Least recently used first out, MEMO_ENTRIES at most (keys ≈ 48 characters: about 2.5 MB); a
// replay of those 500,000 calls kept 82–84 % of the cells with 5,000–10,000 entries (90 % calls
// with no bound). Pairs under MEMO_MIN_CELLS are computed: the key costs about as much.
// Session 26 (perf): two generations instead of a strict LRU order, which re-inserted every hit (the
// delete and set were 4 % of the link stage). A result is put in the newer generation; when that
// holds MEMO_ENTRIES / 2 results it becomes the older one and the oldest generation is dropped; a
// result found only in the older one is put in the newer one again. At most MEMO_ENTRIES results,
// as before; which results are kept changes only how many calls are computed, never a result.
const MEMO_ENTRIES = 8192;
const MEMO_MIN_CELLS = 64;
/** [start in a, end in a, start in b, end in b, matched], relative to the ranges; null: none. */
let memo = new Map<string, number[] | null>();
let memoOlder = new Map<string, number[] | null>();
let memoMatch = NaN;
let memoMismatch = NaN;
let memoGap = NaN;

function remember(key: string, r: number[] | null): void {
  memo.set(key, r);
  if (memo.size >= MEMO_ENTRIES / 2) {
    memoOlder = memo;
    memo = new Map();
  }
}

export function localAlignCore(
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
  if (n * m < MEMO_MIN_CELLS) return compute(a, aFrom, n, b, bFrom, m, s);
  if (s.match !== memoMatch || s.mismatch !== memoMismatch || s.gap !== memoGap) {
    memo = new Map();
    memoOlder = new Map();
    [memoMatch, memoMismatch, memoGap] = [s.match, s.mismatch, s.gap];
  }
  // The length of the first range first: no two pairs of ranges give the same key. Sliced from a
  // concatenation, so the key is a copy: slices of a and b would keep them whole while it stays.
  const key = `:${n}:${a.slice(aFrom, aTo)}${b.slice(bFrom, bTo)}`.slice(1);
  let r = memo.get(key);
  if (r === undefined) {
    r = memoOlder.get(key);
    if (r !== undefined) remember(key, r);
  }
  if (r === undefined) {
    const al = compute(a, aFrom, n, b, bFrom, m, s);
    remember(key, al ? [al.lower[0] - aFrom, al.lower[1] - aFrom, al.higher[0] - bFrom, al.higher[1] - bFrom, al.matched] : null);
    return al;
  }
  return r ? { lower: [aFrom + r[0], aFrom + r[1]], higher: [bFrom + r[2], bFrom + r[3]], matched: r[4] } : undefined;
}

/** The alignment itself (no memo), n > 0 and m > 0. */
function compute(a: string, aFrom: number, n: number, b: string, bFrom: number, m: number, s: LinkOptions['align']): Alignment | undefined {
  ensure(m);
  const { match, mismatch, gap } = s;
  if (!(mismatch <= 0 && gap <= 0)) return fullTable(a, aFrom, n, b, bFrom, m, match, mismatch, gap);
  if (call === 0x7fffffff) {
    stamp.fill(0);
    call = 0;
  }
  const id = ++call;
  for (let j = 1; j <= m; j++) {
    const c = b.charCodeAt(bFrom + j - 1);
    codesB[j] = c;
    if (c === 0) continue; // the mask matches nothing
    if (stamp[c] !== id) {
      stamp[c] = id;
      firstIn[c] = j;
    }
    lastIn[c] = j;
  }
  // H: score; M: matched characters along the best path (for the passage's weight); S: start of
  // the path (flattened i*(m+1)+j). Row 0 is all zeros, as is column 0 of every row. Only H must
  // be zero outside a row's scoring cells: M and S are read only where H scores.
  let prevH = rowH0;
  let prevM = rowM0;
  let prevS = rowS0;
  let curH = rowH1;
  let curM = rowM1;
  let curS = rowS1;
  prevH.fill(0, 0, m + 1);
  curH.fill(0, 0, m + 1);
  // The previous row's scoring columns [pLo, pHi] (pLo > pHi: none), and the columns last written
  // in each buffer (the current one's are cleared before it is written again).
  let pLo = 1;
  let pHi = 0;
  let prevWLo = 1;
  let prevWHi = 0;
  let curWLo = 1;
  let curWHi = 0;
  const w = m + 1;
  let best = 0;
  let bestEnd = -1;
  let bestM = 0;
  let bestStart = 0;
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(aFrom + i - 1);
    const occurs = ca !== 0 && stamp[ca] === id;
    if (!occurs && pLo > pHi) continue; // all zeros, like the previous row: nothing to write
    let lo = pLo <= pHi ? pLo : m + 1;
    let stopAt = pLo <= pHi ? pHi + 1 : 0;
    if (occurs) {
      if (firstIn[ca] < lo) lo = firstIn[ca];
      if (lastIn[ca] > stopAt) stopAt = lastIn[ca];
    }
    if (curWLo <= curWHi) curH.fill(0, curWLo, curWHi + 1);
    const row = i * w;
    let leftH = 0;
    let leftM = 0;
    let leftS = 0;
    let diagH = prevH[lo - 1]; // zero: lo - 1 is before the previous row's scoring columns
    let diagM = prevM[lo - 1];
    let diagS = prevS[lo - 1];
    let nLo = m + 1;
    let nHi = 0;
    let j = lo;
    for (; j <= m; j++) {
      const cb = codesB[j];
      const same = ca === cb && ca !== 0;
      const diag = diagH + (same ? match : mismatch);
      const upH = prevH[j];
      const up = upH + gap;
      const left = leftH + gap;
      let h = 0;
      let mm = 0;
      let st = row + j;
      if (diag > h) {
        h = diag;
        if (diagH > 0) {
          mm = diagM + (same ? 1 : 0);
          st = diagS;
        } else {
          mm = same ? 1 : 0;
          st = row - w + j - 1;
        }
      }
      if (up > h) {
        h = up;
        mm = prevM[j];
        st = prevS[j];
      }
      if (left > h) {
        h = left;
        mm = leftM;
        st = leftS;
      }
      if (h <= 0) mm = 0;
      diagH = upH;
      diagM = prevM[j];
      diagS = prevS[j];
      curH[j] = leftH = h;
      curM[j] = leftM = mm;
      curS[j] = st;
      leftS = st | 0; // as stored in the Int32Array
      if (h > 0) {
        if (j < nLo) nLo = j;
        nHi = j;
        if (h > best) {
          best = h;
          bestEnd = row + j;
          bestM = mm;
          bestStart = st;
        }
      } else if (j >= stopAt) break; // nothing to the right can score
    }
    curWLo = prevWLo;
    curWHi = prevWHi;
    prevWLo = lo;
    prevWHi = j <= m ? j : m;
    pLo = nLo;
    pHi = nHi;
    const tH = prevH;
    prevH = curH;
    curH = tH;
    const tM = prevM;
    prevM = curM;
    curM = tM;
    const tS = prevS;
    prevS = curS;
    curS = tS;
  }
  if (bestEnd < 0) return undefined;
  return result(bestStart, bestEnd, bestM, w, aFrom, bFrom);
}

/** The whole table (any scheme): every cell of every row. */
function fullTable(a: string, aFrom: number, n: number, b: string, bFrom: number, m: number, match: number, mismatch: number, gap: number): Alignment | undefined {
  let prevH = rowH0;
  let prevM = rowM0;
  let prevS = rowS0;
  let curH = rowH1;
  let curM = rowM1;
  let curS = rowS1;
  prevH.fill(0, 0, m + 1);
  prevM.fill(0, 0, m + 1);
  prevS.fill(0, 0, m + 1);
  const w = m + 1;
  let best = 0;
  let bestEnd = -1;
  let bestM = 0;
  let bestStart = 0;
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(aFrom + i - 1);
    curH[0] = 0;
    curM[0] = 0;
    curS[0] = 0;
    let leftH = 0;
    let leftM = 0;
    let leftS = 0;
    let diagH = 0; // prevH[j - 1]
    let diagM = 0;
    let diagS = 0;
    const row = i * w;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(bFrom + j - 1);
      const same = ca === cb && ca !== 0;
      const diag = diagH + (same ? match : mismatch);
      const upH = prevH[j];
      const up = upH + gap;
      const left = leftH + gap;
      let h = 0;
      let mm = 0;
      let st = row + j;
      if (diag > h) {
        h = diag;
        if (diagH > 0) {
          mm = diagM + (same ? 1 : 0);
          st = diagS;
        } else {
          mm = same ? 1 : 0;
          st = row - w + j - 1;
        }
      }
      if (up > h) {
        h = up;
        mm = prevM[j];
        st = prevS[j];
      }
      if (left > h) {
        h = left;
        mm = leftM;
        st = leftS;
      }
      if (h <= 0) mm = 0;
      diagH = upH;
      diagM = prevM[j];
      diagS = prevS[j];
      curH[j] = leftH = h;
      curM[j] = leftM = mm;
      curS[j] = st;
      leftS = st | 0; // as stored in the Int32Array
      if (h > best) {
        best = h;
        bestEnd = row + j;
        bestM = mm;
        bestStart = st;
      }
    }
    const tH = prevH;
    prevH = curH;
    curH = tH;
    const tM = prevM;
    prevM = curM;
    curM = tM;
    const tS = prevS;
    prevS = curS;
    curS = tS;
  }
  if (bestEnd < 0) return undefined;
  return result(bestStart, bestEnd, bestM, w, aFrom, bFrom);
}

function result(bestStart: number, bestEnd: number, matched: number, w: number, aFrom: number, bFrom: number): Alignment {
  const si = Math.floor(bestStart / w);
  const sj = bestStart % w;
  const ei = Math.floor(bestEnd / w);
  const ej = bestEnd % w;
  return { lower: [aFrom + si, aFrom + ei], higher: [bFrom + sj, bFrom + ej], matched };
}
