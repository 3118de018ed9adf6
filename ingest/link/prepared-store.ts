// Every measure's prepared text (align.ts `prepare`: masked text, substance, clauses with their
// bigrams) as a few flat typed arrays instead of one object, one string and one typed array per
// clause per measure (≈ 2 M small typed arrays at 10,000 documents). Built once per link run; in
// shared memory (SharedArrayBuffer) the link threads all read the one copy the main thread built
// (ingest/link/parallel.ts). A measure's Prepared object is made again from the arrays when the
// aligner needs it (the same characters, clauses and bigrams: the same passages).
import { prepare, type Prepared } from './align.js';
import { Grow } from './grow.js';

export interface PreparedStore {
  /** Masked text of every measure end to end, UTF-16 code units (measure i: maskedAt[i]..maskedAt[i + 1]). */
  masked: Uint16Array;
  maskedAt: Int32Array;
  substance: Int32Array;
  /** Clauses of measure i: clauseAt[i]..clauseAt[i + 1] in clauseStart/clauseEnd/bigramAt. */
  clauseAt: Int32Array;
  clauseStart: Int32Array;
  clauseEnd: Int32Array;
  /** Bigrams of clause c: bigrams[bigramAt[c]..bigramAt[c + 1]]. */
  bigramAt: Int32Array;
  bigrams: Uint32Array;
}

/** The prepared texts of `texts`, in shared memory when `shared`. */
export function buildPreparedStore(texts: string[], boilerplate: string[], shared = false): PreparedStore {
  const masked = new Grow(Uint16Array);
  const maskedAt = new Grow(Int32Array);
  const substance = new Grow(Int32Array);
  const clauseAt = new Grow(Int32Array);
  const clauseStart = new Grow(Int32Array);
  const clauseEnd = new Grow(Int32Array);
  const bigramAt = new Grow(Int32Array);
  const bigrams = new Grow(Uint32Array);
  maskedAt.push(0);
  clauseAt.push(0);
  bigramAt.push(0);
  for (const text of texts) {
    const p = prepare(text, boilerplate);
    for (let k = 0; k < p.masked.length; k++) masked.push(p.masked.charCodeAt(k));
    maskedAt.push(masked.length);
    substance.push(p.substance);
    for (const c of p.clauses) {
      clauseStart.push(c.start);
      clauseEnd.push(c.end);
      for (let k = 0; k < c.bigrams.length; k++) bigrams.push(c.bigrams[k]);
      bigramAt.push(bigrams.length);
    }
    clauseAt.push(clauseStart.length);
  }
  return {
    masked: masked.done(shared),
    maskedAt: maskedAt.done(shared),
    substance: substance.done(shared),
    clauseAt: clauseAt.done(shared),
    clauseStart: clauseStart.done(shared),
    clauseEnd: clauseEnd.done(shared),
    bigramAt: bigramAt.done(shared),
    bigrams: bigrams.done(shared),
  };
}

/** The masked text of measure i as a string. */
export function maskedText(s: PreparedStore, i: number): string {
  let out = '';
  for (let a = s.maskedAt[i], e = s.maskedAt[i + 1]; a < e; a += 8192) out += String.fromCharCode(...s.masked.subarray(a, Math.min(e, a + 8192)));
  return out;
}

/** Measure i as align.ts reads it (`text`: its unmasked text, which the store does not keep). */
export function preparedOf(s: PreparedStore, i: number, text: string): Prepared {
  const clauses: Prepared['clauses'] = [];
  for (let c = s.clauseAt[i]; c < s.clauseAt[i + 1]; c++) clauses.push({ start: s.clauseStart[c], end: s.clauseEnd[c], bigrams: s.bigrams.subarray(s.bigramAt[c], s.bigramAt[c + 1]) });
  return { text, masked: maskedText(s, i), substance: s.substance[i], clauses };
}
