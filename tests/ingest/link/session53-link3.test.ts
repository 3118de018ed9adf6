// A second law article carried by another paragraph of a lower article already linked (options.paragraphSecond, session 53
// helper link3, issue 13; off by default, civildefence and techtransfer's verdicts having fallen: ingest/link/options.ts;
// each test sets it). Real texts: 山东省动物防疫条例 (2021) 第二十条 has two paragraphs, the first on the licensing of
// animal clinics (动物诊疗活动实行许可制度…), the second with its own actor (乡村兽医应当具备国家规定的条件，经…备案后，方可…从事动物
// 诊疗活动); the article links 动物防疫法 第七十一条 by its score, and the gold (tests/real/animal, weak) has 第六十九条 too (…符合条件
// 的乡村兽医…备案), the second paragraph's own best article of the law, which the selection cuts.
import { describe, expect, it } from 'vitest';
import { distinctParagraph, lowerParagraphs, paragraphSeconds, type ParagraphSecondRule } from '../../../ingest/link/paragraph-second.js';
import { PARAGRAPH_SECOND_MEASURED } from '../../../ingest/link/options.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';

import { article, real } from './real-article.js';
const LAW = 'animal/corpus/动物防疫法(2021-01-22).md';
const SD = 'animal/corpus/山东省动物防疫条例(2021-12-03).md';
const m = PARAGRAPH_SECOND_MEASURED;
const rule: ParagraphSecondRule = { back: new RegExp(m.back), verbs: new RegExp(m.verbs), distinct: m.distinct, min: m.min, margin: m.margin, minBigrams: m.minBigrams };

describe('a distinct paragraph’s own best law article (options.paragraphSecond)', () => {
  it('reads 山东 第二十条’s second paragraph as one of its own (its own actor, 乡村兽医)', () => {
    const ps = lowerParagraphs(article(SD, '第二十条'), rule);
    expect(ps).toHaveLength(2);
    expect(ps[1].subject).toBe('乡村兽医');
    expect(distinctParagraph(ps, 1, 'subject')).toBe(true);
    expect(distinctParagraph(ps, 0, 'subject')).toBe(false);
  });
  it('a list item （一） is no paragraph of its own', () => {
    const ps = lowerParagraphs(article(SD, '第三十七条'), rule);
    expect(ps[1].text.startsWith('（一）')).toBe(true);
    const items = ps.map((p, i) => i).filter((i) => ps[i].text.startsWith('（'));
    expect(items).toEqual([1, 2, 3]);
    expect(items.every((i) => ps[i].back && !distinctParagraph(ps, i, 'none'))).toBe(true);
  });
  it('adds 第六十九条 beside the first link 第七十一条, not the first link itself, and nothing under minScore', () => {
    const ps = lowerParagraphs(article(SD, '第二十条'), rule);
    const cands = (second: number) => [
      { text: article(LAW, '第七十一条'), score: 0.3 },
      { text: article(LAW, '第六十九条'), score: second },
    ];
    expect(paragraphSeconds(ps, cands(0.17), rule, m.minScore)).toEqual([1]);
    expect(paragraphSeconds(ps, cands(0.05), rule, m.minScore)).toEqual([]);
    expect(paragraphSeconds(ps, [cands(0.17)[1], cands(0.17)[0]], rule, m.minScore)).toEqual([]);
  });
});

describe('山东 第二十条 links 动物防疫法 第六十九条 with the rule, not without (ingest of the two real texts)', () => {
  it('a partial link beside the article’s own', { timeout: 240_000 }, async () => {
    const inputs = [real(LAW), real(SD)];
    const linksOf = async (on: boolean) => {
      const { snapshot } = await runIngest({ inputs, lexicon: loadLexicon(), link: on ? { paragraphSecond: PARAGRAPH_SECOND_MEASURED } : {} });
      return snapshot.edges
        .filter((e) => e.attributes.type === 'IMPLEMENTS' && e.source.includes('山东') && e.source.endsWith('/第二十条'))
        .map((e) => `${e.target.split('/').pop()} ${(e.attributes as { verdict?: string }).verdict}`)
        .sort();
    };
    const off = await linksOf(false);
    const on = await linksOf(true);
    expect(off.some((l) => l.startsWith('第六十九条'))).toBe(false);
    expect(on).toContain('第六十九条 partial');
    expect(on.filter((l) => !l.startsWith('第六十九条'))).toEqual(off);
  });
});
