// Session 60 (lead): two readings the development set `labour` (劳动合同法实施条例 2008 → 劳动合同法 as amended 2012) needed.
// (1) A sanction undergone (用人单位被吊销营业执照、责令关闭…的; 劳动者被依法追究刑事责任的) is a fact an article attaches a
// consequence to, no sanction it sets (options.penaltyArticles.passive): 劳动合同法 第四十四条 and the 条例's 第十九条 were
// penalty articles by it, and the group rule refused the 条例's citations of 第四十四条. (2) An article number of a later
// revision still names the cited provision when the two articles share content words (options.citedLaterShared): an
// amendment keeps the numbers; a renumbering revision leaves the number on another provision. Real sentences of the set.
import { describe, expect, it } from 'vitest';
import { penaltyPaths, sharedWords } from '../../../ingest/link/index.js';
import { DEFAULT_LINK_OPTIONS, linkOptions } from '../../../ingest/link/options.js';
import { regulation } from './regulation-fixture.js';

const on = linkOptions().penaltyArticles!;
const { passive: _, ...off } = on;
const sorted = (s: Set<string>) => [...s].sort();

const law44 = '第四十四条 有下列情形之一的，劳动合同终止:\n（一）劳动合同期满的；\n（四）用人单位被依法宣告破产的；\n（五）用人单位被吊销营业执照、责令关闭、撤销或者用人单位决定提前解散的；\n（六）法律、行政法规规定的其他情形。';
const rule19 = '第十九条 有下列情形之一的，依照劳动合同法规定的条件、程序，用人单位可以与劳动者解除劳动合同：\n（六）劳动者严重失职，营私舞弊，给用人单位造成重大损害的；\n（七）劳动者被依法追究刑事责任的；';
const sanction = '第八十二条 用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。\n用人单位违反本法规定不与劳动者订立无固定期限劳动合同的，由劳动行政部门责令改正。';

describe('penaltyArticles.passive: a sanction undergone is no sanction the article sets (session 60)', () => {
  it('is on by default', () => {
    expect(DEFAULT_LINK_OPTIONS.penaltyArticles?.passive).toBeTruthy();
  });
  it('reads 被吊销…、责令关闭 and 被依法追究刑事责任 past: the law’s 第四十四条 and the 条例’s 第十九条 are no penalty articles', () => {
    const law = regulation([{ path: '第四章', kind: 'chapter', text: '第四章 劳动合同的解除和终止' }, { path: '第四章/第四十四条', kind: 'article', text: law44, parent: '第四章' }]);
    const lower = regulation([{ path: '第三章', kind: 'chapter', text: '第三章 劳动合同的解除和终止' }, { path: '第三章/第十九条', kind: 'article', text: rule19, parent: '第三章' }]);
    expect(sorted(penaltyPaths(law, on))).toEqual([]);
    expect(sorted(penaltyPaths(lower, on))).toEqual([]);
    expect(sorted(penaltyPaths(law, off))).toEqual(['第四章/第四十四条']);
    expect(sorted(penaltyPaths(lower, off))).toEqual(['第三章/第十九条']);
  });
  it('keeps an article that sets a sanction (…由劳动行政部门责令改正) a penalty article', () => {
    const d = regulation([{ path: '第八十二条', kind: 'article', text: sanction }]);
    expect(sorted(penaltyPaths(d, on))).toEqual(['第八十二条']);
  });
});

describe('citedLaterShared: the words a citing and a cited article share (session 60)', () => {
  it('is 2 by default, citedLaterVersion still false', () => {
    expect(DEFAULT_LINK_OPTIONS.citedLaterShared).toBe(2);
    expect(DEFAULT_LINK_OPTIONS.citedLaterVersion).toBe(false);
  });
  it('counts content words, not the citing formula’s nor the added bigrams', () => {
    const citing = { words: ['用人单位', '劳动者', '订立', '书面', '劳动合同', '依照', '规定', '支付', '工资', '·工资'] };
    const cited = { words: ['用人单位', '劳动者', '订立', '书面', '劳动合同', '每月', '支付', '二倍', '工资', '规定', '·工资'] };
    expect(sharedWords(citing, cited)).toBe(7);
    const moved = { words: ['国家', '鼓励', '依照', '规定', '执行', '·规定'] };
    expect(sharedWords(citing, moved)).toBe(0);
  });
});
