// Session 40 (helper extract): kin carers obliged and served (赡养人, 扶养人), a group named only in a condition of membership
// (属于X的), and a population word before a figure or standard measured on it (…规模, …工资总额). Each text is written for the test
// around a made-up place (the grammar of Chinese family and administrative law, not a sentence of a gold document); each test
// fails without its rule.
import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

describe('kin carers are a target group only where the law protects or provides for them (lawCarersNeedServed)', () => {
  const obliged = regulation(
    '某省老年人权益保障条例',
    '赡养人应当履行对老年人经济上供养、生活上照料和精神上慰藉的义务。',
    '赡养人的配偶应当协助赡养人履行赡养义务。老年人可以与赡养人签订赡养协议。',
    '对无劳动能力、无生活来源、无赡养人和扶养人的老年人，由当地人民政府给予供养。',
    '扶养人不履行扶养义务的，由基层群众性自治组织督促其履行。',
  );
  it('drops carers every mention of which is a duty, an agreement or a condition', () => {
    const found = names('TargetGroup', obliged);
    expect(found).toContain('老年人');
    expect(found).not.toContain('赡养人');
    expect(found).not.toContain('扶养人');
    const off = names('TargetGroup', obliged, { lawCarersNeedServed: false });
    expect(off).toEqual(expect.arrayContaining(['赡养人', '扶养人']));
  });
  it('keeps carers whose right the law protects, or for whom it provides', () => {
    const served = regulation(
      '某省老年人权益保障条例',
      '赡养人应当履行对老年人经济上供养的义务。用人单位应当按照国家有关规定保障赡养人探亲休假的权利。',
      '扶养人不履行扶养义务的，由基层群众性自治组织督促其履行。',
    );
    expect(names('TargetGroup', served)).toContain('赡养人');
    expect(names('TargetGroup', served)).not.toContain('扶养人');
    const provided = regulation('某省养老服务条例', '各级人民政府应当为老年人随配偶或者赡养人迁徙提供条件。赡养人应当照料老年人。');
    expect(names('TargetGroup', provided)).toContain('赡养人');
  });
});

describe('a group named only in a condition of membership, 属于X的 (lawMemberConditionsOut)', () => {
  const law = regulation(
    '某市见义勇为人员奖励和保护条例',
    '见义勇为负伤人员医疗期间，属于机关、团体和事业单位职工的，应当视为正常出勤；属于企业职工的，依照有关规定享受工伤待遇。',
    '见义勇为牺牲人员属于重点优抚对象的，由民政部门给予抚恤。',
  );
  it('reads no group from the condition', () => {
    const found = names('TargetGroup', law);
    for (const g of ['职工', '企业职工', '优抚对象']) expect(found).not.toContain(g);
    const off = names('TargetGroup', law, { lawMemberConditionsOut: false });
    expect(off).toEqual(expect.arrayContaining(['企业职工', '优抚对象']));
  });
  it('reads no group named only as a part of a whole, 包括X在内的Y', () => {
    const whole = regulation('某法', '维护国家统一是包括港澳同胞和台湾同胞在内的全体人民的共同义务。国家保障公民的合法权益。');
    const found = names('TargetGroup', whole);
    expect(found).not.toContain('港澳同胞');
    expect(found).not.toContain('台湾同胞');
    expect(names('TargetGroup', whole, { lawMemberConditionsOut: false })).toEqual(expect.arrayContaining(['港澳同胞', '台湾同胞']));
  });
  it('keeps the group where a measure serves it elsewhere', () => {
    const served = regulation('某市职工权益保障条例', '属于企业职工的，依照有关规定享受工伤待遇。用人单位应当对职工进行安全培训。');
    expect(names('TargetGroup', served)).toContain('职工');
  });
});

describe('a population word before the size, total, wage bill or fee standard measured on it (group-followers.txt)', () => {
  it('reads no group from 常住人口规模, 职工工资总额 or 学生收费标准', () => {
    const law = regulation(
      '某市公共服务条例',
      '各级人民政府应当建设与常住人口规模相适应的活动场所，调控常住人口总量。',
      '协商内容包括上一年度企业职工工资总额。',
      '就读本市高校的华侨学生，按本地学生收费标准收取学费。',
    );
    const found = names('TargetGroup', law);
    for (const g of ['常住人口', '企业职工', '职工']) expect(found).not.toContain(g);
  });
});

describe('a kind of unit a body determines by a mark of distinction (lawDeterminedUnits)', () => {
  const law = regulation(
    '某省民营企业促进办法',
    '下列企业可以提取风险准备金：（一）省人民政府确定的重点民营企业；（二）省有关部门共同认定的科技企业或高新技术企业；（三）省有关部门确认的大中型、科技进步型企业。',
    '重点排污单位名录由省环境保护主管部门确定并公布。',
  );
  it('reads each marked item after 认定的/确定的/确认的, and a key unit before 名录', () => {
    const found = names('Programme', law);
    expect(found).toEqual(expect.arrayContaining(['重点民营企业', '科技企业', '高新技术企业', '科技进步型企业', '重点排污单位']));
    expect(found).not.toContain('大中型企业');
    const off = names('Programme', law, { lawDeterminedUnits: false });
    for (const p of ['重点民营企业', '科技企业', '高新技术企业', '科技进步型企业', '重点排污单位']) expect(off).not.toContain(p);
  });
  it('reads no designation from a unit a body only names for a task, nor from a field\'s key units', () => {
    const none = regulation(
      '某市消防条例',
      '由市人民政府确定的管理单位负责维护；县级人民政府确定的消防安全重点单位应当建立消防档案。',
      '公安机关确定的重点交通目标的管理单位应当落实安全责任。',
    );
    expect(names('Programme', none)).toEqual([]);
  });
});

describe('zones a drawing cue makes: the name after 的, and a second zone joined (lawDrawnZoneParts)', () => {
  const law = regulation(
    '某省污染防治条例',
    '省人民政府根据环境容量，划定本辖区内减少主要污染物排放的重点控制区域，进行综合治理。',
    '文物行政部门在埋藏文物丰富的区域依法划定地下文物保护区和水下文物保护区，报本级人民政府公布。',
    '应当划定禁止开采区、限制开采区和允许开采区。',
  );
  it('reads the zone after what it is drawn for, and each zone of a chain that ends the clause', () => {
    const found = names('Programme', law);
    expect(found).toEqual(expect.arrayContaining(['重点控制区域', '地下文物保护区', '水下文物保护区', '限制开采区', '允许开采区']));
    const off = names('Programme', law, { lawDrawnZoneParts: false });
    for (const z of ['重点控制区域', '水下文物保护区', '允许开采区']) expect(off).not.toContain(z);
  });
  it('reads no zone from a list that runs into other places, nor across a clause', () => {
    const none = regulation(
      '某省矿产资源条例',
      '非经批准，不得在国家划定的自然保护区、重要风景区、国家重点保护的不能移动的历史文物所在地开采矿产资源。',
      '由有关部门提出划定方案；跨区（市）的饮用水水源保护区，由市人民政府批准。',
    );
    const found = names('Programme', none);
    expect(found).not.toContain('重要风景区');
    expect(found).not.toContain('饮用水水源保护区');
  });
});
