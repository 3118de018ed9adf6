import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Session 51, helper extract2: the reading set's misses (issue 13; 宁波市全民阅读促进条例 2019, 温州市全民阅读促进条例 2021). Each
// rule's sentence is a real one of the set, put in a made-up regulation of the text's title; the guards marked (constructed) are
// short sentences of the shape they leave alone. The option rules fail with their option off; the lexicon lines fail taken out.
const ningbo = (...articles: string[]) => regulation('宁波市全民阅读促进条例', ...articles);
const wenzhou = (...articles: string[]) => regulation('温州市全民阅读促进条例', ...articles);
const programmes = (text: string, options = {}) => names('Programme', text, options);
const groups = (text: string, options = {}) => names('TargetGroup', text, options);
const orgs = (text: string, options = {}) => names('Organisation', text, options);

describe('a network a law builds whose tiers it names as facilities (lawTieredSystems; tiered-systems.ts)', () => {
  it('reads the system a department builds (宁波 第八条)', () => {
    const text = ningbo('市和区县（市）文化旅游主管部门应当按照国家、省有关公共图书馆建设标准、服务规范和本市全民阅读公共服务基本标准，建立以市级公共图书馆为中心馆、县级公共图书馆为总馆，乡镇（街道）公共图书馆为分馆，村（社区）图书室为基层服务点的公共图书馆服务体系。');
    expect(programmes(text)).toContain('公共图书馆服务体系');
    expect(programmes(text, { lawTieredSystems: false })).not.toContain('公共图书馆服务体系');
  });
  it('reads the system the region builds (温州 第九条)', () => {
    const text = wenzhou('本市建立以市级公共图书馆为中心馆,县级公共图书馆为总馆,乡镇(街道)综合文化场馆为分馆,城市书房为特色分馆,农家书屋、村(社区)图书室为基层服务点的公共图书馆服务体系。');
    expect(programmes(text)).toContain('公共图书馆服务体系');
    expect(programmes(text, { lawTieredSystems: false })).not.toContain('公共图书馆服务体系');
  });
  it('leaves a system of roles, not facilities, alone (constructed)', () => {
    expect(programmes(ningbo('本市建立以企业为主体、市场为导向、产学研深度融合的技术创新体系。'))).not.toContain('技术创新体系');
  });
  it('leaves a system named only by its tiers alone (randomj 烟台 第十一条, spent)', () => {
    expect(programmes(ningbo('市、县（市、区）人民政府应当建立以市级公共图书馆为中心馆，县级公共图书馆为总馆，乡镇、街道综合文化站和城市书房为分馆，村、社区综合性文化服务中心为服务点的总分馆体系。'))).not.toContain('总分馆体系');
  });
  it('leaves an encouraged party\'s network alone (constructed)', () => {
    expect(programmes(ningbo('鼓励社会力量建立以区县（市）图书馆为总馆、乡镇图书室为分馆的公共阅读服务网络。'))).not.toContain('公共阅读服务网络');
  });
});

describe('a region\'s own library (org-patterns.txt 图书馆 | place)', () => {
  it('reads 市公共图书馆 and 市图书馆 as the city\'s (宁波 第十九条, 温州 第十五条)', () => {
    expect(orgs(ningbo('本市出版单位应当向市公共图书馆交存正式出版物。'))).toContain('宁波市公共图书馆');
    expect(orgs(wenzhou('市图书馆应当会同县(市、区)图书馆,建设覆盖农村地区的公共图书馆数字资源联合采购机制和共享平台。'))).toContain('温州市图书馆');
  });
  it('leaves levels and kinds alone (温州 第九条, 宁波 第二十三条)', () => {
    expect(orgs(wenzhou('市、县(市、区)图书馆应当定期向社会公布服务项目。'))).toEqual([]);
    expect(orgs(ningbo('市和区县（市）公共图书馆应当开设视障人士阅览室、借阅区。市级公共图书馆应当设立少年儿童图书馆。'))).toEqual([]);
  });
});

describe('groups served by kind (target-groups.txt, session 51 block)', () => {
  it('reads children by age class and by migration (宁波 第二十条, 温州 第二十七条)', () => {
    const kids = groups(ningbo('少年儿童图书馆或者少年儿童阅览区域应当配备相应的专业人员，开展面向少年儿童的阅读服务活动。'));
    expect(kids).toContain('少年儿童');
    expect(kids).not.toContain('儿童');
    expect(groups(wenzhou('市、县(市、区)人民政府应当保障农村留守儿童、城市流动儿童的基本阅读需求。'))).toContain('流动儿童');
  });
  it('reads the persons in custody or under correction (宁波 第二十四条)', () => {
    const g = groups(ningbo('监狱、看守所、戒毒场所和社区矫正机构应当根据全民阅读基础书目和分类推荐书目，结合各自条件和实际情况，为服刑人员、羁押人员、戒毒人员和社区矫正对象制定阅读计划，提供阅读资源，开展阅读指导。'));
    expect(g).toContain('羁押人员');
    expect(g).toContain('社区矫正对象');
  });
  it('reads 残障人士 as the canonical 残疾人 (宁波 第二十三条)', () => {
    const g = groups(ningbo('各类公共阅读服务设施管理单位应当为老年人、残障人士提供便利服务和无障碍服务。'));
    expect(g).toContain('残疾人');
    expect(g).not.toContain('残障人士');
  });
});

describe('a city\'s own guidance committee after its short form (lawOwnGuidanceCommittees; guidance-committees.ts)', () => {
  it('reads 市全民阅读指导委员会 as the city\'s (宁波 第五条)', () => {
    const text = ningbo('市和区县（市）新闻出版主管部门应当依据国家公共文化服务指导标准和省基本公共文化服务实施标准，结合本市全民阅读工作实际，拟定全民阅读公共服务基本标准并报市全民阅读指导委员会审定。');
    expect(orgs(text)).toContain('宁波市全民阅读指导委员会');
    expect(orgs(text, { lawOwnGuidanceCommittees: false })).not.toContain('宁波市全民阅读指导委员会');
  });
  it('leaves one committee at each level alone (宁波 第四条, constructed from it)', () => {
    expect(orgs(ningbo('市和区县（市）人民政府应当设立全民阅读指导委员会。'))).toEqual([]);
    expect(orgs(ningbo('县、市全民阅读指导委员会负责协调。'))).toEqual([]);
  });
});

describe('the promoters and the residents a reading law serves (group-objects.txt 推广人, group-residents.txt 满足)', () => {
  it('reads the promoters trained (温州 第二十二条)', () => {
    expect(groups(wenzhou('市、县(市、区)新闻出版主管部门应当会同有关单位建立阅读推广人信息库,并为阅读推广人提供相关知识和技能培训。'))).toContain('阅读推广人');
  });
  it('reads residents whose needs a body meets (constructed on 宁波 第六条)', () => {
    expect(groups(ningbo('村（居）民委员会应当在其职责范围内，满足居民阅读需求，开展全民阅读促进工作。'))).toContain('居民');
  });
});
