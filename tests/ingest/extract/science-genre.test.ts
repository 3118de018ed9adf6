import { describe, expect, it } from 'vitest';
import { articleTargets, names, regulation } from './law-text.js';

// Regulations written for these tests (not taken from any corpus or gold file): the session-43 rules, read on the
// techtransfer family's extraction gold (the science-promotion genre of regulations) for kinds of miss only.
const law = (...articles: string[]) => regulation('某某省促进科技创新条例', ...articles);
const groups = (text: string, options = {}) => names('TargetGroup', text, options);

describe('talents named by the verb of their field (talentFieldVerbs)', () => {
  it('reads 成果|转化|人才 and 知识产权|运营|人才 whole, and 培养|人才 or 引进|人才 as no field', () => {
    const text = law('县级以上人民政府应当支持高等学校培养成果转化人才，加强知识产权运营人才培养。');
    expect(groups(text)).toEqual(expect.arrayContaining(['成果转化人才', '知识产权运营人才']));
    expect(groups(text, { talentFieldVerbs: false })).not.toContain('成果转化人才');
  });

  it('takes the field only right before 人才: a clause before a talent stays out of its name', () => {
    expect(groups(law('省人力资源社会保障部门制定文物修复人才的培养计划。'))).not.toContain('部门制定文物修复人才');
    expect(groups(law('省人民政府应当引进科技人才。'))).toEqual(['科技人才']);
  });
});

describe('a group\'s team (groupTeamSplit)', () => {
  it('reads the group of 加强…人才队伍建设, as 人才培养 is read', () => {
    const text = law('县级以上人民政府应当加强农业推广人才队伍建设。');
    expect(groups(text)).toEqual(['农业推广人才']);
    expect(groups(text, { groupTeamSplit: false })).toEqual([]);
  });
});

describe('the categories of the national talent plan', () => {
  it('reads 专业技术人才, whose words the generic heads list alone would refuse', () => {
    expect(groups(law('县级以上人民政府应当培养专业技术人才和农村实用人才。'))).toEqual(['专业技术人才', '农村实用人才']);
  });
});

describe('awards a government sets up (lawSetUpAwards)', () => {
  const programmes = (text: string, options = {}) => names('Programme', text, options);
  it('puts the region back once when the award carries the short form, and reads a phrase before 设立', () => {
    expect(programmes(regulation('江西省促进科技创新条例', '省人民政府设立省科学技术奖。'))).toEqual(['江西省科学技术奖']);
    expect(programmes(regulation('江西省促进科技创新条例', '省人民政府按照国家有关规定设立科学技术奖。'))).toEqual(['江西省科学技术奖']);
    expect(programmes(regulation('江西省促进科技创新条例', '省人民政府设立省科学技术奖。'), { lawSetUpAwards: false })).toEqual(['江西省省科学技术奖']);
  });

  it('reads an award set up by several governments or a level bare', () => {
    expect(programmes(regulation('江西省促进科技创新条例', '省人民政府和南昌市人民政府设立的科学技术奖应当重点奖励重大成果。'))).toEqual(['科学技术奖']);
    expect(programmes(regulation('江西省促进科技创新条例', '设区的市人民政府可以设立科学技术奖。'))).toEqual(['科学技术奖']);
    expect(programmes(regulation('江西省促进科技创新条例', '设区的市人民政府可以设立科学技术奖。'), { lawSetUpAwards: false })).toEqual([]);
  });
});

describe('a group word opening a facility\'s name (groupInFacilityName)', () => {
  it('leaves out the users named in a facility a body builds, and keeps a group the facility is given to', () => {
    expect(groups(law('鼓励企业与高等学校联合建立学生实习实训基地。'))).toEqual([]);
    expect(groups(law('鼓励企业与高等学校联合建立学生实习实训基地。'), { groupInFacilityName: false })).toEqual(['学生']);
    expect(groups(law('鼓励企业为学生提供实习实训基地。'))).toEqual(['学生']);
  });
});

describe('parties and determiners of the genre', () => {
  it('reads the unit\'s own scientists as scientists, and a project\'s undertaker as a party', () => {
    expect(groups(law('单位制定收益分配规定，应当听取本单位科技人员的意见，对科技人员给予奖励。'))).toEqual(['科技人员']);
    expect(groups(law('鼓励利用非财政资金设立的科技项目的承担者提交科技报告。'))).toEqual([]);
  });
});

describe('a platform listed beside kinds of facility (lawPlatformKinds)', () => {
  const programmes = (text: string, options = {}) => names('Programme', text, options);
  it('leaves out a platform listed with bases and incubators, and keeps the one system a body builds', () => {
    const listed = law('县级以上人民政府应当推动建设产业合作基地、企业孵化器、科技成果交易平台等。');
    expect(programmes(listed)).toEqual([]);
    expect(programmes(listed, { lawPlatformKinds: false })).toEqual(['科技成果交易平台']);
    expect(programmes(law('省科学技术行政部门应当建立统一的科技成果交易平台。'))).toEqual(['科技成果交易平台']);
  });
});

describe('persons a government dispatches to deliver a service (group suffix 特派员)', () => {
  it('reads the dispatched workforce whose pay and titles the text sets', () => {
    const text = law('县级以上人民政府可以选派农业技术特派员，为农民提供技术服务。', '农业技术特派员的工资福利和职称评定，按照省有关规定执行。');
    expect(groups(text)).toContain('农业技术特派员');
  });
});

describe('a count per period with the comparator before the act (periodAct)', () => {
  it('names the act done at least once a period, not the period', () => {
    expect(articleTargets('每季度至少巡查一次，发现问题及时处理。')).toEqual([['巡查', '>=', 1, '次']]);
  });
});
