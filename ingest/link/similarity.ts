// Sparse TF-IDF vectors and cosine similarity over an inverted index (Salton & Buckley 1988,
// "Term-weighting approaches in automatic text retrieval"): the "same task, other wording"
// signal that complements verbatim reuse. Terms in more than maxDf units carry no signal and
// are left out of the index, which keeps candidate generation near-linear.

export type SparseVector = Map<string, number>;

/** Terms in more than maxDfShare of the units, or in more than MAX_POSTINGS units, are left out:
 *  they say little (low IDF) and would make candidate generation quadratic. */
export const MAX_POSTINGS = 200;

export function tfidfVectors(docs: string[][], maxDfShare = 0.2, minDf = 1, maxPostings = MAX_POSTINGS): { vectors: SparseVector[]; df: Map<string, number> } {
  const df = documentFrequencies(docs.length, (i) => docs[i]);
  const maxDf = maxDocumentFrequency(docs.length, maxDfShare, maxPostings);
  return { vectors: docs.map((terms) => tfidfVector(terms, df, docs.length, maxDf, minDf)), df };
}

/** In how many of the n units each term is (`termsOf(i)`: unit i's terms). */
export function documentFrequencies(n: number, termsOf: (i: number) => Iterable<string>): Map<string, number> {
  const df = new Map<string, number>();
  for (let i = 0; i < n; i++) for (const t of new Set(termsOf(i))) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/** The largest document frequency a term of n units may have and still be weighed. */
export function maxDocumentFrequency(n: number, maxDfShare: number, maxPostings = MAX_POSTINGS): number {
  return Math.min(maxPostings, Math.max(2, Math.ceil(maxDfShare * n)));
}

/** One unit's TF-IDF vector (unit-normed; its terms in the order they first occur) among n units
 *  with these document frequencies: one vector at a time, so that a caller need not hold them all. */
export function tfidfVector(terms: string[], df: Map<string, number>, n: number, maxDf: number, minDf = 1): SparseVector {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v: SparseVector = new Map();
  let norm = 0;
  for (const [t, f] of tf) {
    const d = df.get(t)!;
    if (d > maxDf || d < minDf) continue;
    const w = (1 + Math.log(f)) * Math.log(1 + n / d);
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

/** term → [unit index, weight] over all vectors. */
export function invertedIndex(vectors: SparseVector[]): Map<string, [number, number][]> {
  const index = new Map<string, [number, number][]>();
  vectors.forEach((v, i) => {
    for (const [t, w] of v) {
      const list = index.get(t);
      if (list) list.push([i, w]);
      else index.set(t, [[i, w]]);
    }
  });
  return index;
}

/** Cosine of vector `i` with every unit sharing a term with it (accumulated dot products). */
export function cosines(i: number, vectors: SparseVector[], index: Map<string, [number, number][]>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [t, w] of vectors[i]) {
    for (const [j, wj] of index.get(t) ?? []) if (j !== i) out.set(j, (out.get(j) ?? 0) + w * wj);
  }
  return out;
}
