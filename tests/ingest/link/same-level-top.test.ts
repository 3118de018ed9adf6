// Session 59 (options.sameLevel.top, ingest/link/same-level-top.ts): a 实施条例 article left with no link into its law by the
// same-level cut keeps its best cut link when the links of its linked neighbours bracket that law article.
import { describe, expect, it } from 'vitest';
import { sameLevelTopKept } from '../../../ingest/link/same-level-top.js';
import { cutSameLevel } from '../../../coverage/same-level.js';
import { DEFAULT_LINK_OPTIONS } from '../../../ingest/link/options.js';

const L = (n: string) => `条例.md#第${n}条`;
const H = (n: string) => `法.md#第${n}条`;
const link = (lo: string, hi: string, score = 0.3) => ({ lower: L(lo), higher: H(hi), score });
const rule = { min: 0.13, slack: 1 };

describe('sameLevelTopKept', () => {
  // 条例 第四条 → 法 第三条 and 第十一条 → 法 第八条 are kept (cited or scored from minScore): they bracket 法 第三条 to 第八条.
  const kept = [link('四', '三'), link('十一', '八')];
  it('keeps the best cut link of an unlinked article inside the bracket, and not its second', () => {
    const removed = [link('九', '七', 0.183), link('九', '六', 0.168)];
    expect([...sameLevelTopKept(removed, kept, rule)]).toEqual([0]);
  });
  it('passes over a best link out of order for the best one inside the bracket', () => {
    expect([...sameLevelTopKept([link('十', '二十六', 0.237), link('十', '七', 0.18)], kept, rule)]).toEqual([1]);
  });
  it('keeps one article past the bracket (slack 1), not two, nor an article far out of order', () => {
    expect([...sameLevelTopKept([link('六', '九', 0.136)], kept, rule)]).toEqual([0]);
    expect([...sameLevelTopKept([link('六', '九', 0.136)], kept, { ...rule, slack: 0 })]).toEqual([]);
    expect([...sameLevelTopKept([link('八', '十', 0.18)], kept, rule)]).toEqual([]);
    expect([...sameLevelTopKept([link('十', '二十六', 0.237)], kept, rule)]).toEqual([]);
  });
  it('keeps nothing under min, for an article already linked to the law, or with no linked article after it', () => {
    expect([...sameLevelTopKept([link('九', '七', 0.12)], kept, rule)]).toEqual([]);
    expect([...sameLevelTopKept([link('十一', '七', 0.2)], kept, rule)]).toEqual([]);
    expect([...sameLevelTopKept([link('十五', '九', 0.2)], kept, rule)]).toEqual([]);
  });
  it('brackets within one pair of documents only', () => {
    const other = [{ lower: L('十二'), higher: '另法.md#第九条', score: 0.5 }];
    expect([...sameLevelTopKept([link('十', '九', 0.2)], [kept[0], ...other], rule)]).toEqual([]);
  });
});

describe('cutSameLevel with top (the replays of coverage and the calibration)', () => {
  const links = [link('四', '三'), link('九', '七', 0.183), link('十', '二十六', 0.237)];
  const pairs = new Set(links.map((l) => `${l.lower}>${l.higher}`));
  it('keeps the bracketed cut link, with the cited links as anchors, and nothing more without the rule', () => {
    const cited = [{ lower: L('十一'), higher: H('八') }];
    expect(cutSameLevel(links, pairs, () => 0.25, { rule, exempt: cited }).map((l) => l.lower)).toEqual([L('四'), L('九')]);
    expect(cutSameLevel(links, pairs, () => 0.25, { rule: null, exempt: cited }).map((l) => l.lower)).toEqual([L('四')]);
    expect(cutSameLevel(links, pairs, () => 0.25).map((l) => l.lower)).toEqual([L('四')]);
  });
  it('is on by default', () => {
    expect(DEFAULT_LINK_OPTIONS.sameLevel.top).toEqual(rule);
  });
});
