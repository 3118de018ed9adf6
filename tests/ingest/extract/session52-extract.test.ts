import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';
import { lexicon } from '../helpers.js';

// Session 52, helper extract (issue 13): rules of a general drafting kind and lexicon lines, each on a real sentence of the
// development sets reading or education; each test fails with its option (or lexicon line) off.
const groups = (text: string, options = {}) => names('TargetGroup', text, options);
const programmes = (text: string, options = {}) => names('Programme', text, options);

describe('teachers by what they teach (group-modifiers.txt 专业课 | 教师, 实习指导 | 教师)', () => {
  it('reads 专业课教师 and 实习指导教师 (education, 上海市职业教育条例 第五十五条)', () => {
    const text = regulation('上海市职业教育条例', '职业学校应当对新任教师开展岗前规范化培训；应当安排从事职业教育的专业课教师和实习指导教师定期到相关企业或者生产服务一线实践。');
    expect(groups(text)).toEqual(expect.arrayContaining(['专业课教师', '实习指导教师']));
  });
  it('reads them as the posts staff may be hired into (education, 宁波市职业教育校企合作促进条例 第二十三条)', () => {
    const text = regulation('宁波市职业教育校企合作促进条例', '职业院校可以面向企业招聘具备相应岗位任职条件的高技能人才、工程技术人员、经营管理人员等兼任专业课教师或者实习指导教师，并给予相关待遇。');
    expect(groups(text)).toEqual(expect.arrayContaining(['专业课教师', '实习指导教师']));
  });
  it('the lines are there: without them the kind is lost', () => {
    const kept = lexicon.groupModifiers;
    try {
      lexicon.groupModifiers = kept.filter((m) => m.modifier !== '专业课' && m.modifier !== '实习指导');
      const text = regulation('宁波市职业教育校企合作促进条例', '专业课教师到企业或者生产服务岗位实践每两年不少于两个月。');
      expect(groups(text)).not.toContain('专业课教师');
    } finally {
      lexicon.groupModifiers = kept;
    }
  });
});

describe('students by the school kind of education law (group-modifiers.txt 高等职业学校, 普通中学)', () => {
  it('reads 高等职业学校学生 and 普通中学学生 (education, 上海市职业教育条例 第二十九条, 第二十三条)', () => {
    const text = regulation('上海市职业教育条例', '高等职业学校学生获得金融机构助学贷款的，政府应当给予其与普通高等学校学生同等的贴息待遇。', '普通中学可以因地制宜开设职业教育课程，为普通中学学生接受职业基础教育创造条件。');
    expect(groups(text)).toEqual(expect.arrayContaining(['高等职业学校学生', '普通中学学生']));
  });
});

describe('a channel holding a thing coordinated before its head names two things (channelJoinedThing)', () => {
  it('reads no 信息技术和新媒体平台 (reading, 温州市全民阅读促进条例 第二十条)', () => {
    const text = regulation('温州市全民阅读促进条例', '政府设立的公共图书馆应当利用信息技术和新媒体平台在乡镇(街道)、村(社区)开展数字阅读推广服务。');
    expect(programmes(text)).toEqual([]);
    expect(programmes(text, { channelJoinedThing: false })).toContain('信息技术和新媒体平台');
  });
  it('keeps the one channel a body works through (real, 上海市志愿服务条例 第二十八条: 依托市大数据资源平台)', () => {
    const text = regulation('上海市志愿服务条例', '志愿服务信息平台应当依托市大数据资源平台，实现与相关部门信息系统的互联互通和信息共享。');
    expect(programmes(text)).toContain('上海市大数据资源平台');
  });
});

describe('a platform coordinated with a class of actors is a kind of actor (actorJoinedPlatformOut)', () => {
  it('reads no 新闻媒体和互联网信息服务平台 (reading, 宁波市全民阅读促进条例 第二十八条)', () => {
    const text = regulation('宁波市全民阅读促进条例', '报刊、广播电视等新闻媒体和互联网信息服务平台应当通过宣传报道全民阅读活动、开设全民阅读专题栏目（节目）、推荐介绍优秀读物、普及阅读知识等途径，提供全民阅读信息服务，参与全民阅读推广活动。');
    expect(programmes(text)).toEqual([]);
    expect(programmes(text, { actorJoinedPlatformOut: false }).length).toBeGreaterThan(0);
  });
  it('keeps a platform after units that only use it (free: 单位和个人通过在线政务服务平台 — the joiner is not before the name)', () => {
    const text = regulation('某某省政务服务条例', '本省建设全省统一的在线政务服务平台。单位和个人通过在线政务服务平台办理政务服务事项。');
    expect(programmes(text)).toContain('在线政务服务平台');
  });
});

describe('高素质 is a quality a group name drops (name-stops.txt 高素质), but 高素质农民 is a category of its own (target-groups.txt)', () => {
  it('reads 劳动者 and 技术技能人才, not 高素质劳动者 (education, 上海 and 宁波 职业教育 texts)', () => {
    const text = regulation('宁波市职业教育校企合作促进条例', '职业院校应当根据经济社会发展、市场需求和职业院校专业目录，制定校企合作规划，为企业培养高素质技术技能人才。', '本市职业教育应当培养高素质劳动者。');
    const found = groups(text);
    expect(found).toEqual(expect.arrayContaining(['技术技能人才', '劳动者']));
    expect(found.filter((g) => g.startsWith('高素质'))).toEqual([]);
  });
  it('keeps 高素质农民, the group of the national 高素质农民培育计划 (the team set plans count it; the lead took back the alias of 农民)', () => {
    const text = regulation('上海市促进农业科技进步若干规定', '本市加强农业科技人才队伍建设，培育高素质农民。');
    expect(groups(text)).toContain('高素质农民');
  });
});

