// Local alignment of two measures (Smith & Waterman 1981, "Identification of common molecular
// subsequences"), clause by clause so that clauses reused in another order are still found:
// every clause of the lower measure is aligned with each clause of the higher one that shares a
// character bigram with it, and the best local alignment above the minimum becomes a passage
// with its span on both sides. Boilerplate and punctuation are masked beforehand (they never
// match), so a passage counts only what it reuses beyond the political formulae.
import type { LinkOptions } from './options.js';
import { localAlignCore } from './align-core.js';

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
  // The body lives in align-core.ts (banded to the cells that can score; session 23).
  return localAlignCore(a, aFrom, aTo, b, bFrom, bTo, s);
}

export interface AlignedPassage extends Alignment {
  text: string;
}

/** Passages of reused wording between two prepared measures, in lower order; each lower clause
 *  gives at most one passage, so a higher clause reused twice is counted once per lower use.
 *  A pair of clauses is aligned only when it could change the answer: the characters an alignment
 *  matches are a common subsequence of the two clauses, so their count is at most the clauses'
 *  common characters (as multisets); a pair whose common characters are fewer than the minimum
 *  passage, or than one more than the best passage already found for this lower clause, is
 *  skipped without changing the result (tests/ingest/link/align-bound.test.ts). */
export function alignMeasures(lower: Prepared, higher: Prepared, s: LinkOptions['align']): AlignedPassage[] {
  const out: AlignedPassage[] = [];
  const lowChars = clauseChars(lower);
  const highChars = clauseChars(higher);
  const { clausesOf, seen } = bigramClauses(higher);
  for (let l = 0; l < lower.clauses.length; l++) {
    const lc = lower.clauses[l];
    let best: Alignment | undefined;
    // The higher clauses sharing a bigram with this one, from the higher measure's bigram →
    // clauses table, then taken in clause order as before.
    seen.fill(0);
    for (let k = 0; k < lc.bigrams.length; k++) {
      const hs = clausesOf.get(lc.bigrams[k]);
      if (hs !== undefined) for (let x = 0; x < hs.length; x++) seen[hs[x]] = 1;
    }
    for (let h = 0; h < higher.clauses.length; h++) {
      if (seen[h] === 0) continue;
      const hc = higher.clauses[h];
      const need = best ? Math.max(s.minPassage, best.matched + 1) : s.minPassage;
      if (!atLeastCommon(lowChars[l], highChars[h], need)) continue;
      const a = localAlign(lower.masked, lc.start, lc.end, higher.masked, hc.start, hc.end, s);
      if (a && a.matched >= s.minPassage && (!best || a.matched > best.matched)) best = a;
    }
    if (best) out.push({ ...best, text: lower.text.slice(best.lower[0], best.lower[1]) });
  }
  return out;
}

/** Each clause's unmasked characters, sorted (a multiset), once per Prepared object. */
const charsOf = new WeakMap<Prepared, Uint16Array[]>();
function clauseChars(p: Prepared): Uint16Array[] {
  let out = charsOf.get(p);
  if (!out) {
    out = p.clauses.map((c) => {
      const a = new Uint16Array(c.end - c.start);
      let w = 0;
      for (let k = c.start; k < c.end; k++) {
        const code = p.masked.charCodeAt(k);
        if (code !== 0) a[w++] = code;
      }
      return a.subarray(0, w).sort();
    });
    charsOf.set(p, out);
  }
  return out;
}

/** For each bigram of a measure, the clauses holding it (ascending), once per Prepared object. */
const clausesOfBigram = new WeakMap<Prepared, { clausesOf: Map<number, number[]>; seen: Uint8Array }>();
function bigramClauses(p: Prepared): { clausesOf: Map<number, number[]>; seen: Uint8Array } {
  let out = clausesOfBigram.get(p);
  if (!out) {
    const clausesOf = new Map<number, number[]>();
    p.clauses.forEach((c, h) => {
      for (const b of c.bigrams) {
        const hs = clausesOf.get(b);
        if (hs) hs.push(h);
        else clausesOf.set(b, [h]);
      }
    });
    out = { clausesOf, seen: new Uint8Array(p.clauses.length) };
    clausesOfBigram.set(p, out);
  }
  return out;
}

/** Whether two sorted multisets have at least `need` elements in common (a merge walk). */
export function atLeastCommon(a: Uint16Array, b: Uint16Array, need: number): boolean {
  if (need <= 0) return true;
  if (a.length < need || b.length < need) return false;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      if (++common >= need) return true;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return false;
}

function uniqueSorted(codes: number[]): Uint32Array {
  const a = Uint32Array.from(codes).sort();
  let w = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[w - 1]) a[w++] = a[i];
  return a.slice(0, w);
}
