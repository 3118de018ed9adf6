import { describe, expect, it } from 'vitest';
import { articleTargets, names, regulation } from './law-text.js';
import { extract } from '../../../ingest/extract/index.js';
import { lexicon, structured } from '../helpers.js';

// Session 47, helper extract2: the digital set's programmes and talent groups (issue 13). Each sentence is a real one of the
// development set tests/real/digital (浙江省数字经济促进条例 2020, 北京市数字经济促进条例 2022) or of a free mirror text read for false
// positives, put in a made-up regulation. The option rules fail with their option off; the lexicon rules (quoted-works.txt,
// designations.txt system heads, organisations.txt's alias) fail with their line taken out.
const law = (...articles: string[]) => regulation('某某省数字经济促进条例', ...articles);
const programmes = (text: string, options = {}) => names('Programme', text, options);
const groups = (text: string, options = {}) => names('TargetGroup', text, options);
const bodies = (text: string, options = {}) => names('Organisation', text, options);

describe('quoted reforms and lines of work (lawQuotedWorks; quoted-works.txt)', () => {
  it('reads the quoted reform a body must deepen', () => {
    const text = law('县级以上人民政府及其有关部门应当深化“最多跑一次”改革，按照整体智治的要求，推动数字技术与政府履职全面深度融合。');
    expect(programmes(text)).toContain('最多跑一次');
    expect(programmes(text, { lawQuotedWorks: false })).not.toContain('最多跑一次');
  });
  it('reads the quoted line of work a body must push forward, a name opening with 一', () => {
    const text = law('城市管理部门应当会同有关部门推进城市运行“一网统管”领域相关工作。', '经济和信息化部门应当会同有关部门推进各级决策“一网慧治”相关工作。');
    expect(programmes(text)).toEqual(expect.arrayContaining(['一网统管', '一网慧治']));
    expect(programmes(text, { lawQuotedWorks: false })).toEqual([]);
  });
  it('leaves slogans, fields and cited titles out', () => {
    expect(programmes(law('县级以上人民政府应当参与“一带一路”建设，统筹做好“三农”工作。'))).toEqual([]);
    expect(programmes(law('依照《上海市人民代表大会常务委员会关于进一步促进和保障“一网通办”改革的决定》执行。'))).not.toContain('一网通办');
  });
});

describe('compressed coordinations of talent categories (compressedTalents)', () => {
  it('restores the shared field and head of each category', () => {
    const text = law('支持高等学校、职业院校和企业开展合作，培养各类专业化和复合型数字技术、技能和管理人才。');
    expect(groups(text)).toEqual(['数字技术人才', '数字技能人才', '数字管理人才']);
    expect(groups(text, { compressedTalents: false })).not.toContain('数字技能人才');
  });
  it('reads two categories of training sharing a longer field, not the cut last one', () => {
    const text = law('高等学校应当培养数字经济研究和应用型人才。');
    expect(groups(text)).toEqual(['数字经济应用型人才', '数字经济研究人才']);
    expect(groups(text, { compressedTalents: false })).toContain('应用型人才');
  });
  it('reads grades without a field only where the lexicon names them', () => {
    const text = law('将引进高层次、高学历、高技能以及紧缺人才纳入政府人才支持政策体系，为其提供支持。');
    expect(groups(text)).toEqual(['高技能人才']);
    expect(groups(text, { compressedTalents: false })).not.toContain('高技能人才');
    // (上海市数据条例 第九条: a field before grades gives them no field.)
    expect(groups(law('市、区有关部门应当将数据领域高层次、高学历、高技能以及紧缺人才纳入人才支持政策体系。'))).not.toContain('数据领域高层次人才');
  });
  it('leaves a list of whole categories alone', () => {
    expect(groups(law('培养经营管理、专业技术和技能人才。'))).not.toContain('专业技能人才');
  });
});

