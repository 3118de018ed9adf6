// Sparse TF-IDF vectors and cosine similarity over an inverted index (Salton & Buckley 1988,
// "Term-weighting approaches in automatic text retrieval"): the "same task, other wording"
// signal that complements verbatim reuse. Terms in more than maxDf units carry no signal and
// are left out of the index, which keeps candidate generation near-linear.

export type SparseVector = Map<string, number>;

/** Terms in more than maxDfShare of the units, or in more than MAX_POSTINGS units, are left out:
 *  they say little (low IDF) and would make candidate generation quadratic. */
export const MAX_POSTINGS = 200;

export function tfidfVectors(docs: string[][], maxDfShare = 0.2, minDf = 1, maxPostings = MAX_POSTINGS): { vectors: SparseVector[]; df: Map<string, number> } {
  const df = new Map<string, number>();
  for (const terms of docs) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const maxDf = Math.min(maxPostings, Math.max(2, Math.ceil(maxDfShare * n)));
  const vectors = docs.map((terms) => {
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
  });
  return { vectors, df };
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
