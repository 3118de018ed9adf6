// Drafting rewrites (options.draftingRewrites, ingest/lexicon/drafting-rewrites.txt, ingest/link/drafting.ts): a local
// article that names the grassroots bodies in the local way (村（居）民委员会, 企事业单位) meets the law's article that
// names them in the national way (居民委员会、村民委员会, 企业事业组织) in the pair TF-IDF; the other groups are read
// from the same file and stay off (session 25: none raised a dev set without another falling).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unitMaker, withBigrams } from '../../../ingest/link/index.js';
import { linkMeasures, type LinkUnit } from '../../../ingest/link/implements.js';
import { drafting, readRewrites } from '../../../ingest/link/drafting.js';
import { DEFAULT_LINK_OPTIONS, DRAFTING_REWRITES, linkOptions, rewriteGroups } from '../../../ingest/link/options.js';
import type { ProcessedDoc } from '../../../ingest/snapshot/types.js';

const grassroots = drafting(rewriteGroups(['grassroots']));

describe('drafting rewrites: the lexicon', () => {
  it('reads every group of the file, each rule a valid expression', () => {
    expect([...new Set(DRAFTING_REWRITES.map((r) => r.group))]).toEqual(['levels', 'renames', 'grassroots', 'modal', 'sanctions', 'self', 'synonyms']);
    expect(new Set(DRAFTING_REWRITES.map((r) => r.pattern)).size).toBe(DRAFTING_REWRITES.length);
  });

  it('refuses a rule outside a group', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drafting-'));
    writeFileSync(join(dir, 'bad.txt'), '本条例 => 本法\n');
    expect(() => readRewrites(pathToFileURL(join(dir, 'bad.txt')))).toThrow(Error);
  });

  it('writes the local names of the grassroots bodies as the national ones', () => {
    expect(grassroots('村（居）民委员会')).toBe(grassroots('居民委员会、村民委员会'));
    expect(grassroots('企事业单位')).toBe(grassroots('企业事业组织'));
    expect(grassroots('镇（乡）人民政府')).toBe(grassroots('乡（镇）人民政府'));
  });

  it('drops the government level before 人民政府 and its departments (levels, off by default)', () => {
    const levels = drafting(rewriteGroups(['levels']));
    expect(levels('市和区县（市）卫生健康主管部门')).toBe('卫生健康主管部门');
    expect(levels('县级以上地方人民政府卫生行政部门')).toBe('卫生主管部门');
    expect(levels('市场监督管理部门')).toBe('市场监督管理部门');
  });

  it('is off by default (measured, one link on one set: README "Session 25, drafting rewrites")', () => {
    expect(DEFAULT_LINK_OPTIONS.draftingRewrites).toBeNull();
  });
});

const text = {
  law6: '第六条 国家机关、军队、社会团体、企业事业组织、居民委员会、村民委员会，应当动员和组织本单位或者本居住区的适龄公民参加献血。',
  law5: '第五条 各级人民政府采取措施广泛宣传献血的意义，普及献血的科学知识。新闻媒介应当开展献血的社会公益性宣传。',
  prov: '第十六条 机关、企事业单位、村（居）民委员会应当动员适龄公民参加献血，对献血者给予表扬。',
};

/** A regulation of one article per text, as the link stage reads it (unitMaker). */
function doc(articles: string[]): ProcessedDoc {
  const body = articles.join('\n');
  let at = 0;
  const units = articles.map((a, i) => {
    const u = { path: `第${i}条`, name: `第${i}条`, kind: 'article', leaf: true, span: [at, at + a.length] as [number, number] };
    at += a.length + 1;
    return u;
  });
  return { sources: [], doc: { text: body, genre: 'regulation', units }, extraction: { words: {}, mentions: [] } } as unknown as ProcessedDoc;
}

describe('drafting rewrites: the link units', () => {
  it('takes a regulation unit’s bigrams from its rewritten text', () => {
    const make = (o: typeof DEFAULT_LINK_OPTIONS) => unitMaker([], o)(doc([text.prov]), 0, 'p')[0].words;
    const on = make(linkOptions({ draftingRewrites: { genres: ['regulation'], rules: rewriteGroups(['grassroots']) } }));
    const off = make(linkOptions({ draftingRewrites: null }));
    // 村（居）民委员会 read as 基层群众性自治组织, 企事业单位 as 企业事业单位.
    expect(on).toContain('·自治');
    expect(on).not.toContain('·企事');
    expect(off).not.toContain('·自治');
    expect(off).toContain('·企事');
  });

  it('scores the local article higher against the law’s article it restates, and not against its neighbour', () => {
    const units = (rewrite: boolean): LinkUnit[] =>
      [['law#第六条', 0, text.law6], ['law#第五条', 0, text.law5], ['prov#第十六条', 1, text.prov]].map(([id, d, t]) => ({
        id: id as string, docIndex: d as number, offset: 0, text: t as string, entities: new Set<string>(), genre: 'regulation' as const,
        words: withBigrams([], rewrite ? grassroots(t as string) : (t as string), true),
      }));
    const score = (rewrite: boolean, higher: string) =>
      linkMeasures(units(rewrite), (l, h) => l === 1 && h === 0, [], linkOptions({ procedureStages: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.5, partial: 0 }, relative: 0, topK: 10, pairIdf: true } } }), true)
        .find((l) => l.higher === higher)?.score ?? 0;
    expect(score(true, 'law#第六条')).toBeGreaterThan(score(false, 'law#第六条'));
    expect(score(true, 'law#第六条') - score(true, 'law#第五条')).toBeGreaterThan(score(false, 'law#第六条') - score(false, 'law#第五条'));
  });
});
