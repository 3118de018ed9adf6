// Session 30 (helper extract): rules read on the spent randomn-heldout (with randomo, randomp and the earlier dev golds) for
// kinds of error. Each text is a sentence shape of a dev document, rewritten around a made-up place; each test asserts what a
// reader checks.
import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

describe('the ethnic minorities, a population of their own', () => {
  it('reads the minorities a regulation serves or obliges, bare or as citizens', () => {
    const text = regulation(
      '某省人口与计划生育条例',
      '以少数民族语言文字创作的作品，可以向少数民族提供。',
      '从外省迁入本省的少数民族公民，迁入前已生育的子女合并计算。',
      '少数民族也要实行计划生育。',
    );
    expect(names('TargetGroup', text)).toEqual(['少数民族']);
  });

  it('reads no group in a place, a field of medicine or the frontier coordination named after them', () => {
    const text = regulation(
      '某省中医药条例',
      '县级以上人民政府应当扶持少数民族地区、欠发达地区的中医药事业，加强少数民族医药传承创新，加强少数民族医疗机构建设。',
      '组织专家深入贫困地区、少数民族和边疆地区开展服务。',
    );
    expect(names('TargetGroup', text)).not.toContain('少数民族');
  });

  it('keeps the kinds it makes before a group, and reads a city\'s minorities as the population', () => {
    const text = regulation(
      '某市民族工作条例',
      '为了保障城市少数民族的合法权益，制定本条例。',
      '市人民政府应当重视少数民族干部的培养，鼓励企业招收少数民族职工，尊重少数民族妇女的风俗习惯。',
    );
    expect(names('TargetGroup', text)).toEqual(['少数民族', '少数民族妇女', '少数民族干部', '少数民族职工']);
  });
});

describe('the families of servicemen', () => {
  it('reads 军属 and 军人家属 as one group, canonical 军属', () => {
    const text = regulation('某市法律援助条例', '下列人员申请法律援助的，免予审查经济困难条件：（一）军人、军属；', '军人家属申请法律援助的，优先办理。');
    expect(names('TargetGroup', text)).toEqual(['军人', '军属']);
  });
});

describe('a population word that names a statistic, a role or everyone', () => {
  it('reads no group before the year of a statistic', () => {
    const text = regulation('某省法律援助条例', '经济困难的标准，按照法律援助机构所在县（市、区）城乡居民上一年度最低生活保障标准执行。');
    expect(names('TargetGroup', text)).toEqual([]);
  });

  it('reads no group in the officials a sanction reaches', () => {
    const text = regulation('某市接诉即办工作条例', '由监察机关或者任免机关对负有责任的领导人员和直接责任人员中的公职人员依法给予处分。');
    expect(names('TargetGroup', text)).not.toContain('公职人员');
  });

  it('reads no group in all members of society', () => {
    const text = regulation('某省无障碍环境建设条例', '促进社会全体人员共享经济社会发展成果。');
    expect(names('TargetGroup', text)).toEqual([]);
  });
});

describe('a city\'s residents, where the text serves or educates them', () => {
  it('reads 市民 whose awareness a body must raise, or whom it serves', () => {
    expect(names('TargetGroup', regulation('某市环境保护条例', '各级人民政府应当加强环境保护宣传，提高市民的环境保护意识和知识水平。'))).toEqual(['市民']);
    expect(names('TargetGroup', regulation('某市信息化促进条例', '建立政务信息公开的申请受理机制，为市民提供信息公开服务。'))).toEqual(['市民']);
  });

  it('reads no group where 市民 only names a line or a quality of life', () => {
    const text = regulation('某市市容管理条例', '个人可以通过市民服务热线、政府网站等途径举报。', '提高市民生活质量。');
    expect(names('TargetGroup', text)).toEqual([]);
  });
});

describe('a residents\' charter', () => {
  it('reads no group in the charter named after them', () => {
    const text = regulation('某市志愿服务条例', '鼓励将志愿服务精神纳入市民公约、村规民约、物业管理规约。');
    expect(names('TargetGroup', text)).toEqual([]);
  });
});

