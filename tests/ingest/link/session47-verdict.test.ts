// Session 47 (helper verdict): options.clauseCover, clause coverage by alignment (ingest/link/clause-cover.ts). The higher
// article's main provision is split into its clauses (at 。；： and ，、); a link whose lower article carries at most one of
// four or more of them, under 0.2 of their weight, and scores low is partial. Real sentences of the legal aid family:
// 法律援助条例 第六条 (one paragraph: the lawyer's duty, the standard of service, the client's rights, the supervision) and
// 浙江省法律援助条例 第二十条 (the gold's weak link: the duty in general, another supervisor). Each test fails without its
// part of the rule; the tests set the option explicitly (its default is given in DEFAULT_LINK_OPTIONS).
import { describe, expect, it } from 'vitest';
import { articleClauses, clauseCover } from '../../../ingest/link/clause-cover.js';
import { CLAUSE_COVER } from '../../../ingest/link/options.js';
import { clauseCoverLink, OTHER_ARTICLE } from './units.js';

const law6 = '第六条 律师应当依照律师法和本条例的规定履行法律援助义务，为受援人提供符合标准的法律服务，依法维护受援人的合法权益，接受律师协会和司法行政部门的监督。';
const zhejiang20 = '第二十条 法律援助人员应当按规定履行法律援助义务，并接受法律援助机构及所在法律服务机构的监督。法律援助人员无正当理由，不得拒绝、拖延或者中止办理法律援助事项。';
// An article of each document beside them, so that the two documents' unit IDF weighs their shared bigrams.
const other = OTHER_ARTICLE;
// The same provision restated whole (the lower carries every clause).
const restated = '第十条 律师应当依照律师法和本条例的规定履行法律援助义务，为受援人提供符合标准的法律服务，依法维护受援人的合法权益，接受律师协会和司法行政部门的监督。';

describe('clause coverage (session 47)', () => {
  const flat = (_: string) => 1;
  it('splits the main provision at ，、 into the parts of its duty, and at 。；： only without `fine`', () => {
    expect(articleClauses(law6, CLAUSE_COVER).map((c) => c.text)).toEqual([
      '律师应当依照律师法和本条例的规定履行法律援助义务',
      '为受援人提供符合标准的法律服务',
      '依法维护受援人的合法权益',
      '接受律师协会和司法行政部门的监督',
    ]);
    expect(articleClauses(law6, { ...CLAUSE_COVER, fine: false })).toHaveLength(1);
  });
  it('counts the clauses a lower article carries', () => {
    const cl = articleClauses(law6, CLAUSE_COVER);
    expect(clauseCover(cl, [zhejiang20], flat, 0.5).carried).toBeLessThanOrEqual(1);
    expect(clauseCover(cl, [restated], flat, 0.5)).toMatchObject({ carried: 4, share: 1 });
  });

  // Scored by text alone, strong from 0.05 (units.ts clauseCoverLink).
  const verdict = (rule: typeof CLAUSE_COVER | null, lower: string, beside = other) => clauseCoverLink(rule, law6, lower, beside, other)?.verdict;
  const unguarded = { ...CLAUSE_COVER, belowScore: 1, outscored: false };

  it('makes partial a low-scoring link carrying one clause of several', () => {
    expect(verdict(null, zhejiang20)).toBe('implements');
    expect(verdict(unguarded, zhejiang20)).toBe('partial');
  });
  it('keeps strong a link scoring at or above belowScore, and a link carrying the clauses', () => {
    expect(verdict({ ...unguarded, belowScore: 0 }, zhejiang20)).toBe('implements');
    expect(verdict(unguarded, restated)).toBe('implements');
  });
  // 法律援助条例 第二十二条 (the lawyer's duty to handle the case, the 法律援助人员 of the lower's second sentence).
  const law22 = '第二十二条 办理法律援助案件的人员，应当遵守职业道德和执业纪律，提供法律援助不得收取任何财物。';
  it('with `outscored`, makes partial only a link that another article of the same higher document outscores', () => {
    expect(verdict({ ...CLAUSE_COVER, belowScore: 1 }, zhejiang20)).toBe('implements');
    expect(verdict(null, zhejiang20 + '办理法律援助案件的人员应当遵守职业道德和执业纪律，不得收取任何财物。', law22)).toBe('implements');
    expect(verdict({ ...unguarded, belowScore: 1 }, zhejiang20 + '办理法律援助案件的人员应当遵守职业道德和执业纪律，不得收取任何财物。', law22)).toBe('partial');
    expect(verdict({ ...CLAUSE_COVER, belowScore: 1 }, zhejiang20 + '办理法律援助案件的人员应当遵守职业道德和执业纪律，不得收取任何财物。', law22)).toBe('partial');
  });
});
