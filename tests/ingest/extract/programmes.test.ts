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

// Sentences written for these tests in the style of regulations (not from any gold file).
const law = (title: string, article: string) => `${title}\n第一章 总则\n第一条 ${article}`;

describe('designations, awards and systems a law confers are programmes', () => {
  it('keeps a designation built on the law’s own subject (…教育基地 in a 教育 law)', () => {
    expect(names(law('浙江省法治教育条例', '县级以上人民政府可以命名法治教育基地。'), 'Programme')).toContain('法治教育基地');
  });

  it('keeps an award named after the law’s subject (…奖)', () => {
    expect(names(law('浙江省水土保持条例', '设立水土保持贡献奖，表彰先进。'), 'Programme')).toContain('水土保持贡献奖');
  });

  it('still rejects a generic plan or project of the law’s subject', () => {
    expect(names(law('浙江省水土保持条例', '编制水土保持计划，实施水土保持项目。'), 'Programme')).toEqual([]);
  });

  it('rejects a counted or generic award (一等奖, 优秀奖) and a generic system (管理信息系统)', () => {
    expect(names(law('某省奖励条例', '评选一等奖和优秀奖，建立管理信息系统。'), 'Programme')).toEqual([]);
  });
});

describe('recurring days, weeks and months are brands', () => {
  it('reads a day a law designates (每年X月X日为…日), without 全省/全市', () => {
    expect(names(law('某省禁毒条例', '每年6月26日为全省禁毒宣传日。'), 'Brand')).toEqual(['禁毒宣传日']);
    // A city's name has two characters or more (某某市): a bare 某市条例 reads as a title without a place (session 17, levels.txt title rules).
    expect(names(law('某某市条例', '每年九月为本市交通安全宣传月，集中开展宣传。'), 'Brand')).toEqual(['交通安全宣传月']);
  });

  it('finds a week or month by its suffix, and the state’s days by the lexicon', () => {
    expect(names(law('某省条例', '在全民国家安全教育日和网络安全宣传周期间开展宣传。'), 'Brand').sort()).toEqual(['国家网络安全宣传周', '全民国家安全教育日'].sort());
  });

  // Fourth pass of issue 9: an award's name is a whole phrase, verbs included.
  it('reads an award whole, verbs included, from after the verb of conferring it, and its grade as the award', () => {
    const found = names(law('某省条例', '对荣获全国无偿捐献奉献奖的，授予长期无偿捐献器官终身荣誉奖；达到全国无偿捐献奉献奖金奖的，予以表彰。'), 'Programme').sort();
    expect(found).toEqual(['全国无偿捐献奉献奖', '长期无偿捐献器官终身荣誉奖'].sort());
  });

  it('takes no unit’s annual plan of the law’s subject and no plan after the verb carrying it out (完成|单位年度…计划)', () => {
    expect(names(law('某省捐献条例', '各单位应当完成单位年度捐献计划，督促检查捐献计划的落实。'), 'Programme')).toEqual([]);
  });
});