describe('a staffing establishment named after its population is no group (group-followers.txt 编制)', () => {
  it('reads no 教职工 in 教职工编制 (education, 上海市职业教育条例 第五十八条)', () => {
    const text = regulation('上海市职业教育条例', '市和区机构编制部门应当根据职业学校发展和办学规模，动态调整公办职业学校教职工编制。');
    expect(groups(text)).not.toContain('教职工');
  });
});

// lawRegimePlatforms is off by default (session 52: a held-out total fell with it); its tests switch it on.
const regime = { lawRegimePlatforms: true };
describe('a platform in a compressed coordination after a regime shares its object (lawRegimePlatforms, off by default)', () => {
  it('reads 公共图书馆数字资源共享平台 (reading, 温州市全民阅读促进条例 第十五条)', () => {
    const text = regulation('温州市全民阅读促进条例', '市图书馆应当会同县(市、区)图书馆,建设覆盖农村地区的公共图书馆数字资源联合采购机制和共享平台,扩大数字资源的共享范围和辐射范围。');
    expect(programmes(text, regime)).toContain('公共图书馆数字资源共享平台');
    expect(programmes(text)).not.toContain('公共图书馆数字资源共享平台');
  });
  it('writes the object once when the function repeats its last word (a free mirror phrase: 建立健全台湾同胞投资信息共享机制和信息服务平台)', () => {
    const text = regulation('某某省台湾同胞投资保障条例', '省人民政府应当建立健全台湾同胞投资信息共享机制和信息服务平台。');
    expect(programmes(text, regime)).toContain('台湾同胞投资信息服务平台');
  });
  it('reads none where every level builds its own (县级以上人民政府应当建立…)', () => {
    const text = regulation('某某省台湾同胞投资保障条例', '县级以上人民政府应当建立健全台湾同胞投资信息共享机制和信息服务平台。');
    expect(programmes(text, regime)).not.toContain('台湾同胞投资信息服务平台');
  });
});

describe('lawRegimePlatforms: every level as the builder clauses before', () => {
  it('reads no platform when the subject of the sentence is every level (free: 山东省台湾同胞投资保护条例 第二十条)', () => {
    const text = regulation('山东省台湾同胞投资保护条例', '县级以上人民政府台湾事务办事机构应当会同发展改革、商务、市场监督管理等部门，建立健全台湾同胞投资信息共享机制和信息服务平台，及时公布与台湾同胞投资有关的规定。');
    expect(programmes(text, regime)).not.toContain('台湾同胞投资信息服务平台');
  });
});

describe('trainees in a list of activities a run verb opens, and two kinds before one training (trainedListItems)', () => {
  it('reads 阅读推广人 (reading, 宁波市全民阅读促进条例 第二十六条)', () => {
    const text = regulation('宁波市全民阅读促进条例', '阅读服务组织可以通过开展阅读宣传指导、阅读辅导、阅读讲座、读书沙龙、图书展览、阅读推广人和阅读服务志愿者培训、为阅读障碍者和老年人提供助读伴读服务等活动，向社会公众提供内容丰富、形式多样的阅读服务。');
    expect(groups(text)).toContain('阅读推广人');
    expect(groups(text, { trainedListItems: false })).not.toContain('阅读推广人');
  });
  it('reads no bare head listed (free: 加强预算审查监督机构、队伍建设和人员培训)', () => {
    const text = regulation('某某市预算审查监督条例', '市人民代表大会常务委员会应当加强预算审查监督机构、队伍建设和人员培训。');
    expect(groups(text)).not.toContain('人员');
  });
});

describe('trainedListItems: no summary of a list', () => {
  it('reads no 营销等方面人才 (free: 景宁畲族自治县促进惠明茶产业发展条例, 加强惠明茶种植、加工、营销等方面人才培训)', () => {
    const text = regulation('景宁畲族自治县促进惠明茶产业发展条例', '县人民政府应当加强惠明茶种植、加工、营销等方面人才培训。');
    expect(groups(text).filter((g) => g.includes('等'))).toEqual([]);
  });
  it('leaves a listed phrase ending in a group another rule found to that rule, as served objects do (free: 杭州市学前教育促进条例 第三十七条)', () => {
    const text = regulation('杭州市学前教育促进条例', '教育行政部门应当将学前教育机构教师在职培训纳入中小学教师继续教育范畴，有序开展学前教育机构园长、专任教师培训工作。');
    expect(groups(text)).not.toContain('专任教师');
  });
  it('reads 阅读推广人 but leaves 阅读服务志愿者 to the rules that found 志愿者 (reading, 宁波 第二十六条: no second name of one group)', () => {
    const text = regulation('宁波市全民阅读促进条例', '阅读服务组织可以通过开展阅读宣传指导、阅读辅导、阅读推广人和阅读服务志愿者培训等活动，向社会公众提供阅读服务。');
    expect(groups(text)).toContain('阅读推广人');
    expect(groups(text)).not.toContain('阅读服务志愿者');
  });
});
