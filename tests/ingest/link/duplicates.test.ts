import { describe, expect, it } from 'vitest';
import { duplicateGroups } from '../../../ingest/link/index.js';
import { structured } from '../helpers.js';

describe('near-duplicate documents', () => {
  it('groups the traditional-with-pinyin copy with its simplified original', () => {
    const a = structured('002_c24945225dab7da9.txt').text;
    const b = structured('003_26ef23e71b9cbbbe.txt').text;
    const c = structured('000_ce7d90cc0e0ce880.txt').text;
    expect(duplicateGroups([a, b, c])).toEqual([[0, 1], [2]]);
  });

  it('keeps two different plans of the same issuer apart', () => {
    const a = structured('000_ce7d90cc0e0ce880.txt').text;
    const b = structured('001_d87d61ca0788070b.txt').text;
    expect(duplicateGroups([a, b])).toEqual([[0], [1]]);
  });
});
