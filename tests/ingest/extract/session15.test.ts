import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../ingest/extract/targets.js';
import { extracted, lexicon } from '../helpers.js';
import { regulation } from './law-text.js';

// Regulations written for these tests (not taken from any corpus or gold file): the session-15 rules, read on
// the 未成年人 family (tests/real/minors) for kinds of miss: the people's organisations of the protection laws,
// kind modifiers of child-protection and school law, age classes and school staff, parties and security staff
// as roles, facilities and fields named after a population, state systems and hotlines, 适龄 as no kind, and
// three shapes of numeric duty.
const of = (text: string, type: string) =>
  [...new Set(extracted('x.txt', text).mentions.filter((m) => m.type === type).map((m) => m.canonical))].sort();
const fields = (text: string) =>
  findTargets(text, { path: '1', span: [0, text.length] }, lexicon).map((t) => [t.metric, t.comparator, t.value, t.unit]);

describe('people\'s organisations named without a region', () => {
  it('reads 青年联合会, 少年先锋队 and 关心下一代工作委员会 as their standard short forms', () => {
    const text = regulation('江西省家庭教育促进条例', '青年联合会、学生联合会、少年先锋队和关心下一代工作委员会应当协助做好家庭教育工作。');
    expect(of(text, 'Organisation')).toEqual(expect.arrayContaining(['青联', '学联', '少先队', '关工委']));
  });
});

describe('kinds and classes of minors, pupils and school staff', () => {
  it('reads 未成年 as a kind of 学生, chained once with 留守, 困境, 辍学 and 寄宿', () => {
    const text = regulation(
      '江西省义务教育条例',
      '学校应当关爱留守未成年学生和困境未成年学生，对辍学未成年学生劝返复学。',
      '寄宿制学校应当保障寄宿未成年学生的安全，关心残疾未成年人。',
    );
    expect(of(text, 'TargetGroup')).toEqual(
      expect.arrayContaining(['留守未成年学生', '困境未成年学生', '辍学未成年学生', '寄宿未成年学生', '残疾未成年人']),
    );
  });

  it('knows 幼儿, 弃婴, 未成年犯, 教职员工 (canonical 教职工) and 保教人员', () => {
    const text = regulation(
      '江西省学前教育条例',
      '幼儿园应当促进幼儿全面发展，培训保教人员。',
      '学校应当对教职员工开展培训；民政部门收留抚养弃婴，监狱保护未成年犯的合法权益。',
    );
    expect(of(text, 'TargetGroup')).toEqual(expect.arrayContaining(['幼儿', '保教人员', '教职工', '弃婴', '未成年犯']));
  });

  it('reads 适龄 before a group as no kind of it (适龄未成年人 is 未成年人), and closes the qualifiers before it', () => {
    const text = regulation('江西省义务教育条例', '保障适龄未成年人入学，帮助残疾适龄未成年人完成义务教育。');
    expect(of(text, 'TargetGroup')).toEqual(['未成年人']);
  });
});

describe('roles, parties and places that are no population', () => {
  it('reads no group in parties of data, markets and recruitment, security staff or wrong-doers', () => {
    const text = regulation(
      '江西省网络安全条例',
      '信息处理者处理个人信息应当合法；产品的制造者、购买者和应聘者应当遵守本条例。',
      '学校应当配备安保人员和专业安全保卫人员，查询违法犯罪人员的记录。',
    );
    expect(of(text, 'TargetGroup')).toEqual([]);
  });

  it('reads no group where a population names a facility, a field of care or a school', () => {
    const text = regulation('江西省托育服务条例', '发展婴幼儿照护服务，建设儿童之家和儿童福利机构，加强中小学校管理，配备儿童安全座椅。');
    expect(of(text, 'TargetGroup')).toEqual([]);
  });

  it('reads 中小学 as the schools in a law (民办中小学), not as their pupils', () => {
    const text = regulation('江西省民办教育条例', '县级人民政府应当对民办中小学、幼儿园加强指导。', '外省学生可以来本省上中小学，就读幼儿园、中小学的视同本地学生。', '中小学生的课业负担应当减轻。');
    const found = extracted('x.txt', text).mentions.filter((m) => m.type === 'TargetGroup' && m.canonical === '中小学生');
    expect(found).toHaveLength(1);
  });

  it('reads no group in the educational aim 社会主义建设者和接班人', () => {
    const text = regulation('江西省教育条例', '培养德智体美劳全面发展的社会主义建设者和接班人。');
    expect(of(text, 'TargetGroup')).not.toContain('社会主义建设者');
  });
});

describe('systems and hotlines the state sets up', () => {
  it('reads a national query or identity system and a named hotline as programmes, after 鼓励 and 健全', () => {
    const text = regulation(
      '江西省社会信用条例',
      '国家建立统一的电子身份认证系统和流动人口信息查询系统。',
      '省人民政府开通全省统一的法律援助热线，国家鼓励爱国主义教育基地开放。',
    );
    const found = of(text, 'Programme');
    expect(found).toEqual(expect.arrayContaining(['电子身份认证系统', '流动人口信息查询系统', '法律援助热线', '爱国主义教育基地']));
    expect(found).not.toContain('国家鼓励爱国主义教育基地');
  });

  it('reads no programme in a short hotline head (举报热线)', () => {
    expect(of(regulation('江西省消费者权益保护条例', '市场监督管理部门设立举报热线。'), 'Programme')).toEqual([]);
  });
});

describe('numeric duties', () => {
  it('reads a comparator before a period, with the act between it and the count (至少每周…一次)', () => {
    expect(fields('父母应当与子女至少每周联系和交流一次。')).toEqual([['联系和交流', '>=', 1, '次']]);
  });

  it('reads the quantity of the noun after 的 (不少于一小时的体育锻炼时间), not of a share (13%的目标)', () => {
    expect(fields('学校应当保证每天不少于一小时的体育锻炼时间。')).toEqual([['体育锻炼时间', '>=', 1, '小时']]);
    expect(fields('为全省公民具备科学素质的比例达到13%的目标打下基础。')[0]?.[0]).toMatch(/公民具备科学素质的比例$/);
  });

  it('takes the counted thing after the unit when only the bearer of the duty precedes it (…应当至少建设一所…)', () => {
    expect(fields('县级人民政府应当至少建设一所综合性青少年活动场所。')).toEqual([['综合性青少年活动场所', '>=', 1, '所']]);
  });
});
