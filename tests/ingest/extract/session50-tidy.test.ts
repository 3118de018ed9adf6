// Session 50 (helper tidy): groupOwnRegionOut reads the region's own short forms from own-regions.txt (it was a character
// class in discover.ts). The sentence is session 49's (北京市促进私营个体经济发展条例, a free mirror text).
import { mkdtempSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../ingest/extract/index.js';
import { DEFAULT_LEXICON_DIR, LexiconError, loadLexicon } from '../../../ingest/lexicon/load.js';
import { lexicon, structured } from '../helpers.js';
import { regulation } from './law-text.js';

const text = regulation('北京市促进私营个体经济发展条例', '私营企业安置本市城镇失业人员达到国家规定比例的，享受劳动就业服务企业的优惠政策。');
const groups = (lex: typeof lexicon) =>
  extract(structured('x.txt', text), lex, {}).mentions.filter((m) => m.type === 'TargetGroup').map((m) => m.canonical);

describe('own-regions.txt (groupOwnRegionOut)', () => {
  it('holds the own short forms of every level a local text is issued at', () => {
    expect(lexicon.ownRegions).toEqual(['本市', '本省', '本区', '本县']);
  });
  it('cuts the scope word 市 off the group only while 本市 is listed', () => {
    expect(groups(lexicon)).toContain('城镇失业人员');
    expect(groups({ ...lexicon, ownRegions: lexicon.ownRegions.filter((w) => w !== '本市') })).toContain('市城镇失业人员');
  });
  it('refuses a word that does not start with 本', () => {
    const dir = mkdtempSync(join(tmpdir(), 'own-regions-'));
    cpSync(DEFAULT_LEXICON_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'own-regions.txt'), '本市\n全市\n');
    expect(() => loadLexicon(dir)).toThrow(LexiconError);
  });
});

// load.ts reads the role files (group-clause, group-objects, group-carers, org-functions, name-clauses, zone-bodies,
// procurement-lists) through one roleTable: a line of a role the file does not have is refused, name-clauses.txt's too (it was
// read without the check before session 50).
describe('role files (load.ts roleTable)', () => {
  const withLine = (file: string, line: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'role-table-'));
    cpSync(DEFAULT_LEXICON_DIR, dir, { recursive: true });
    writeFileSync(join(dir, file), `${line}\n`, { flag: 'a' });
    return dir;
  };
  it('reads each role under its field', () => {
    expect(lexicon.clausePersons).toEqual(['人', '者', '员']);
    expect(lexicon.orgFunctions.heads.length).toBeGreaterThan(0);
    expect(lexicon.nameClauses.anaphor.length).toBeGreaterThan(0);
  });
  it('refuses a role the file does not have, naming the ones it has', () => {
    expect(() => loadLexicon(withLine('name-clauses.txt', 'pronoun | 其'))).toThrow(/name-clauses\.txt:\d+: expected anaphor \| adverb/);
    expect(() => loadLexicon(withLine('group-clause.txt', 'modals | 应当'))).toThrow(/group-clause\.txt:\d+: expected modal \| breach/);
  });
});

