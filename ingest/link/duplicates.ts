// Near-duplicate documents (the same text from two sources, one in traditional characters with
// pinyin): candidates share many sampled shingles, and a pair is a duplicate when the shingle
// containment |A∩B| / min(|A|,|B|) ≥ DUPLICATE_CONTAINMENT. Candidates come from an inverted
// index of the shingles whose hash ≡ 0 mod SAMPLE (a fixed sample of text positions, "mod-p"
// sampling in Broder 1997), so the cost stays near-linear in corpus size.
import { shingles } from './shingles.js';

export const DUPLICATE_CONTAINMENT = 0.8;
const SAMPLE = 8;
const MAX_DF = 50;

export function duplicateGroups(texts: string[]): number[][] {
  // Each text's shingles as a sorted array of unique hashes (4 bytes each; a Set of numbers costs
  // ≈ 40 bytes a hash: 1.2 GB for the 30 M shingles of the whole law mirror).
  const sets = texts.map((t) => uniqueSorted(shingles(t.replace(/[\s，。；：、“”《》（）]/g, ''))));
  const index = new Map<number, number[]>();
  const sampled = sets.map(() => 0);
  // Per document, the earlier documents sharing its sampled shingles, counted in one typed array
  // (cleared after each document) instead of a Map per document (session 51, perf): the same pairs.
  // The pairs' order does not matter: the groups are the components of the pairs that pass.
  const count = new Int32Array(texts.length);
  const pairs: [number, number][] = [];
  sets.forEach((set, i) => {
    const met: number[] = [];
    for (const h of set) {
      if (h % SAMPLE !== 0) continue;
      sampled[i]++;
      const list = index.get(h);
      // A sampled shingle in many documents is boilerplate; duplicates share plenty of rare ones.
      if (list && list.length > MAX_DF) continue;
      if (list) {
        for (const j of list) if (count[j]++ === 0) met.push(j);
        list.push(i);
      } else index.set(h, [i]);
    }
    // Exact containment only for pairs whose samples already overlap enough.
    for (const j of met) {
      if (count[j] >= 0.5 * DUPLICATE_CONTAINMENT * Math.min(sampled[i], sampled[j])) pairs.push([j, i]);
      count[j] = 0;
    }
  });
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const [a, b] of pairs) {
    if (find(a) === find(b)) continue;
    if (containment(sets[a], sets[b]) >= DUPLICATE_CONTAINMENT) parent[find(b)] = find(a);
  }
  const groups = new Map<number, number[]>();
  texts.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  return [...groups.values()];
}

/** |A∩B| / min(|A|, |B|) of two sorted arrays of unique hashes. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const small = Math.min(a.length, b.length);
  if (small === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / small;
}

function uniqueSorted(h: Uint32Array): Uint32Array {
  const a = h.slice().sort();
  let w = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[w - 1]) a[w++] = a[i];
  return a.slice(0, w);
}
