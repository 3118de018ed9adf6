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
  const sets = texts.map((t) => new Set(shingles(t.replace(/[\s，。；：、“”《》（）]/g, ''))));
  const index = new Map<number, number[]>();
  const shared = new Map<number, Map<number, number>>();
  const sampled = sets.map(() => 0);
  sets.forEach((set, i) => {
    for (const h of set) {
      if (h % SAMPLE !== 0) continue;
      sampled[i]++;
      const list = index.get(h);
      // A sampled shingle in many documents is boilerplate; duplicates share plenty of rare ones.
      if (list && list.length > MAX_DF) continue;
      if (list) {
        const row = shared.get(i) ?? new Map<number, number>();
        for (const j of list) row.set(j, (row.get(j) ?? 0) + 1);
        shared.set(i, row);
        list.push(i);
      } else index.set(h, [i]);
    }
  });
  // Exact containment only for pairs whose samples already overlap enough.
  const pairs: [number, number][] = [];
  for (const [i, row] of shared) {
    for (const [j, n] of row) if (n >= 0.5 * DUPLICATE_CONTAINMENT * Math.min(sampled[i], sampled[j])) pairs.push([j, i]);
  }
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

export function containment(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  return shared / small.size;
}
