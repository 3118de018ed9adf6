// Every canned query in cypher/ has its title in both interface languages (the console lists them
// by these; a file without one would show its English header title in the Chinese page).
import { describe, expect, it } from 'vitest';
import { loadCannedQueries } from '../../neo4j/queries.js';
import { en } from '../../web/src/i18n/en.js';
import { zh } from '../../web/src/i18n/zh.js';
import { CANNED_DESCRIPTIONS_ZH } from '../../web/src/i18n/canned-descriptions.zh.js';

describe('canned query titles', () => {
  it('has a Chinese and an English title for every file of cypher/', () => {
    for (const q of loadCannedQueries()) {
      expect(zh.cannedTitle, q.name).toHaveProperty([q.name]);
      expect((zh.cannedTitle as Record<string, string>)[q.name]).toMatch(/[\u4e00-\u9fff]/);
      expect((en.cannedTitle as Record<string, string>)[q.name], q.name).toBe(q.title);
    }
  });

  it('has a Chinese description for every file of cypher/ and none for a file that is gone (session 37 trial: all English)', () => {
    const names = loadCannedQueries().map((q) => q.name);
    expect(Object.keys(CANNED_DESCRIPTIONS_ZH).sort()).toEqual([...names].sort());
    for (const name of names) expect(CANNED_DESCRIPTIONS_ZH[name], name).toMatch(/[\u4e00-\u9fff]{10}/);
  });
});
