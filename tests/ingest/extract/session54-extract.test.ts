import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Session 54, helper extract (issue 13): target groups of texts the rules were not written for — real sentences of the promotion3
// development set (浙江 社会养老服务促进条例, 重庆 家庭教育促进条例: elderly care and family education), whose gold was written by
// reading before our code ran on it. Session 54 left every option off (its one held-out run, all on, fell on promotionheld2);
// session 55 (helper extract) read each rule against the guideline and the development golds (all agree) and measured them on, but
// its one held-out run fell on promotionheld2 again, so they stay off. Each test shows what the rule reads when switched on, and
// that the option off (the default) does not read it.
const groups = (text: string, options = {}) => names('TargetGroup', text, options);

describe('a person named only as the member that qualifies a household (lawHouseholdConditionsOut; household-cues.txt)', () => {
  const on = { lawHouseholdConditionsOut: true };
  const zj = regulation('浙江省社会养老服务促进条例', '对有失能、失智老年人的最低生活保障家庭、最低生活保障边缘家庭以及有重度残疾老年人的家庭设施进行无障碍改造的，应当给予适当补助。');
  it('does not read 重度残疾老年人 of 有重度残疾老年人的家庭 (浙江 第十一条)', () => {
    expect(groups(zj, on)).not.toContain('重度残疾老年人');
    expect(groups(zj, { lawHouseholdConditionsOut: false })).toContain('重度残疾老年人');
  });
  const cq = regulation('重庆市家庭教育促进条例', '儿童社会福利机构应当对寄养孤儿的家庭提供家庭教育指导服务。');
  it('nor 孤儿 of 寄养孤儿的家庭 (重庆 第二十七条)', () => {
    expect(groups(cq, on)).not.toContain('孤儿');
    expect(groups(cq, { lawHouseholdConditionsOut: false })).toContain('孤儿');
  });
  it('a group served elsewhere in the text stays (为居家老年人提供…服务)', () => {
    const both = regulation('浙江省社会养老服务促进条例', '为居家老年人提供生活照料服务。', '对有重度残疾老年人的家庭设施进行无障碍改造的，应当给予适当补助。');
    expect(groups(both, on)).toContain('居家老年人');
  });
});

describe('a group\'s children are a group of their own (groupKinKinds)', () => {
  const text = regulation('重庆市家庭教育促进条例', '市、区县（自治县）人民政府应当完善进城务工人员未成年子女入学、招生、住房等政策措施，保障未成年子女在父母务工地就近入（托）学、参加考试、居住。');
  it('reads 进城务工人员未成年子女, not the parents\' 进城务工人员 (重庆 第三十八条)', () => {
    const found = groups(text, { groupKinKinds: true });
    expect(found).toContain('进城务工人员未成年子女');
    expect(found).not.toContain('进城务工人员');
    expect(groups(text, { groupKinKinds: false })).not.toContain('进城务工人员未成年子女');
  });
});

describe('专门 in a …人才 name is a generic modifier (specialistTalentInfix)', () => {
  const text = regulation('重庆市家庭教育促进条例', '市、区县（自治县）人民政府应当建立家庭教育培训制度，制定家庭教育人才培训计划，组织编制家庭教育培训教材，培养家庭教育专门人才。');
  it('家庭教育专门人才 is 家庭教育人才 (重庆 第三十五条)', () => {
    const found = groups(text, { specialistTalentInfix: true });
    expect(found).toContain('家庭教育人才');
    expect(found).not.toContain('家庭教育专门人才');
    expect(groups(text, { specialistTalentInfix: false })).toContain('家庭教育专门人才');
  });
});

describe('a possessive 其 after a served lead (servedPossessiveObject)', () => {
  const text = regulation('重庆市家庭教育促进条例', '其户籍所在地未成年人救助保护机构应当对其父母或者其他监护人提供家庭教育指导，并将其履行家庭教育义务的情况纳入监护评估内容。');
  it('reads 父母, the persons the guidance serves (重庆 第二十七条)', () => {
    // (Session 57: lawServedGuardians, on by default, reads the same guardians by its own frame; it is switched off here to show
    // this option's effect alone.)
    expect(groups(text, { servedPossessiveObject: true, lawServedGuardians: false })).toContain('父母');
    expect(groups(text, { servedPossessiveObject: false, lawServedGuardians: false })).not.toContain('父母');
  });
});

describe('kinds of school coordinated before 毕业生 (lawSchoolCoordinations)', () => {
  const on = { lawSchoolCoordinations: true };
  // (promotion3's 浙江 第二十八条 writes 高等学校和职业技术学校毕业生; 高等学校毕业生 is no lexicon name while 高校毕业生's alias line stays
  // out with the rules, so the rule is shown on the short form the lexicon names.)
  it('reads 高校毕业生 beside 中等职业学校毕业生, and no verb before the first kind (鼓励高校和…毕业生)', () => {
    const text = regulation('某某市就业促进条例', '鼓励高校和中等职业学校毕业生到基层就业。');
    const found = groups(text, on);
    expect(found).toEqual(expect.arrayContaining(['高校毕业生', '中等职业学校毕业生']));
    expect(found.some((g) => g.startsWith('鼓励'))).toBe(false);
    expect(groups(text, { lawSchoolCoordinations: false })).not.toContain('高校毕业生');
  });
  it('students are left to the other rules (小学和初级中学学生: real\'s 国防教育 golds read no 小学生)', () => {
    expect(groups(regulation('重庆市国防教育条例', '小学和初级中学学生的国防教育，应当将课堂教学与课外活动相结合。'), on)).not.toContain('小学生');
  });
});
