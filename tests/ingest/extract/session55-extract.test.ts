import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Session 55, helper extract (issue 13): the target-group conventions of session 54's rules and of the lexicon, read against
// tests/gold/README.md and every development gold (docs/history/extraction.md, Session 55 helper extract) — real sentences of the
// promotion3 development set.
const groups = (text: string, options = {}) => names('TargetGroup', text, options);

describe('a general noun is no alias of one of its kinds (target-groups.txt; gold README, decisions of session 55)', () => {
  it('调解员 trained is 调解员, not 人民调解员 (山东 多元化解纠纷促进条例 第五十七条)', () => {
    const text = regulation('山东省多元化解纠纷促进条例', '有关国家机关、人民团体和其他社会组织应当完善调解员培训机制，定期组织业务培训，提高其职业道德水平，推动调解员专业化建设。');
    expect(groups(text)).toContain('调解员');
    expect(groups(text)).not.toContain('人民调解员');
  });
  it('人民调解员 stays a kind of its own beside 律师 (第四十九条)', () => {
    const text = regulation('山东省多元化解纠纷促进条例', '鼓励和支持人民调解员、律师、基层法律服务工作者、社会志愿者设立调解工作室。');
    expect(groups(text)).toEqual(expect.arrayContaining(['人民调解员', '律师']));
  });
  it('医师 whose qualification the text sets is 医师, not 执业医师 (浙江 社会养老服务促进条例 第三十一条)', () => {
    const text = regulation('浙江省社会养老服务促进条例', '养老机构内设医疗机构的医师、护士、康复技师等卫生专业技术人员，在执业资格、注册考核、专业技术职务评聘等方面，执行与医疗机构同类专业技术人员相同的政策。');
    expect(groups(text)).toContain('医师');
    expect(groups(text)).not.toContain('执业医师');
  });
});

// Session 54's rules whose lexicon lines session 55 restored (each follows tests/gold/README.md and the development golds' reading:
// the table in docs/history/extraction.md, Session 55 helper extract).
describe('session 54\'s lexicon rules, on since session 55', () => {
  it('graduates of two kinds of school: 高校毕业生 (高等学校毕业生 its alias, session 53) beside 职业技术学校毕业生 (浙江 第二十八条)', () => {
    const text = regulation('浙江省社会养老服务促进条例', '高等学校和职业技术学校毕业生，进入本省政府投资设立的养老机构、社会资本设立的非营利性养老机构和组织、社区居家养老服务照料中心工作的，按照省有关规定给予入职奖励和补贴。');
    expect(groups(text)).toEqual(expect.arrayContaining(['高校毕业生', '职业技术学校毕业生']));
    expect(groups(text)).not.toContain('高等学校毕业生');
  });
  it('计划生育特殊家庭 is a kind modifier of 老年人 (浙江 第十九条)', () => {
    const text = regulation('浙江省社会养老服务促进条例', '最低生活保障家庭、最低生活保障边缘家庭中的失能、失智、高龄、独居、重度残疾的老年人和计划生育特殊家庭老年人，申请入住政府投资设立的养老机构的，应当安排收住。');
    expect(groups(text)).toContain('计划生育特殊家庭老年人');
  });
  it('the kinship word of the parents\' duty is no group; the persons are 未成年人 (重庆 第十条)', () => {
    const text = regulation('重庆市家庭教育促进条例', '父母或者其他监护人应当对未成年子女进行社会公德、家庭美德、生活技能、行为习惯和身心健康教育以及法律、法规规定的其他教育，促进未成年人全面发展。');
    expect(groups(text)).not.toContain('未成年子女');
    expect(groups(text)).toContain('未成年人');
  });
  it('a kind of institution named after its population gives no group (教师进修培训机构, 重庆 第二十一条)', () => {
    const text = regulation('重庆市家庭教育促进条例', '教师进修培训机构应当将家庭教育课程纳入师资培训计划。');
    expect(groups(text)).not.toContain('教师');
  });
});
