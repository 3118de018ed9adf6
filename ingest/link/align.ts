// Local alignment of two measures (Smith & Waterman 1981, "Identification of common molecular
// subsequences"), clause by clause so that clauses reused in another order are still found:
// every clause of the lower measure is aligned with each clause of the higher one that shares a
// character bigram with it, and the best local alignment above the minimum becomes a passage
// with its span on both sides. Boilerplate and punctuation are masked beforehand (they never
// match), so a passage counts only what it reuses beyond the political formulae.
import type { LinkOptions } from './options.js';

/** Masked characters (boilerplate, punctuation, digits, spaces) never match anything. */
export const MASK = '\u0000';
const PUNCT = /[\s，。；：、“”‘’《》〈〉（）()！？!?,.;:\d\-—·]/;
const CLAUSE_END = /[，。；：！？\n]/;

export interface Clause {
  start: number;
  end: number;
  /** The clause's character bigrams beyond the mask, as sorted unique 32-bit codes (two UTF-16
   *  units): 4 bytes each, built once per measure for the whole link run. */
  bigrams: Uint32Array;
}

export interface Prepared {
  text: string;
  /** `text` with boilerplate phrases and punctuation replaced by MASK (same length). */
  masked: string;
  /** Characters outside boilerplate and punctuation: computed once per unit. */
  substance: number;
  clauses: Clause[];
}

export function prepare(text: string, boilerplate: string[]): Prepared {
  const chars = text.split(''); // UTF-16 units, like every span
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
      if (codes.length > 0) clauses.push({ start, end: k, bigrams: uniqueSorted(codes) });
      start = k + 1;
    }
  }
  return { text, masked, substance, clauses };
}

export interface Alignment {
  /** [start, end) in each text (unit-relative). */
  lower: [number, number];
  higher: [number, number];
  /** Characters that match (beyond the mask). */
  matched: number;
}

/** Best local alignment of a[aFrom, aTo) with b[bFrom, bTo). */
export function localAlign(
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

export interface AlignedPassage extends Alignment {
  text: string;
}

/** Passages of reused wording between two prepared measures, in lower order; each lower clause
 *  gives at most one passage, so a higher clause reused twice is counted once per lower use. */
export function alignMeasures(lower: Prepared, higher: Prepared, s: LinkOptions['align']): AlignedPassage[] {
  const out: AlignedPassage[] = [];
  for (const lc of lower.clauses) {
    let best: Alignment | undefined;
    for (const hc of higher.clauses) {
      if (!sharesAny(lc.bigrams, hc.bigrams)) continue;
      const a = localAlign(lower.masked, lc.start, lc.end, higher.masked, hc.start, hc.end, s);
      if (a && a.matched >= s.minPassage && (!best || a.matched > best.matched)) best = a;
    }
    if (best) out.push({ ...best, text: lower.text.slice(best.lower[0], best.lower[1]) });
  }
  return out;
}

function uniqueSorted(codes: number[]): Uint32Array {
  const a = Uint32Array.from(codes).sort();
  let w = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[w - 1]) a[w++] = a[i];
  return a.slice(0, w);
}

/** Whether two sorted code arrays share a value (a merge walk). */
function sharesAny(a: Uint32Array, b: Uint32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i] < b[j]) i++;
    else j++;
  }
  return false;
}
