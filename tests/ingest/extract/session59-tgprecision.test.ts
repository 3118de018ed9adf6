import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';
import type { ExtractOptions } from '../../../ingest/extract/options.js';

// Session 59, helper tgprecision (issue 13): target-group precision rules, one option each, measured alone (docs/history/extraction.md,
// Session 59 helper tgprecision). Sentences of the development sets' texts (promotion5's 宁波 法治乡村, 浙江 快递业, 焦作 全域旅游;
// promotion3's 重庆 家庭教育) and sentences written for the contrast.
const groups = (title: string, sentence: string, over: Partial<ExtractOptions> = {}) => names('TargetGroup', regulation(title, sentence), over);

describe('a population word inside a regime\'s, a service\'s or a body\'s name (groupRegimeHeadsOut, rule a)', () => {
  const on = { groupRegimeHeadsOut: true };
  it('drops the group a name holds with the option on, keeps it off', () => {
    const post = '发挥人民法庭的作用，推进乡村诉讼服务站、法官联络点建设。';
    expect(groups('宁波市法治乡村建设促进条例', post, on)).not.toContain('法官');
    expect(groups('宁波市法治乡村建设促进条例', post)).toContain('法官');
    const service = '鼓励旅行社为符合条件的民宿经营者提供交通、食宿、会务和职工疗休养等服务。';
    expect(groups('焦作市全域旅游促进条例', service, on)).not.toContain('职工');
    const insurance = '快递经营企业应当为快递专用电动三轮车投保第三者责任险、驾驶人员人身意外伤害险。';
    expect(groups('浙江省快递业促进条例', insurance, on)).not.toContain('驾驶人员');
    const regime = '县级以上人民政府应当支持快递经营企业组织开展技能人才评价。';
    expect(groups('浙江省快递业促进条例', regime, on)).not.toContain('技能人才');
  });
  it('keeps the group where another mention serves it, and where the noun after it is a measure for it', () => {
    const both = '教师进修培训机构应当将家庭教育纳入培训内容。县级以上人民政府应当保障教师的工资待遇。';
    expect(groups('重庆市家庭教育促进条例', both, on)).toContain('教师');
    // Recruiting a group is a measure for it (the guideline's "recruits"): 人才引进 is not a regime head.
    const recruited = '应当建立健全高新技术人才引进机制，增加对高新技术人才引进的资金投入。';
    expect(groups('浙江省高新技术促进条例', recruited, on)).toContain('高新技术人才');
  });
});

describe('a role, a post or an official in a frame that serves nobody (lawRoleFramesOut, rule b, on)', () => {
  const off = { lawRoleFramesOut: false };
  it('drops a post a body fills, persons consulted and officials audited or held to a duty list', () => {
    const post = '普通高等学校应当根据军事理论教学和国防教育的需要，配备专职教师。';
    expect(groups('浙江省国防教育条例', post)).not.toContain('专职教师');
    expect(groups('浙江省国防教育条例', post, off)).toContain('专职教师');
    const consulted = '市农业农村、科技部门在重大农业科技创新项目选题、评审、评价等环节，应当听取专家、企业家等的意见。';
    expect(groups('上海市促进农业科技进步若干规定', consulted)).not.toContain('企业家');
    expect(groups('上海市促进农业科技进步若干规定', consulted, off)).toContain('企业家');
    const duty = '本市建立乡（镇）人民政府领导干部法治乡村建设履职清单制度。';
    expect(groups('宁波市法治乡村建设促进条例', duty)).not.toContain('领导干部和公务员');
    expect(groups('宁波市法治乡村建设促进条例', duty, off)).toContain('领导干部和公务员');
  });
  it('keeps staff hired to deliver the service, the group served in another mention, and the frames of plans', () => {
    const teach = '职业学校可以根据专业技能培训的需要，聘请专业技术人员、高级技术工人任教。';
    expect(groups('上海市职业教育条例', teach)).toContain('专业技术人员');
    const both = regulation('某某省国防教育条例', '普通高等学校应当配备专职教师。', '县级以上人民政府应当组织专职教师参加国防教育培训。');
    expect(names('TargetGroup', both)).toContain('专职教师');
  });
});

describe('a school word read as its pupils before a noun of the schools\' arrangement (schoolArrangementsOut, rule c, on)', () => {
  it('drops 中小学生 read from 中小学布局 with the option on, reads it off', () => {
    const layout = '当地人民政府应当将中小学布局调整后的富余教育资源用于举办幼儿园。';
    expect(groups('宁波市学前教育促进条例', layout)).not.toContain('中小学生');
    expect(groups('宁波市学前教育促进条例', layout, { schoolArrangementsOut: false })).toContain('中小学生');
  });
});
