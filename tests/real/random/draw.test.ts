// The random metadata sets are the seeded draw of scripts/draw-random-sample.ts: the allotment is
// proportional, and (when the mirror is on this machine) re-running the draw gives the files the two
// sets hold, split the same way.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allot, draw, MIRROR, stratum } from '../../../scripts/draw-random-sample.js';

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
});
