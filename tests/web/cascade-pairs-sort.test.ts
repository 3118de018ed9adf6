// The cascade's pairs table sorted by a column (web/src/graph/cascade-pairs.ts sortPairs, nextPairSort): ui36's open
// finding, "which provinces took longest?" read off an unsorted lag column.
import { describe, expect, it } from 'vitest';
import { nextPairSort, sortPairs, type CascadePair } from '../../web/src/graph/cascade-pairs.js';

const pair = (key: string, x: Partial<CascadePair>): CascadePair =>
  ({ key, lowerDoc: key, higherDoc: 'law', kind: 'implements', implements: 0, partial: 0, cites: 0, carried: [], measuresTotal: 0, notCarried: [], links: [], ...x }) as CascadePair;

const PAIRS = [
  pair('河南', { lagDays: 634, medianScore: 0.3, implements: 5, partial: 1 }),
  pair('泰安', { lagDays: 8613, medianScore: 0.2, implements: 2, partial: 9 }),
  pair('引用', { cites: 3 }),
  pair('浙江', { lagDays: 8369, medianScore: 0.5, implements: 5, partial: 4 }),
  pair('青岛', { lagDays: 8052, medianScore: 0.2, implements: 1 }),
];
const keys = (ps: CascadePair[]) => ps.map((p) => p.key);

describe('sorting the pairs table', () => {
  it('by lag, longest first then shortest first; a pair without a lag last either way; null keeps the order', () => {
    expect(keys(sortPairs(PAIRS, { key: 'lag', dir: 'desc' }))).toEqual(['泰安', '浙江', '青岛', '河南', '引用']);
    expect(keys(sortPairs(PAIRS, { key: 'lag', dir: 'asc' }))).toEqual(['河南', '青岛', '浙江', '泰安', '引用']);
    expect(keys(sortPairs(PAIRS, null))).toEqual(['河南', '泰安', '引用', '浙江', '青岛']);
  });

  it('by score (ties in the cascade order) and by links (implements, then partial)', () => {
    expect(keys(sortPairs(PAIRS, { key: 'score', dir: 'desc' }))).toEqual(['浙江', '河南', '泰安', '青岛', '引用']);
    expect(keys(sortPairs(PAIRS, { key: 'links', dir: 'desc' }))).toEqual(['浙江', '河南', '泰安', '青岛', '引用']);
  });

  it('a header click: a new column largest first, the same column flips, then back to the cascade order', () => {
    expect(nextPairSort(null, 'lag')).toEqual({ key: 'lag', dir: 'desc' });
    expect(nextPairSort({ key: 'lag', dir: 'desc' }, 'lag')).toEqual({ key: 'lag', dir: 'asc' });
    expect(nextPairSort({ key: 'lag', dir: 'asc' }, 'lag')).toBeNull();
    expect(nextPairSort({ key: 'lag', dir: 'asc' }, 'score')).toEqual({ key: 'score', dir: 'desc' });
  });
});
