import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../../../ingest/clean/index.js';
import { originRuns, sourceOffset } from '../../../ingest/clean/origin-map.js';
import { CORPUS, lexicon } from '../helpers.js';

describe('origin map', () => {
  it('maps every cleaned character of the pinyin document back to its source character', () => {
    const src = readFileSync(join(CORPUS, '002_c24945225dab7da9.txt'), 'utf8');
    const c = clean(src, lexicon);
    const runs = originRuns(c.origin);
    const wrong = [...c.text].filter((_, i) => sourceOffset(runs, i) !== c.origin[i]).length;
    expect(wrong).toBe(0);
  });

  it('stores a document without removals as a single run', () => {
    expect(originRuns([0, 1, 2, 3, 4])).toEqual([0, 0]);
  });
});
