import { describe, expect, it } from 'vitest';
import { articleTargets, names, regulation } from './law-text.js';
import { findTargets } from '../../../ingest/extract/targets.js';
import { DEFAULT_EXTRACT_OPTIONS } from '../../../ingest/extract/options.js';
import { lexicon } from '../helpers.js';

// Regulations written for these tests (not taken from any corpus or gold file): the session-44 lead rules, read on the
// innovation set's 舟山 text and the techtransfer law's gold for kinds of miss only.
const law = (...articles: string[]) => regulation('某某市促进科技创新条例', ...articles);

describe('a duty\'s span of consecutive years (dutySpan)', () => {
  const text = '应当在新产品投产后连续四年，每年从其销售收入中提取不低于百分之三的比例用于研发。';
  it('reads the years a duty\'s yearly act must run, the act as its metric', () => {
    // (The metric names the duration since session 46, options.dutySpanDuration.)
    expect(articleTargets(`生产企业${text}`)).toEqual(expect.arrayContaining([['每年从其销售收入中提取的连续年限', '=', 4, '年']]));
  });
  it('reads a range of years, and nothing without the option', () => {
    const body = '生产企业应当在新产品投产后连续二至四年，每年从其销售收入中提取不低于百分之三的比例。';
    const found = findTargets(body, { path: '1', span: [0, body.length] }, lexicon, DEFAULT_EXTRACT_OPTIONS);
    expect(found.find((t) => t.unit === '年')).toMatchObject({ comparator: '=', value: 2, valueMax: 4 });
    const off = findTargets(body, { path: '1', span: [0, body.length] }, lexicon, { ...DEFAULT_EXTRACT_OPTIONS, dutySpan: false });
    expect(off.find((t) => t.unit === '年')).toBeUndefined();
  });
  it('leaves a permitted span and a condition alone', () => {
    expect(articleTargets(`生产企业可以在新产品投产后连续四年，每年从其销售收入中提取不低于百分之三的比例。`).filter((t) => t[3] === '年')).toEqual([]);
    expect(articleTargets('连续三年未参加年度检验的，由登记机关注销登记。').filter((t) => t[3] === '年')).toEqual([]);
  });
});

describe('a people\'s organisation after a list of levels (lawLevelListPeoplesOrg)', () => {
  it('reads 市、县（区）科学技术协会 as 科协, as after 各级', () => {
    const text = law('市、县（区）科学技术协会协助科技行政主管部门做好促进工作。');
    expect(names('Organisation', text)).toEqual(['科协']);
    expect(names('Organisation', text, { lawLevelListPeoplesOrg: false })).toEqual([]);
  });
  it('leaves a list of levels before a government or a department as no body', () => {
    expect(names('Organisation', law('市、县（区）人民政府应当加强科技人才队伍建设。'))).toEqual([]);
  });
});

describe('verbs of widening start no name (name-stops.txt)', () => {
  it('拓宽人才培养渠道 names no group; 拓宽科技特派员服务领域 names 科技特派员', () => {
    expect(names('TargetGroup', law('县级人民政府应当拓宽人才培养渠道，拓宽科技特派员服务领域。'))).toEqual(['科技特派员']);
  });
});

describe('a permission bounded by a limit word (permittedBound)', () => {
  const share = '研究开发机构将职务科技成果转让给他人的，可以从转让所得的净收入中提取不低于百分之四十用于奖励。';
  it('reads the floor of a permitted reward as a target', () => {
    expect(articleTargets(share)).toEqual(expect.arrayContaining([[expect.stringContaining('转让所得的净收入'), '>=', 40, '%']]));
  });
  it('reads nothing without the option, and no permission without a bound word', () => {
    const body = share;
    const off = findTargets(body, { path: '1', span: [0, body.length] }, lexicon, { ...DEFAULT_EXTRACT_OPTIONS, permittedBound: false });
    expect(off.filter((t) => t.unit === '%')).toEqual([]);
    expect(articleTargets('评审委员会可以邀请二至三名专家参加评审。')).toEqual([]);
  });
});

describe('kinds of miss of the 青岛 text (lexicon and lawCooperationForms)', () => {
  it('a quality word before bare 人才 names no group (高层次优秀人才)', () => {
    expect(names('TargetGroup', law('对高层次优秀人才，有关单位应当提供便利。'))).toEqual([]);
    expect(names('TargetGroup', law('对优秀科技人员给予奖励。'))).toEqual(['科技人员']);
  });
  it('农民 in the name of a co-operative body is no group', () => {
    expect(names('TargetGroup', law('县级人民政府应当加强对农民专业合作经济组织的指导和服务。'))).toEqual([]);
  });
  it('an alliance listed among the forms of a cooperation is no body', () => {
    const text = law('鼓励企业与高等学校采取委托开发、联合开发、建立产业技术创新战略联盟等形式，开展产学研合作。');
    expect(names('Organisation', text)).toEqual([]);
    // (Session 45, helper extract2: an alliance needs a region or national owner since org-patterns.txt `联盟 | place`, so the
    // bare kind is none with the option off too; the option is shown on an owned alliance.)
    expect(names('Organisation', text, { lawCooperationForms: false })).toEqual([]);
    const owned = law('鼓励企业与高等学校采取委托开发、联合开发、建立青岛市产业技术创新战略联盟等形式，开展产学研合作。');
    expect(names('Organisation', owned)).toEqual([]);
    expect(names('Organisation', owned, { lawCooperationForms: false })).toEqual(['青岛市产业技术创新战略联盟']);
  });
});

