// Session 31 (helper extract): rules read on the spent randomm-heldout (with randomn, randomo and the earlier dev golds) for
// kinds of error. Each text is a sentence shape of a dev document, rewritten around a made-up place; each test asserts what a
// reader checks.
import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

describe('agent nouns in …者: a population the regulation serves, or a party of its procedure', () => {
  it('reads no group in the parties a feed regulation records, obliges or sanctions', () => {
    const text = regulation(
      '某省饲料管理条例',
      '新饲料投入生产前，研制者或者生产企业应当向省农业行政主管部门提出审定申请。',
      '经营者应当如实记录购销产品的名称、数量、生产企业名称或者供货者名称及其联系方式。',
      '经批准移植树木的，移植者应当保证其成活。',
    );
    expect(names('TargetGroup', text)).toEqual([]);
  });

  it('keeps the agents it serves: educated, guided, kept safe or helped', () => {
    const text = regulation(
      '某省饲料管理条例',
      '县级以上人民政府应当提高养殖者的质量安全意识，指导养殖者安全、合理使用饲料。',
      '施行手术应当征得受术者本人同意，并保证受术者的安全。',
      '行动不便者进出车站，可以联系车站工作人员获得帮助。',
    );
    expect(names('TargetGroup', text)).toEqual(['养殖者', '受术者', '行动不便者']);
  });

  it('keeps a kind of a served group and a group coordinated with one', () => {
    const text = regulation(
      '某市献血条例',
      '为了保障献血者和用血者身体健康，制定本条例。',
      '血站应当为献血者提供安全、卫生、便利的条件。',
      '符合健康检查要求的多次献血者主动要求再次献血的，可以适当增加献血量。',
      '精神病患者、智障者、学龄前儿童应当由其监护人陪同乘车。',
    );
    const groups = names('TargetGroup', text);
    for (const g of ['献血者', '用血者', '多次献血者', '精神病患者', '智障者']) expect(groups).toContain(g);
  });

  it('reads no group in a party only reported or retaliated against', () => {
    const text = regulation('某省收费管理条例', '对检举、揭发非法收费者进行打击报复的，由主管部门给予行政处分。');
    expect(names('TargetGroup', text)).not.toContain('非法收费者');
  });
});

describe('a group right before another group: a kind of the second', () => {
  it('reads the disabled employees as one kind, not as employees at large', () => {
    const text = regulation('某省无障碍环境建设条例', '鼓励用人单位开展就业场所无障碍设施改造，为残疾人职工提供必要的劳动条件和便利。');
    const groups = names('TargetGroup', text);
    expect(groups).toContain('残疾人职工');
    expect(groups).not.toContain('职工');
  });

  it('keeps a modifier shared by a coordination out of it', () => {
    const text = regulation('某市归侨侨眷权益保护办法', '归侨、侨眷职工出境探望亲属的，所在单位应当给予假期。');
    expect(names('TargetGroup', text)).not.toContain('侨眷职工');
  });
});

describe('a system a body plans and builds, or is charged with running, by its name', () => {
  it('reads the one platform a department builds and an agency runs', () => {
    const text = regulation(
      '某市接诉即办工作条例',
      '市政务服务部门负责接诉即办工作的组织协调，规划建设接诉即办平台，制定工作制度。',
      '市民热线服务工作机构负责接诉即办平台的管理、运行、维护，全时段为诉求人提供服务。',
    );
    expect(names('Programme', text)).toEqual(['接诉即办平台']);
  });

  it('reads no system of a class or of every level', () => {
    const text = regulation('某市信息化条例', '各有关部门负责相关信息系统的建设和管理。');
    expect(names('Programme', text)).toEqual([]);
  });
});

describe('residents served by raising their awareness or securing their needs', () => {
  it('reads the residents whose awareness a body strengthens', () => {
    const text = regulation('某市市容和环境卫生管理条例', '有关单位应当加强宣传教育，增强市民维护市容和环境卫生的意识。');
    expect(names('TargetGroup', text)).toEqual(['市民']);
  });

  it('reads the residents a duty secures', () => {
    const text = regulation('某省减少污染物排放条例', '发生突发环境事件时，县级以上人民政府应当优先保障居民饮用水安全。');
    expect(names('TargetGroup', text)).toEqual(['居民']);
  });

  it('reads no residents only mentioned', () => {
    const text = regulation('某市市容和环境卫生管理条例', '施工单位不得干扰居民正常休息。');
    expect(names('TargetGroup', text)).toEqual([]);
  });
});

describe('a population word naming a department\'s field', () => {
  it('reads no veterans in the veterans\' affairs department', () => {
    const text = regulation('某市志愿服务条例', '民政、教育、退役军人事务等部门按照各自职责，做好志愿服务的有关工作。');
    expect(names('TargetGroup', text)).toEqual([]);
  });
});

describe('a population word naming an owner of land or a kind of facility', () => {
  it('reads no farmers in the collective that owns land', () => {
    const text = regulation('某省老年人权益保障条例', '公益性养老服务设施用地，可以依法使用国有划拨土地或者农民集体所有的土地。');
    expect(names('TargetGroup', text)).toEqual([]);
  });

  it('reads no children in a kind of venue', () => {
    const text = regulation('某市文化娱乐市场管理条例', '不得在中小学校、少年儿童活动场所周边设立营业性娱乐场所。');
    expect(names('TargetGroup', text)).not.toContain('儿童');
  });
});
