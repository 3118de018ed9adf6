import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';
import { extract } from '../../../ingest/extract/index.js';
import { lexicon, structured } from '../helpers.js';

// Session 49, helper extract2: the hightech set's misses (issue 13; 广东省知识产权保护条例 2022, 河南省促进科技成果转化条例 2019, 浙江省专利条例
// 2015). Each rule's sentence is a real one of the set or of the free mirror texts the rules were checked on, put in a made-up
// regulation of the text's title; the guards marked (constructed) are short sentences of the shape they leave alone. The option
// rules fail with their option off; the lexicon lines (target-groups.txt 科技人员 | 科学技术人员, group-workers.txt `lead | 提高`,
// group-clause.txt `breach | 有下列情形之一`) fail taken out.
const guangdong = (...articles: string[]) => regulation('广东省知识产权保护条例', ...articles);
const henan = (...articles: string[]) => regulation('河南省促进科技成果转化条例', ...articles);
const zhejiang = (...articles: string[]) => regulation('浙江省专利条例', ...articles);
const programmes = (text: string, options = {}) => names('Programme', text, options);
const groups = (text: string, options = {}) => names('TargetGroup', text, options);
const targetsOf = (text: string, options = {}) =>
  extract(structured('x.txt', text), lexicon, options).targets.map((t) => [t.metric, t.comparator, t.value, t.unit]);

describe('a share drawn from a sum measures the sum (shareDrawnBase; targets.ts DRAWN_BASE)', () => {
  const article = zhejiang(
    '政府设立的研究开发机构、高等院校和中等职业学校等许可他人实施、转让其拥有的专利的，应当从许可、转让的净收入中提取不低于百分之六十的比例用于奖励发明人、设计人；专利作价投资的，应当从该项专利作价形成的股份或者出资比例中提取不低于百分之六十的比例用于奖励发明人、设计人。',
  );
  it('reads the sum after 从 as the metric, not the use after 的比例', () => {
    expect(targetsOf(article)).toEqual([
      ['许可、转让的净收入', '>=', 60, '%'],
      ['专利作价形成的股份或者出资比例', '>=', 60, '%'],
    ]);
    expect(targetsOf(article, { shareDrawnBase: false }).map((t) => t[0])).toEqual(['用于奖励发明人、设计人', '用于奖励发明人、设计人']);
  });
  it('reads a permitted yearly share the same way (techtransfer\'s 浙江 促进科技成果转化条例 第三十七条)', () => {
    const text = regulation('浙江省促进科技成果转化条例', '（三）自行实施或者与他人合作实施职务科技成果的，在实施转化成功投产后五年内，可以每年从实施该项科技成果的营业利润中提取不低于百分之十的比例用于奖励。');
    expect(targetsOf(text)).toEqual([['实施该项科技成果的营业利润', '>=', 10, '%']]);
    expect(targetsOf(text, { shareDrawnBase: false })).not.toContainEqual(['实施该项科技成果的营业利润', '>=', 10, '%']);
  });
});

describe('a duration a thing must be kept (keptDuration; targets.ts keptThing; target-cues.txt keptVerb, keptThing)', () => {
  it('reads the cue after the verb, the thing kept the topic before the modal', () => {
    const text = guangdong('展会主办方应当完整保存展会的知识产权纠纷信息与档案资料，并配合行政机关、司法机关以及公证、仲裁机构调取有关信息与资料。有关信息与资料自展会举办之日起应当保存至少三年。');
    expect(targetsOf(text)).toEqual([['保存有关信息与资料', '>=', 3, '年']]);
    expect(targetsOf(text, { keptDuration: false })).toEqual([]);
  });
  it('reads the cue before the verb (北京市单用途预付卡管理条例, a free text)', () => {
    const text = regulation('北京市单用途预付卡管理条例', '经营者应当记录交易信息，交易资料自交易完成之日起至少保存三年。');
    expect(targetsOf(text)).toEqual([['保存交易资料', '>=', 3, '年']]);
    expect(targetsOf(text, { keptDuration: false })).toEqual([]);
  });
  it('reads the thing from the clause before when the clause has no topic (统计法实施条例, a free text)', () => {
    const text = regulation('统计法实施条例', '统计调查中取得的统计调查对象的原始资料，应当至少保存2年。\n汇总性统计资料应当至少保存10年，重要的汇总性统计资料应当永久保存。', '统计调查对象按照国家有关规定设置的原始记录和统计台账，应当至少保存2年。');
    expect(targetsOf(text)).toEqual([
      ['保存原始资料', '>=', 2, '年'],
      ['保存汇总性统计资料', '>=', 10, '年'],
      ['保存原始记录和统计台账', '>=', 2, '年'],
    ]);
  });
  it('leaves a validity alone (有效期内保存; constructed)', () => {
    expect(targetsOf(regulation('某市某某条例', '许可证有效期内保存至少三年。'))).toEqual([]);
  });
});

