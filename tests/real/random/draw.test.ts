// The random metadata sets are the seeded draw of scripts/draw-random-sample.ts: the allotment is
// proportional, and (when the mirror is on this machine) re-running the draw gives the files the two
// sets hold, split the same way.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allot, draw, DRAWS, EXCLUDED_SETS_3, MIRROR, stratum, weightedScore } from '../../../scripts/draw-random-sample.js';

const sources = (dir: string) =>
  (JSON.parse(readFileSync(new URL(`../${dir}/sources.json`, import.meta.url), 'utf8')) as { files: { source: string }[] }).files
    .map((f) => f.source)
    .sort();

describe('the allotment of draws to strata', () => {
  it('gives every draw, in proportion to size, by largest remainder', () => {
    const got = allot(new Map([['a', 672], ['b', 458], ['c', 21], ['d', 8]]), 40);
    expect([...got.values()].reduce((x, y) => x + y, 0)).toBe(40);
    // a: 23.3, b: 15.9, c: 0.73, d: 0.28 → 23, 16, 1, 0.
    expect(Object.fromEntries(got)).toEqual({ a: 23, b: 16, c: 1, d: 0 });
  });

  it('with a floor, gives one draw to every stratum of at least that many documents first', () => {
    const sizes = new Map([['a', 672], ['b', 458], ['c', 21], ['d', 8], ['e', 5], ['f', 2]]);
    const got = allot(sizes, 40, 5);
    expect([...got.values()].reduce((x, y) => x + y, 0)).toBe(40);
    // c, d, e get their one draw; a and b share the 35 left by size; f (2 < 5) gets none.
    expect(got.get('c')).toBeGreaterThanOrEqual(1);
    expect(got.get('d')).toBe(1);
    expect(got.get('e')).toBe(1);
    expect(got.get('f')).toBe(0);
    expect(got.get('a')! + got.get('b')!).toBeGreaterThanOrEqual(35);
    // without the floor the small strata get nothing, as in the first draw
    expect(allot(sizes, 40).get('e')).toBe(0);
  });

  it('weights a document by its stratum’s size over its draws, so a floor draw does not count as much', () => {
    const scored = [{ documents: [
      { file: 'big.md', metadata: { correct: 7, total: 7 } },
      { file: 'small.md', metadata: { correct: 0, total: 7 } },
    ] }];
    // a stratum of 600 documents drawn once against one of 5 drawn once: the small one's miss weighs 5/605
    const r = weightedScore(scored, new Map([['big.md', 600], ['small.md', 5]]));
    expect(r.plain).toBe(0.5);
    expect(r.weighted).toBeCloseTo(600 / 605, 6);
  });

  it('puts each DLC province in a stratum of its own', () => {
    expect(stratum('DLC/山东地方法规/地方性法规/山东/x.md')).toBe('DLC/山东地方法规');
    expect(stratum('行政法规/x.md')).toBe('行政法规');
  });
});

describe.skipIf(!existsSync(MIRROR))('the committed sets against a fresh draw', () => {
  it('holds the seeded draw, split into the same dev and held-out halves', () => {
    const d = draw();
    expect(d.dev.map((e) => e.path).sort()).toEqual(sources('random'));
    expect(d.held.map((e) => e.path).sort()).toEqual(sources('random-heldout'));
  });

  it('holds the second draw (seed 1920261201, a floor of one per stratum of ≥ 5), split the same way', () => {
    const d = draw(DRAWS.second);
    expect(d.dev.map((e) => e.path).sort()).toEqual(sources('random2'));
    expect(d.held.map((e) => e.path).sort()).toEqual(sources('random2-heldout'));
    for (const [k, n] of d.sizes) if (n >= 5) expect(d.quota.get(k), k).toBeGreaterThanOrEqual(1);
    // no document of an earlier set is drawn again
    const earlier = new Set(['random', 'random-heldout', 'kinds', 'kinds-heldout'].flatMap(sources));
    expect([...d.dev, ...d.held].filter((e) => earlier.has(e.path))).toEqual([]);
  });

  it('holds the third draw (session 34: seed 1920261220, 24 documents, every set of main 991457c out), split 12 + 12', () => {
    const d = draw(DRAWS.third);
    expect(d.dev.map((e) => e.path).sort()).toEqual(sources('random3'));
    expect(d.held.map((e) => e.path).sort()).toEqual(sources('random3-heldout'));
    expect([d.dev.length, d.held.length]).toEqual([12, 12]);
    // no document of a set main had when the draw was made is drawn again
    const earlier = new Set(EXCLUDED_SETS_3.filter((s) => s.startsWith('tests/real/')).map((s) => s.slice('tests/real/'.length)).filter(Boolean).flatMap(sources));
    expect([...d.dev, ...d.held].filter((e) => earlier.has(e.path))).toEqual([]);
  });
});
