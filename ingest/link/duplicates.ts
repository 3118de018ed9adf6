// Near-duplicate documents (the same text from two sources, one in traditional characters with
// pinyin): candidates share many sampled shingles, and a pair is a duplicate when the shingle
// containment |A∩B| / min(|A|,|B|) ≥ DUPLICATE_CONTAINMENT. Candidates come from an inverted
// index of the shingles whose hash ≡ 0 mod SAMPLE (a fixed sample of text positions, "mod-p"
// sampling in Broder 1997), so the cost stays near-linear in corpus size.
import { shingles } from './shingles.js';

export const DUPLICATE_CONTAINMENT = 0.8;
const SAMPLE = 8;

export function duplicateGroups(texts: string[]): number[][] {
  const sets = texts.map((t) => new Set(shingles(t.replace(/[\s，。；：、“”《》（）]/g, ''))));
  const index = new Map<number, number[]>();
  const pairs = new Map<string, [number, number]>();
  sets.forEach((set, i) => {
    for (const h of set) {
      if (h % SAMPLE !== 0) continue;
      const list = index.get(h);
      if (list) {
        for (const j of list) if (list.length < 50) pairs.set(`${j}:${i}`, [j, i]);
        list.push(i);
      } else index.set(h, [i]);
    }
  });
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const [a, b] of pairs.values()) {
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
