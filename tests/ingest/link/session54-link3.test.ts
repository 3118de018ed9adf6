// options.paragraphSecond with the neighbour guard (session 54 helper link3, issue 13; the rule off by default: each test
// sets it). Session 53's unguarded rule added 山东省动物防疫条例 第三条's paragraph on the 村（居）民委员会 (…协助做好动物疫病
// 预防、控制…) to 动物防疫法 第十八条, a general article on the duty to prevent animal diseases that six other articles of the
// 山东 regulation score from 0.1 — no link in the gold (tests/real/animal); its 第二十条 乡村兽医 paragraph's own article,
// 第六十九条, no other article of the regulation scores, and the gold has it. The guard keeps a paragraph's article only
// when at most one other article of the lower document scores it from 0.1 (`reach`), the pair scores a link by itself
// (minScore 0.13, the regulation profile's partial threshold), and the paragraph's opening subject is a plain actor, not a
// clause (`plainActor`: 上海市旅游条例 第四十四条 因突发事件应对需要，旅游经营者应当…).
import { describe, expect, it } from 'vitest';
import { distinctParagraph, lowerParagraphs, withinReach, type ParagraphSecondRule } from '../../../ingest/link/paragraph-second.js';
import { PARAGRAPH_SECOND_GUARDED, PARAGRAPH_SECOND_MEASURED } from '../../../ingest/link/options.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { article, real } from './real-article.js';

const LAW = 'animal/corpus/动物防疫法(2021-01-22).md';
const SD = 'animal/corpus/山东省动物防疫条例(2021-12-03).md';
const TOURISM = 'tourism/corpus/上海市旅游条例(2020-05-14).md';
const g = PARAGRAPH_SECOND_GUARDED;
const rule: ParagraphSecondRule = { back: new RegExp(g.back), verbs: new RegExp(g.verbs), distinct: g.distinct, min: g.min, margin: g.margin, minBigrams: g.minBigrams, plainActor: g.plainActor };

describe('the neighbour guard of options.paragraphSecond (session 54)', () => {
  it('a law article more than `max` other lower articles score from `min` is not kept', () => {
    const scores = new Map([
      [1, 0.12],
      [2, 0.09],
      [3, 0.1],
    ]);
    expect(withinReach([1, 2], (lo) => scores.get(lo), { min: 0.1, max: 1 })).toBe(true);
    expect(withinReach([1, 2, 3], (lo) => scores.get(lo), { min: 0.1, max: 1 })).toBe(false);
    expect(withinReach([1, 2, 3], (lo) => scores.get(lo), { min: 0.11, max: 1 })).toBe(true);
    expect(withinReach([4], () => undefined, { min: 0.1, max: 0 })).toBe(true);
  });
  it('上海市旅游条例 第四十四条’s third and fourth paragraphs open with a clause before their actor: no paragraph of its own with plainActor', () => {
    const ps = lowerParagraphs(article(TOURISM, '第四十四条'), rule);
    expect(ps).toHaveLength(4);
    expect(ps[2].subject).toBe('因突发事件应对需要，旅游经营者');
    expect(distinctParagraph(ps, 2, 'subject')).toBe(true);
    expect(distinctParagraph(ps, 2, 'subject', true)).toBe(false);
    // 发生旅游突发事件的，旅游经营者…: a condition before the actor, likewise.
    expect(distinctParagraph(ps, 3, 'subject', true)).toBe(false);
  });
});

describe('动物防疫法 and 山东省动物防疫条例 ingested: the guarded rule drops 第三条 → 第十八条 and keeps 第二十条 → 第六十九条', () => {
  it('the unguarded rule links both; the guarded one only the paragraph’s own article', { timeout: 300_000 }, async () => {
    const inputs = [real(LAW), real(SD)];
    const linksOf = async (paragraphSecond: typeof g) => {
      const { snapshot } = await runIngest({ inputs, lexicon: loadLexicon(), link: { paragraphSecond } });
      return snapshot.edges
        .filter((e) => e.attributes.type === 'IMPLEMENTS' && e.source.includes('山东'))
        .map((e) => `${e.source.split('/').pop()} → ${e.target.split('/').pop()}`);
    };
    const unguarded = await linksOf(PARAGRAPH_SECOND_MEASURED);
    const guarded = await linksOf(g);
    expect(unguarded).toContain('第三条 → 第十八条');
    expect(unguarded).toContain('第二十条 → 第六十九条');
    expect(guarded).not.toContain('第三条 → 第十八条');
    expect(guarded).toContain('第二十条 → 第六十九条');
  });
});