describe('人民银行, the central bank named short (organisations.txt alias)', () => {
  it('reads it as 中国人民银行', () => {
    expect(bodies(law('省地方金融监督管理部门应当会同人民银行、银行保险监管、证券监管等有关机构，推动金融机构创新。'))).toContain('中国人民银行');
  });
});

describe('platforms named for managing, sharing or unifying (designations.txt system 管理平台 | 共享平台 | 统一平台)', () => {
  it('reads the platform a named body builds or sets up', () => {
    expect(programmes(law('城市管理部门应当会同有关部门建设城市运行管理平台，依托物联网、区块链等技术开展监测。'))).toContain('城市运行管理平台');
    expect(programmes(law('省科技主管部门应当建立大型科学仪器开放共享平台，推动科研设施开放共享。'))).toContain('大型科学仪器开放共享平台');
    expect(programmes(law('经济和信息化部门应当建设智慧决策应用统一平台，统筹引导市、区两级决策。'))).toContain('智慧决策应用统一平台');
  });
  it('leaves one named by generic words alone', () => {
    expect(programmes(law('有关部门应当建设信息共享平台，推动数据共享。'))).toEqual([]);
  });
});

describe('the region-wide unified system a body uses (lawUnifiedChannels)', () => {
  it('reads it whatever the subject and whatever stands before the verb', () => {
    const text = law('县级以上人民政府及其有关部门应当完善并规范使用全省统一的行政处罚办案系统，提高执法效率。');
    expect(programmes(text)).toContain('行政处罚办案系统');
    expect(programmes(text, { lawUnifiedChannels: false })).not.toContain('行政处罚办案系统');
  });
});

describe('a system after 各级 is a kind (lawEveryLevelSystems)', () => {
  it('leaves each level\'s system out', () => {
    const text = law('经济和信息化部门应当支撑各级智能决策管理信息系统，统筹引导市、区两级决策。');
    expect(programmes(text)).not.toContain('智能决策管理信息系统');
    expect(programmes(text, { lawEveryLevelSystems: false })).toContain('智能决策管理信息系统');
  });
});

describe('a plan run by name keeps 与 inside its name (lawRunPlanJoiner)', () => {
  it('reads the whole plan after a verb of running', () => {
    const text = law('网信、教育、人力资源和社会保障、人才工作等部门应当组织实施全民数字素养与技能提升计划。');
    expect(programmes(text)).toEqual(['全民数字素养与技能提升计划']);
    expect(programmes(text, { lawRunPlanJoiner: false })).toEqual(['技能提升计划']);
  });
});

describe('a bounded duration before its term word (termAfterBound)', () => {
  const sentence = '为公共机构提供信息化项目开发建设服务的单位，应当保证项目质量并履行不少于两年保修期义务，不得擅自留存、使用数据。';
  it('reads the warranty a unit must keep', () => {
    expect(articleTargets(sentence)).toEqual([['保修期', '>=', 2, '年']]);
  });
  it('fails without the option, and leaves a time frame out', () => {
    const text = `某某市某某条例\n\n第一条　为了规范管理，制定本条例。\n\n第二条　${sentence}\n`;
    expect(extract(structured('x.md', text), lexicon, { termAfterBound: false }).targets).toEqual([]);
    expect(articleTargets('经税务机关批准，可以在最长不超过五年的期限内分期缴纳。')).toEqual([]);
  });
});

describe('a programme named as one mode among others (lawModeProgrammes)', () => {
  it('leaves a zone built as a mode out', () => {
    const text = law('县级以上人民政府及其有关部门应当通过建设数字文化创意产业试验区等方式，推进网络视听、数字影视、数字动漫等数字文化创意产业发展。');
    expect(programmes(text)).not.toContain('数字文化创意产业试验区');
    expect(programmes(text, { lawModeProgrammes: false })).toContain('数字文化创意产业试验区');
  });
  it('keeps the zone a body must promote', () => {
    expect(programmes(law('县级以上人民政府应当促进跨境电商综合试验区建设，提升跨境电商普及应用水平。'))).toContain('跨境电商综合试验区');
  });
});
