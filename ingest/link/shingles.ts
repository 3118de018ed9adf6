// Character shingles (Broder 1997, "On the resemblance and containment of documents"): every
// run of K characters of a text, hashed. Chinese has no spaces, so characters stand for words.
export const K = 8;

/** FNV-1a over a string's UTF-16 units: fast, stable across runs, good enough for shingles. */
export function hash(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hash of the shingle starting at each position (length text.length - K + 1, or 0). */
export function shingles(text: string, k = K): Uint32Array {
  const n = Math.max(0, text.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = hash(text, i, i + k);
  return out;
}
