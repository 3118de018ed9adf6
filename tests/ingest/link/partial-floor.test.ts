// A partial-only floor under the partial threshold (options.partialFloor, session 37, measured and left off): in each
// higher document a lower article has no link into, its best candidate is kept as a partial link from `min` and `ratio`
// times the document's second best; a document it already links into gains nothing.
import { describe, expect, it } from 'vitest';
import { selectLinks, type AlignedCandidate } from '../../../ingest/link/select.js';
import { DEFAULT_LINK_OPTIONS } from '../../../ingest/link/options.js';

const profile = { thresholds: { implements: 0.24, partial: 0.13 }, topK: 2, relative: 0.8 };
const aligned: AlignedCandidate[] = [
  { higher: 'law#第三条', doc: 0, score: 0.3 },
  { higher: 'law#第十五条', doc: 0, score: 0.11 },
  { higher: 'province#第八条', doc: 1, score: 0.11 },
  { higher: 'province#第九条', doc: 1, score: 0.05 },
];
const facts = { genre: 'regulation' as const, mayBeStrong: () => true };
const rules = (partialFloor: typeof DEFAULT_LINK_OPTIONS.partialFloor) => ({ ...DEFAULT_LINK_OPTIONS, clearBest: null, partialFloor });
const chosen = (o: ReturnType<typeof rules>) => selectLinks(aligned, facts, profile, o).map((c) => `${c.higher}:${c.verdict}`);

describe('partialFloor', () => {
  it('is off by default', () => {
    expect(DEFAULT_LINK_OPTIONS.partialFloor).toBeNull();
    expect(chosen(rules(null))).toEqual(['law#第三条:implements']);
  });

  it('keeps the best candidate of a document with no link, partial, from min and ratio', () => {
    expect(chosen(rules({ genres: ['regulation'], min: 0.1, ratio: 1.5 }))).toEqual(['law#第三条:implements', 'province#第八条:partial']);
    // Under min, or not clear enough of the document's second best: nothing.
    expect(chosen(rules({ genres: ['regulation'], min: 0.12, ratio: 1.5 }))).toEqual(['law#第三条:implements']);
    expect(chosen(rules({ genres: ['regulation'], min: 0.1, ratio: 2.5 }))).toEqual(['law#第三条:implements']);
    // Another genre: nothing.
    expect(chosen(rules({ genres: ['plan'], min: 0.1, ratio: 1.5 }))).toEqual(['law#第三条:implements']);
  });
});
