import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Session 49, helper extract: guards against wrong names read in 120 free mirror texts no set holds (promotion, development and
// management regulations; issue 13: precision on unseen text). Each sentence is a real one of a free mirror text, put in a
// made-up regulation (or the text's own title). Each rule fails with its lexicon line out or its option off.
const programmes = (text: string, options = {}) => names('Programme', text, options);
const groups = (text: string, options = {}) => names('TargetGroup', text, options);

describe('a verb of relying on or strengthening a platform ends the subject before the name (name-cuts.txt 依托 加强)', () => {
  it('reads the platform a region relies on without the region and the verb (上海市数据条例 第七十四条)', () => {
    const text = regulation('上海市数据条例', '本市依托全国一体化政务服务平台建设长三角数据共享交换平台，支撑长三角区域数据共享共用、业务协同和场景应用。');
    expect(programmes(text)).toContain('全国一体化政务服务平台');
    expect(programmes(text)).not.toContain('上海市依托全国一体化政务服务平台');
  });
  it('reads no name holding 加强 (促进个体工商户发展条例 第十四条)', () => {
    const text = regulation(
      '促进个体工商户发展条例',
      '国家加强个体工商户公共服务平台体系建设，为个体工商户提供法律政策、市场供求、招聘用工、创业培训、金融支持等信息服务。',
    );
    expect(programmes(text)).not.toContain('国家加强个体工商户公共服务平台');
  });
});

describe('a scope word ends the subject before the name (name-cuts.txt 下列 区域内)', () => {
  it('reads no works named by the law’s scope (上海市建设工程材料管理条例 第二条)', () => {
    const text = regulation('上海市建设工程材料管理条例', '本条例适用于本市行政区域内建设工程材料的生产、销售、使用及其监督管理和新型建设工程材料的推广应用。');
    expect(programmes(text)).not.toContain('上海市行政区域内建设工程');
  });
});

describe('a verb of harming or checking a person never opens a group (name-stops.txt 危害 核验 …)', () => {
  it('reads the staff harmed, not 危害医务人员 (北京市医院安全秩序管理规定)', () => {
    const text = regulation('北京市医院安全秩序管理规定', '医务人员履行职责受法律保护。任何组织或者个人不得威胁、危害医务人员人身安全，不得侵犯医务人员人格尊严。');
    expect(groups(text)).toContain('医务人员');
    expect(groups(text)).not.toContain('危害医务人员');
  });
  it('reads the workers checked, not 核验家政服务人员 (广东省家政服务条例 第十一条)', () => {
    const text = regulation('广东省家政服务条例', '家政服务机构应当依法核验家政服务人员、家政服务消费者的身份证明，充分了解其健康状况。');
    expect(groups(text)).not.toContain('核验家政服务人员');
    expect(groups(text)).toContain('家政服务人员');
  });
});

describe('the region’s own short form before a group is its scope (groupOwnRegionOut)', () => {
  const text = regulation('北京市促进私营个体经济发展条例', '私营企业安置本市城镇失业人员达到国家规定比例的，享受劳动就业服务企业的优惠政策。');
  it('reads the group without the 市 left after the name-stop 本', () => {
    expect(groups(text)).toContain('城镇失业人员');
    expect(groups(text)).not.toContain('市城镇失业人员');
  });
  it('reads 市城镇失业人员 with the option off', () => {
    expect(groups(text, { groupOwnRegionOut: false })).toContain('市城镇失业人员');
  });
});

describe('a term naming a movement of persons is no defined group (definition-cues.txt act 流动)', () => {
  it('reads no group 人才流动 (上海市人才流动条例 第二条)', () => {
    const text = regulation(
      '上海市人才流动条例',
      '本条例所称的人才流动，是指具有专业技术或者管理能力的人员，通过与单位相互选择而实现个人的职业或者工作单位的变动。',
      '人才流动应当遵循促进人才资源合理配置的原则。',
    );
    expect(groups(text)).not.toContain('人才流动');
  });
});

describe('相关 inside a candidate ends the owner before a system, and a system after it is any of a class (name-cuts.txt 相关 有关)', () => {
  it('reads no platform named with its department (聊城市户外广告设施和招牌设置管理条例)', () => {
    const text = regulation(
      '聊城市户外广告设施和招牌设置管理条例',
      '户外广告设施和招牌的设置人应当在设置完成后十日内，向城市管理（综合行政执法）部门相关信息技术平台明示设置位置、内容、规格、形式等设置信息。',
    );
    expect(programmes(text)).toEqual([]);
  });
});

describe('a project named by investment is a class of investment administration (discover.ts LAW_KIND_SUFFIX …投资项目)', () => {
  it('reads no programme 企业投资项目 (浙江省建设工程勘察设计管理条例)', () => {
    const text = regulation(
      '浙江省建设工程勘察设计管理条例',
      '涉及国家安全、生态安全、重大基础设施以及其他关系重大公共利益的企业投资项目的工程初步设计文件应当按规定经过有关部门审查。',
    );
    expect(programmes(text)).not.toContain('企业投资项目');
  });
});

describe('a 者 alone after a noun nominalises a verb phrase, no group (groupObjectAgentOut)', () => {
  const text = regulation('合理化建议和技术改进奖励条例', '对弄虚作假骗取荣誉者，应当由授奖单位撤销其荣誉称号，扣回其所得奖金。');
  it('reads no group 荣誉者', () => {
    expect(groups(text)).not.toContain('荣誉者');
    expect(groups(text, { groupObjectAgentOut: false })).toContain('荣誉者');
  });
  it('keeps an agent noun with its verb before 者', () => {
    expect(groups(regulation('某某省献血条例', '对用血者实行费用减免。'))).toContain('用血者');
  });
});
