// Session 63 (helper recall6, issue 13): options.remainderSecond read by clauses (`cut`: the lower article's paragraphs and
// items cut at 。；：) with drafting formulas unread (`unread`), on the real texts of the flood and traffic families. Measured
// on the development link sets and left off (docs/history/links.md, session 63 helper recall6).
import { describe, expect, it } from 'vitest';
import { remainderSecond, secondUnits } from '../../../ingest/link/remainder-second.js';
import { DEFAULT_LINK_OPTIONS, REMAINDER_CLAUSE_63, REMAINDER_CLAUSE_UNREAD_63, REMAINDER_SECOND_MEASURED } from '../../../ingest/link/options.js';
import { article } from './real-article.js';

const BJ = 'flood/corpus/北京市实施《防洪法》办法(2019-07-26).md';
const LAW = 'flood/corpus/防洪法(2016-07-02).md';
const LC = 'traffic/corpus/聊城市道路交通安全条例(2021-12-03).md';
const SD = 'traffic/corpus/山东省实施《道路交通安全法》办法(2012-01-13).md';
const under = (s: number) => s < 0.13;

describe('remainderSecond read by clauses', () => {
  it('is off by default (measured: docs/history/links.md, session 63 helper recall6)', () => {
    expect(DEFAULT_LINK_OPTIONS.remainderSecond).toBeNull();
    expect(REMAINDER_CLAUSE_63.cut).toBe('sentences');
  });
  it('cuts a paragraph at 。；： when `cut` is given, and keeps the paragraph whole without it', () => {
    expect(secondUnits('第三条　甲乙丙。丁戊己；庚辛壬。', 'sentences')).toEqual(['甲乙丙', '丁戊己', '庚辛壬']);
    expect(secondUnits('第三条　甲乙丙。丁戊己；庚辛壬。')).toEqual(['甲乙丙。丁戊己；庚辛壬。']);
  });
  // 北京 第八条 (what a flood plan sets: standards, protected areas, detention basins, and the 除涝 measures of 易涝地区) links
  // 防洪法 第十一条 (flood plans); its clause 制定易涝地区除涝措施，完善排涝系统 restates 第十四条 (易涝地区 governments make 除涝
  // plans), a gold link the paragraph, read whole, does not hand to 第十四条.
  const bj8 = article(BJ, '第八条');
  const law = ['第十一条', '第十四条', '第十五条'].map((a) => ({ id: `law#${a}`, text: article(LAW, a) }));
  const cands = [{ higher: 'law#第十一条', score: 0.3 }, { higher: 'law#第十四条', score: 0.1 }, { higher: 'law#第十五条', score: 0.09 }];
  it('admits the best article of a clause the first link does not carry', () => {
    const got = remainderSecond(bj8, cands, ['law#第十一条'], () => 'law', () => law, REMAINDER_CLAUSE_63, under);
    expect(got.map((k) => cands[k].higher)).toEqual(['law#第十四条']);
    expect(remainderSecond(bj8, cands, ['law#第十一条'], () => 'law', () => law, REMAINDER_SECOND_MEASURED, under)).toEqual([]);
  });
  // 聊城 第六十二条 (rewards for reports; 具体办法由市人民政府制定) linked to 山东 办法 第七条: its delegation sentence meets 山东
  // 第九条's 具体办法由省人民政府制定 (electric vehicles' registration), a false link the formula guard keeps out.
  it('leaves a delegation formula unread with `unread`', () => {
    const lc62 = article(LC, '第六十二条');
    const sd = ['第七条', '第九条'].map((a) => ({ id: `sd#${a}`, text: article(SD, a) }));
    const cs = [{ higher: 'sd#第七条', score: 0.2 }, { higher: 'sd#第九条', score: 0.1 }];
    expect(remainderSecond(lc62, cs, ['sd#第七条'], () => 'sd', () => sd, REMAINDER_CLAUSE_63, under).map((k) => cs[k].higher)).toEqual(['sd#第九条']);
    expect(remainderSecond(lc62, cs, ['sd#第七条'], () => 'sd', () => sd, REMAINDER_CLAUSE_UNREAD_63, under)).toEqual([]);
  });
});