describe('a list published with an issued scheme (lawIssuedMates; designations.txt issuedMate; issued-mates.ts)', () => {
  const text = henan('县级以上人民政府科学技术行政部门应当会同有关部门，制定科技成果转化计划，定期发布科技成果目录、科技成果转化项目指南和重点科技成果转化项目供求信息，引导科技成果转化活动。');
  it('reads the guide coordinated after the catalogue, not the information after it', () => {
    expect(programmes(text)).toEqual(['科技成果目录', '科技成果转化项目指南']);
    expect(programmes(text, { lawIssuedMates: false })).toEqual(['科技成果目录']);
  });
  it('reads the list after a published guide (山东省企业技术改造条例, a free text)', () => {
    const shandong = regulation('山东省企业技术改造条例', '县级以上人民政府经济和信息化主管部门应当会同有关部门制定并发布企业技术改造投资指南和重点项目导向目录，引导企业技术改造投资方向。');
    expect(programmes(shandong)).toContain('重点项目导向目录');
    expect(programmes(shandong, { lawIssuedMates: false })).not.toContain('重点项目导向目录');
  });
});

describe('functions joined by 、 before one unified system (lawUnifiedFunctions; unified-functions.ts)', () => {
  const text = zhejiang('省专利行政部门应当建立健全全省统一的专利检索、咨询、服务信息平台。');
  it('reads the one platform with its 、', () => {
    expect(programmes(text)).toEqual(['专利检索、咨询、服务信息平台']);
    expect(programmes(text, { lawUnifiedFunctions: false })).toEqual([]);
  });
  it('leaves a telephone beside a platform alone: two things (the free pool\'s 统一的举报电话、网络举报平台, in a constructed sentence)', () => {
    expect(programmes(regulation('某市某某条例', '市人民政府应当建立统一的举报电话、网络举报平台。'))).toEqual([]);
  });
});

describe('kinds listed before a found category (categoryMates; category-mates.ts)', () => {
  const text = henan('县级以上人民政府及其有关部门应当制定措施，培养、引进技术转移管理人员、技术经纪人、技术经理人等科技成果转化人才。');
  it('reads the first item, whose head holds a stop word, when the category and another item are groups', () => {
    expect(groups(text)).toEqual(['技术经理人', '技术经纪人', '技术转移管理人员', '科技成果转化人才']);
    expect(groups(text, { categoryMates: false })).not.toContain('技术转移管理人员');
  });
  it('reads nothing new where no item is found as a group (constructed)', () => {
    expect(groups(regulation('某市某某条例', '培养、引进项目管理人员、工程管理人员等建设人才。'))).not.toContain('项目管理人员');
  });
});

describe('a national award named as won (lawWonNationalAwards; won-awards.ts)', () => {
  it('reads 中国专利奖 (jieba tags 中国专利 a body)', () => {
    const text = zhejiang('获得中国专利奖的主要发明人、设计人，可以破格申报相关专业技术职称。');
    expect(programmes(text)).toEqual(['中国专利奖']);
    expect(programmes(text, { lawWonNationalAwards: false })).toEqual([]);
  });
});

describe('what steered third parties set up is a kind (lawGuidedBuilders; guided-builders.ts)', () => {
  it('leaves the trade associations\' lists alone', () => {
    const text = guangdong('市场监管部门应当探索创新注册商标的保护手段，加强对本省享有较高知名度、具有较大市场影响力商标的保护，指导和规范有关行业协会建立重点商标保护名录。');
    expect(programmes(text)).toEqual([]);
    expect(programmes(text, { lawGuidedBuilders: false })).toEqual(['重点商标保护名录']);
  });
});

describe('lexicon lines: 科学技术人员, 提高 the workers, 有下列情形之一 a breach', () => {
  it('reads 科学技术人员 as 科技人员 (target-groups.txt)', () => {
    expect(groups(henan('省人力资源和社会保障部门应当会同有关部门建立健全科学技术人员分类评价制度。对科技人员给予奖励。'))).toEqual(['科技人员']);
  });
  it('reads the workers whose quality a body raises as served (group-workers.txt lead | 提高)', () => {
    expect(groups(henan('各类科技成果转化中介服务机构可以依托行业协会、科协组织，开展技术转化专业培训，提高从业人员的专业素质和能力水平。'))).toContain('从业人员');
  });
  it('reads state staff before a list of misconduct as sanctioned only (group-clause.txt breach | 有下列情形之一)', () => {
    const text = henan('国家机关工作人员在科技成果转化工作中有下列情形之一的，由其所在单位或者上级主管部门依法给予处分；构成犯罪的，依法追究刑事责任:\n（一）未依照本条例规定履行职责的；');
    expect(groups(text)).toEqual([]);
  });
});
