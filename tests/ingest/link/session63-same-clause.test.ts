// Session 63 (helper precision7, issue 13): the same-clause reading of options.secondAdds (second-adds.ts
// SecondSameClause) — a partial second link into a law that shares no act with the lower article and rests on the lower
// article's clause the first link rests on is dropped; a second link resting on another clause of the lower article stays.
import { describe, expect, it } from 'vitest';
import { secondAddsLinks, sameClauseSeconds, type SecondAddsRule } from '../../../ingest/link/second-adds.js';
import { SECOND_ADDS_63, SECOND_ADDS_CLAUSE_63 } from '../../../ingest/link/options.js';

// Texts written for the test in the drafting pattern of a provincial regulation and its law: one lower article of two
// duties (an incentive system; insurance for volunteers).
const TEXT: Record<string, string> = {
  'p#第十条': '第十条 县级以上人民政府应当建立志愿服务激励制度，对表现突出的志愿者给予表彰。志愿服务组织应当为志愿者办理人身意外伤害保险。',
  'law#第八条': '第八条 县级以上人民政府应当建立志愿服务激励制度，鼓励和支持志愿服务活动。',
  'law#第二十条': '第二十条 志愿服务激励制度的具体办法，由国务院民政部门另行规定。',
  'law#第三十条': '第三十条 志愿服务激励制度的实施情况，纳入志愿服务工作的年度统计。',
  'law#第二十五条': '第二十五条 志愿服务组织安排志愿者参与可能发生人身危险的志愿服务活动前，应当为志愿者办理相应的人身意外伤害保险。',
};
const docOf = (m: string) => m.split('#')[0];
const genreOf = () => 'regulation';
const textOf = (m: string) => TEXT[m];
type L = { lower: string; higher: string; score: number; verdict: string; citedArticle?: boolean; penaltyConduct?: boolean };
const first: L = { lower: 'p#第十条', higher: 'law#第八条', score: 0.5, verdict: 'implements' };
const sameClause: L = { lower: 'p#第十条', higher: 'law#第二十条', score: 0.35, verdict: 'partial' };
const otherClause: L = { lower: 'p#第十条', higher: 'law#第二十五条', score: 0.35, verdict: 'partial' };
const rule = SECOND_ADDS_CLAUSE_63.sameClause!;
const dropped = (links: L[], r = rule) => [...sameClauseSeconds(links, docOf, genreOf, textOf, ['regulation'], r)].map((i) => links[i].higher);

describe('secondAdds.sameClause: a second link resting on the first link\'s clause with no act of its own', () => {
  it('drops the act-less second link on the first link\'s clause and keeps the one on another clause', () => {
    expect(dropped([first, sameClause, otherClause])).toEqual(['law#第二十条']);
  });
  it('never drops the first link, a strong link, a cited or penalty conduct link, a lone link', () => {
    expect(dropped([first])).toEqual([]);
    expect(dropped([first, { ...sameClause, verdict: 'implements' }])).toEqual([]);
    expect(dropped([first, { ...sameClause, citedArticle: true }])).toEqual([]);
    expect(dropped([first, { ...sameClause, penaltyConduct: true }])).toEqual([]);
    expect(dropped([{ ...sameClause, score: 0.6 }, { ...first, score: 0.5, verdict: 'partial' }])).toEqual([]);
  });
  it('with a first link sharing no act, drops only under the ratio', () => {
    const actless = { ...first, higher: 'law#第二十条', score: 0.5 };
    const low = { ...sameClause, higher: 'law#第八条', score: 0.1 };
    // law#第八条 shares the lower article's act (establish 制度): kept whatever its score.
    expect(dropped([actless, low])).toEqual([]);
    const second = { ...sameClause, higher: 'law#第三十条' };
    expect(dropped([actless, { ...second, score: 0.1 }])).toEqual(['law#第三十条']);
    expect(dropped([actless, { ...second, score: 0.2 }])).toEqual([]);
  });
  it('runs inside secondAddsLinks only when the rule carries it', () => {
    const links = [first, sameClause];
    expect([...secondAddsLinks(links, docOf, genreOf, textOf, SECOND_ADDS_CLAUSE_63 as SecondAddsRule)]).toEqual([1]);
    expect([...secondAddsLinks(links, docOf, genreOf, textOf, SECOND_ADDS_63)]).toEqual([]);
  });
});