describe('classes of platform (lawPlatformClasses)', () => {
  const programmes = (text: string, options = {}) => names('Programme', text, options);
  it('a platform named after 等 as the class of the list is a kind', () => {
    const text = law('市人民政府应当加强技术交易市场等科技成果转化平台建设。');
    expect(programmes(text)).toEqual([]);
    expect(programmes(text, { lawPlatformClasses: false })).toEqual(['科技成果转化平台']);
  });
  it('a platform others are supported to build is a kind; one a department builds stays', () => {
    expect(programmes(law('科学技术行政部门应当支持科研机构、高等学校和企业建立专业性科技创新服务平台。'))).toEqual([]);
    expect(programmes(law('市科学技术行政部门应当建立全市科技资源信息系统，向社会公布科技资源的分布。'))).not.toEqual([]);
  });
});

describe('the guards of the session-44 rules, read on development golds', () => {
  it('a system whose name holds a list closed by 等 stays one system (minors: …暴力伤害等违法犯罪人员信息查询系统)', () => {
    expect(names('Programme', law('国家建立性侵害、虐待、暴力伤害等违法犯罪人员信息查询系统，向有关单位提供免费查询服务。'))).toEqual(['违法犯罪人员信息查询系统']);
  });
  it('a cap on what a person may enjoy is the limit of a right, no target (unseen: 可以合计享受不超过一千毫升的免费用血)', () => {
    expect(articleTargets('献血者的配偶可以合计享受不超过一千毫升的免费用血。').filter((t) => t[3] === '毫升')).toEqual([]);
  });
  it('a body named before 等 and a class of bodies keeps its name (randomq: 向残疾人福利基金会等慈善机构捐赠等形式)', () => {
    expect(names('Organisation', law('鼓励社会组织和个人以向残疾人福利基金会等慈善机构捐赠等形式参与残疾人事业。'))).toContain('残疾人福利基金会');
  });
});

describe('the innovation set\'s 宁波 and 上海 texts (read after their blind score)', () => {
  it('a guide or a recommendation list a department compiles is a programme; a compiled list of matters is not', () => {
    expect(names('Programme', law('市科学技术行政部门应当编制科技创新发展指南，引导企业开展研究开发。'))).toEqual(['科技创新发展指南']);
    expect(names('Programme', law('市经济信息化部门编制创新产品推荐目录，会同相关部门实施首购。'))).toEqual(['创新产品推荐目录']);
    expect(names('Programme', law('区人民政府应当编制政务服务事项目录，并向社会公布。'))).toEqual([]);
  });
  it('a level of a list of levels does not open a people\'s organisation (市、区科学技术协会 → 科协)', () => {
    const text = law('市、区科学技术协会协助科学技术行政部门推进工作。');
    expect(names('Organisation', text)).toEqual(['科协']);
    expect(names('Organisation', text, { lawLevelListPeoplesOrg: false })).not.toContain('科协');
  });
  it('成果完成人 is the short form of 科技成果完成人', () => {
    expect(names('TargetGroup', law('本市支持成果完成人转化科技成果。'))).toEqual(['科技成果完成人']);
  });
  it('an alliance among several forms of cooperation, or before 等…合作方式, is no body', () => {
    expect(names('Organisation', law('企业可以采取联合建立研究开发平台、技术创新联盟、新型研究开发机构等方式开展合作。'))).toEqual([]);
    expect(names('Organisation', law('企业可以采取联合建立技术转移机构或者技术创新联盟等产学研合作方式开展研究开发。'))).toEqual([]);
  });
});

describe('a body then 建设 before the system it builds (name-cuts.txt)', () => {
  it('starts the platform\'s name after 部门建设, and keeps 建设 inside a name', () => {
    const programmes = (text: string) => names('Programme', regulation('上海市推进某某条例', text));
    expect(programmes('市知识产权部门建设知识产权综合服务平台，开展知识产权检索查询。')).toEqual(['知识产权综合服务平台']);
    expect(programmes('市人民政府建设城乡建设信息平台，向社会公开。')).toEqual(['城乡建设信息平台']);
  });
});
