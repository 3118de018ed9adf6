import { describe, expect, it } from 'vitest';
import { extracted, lexicon } from '../helpers.js';
import { isGenericHead } from '../../../ingest/extract/discover.js';

// Sentences written for these tests in the style of plans and regulations (not from any gold file).
const names = (text: string, type: string) =>
  [...new Set(extracted('x.txt', text).mentions.filter((m) => m.type === type).map((m) => m.canonical))];
const plan = (item: string) => `某省实施办法\n一、任务\n1.${item}`;

describe('a programme is a proper name, not a generic noun phrase', () => {
  it('rejects a planning noun whose head is only generic words', () => {
    const found = names(plan('各地应当编制年度工作计划，纳入经济社会发展规划和科研重点项目。'), 'Programme');
    expect(found).toEqual([]);
  });

  it('rejects generic heads joined by 和/与', () => {
    expect(names(plan('将有关经费列入国民经济和社会发展计划。'), 'Programme')).toEqual([]);
  });

  it('keeps a programme whose head has a specific word', () => {
    expect(names(plan('深入实施农村妇女数字技能提升行动。'), 'Programme')).toContain('农村妇女数字技能提升行动');
  });

  it('keeps a generic head owned by a region or a national body', () => {
    expect(names(plan('组织实施浙江省重点研发计划。'), 'Programme')).toContain('浙江省重点研发计划');
  });

  it('keeps quoted names whatever their words', () => {
    expect(names(plan('开展“年度工作计划”评选活动。'), 'Programme')).toContain('年度工作计划');
  });

  it('does not take a congress of delegates for a programme', () => {
    expect(names(plan('企业应当召开职工代表大会和会员代表大会。'), 'Programme')).toEqual([]);
  });

  it('decides by words of the list, not by characters', () => {
    const generic = lexicon.genericHeads.Programme;
    expect(isGenericHead('社会发展', generic)).toBe(true);
    expect(isGenericHead('国民经济和社会发展', generic)).toBe(true);
    expect(isGenericHead('社会发展质量', generic)).toBe(false);
    expect(isGenericHead('乡村振兴', generic)).toBe(false);
  });
});

describe("a law's own subject is not a programme's name", () => {
  it('rejects 农村供水项目 in a regulation on 农村供水, keeps it elsewhere', () => {
    const law = '江西省农村供水条例\n第一条　县级以上人民政府应当将农村供水项目纳入规划。';
    expect(names(law, 'Programme')).toEqual([]);
    expect(names('江西省养老服务条例\n第一条　实施农村供水项目。', 'Programme')).toContain('农村供水项目');
  });
});