describe('a system the city as a whole, or one department, sets up', () => {
  it('reads the system the city sets up and the database one department builds and runs', () => {
    const text = regulation(
      '某市献血条例',
      '本市建立血液管理信息网络系统，为献血和用血提供信息服务。',
      '市卫生健康部门建立、运行、管理和维护献血者信息数据库，归集相关数据。',
    );
    expect(names('Programme', text)).toEqual(['献血者信息数据库', '血液管理信息网络系统']);
  });

  it('reads no database named by its generic words, nor a network of services', () => {
    const text = regulation(
      '某省社会救助条例',
      '省民政部门建立信息数据库。',
      '本市建立和完善社区服务网络。',
    );
    expect(names('Programme', text)).toEqual([]);
  });
});

describe('the one system of a whole region', () => {
  it('reads the platform a department builds for the whole province, its name holding 和', () => {
    const text = regulation('某省慈善条例', '省人民政府民政部门应当依托政务服务网建立全省统一的慈善信息公开和服务管理平台，落实慈善信息公开制度。');
    expect(names('Programme', text)).toEqual(['慈善信息公开和服务管理平台']);
  });

  it('reads the system a body sets up with the departments, 建立健全统一的', () => {
    const text = regulation('某市志愿服务条例', '市精神文明建设的办事机构应当会同有关部门建立健全统一的志愿服务数字化系统。');
    expect(names('Programme', text)).toEqual(['志愿服务数字化系统']);
  });

  it('reads no platform named by its generic words', () => {
    const text = regulation('某省政务服务条例', '省人民政府应当建立统一的信息平台。');
    expect(names('Programme', text)).toEqual([]);
  });
});

describe('the households of social-assistance law', () => {
  it('reads the households a regulation relieves', () => {
    const text = regulation(
      '某市社会救助条例',
      '本市对最低生活保障家庭、低收入困难家庭、支出型贫困家庭给予社会救助。',
      '对最低生活保障家庭，按照其家庭收入与保障标准的差额给予救助。',
    );
    expect(names('TargetGroup', text)).toEqual(['低收入困难家庭', '支出型贫困家庭', '最低生活保障家庭']);
  });

  it('reads the group, not the household, where the household only qualifies it or names a per-capita figure', () => {
    const text = regulation('某省老年人权益保障条例', '对符合条件的低收入家庭中的老年人给予养老服务补贴。', '低收入家庭人均收入标准由省人民政府确定。');
    expect(names('TargetGroup', text)).toEqual(['老年人']);
  });
});

describe('the staff of state organs named first in a coordination of kinds of body', () => {
  it('reads 国家机关工作人员 where a list of kinds of body shares one 工作人员', () => {
    const text = regulation(
      '某市献血条例',
      '鼓励国家机关、社会团体、事业单位的工作人员带头参加献血。',
      '国家机关、国有企业事业单位工作人员的国防教育，应当纳入培训计划。',
    );
    expect(names('TargetGroup', text)).toEqual(['国家机关工作人员']);
  });

  it('reads no group where the bodies and their staff are two parties of a sanction', () => {
    const text = regulation('某市古树名木保护条例', '国家机关、企事业单位及其工作人员违反本条例规定的，依法给予处分。');
    expect(names('TargetGroup', text)).toEqual([]);
  });
});

describe('a category of persons that enjoys a service free of charge', () => {
  it('keeps the couples of childbearing age who enjoy the basic services free', () => {
    const text = regulation('某市人口与计划生育条例', '实行计划生育的育龄夫妻免费享受国家规定的基本项目的计划生育技术服务。');
    expect(names('TargetGroup', text)).toEqual(['育龄夫妻']);
  });

  it('reads no group where the couples are only obliged', () => {
    const text = regulation('某省妇女权益保障条例', '育龄夫妻双方按照国家有关规定计划生育。');
    expect(names('TargetGroup', text)).toEqual([]);
  });
});
