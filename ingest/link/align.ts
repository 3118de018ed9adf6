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
/** An article's label opening its text, with the space after it. */
const OWN_LABEL = /^\s*第[一二三四五六七八九十百千零〇\d]+条(?:之[一二三四五六七八九十]+)?\s*/;

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

/** PUNCT and CLAUSE_END as tables of UTF-16 codes (bit 1: masked, bit 2: ends a clause), each code tested once
 *  by the regexes themselves: prepare tested them per character (session 26, perf: prepare was 5 % of link). */
let codeClasses: Uint8Array | undefined;
function classes(): Uint8Array {
  if (!codeClasses) {
    codeClasses = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      codeClasses[c] = (PUNCT.test(ch) ? 1 : 0) | (CLAUSE_END.test(ch) ? 2 : 0);
    }
  }
  return codeClasses;
}

export function prepare(text: string, boilerplate: string[]): Prepared {
  // UTF-16 units, like every span; the mask is code 0.
  const codes = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) codes[k] = text.charCodeAt(k);
  for (const b of boilerplate) {
    for (let at = text.indexOf(b); at >= 0; at = text.indexOf(b, at + b.length)) codes.fill(0, at, at + b.length);
  }
  // An article's own label (第十条) is its address, not its wording: two articles of one number reuse nothing by it, and no
  // passage starts with it (session 38: "第十四条老年人…" in the evidence; 广东 第十条 建设工程… → 消防法 第十条 建设工程…).
  const label = OWN_LABEL.exec(text);
  if (label) codes.fill(0, 0, label[0].length);
  const cls = classes();
  for (let k = 0; k < codes.length; k++) if ((cls[text.charCodeAt(k)] & 1) !== 0) codes[k] = 0;
  let masked = '';
  for (let k = 0; k < codes.length; k += 8192) masked += String.fromCharCode.apply(null, codes.subarray(k, k + 8192) as unknown as number[]);
  // Characters (code points, a surrogate pair is one) beyond the mask.
  let substance = 0;
  for (let k = 0; k < codes.length; k++) {
    const c = codes[k];
    if (c === 0) continue;
    substance++;
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < codes.length && codes[k + 1] >= 0xdc00 && codes[k + 1] <= 0xdfff) k++;
  }
  const clauses: Clause[] = [];
  let start = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k === text.length || (cls[text.charCodeAt(k)] & 2) !== 0) {
      const pairs: number[] = [];
      for (let i = start; i + 1 < k; i++) {
        if (codes[i] !== 0 && codes[i + 1] !== 0) pairs.push(((codes[i] << 16) | codes[i + 1]) >>> 0);
      }
      if (pairs.length > 0) clauses.push({ start, end: k, bigrams: uniqueSorted(pairs) });
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
      const at = clausesOf.find(lc.bigrams[k]);
      if (at >= 0) for (let x = clausesOf.from[at]; x < clausesOf.from[at + 1]; x++) seen[clausesOf.clauses[x]] = 1;
    }
    for (let h = 0; h < higher.clauses.length; h++) {
      if (seen[h] === 0) continue;
      const hc = higher.clauses[h];
      const need = best ? Math.max(s.minPassage, best.matched + 1) : s.minPassage;
      if (!atLeastCommon(lowChars[l], highChars[h], need)) continue;
      const a = localAlign(lower.masked, lc.start, lc.end, higher.masked, hc.start, hc.end, s);
      if (a && a.matched >= s.minPassage && (!best || a.matched > best.matched)) best = a;
    }
    if (best) out.push({ lower: best.lower, higher: best.higher, matched: best.matched, text: lower.text.slice(best.lower[0], best.lower[1]) });
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

/** For each bigram of a measure, the clauses holding it (ascending), once per Prepared object: an
 *  open-addressing table of the bigram codes over typed arrays (session 26, perf: a Map keyed by the
 *  32-bit codes, most of them above the small-integer range, was 6 % of the link stage). */
class BigramClauses {
  private readonly keys: Uint32Array;
  private readonly slot: Int32Array;
  private readonly shift: number;
  /** Bigram number b's clauses are clauses[from[b] .. from[b + 1]). */
  readonly from: Int32Array;
  readonly clauses: Int32Array;

  constructor(p: Prepared) {
    const lists = new Map<number, number[]>();
    p.clauses.forEach((c, h) => {
      for (const b of c.bigrams) {
        const hs = lists.get(b);
        if (hs) hs.push(h);
        else lists.set(b, [h]);
      }
    });
    let bits = 4;
    while (1 << bits < 2 * lists.size) bits++;
    this.shift = 32 - bits;
    this.keys = new Uint32Array(1 << bits); // 0: empty (a bigram of two unmasked units is never 0)
    this.slot = new Int32Array(1 << bits);
    this.from = new Int32Array(lists.size + 1);
    let total = 0;
    for (const hs of lists.values()) total += hs.length;
    this.clauses = new Int32Array(total);
    let n = 0;
    let w = 0;
    for (const [b, hs] of lists) {
      let i = Math.imul(b, 0x9e3779b1) >>> this.shift;
      while (this.keys[i] !== 0) i = (i + 1) & (this.keys.length - 1);
      this.keys[i] = b;
      this.slot[i] = n;
      this.from[n++] = w;
      for (const h of hs) this.clauses[w++] = h;
    }
    this.from[n] = w;
  }

  /** The bigram's number, or -1 when no clause holds it. */
  find(b: number): number {
    const mask = this.keys.length - 1;
    for (let i = Math.imul(b, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const k = this.keys[i];
      if (k === b) return this.slot[i];
      if (k === 0) return -1;
    }
  }
}

const clausesOfBigram = new WeakMap<Prepared, { clausesOf: BigramClauses; seen: Uint8Array }>();
function bigramClauses(p: Prepared): { clausesOf: BigramClauses; seen: Uint8Array } {
  let out = clausesOfBigram.get(p);
  if (!out) {
    out = { clausesOf: new BigramClauses(p), seen: new Uint8Array(p.clauses.length) };
    clausesOfBigram.set(p, out);
  }
  return out;
}

/** Whether two sorted multisets have at least `need` elements in common (a merge walk). The walk
 *  stops as soon as the elements left on the side just advanced cannot make up the count (session 27,
 *  perf: the walk to the end of a pair that cannot reach `need` was the hottest line of
 *  alignMeasures; the answer is the same). */
export function atLeastCommon(a: Uint16Array, b: Uint16Array, need: number): boolean {
  if (need <= 0) return true;
  const na = a.length;
  const nb = b.length;
  if (na < need || nb < need) return false;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < na && j < nb) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      if (++common >= need) return true;
      i++;
      j++;
    } else if (x < y) {
      if (na - ++i + common < need) return false;
    } else if (nb - ++j + common < need) return false;
  }
  return false;
}

function uniqueSorted(codes: number[]): Uint32Array {
  const a = Uint32Array.from(codes).sort();
  let w = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[w - 1]) a[w++] = a[i];
  return a.slice(0, w);
}
