// Session 51 (perf helper): engine-only speed changes whose results must be those of the code before.
// - topWeightedTerms (ingest/link/topic.ts) keeps the first n of weightedTerms without sorting every word: the same
//   words, weights and order as weightedTerms(...).slice(0, n), on random word lists (many ties) and on the real texts.
// - duplicateGroups (ingest/link/duplicates.ts) counts each document's candidates in one typed array instead of a Map
//   per document: the same groups as the code before (kept here verbatim) on texts with planted near-duplicates.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { containment, DUPLICATE_CONTAINMENT, duplicateGroups } from '../../ingest/link/duplicates.js';
import { shingles } from '../../ingest/link/shingles.js';
import { backgroundDf, subjectWords, topWeightedTerms, weightedTerms, type BackgroundDf } from '../../ingest/link/topic.js';

const background = backgroundDf();
const realTexts = ['corpus', 'tests/real/corpus'].flatMap((dir) =>
  readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8')));
// Two-character "words" of a text (a stand-in for its content words: many repeats, many ties of weight).
const bigramWords = (t: string) => {
  const out: string[] = [];
  for (let i = 0; i + 1 < t.length; i += 2) if (/^[\u4e00-\u9fff]{2}$/.test(t.slice(i, i + 2))) out.push(t.slice(i, i + 2));
  return out;
};

describe('topWeightedTerms', () => {
  it('is the first n of weightedTerms on random word lists (ties included)', () => {
    const small: BackgroundDf = { documents: 10, df: new Map([['甲', 3], ['乙', 3], ['丙', 0], ['丁', 12]]) };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '甲乙', '乙甲'), { maxLength: 60 }),
        fc.integer({ min: 0, max: 12 }),
        fc.boolean(),
        (words, n, real) => {
          const bg = real ? background : small;
          expect(topWeightedTerms(words, bg, n)).toEqual(weightedTerms(words, bg).slice(0, n));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is the first 10 and 50 of weightedTerms on the real texts', () => {
    expect(realTexts.length).toBeGreaterThan(10);
    for (const t of realTexts) {
      const words = bigramWords(t);
      for (const n of [10, 50]) expect(topWeightedTerms(words, background, n)).toEqual(weightedTerms(words, background).slice(0, n));
      expect(subjectWords(words, background)).toEqual(weightedTerms(words, background).slice(0, 10).map(([w]) => w));
    }
  });
});

// duplicateGroups as it was before session 51 (a Map of shared counts per document).
function duplicateGroupsBefore(texts: string[]): number[][] {
  const SAMPLE = 8;
  const MAX_DF = 50;
  const uniqueSorted = (h: Uint32Array) => {
    const a = h.slice().sort();
    let w = 0;
    for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[w - 1]) a[w++] = a[i];
    return a.slice(0, w);
  };
  const sets = texts.map((t) => uniqueSorted(shingles(t.replace(/[\s，。；：、“”《》（）]/g, ''))));
  const index = new Map<number, number[]>();
  const shared = new Map<number, Map<number, number>>();
  const sampled = sets.map(() => 0);
  sets.forEach((set, i) => {
    for (const h of set) {
      if (h % SAMPLE !== 0) continue;
      sampled[i]++;
      const list = index.get(h);
      if (list && list.length > MAX_DF) continue;
      if (list) {
        const row = shared.get(i) ?? new Map<number, number>();
        for (const j of list) row.set(j, (row.get(j) ?? 0) + 1);
        shared.set(i, row);
        list.push(i);
      } else index.set(h, [i]);
    }
  });
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

describe('duplicateGroups', () => {
  it('gives the groups of the code before on real texts with planted near-duplicates and shared boilerplate', () => {
    // Each real text, a copy with a tail cut off (a near-duplicate), a copy with a few characters changed,
    // and 60 short texts that all share one paragraph (sampled shingles in more than MAX_DF documents).
    const boiler = realTexts[0]!.slice(0, 400);
    const texts: string[] = [];
    realTexts.forEach((t, k) => {
      texts.push(t);
      if (k % 2 === 0) texts.push(t.slice(0, Math.floor(t.length * 0.9)));
      if (k % 3 === 0) texts.push(t.replace(/的/g, '之'));
    });
    for (let k = 0; k < 60; k++) texts.push(boiler + realTexts[k % realTexts.length]!.slice(500 + k * 97, 900 + k * 97));
    const after = duplicateGroups(texts);
    expect(after).toEqual(duplicateGroupsBefore(texts));
    expect(after.some((g) => g.length > 1)).toBe(true);
    expect(after.length).toBeGreaterThan(10);
  });
});

