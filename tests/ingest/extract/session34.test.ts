// Session 34 (helper extract): the "served vs obliged" test for every target group of a regulation (groups.ts
// obligedOnlyGroups, ingest/lexicon/group-clause.txt), read on the spent randomj-heldout and randomk-heldout with the dev
// golds. Each text is a sentence shape of a dev document, rewritten around a made-up place; each test asserts what a reader
// checks.
import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

describe('a group a regulation only punishes (lawPunishedGroupsOut)', () => {
  const punished = regulation(
    '某市文明行为促进条例',
    '驾驶电动自行车应当佩戴安全头盔。',
    '驾驶人拒绝接受罚款处罚的，可以依法扣留其电动自行车。',
  );
  const sanctioned = regulation(
    '某省传染病防治条例',
    '国家工作人员违反本条例规定，泄露个人隐私的，对国家工作人员依法给予处分。',
  );
  it('is no target group where every mention is the party punished', () => {
    expect(names('TargetGroup', punished)).not.toContain('驾驶人');
    expect(names('TargetGroup', sanctioned)).not.toContain('国家工作人员');
  });
  it('is read without the rule', () => {
    expect(names('TargetGroup', sanctioned, { lawPunishedGroupsOut: false, lawDutyGroupsOut: false })).toContain('国家工作人员');
  });
  it('stays a group where one mention is served', () => {
    const trained = regulation(
      '某省传染病防治条例',
      '县级以上人民政府应当对国家工作人员进行传染病防治知识培训。',
      '国家工作人员违反本条例规定，泄露个人隐私的，对国家工作人员依法给予处分。',
    );
    expect(names('TargetGroup', trained)).toContain('国家工作人员');
  });
  it('is not confused by 处 inside a body name (街道办事处)', () => {
    const helped = regulation('某市救助条例', '对不持有本市居住证的非本市户籍人员，由所在地的街道办事处协助其向救助管理机构申请救助。');
    expect(names('TargetGroup', helped)).toContain('非本市户籍人员');
  });
});

describe('a group a regulation only obliges (lawDutyGroupsOut: off in session 34, on since session 35)', () => {
  const exhorted = regulation(
    '某市文明行为促进条例',
    '国家机关工作人员、教育工作者以及窗口行业工作人员，应当在践行文明行为中发挥表率作用。',
  );
  it('is kept without the option (session 34\'s default, before the gold decision of session 35)', () => {
    expect(names('TargetGroup', exhorted, { lawDutyGroupsOut: false })).toContain('国家机关工作人员');
  });
  it('is dropped with the option, unless the duty is to learn', () => {
    expect(names('TargetGroup', exhorted, { lawDutyGroupsOut: true })).not.toContain('国家机关工作人员');
    const learn = regulation('某市国防教育条例', '国家机关工作人员应当具备基本的国防知识。');
    expect(names('TargetGroup', learn, { lawDutyGroupsOut: true })).toContain('国家机关工作人员');
  });
});

describe('a population word naming a facility or a body (group-followers.txt, session 34)', () => {
  it('is no target group in 职工书屋, 志愿者服务组织 or 老年人协会', () => {
    const text = regulation(
      '某市全民阅读促进条例',
      '工会应当加强对职工书屋建设的指导与扶持。',
      '鼓励和支持建立志愿者服务组织和老年人协会。',
    );
    const groups = names('TargetGroup', text);
    expect(groups).not.toContain('职工');
    expect(groups).not.toContain('志愿者');
    expect(groups).not.toContain('老年人');
  });
});

describe('the idiom 儿童、少年 sharing a kind modifier (sharedJuvenileModifier)', () => {
  const text = regulation('某市残疾人保障条例', '市、区县人民政府应当保障残疾儿童、少年接受义务教育。', '保障适龄儿童和少年接受义务教育。');
  it('reads the kind for 少年 too', () => {
    const groups = names('TargetGroup', text);
    expect(groups).toContain('残疾儿童');
    expect(groups).toContain('残疾少年');
    expect(groups).toContain('适龄少年');
  });
  it('is not read without the rule, nor for a bare 儿童、少年', () => {
    expect(names('TargetGroup', text, { sharedJuvenileModifier: false })).not.toContain('残疾少年');
    const bare = regulation('某市未成年人保护条例', '学校应当保障儿童、少年的休息权利。');
    expect(names('TargetGroup', bare).some((g) => g.endsWith('少年') && g !== '少年')).toBe(false);
  });
});
