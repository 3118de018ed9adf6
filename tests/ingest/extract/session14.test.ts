import { describe, expect, it } from 'vitest';
import { extracted, lexicon } from '../helpers.js';
import { regulation } from './law-text.js';

// Regulations written for these tests (not taken from any corpus or gold file): the session-14 rules for
// target groups (sex, ethnicity, age and marital modifiers, chained once; cadres drawn from a population;
// words after a population noun that make it no group; informants and wrong-doers as roles).
const of = (text: string, type: string) =>
  [...new Set(extracted('x.txt', text).mentions.filter((m) => m.type === type).map((m) => m.canonical))].sort();

describe('sex, ethnicity, age and marital modifiers', () => {
  it('reads the kind a sex modifier makes of a group, and of 干部 which alone is none', () => {
    const text = regulation('江西省男女平等促进条例', '学校应当关心女学生和女性青少年的健康。', '各单位应当培养女干部，保护女性未成年人。');
    expect(of(text, 'TargetGroup')).toEqual(['女学生', '女性青少年', '女干部', '女性未成年人'].sort());
  });

  it('does not read 女 at the end of another word (妇女, 子女) as a modifier', () => {
    const text = regulation('江西省家庭教育条例', '父母应当关心子女学生时期的成长，妇女儿童工作机构予以指导。');
    const found = of(text, 'TargetGroup');
    expect(found).not.toContain('女学生');
    expect(found).not.toContain('女儿童');
  });

  it('chains two modifiers once (少数民族 + 女 + 干部) and keeps age and marital status', () => {
    const text = regulation('江西省民族工作条例', '重视培养少数民族女干部。', '照顾老年妇女和丧偶妇女的生活。');
    expect(of(text, 'TargetGroup')).toEqual(expect.arrayContaining(['少数民族女干部', '老年妇女', '丧偶妇女']));
  });

  it('reads no kind from a list of statuses before one group (离婚、丧偶妇女 is 妇女)', () => {
    const text = regulation('江西省婚姻登记条例', '离婚、丧偶妇女有权处分个人财产。');
    expect(of(text, 'TargetGroup')).toEqual(['妇女']);
  });

  it('knows school-age children as the education laws name them (儿童少年), with a sex modifier', () => {
    const text = regulation('江西省义务教育条例', '保证适龄儿童少年入学，保障女性儿童少年完成学业。');
    expect(of(text, 'TargetGroup')).toEqual(expect.arrayContaining(['女性儿童少年']));
  });
});

describe('cadres drawn from a population', () => {
  it('reads 妇女领导干部 and 青年领导干部 as groups, 妇女代表 not (a seat is a role)', () => {
    const text = regulation('江西省干部条例', '各单位应当配备妇女领导干部和青年领导干部。', '人民代表大会中应当有妇女代表。');
    const found = of(text, 'TargetGroup');
    expect(found).toEqual(expect.arrayContaining(['妇女领导干部', '青年领导干部']));
    expect(found).not.toContain('妇女代表');
  });
});

describe('words after a population noun that name something else', () => {
  it('drops a group that names a meeting, a charter, a scheme or a field of work', () => {
    const text = regulation(
      '江西省村务公开条例',
      '村民会议和村民代表会议讨论村民自治章程。',
      '城乡居民最低生活保障按月发放，职工代表大会审议方案。',
      '县级人民政府负责儿童工作，建设妇女儿童活动中心。',
    );
    expect(of(text, 'TargetGroup')).toEqual([]);
  });

  it('drops a population that only delimits the group after it (流动人口中的儿童少年)', () => {
    const text = regulation('江西省教育条例', '保障流动人口中的适龄儿童少年接受教育。');
    const found = of(text, 'TargetGroup');
    expect(found).not.toContain('流动人口');
    expect(found.length).toBe(1);
  });

  it('reads informants and wrong-doers as roles, not populations', () => {
    const text = regulation('江西省反家庭暴力条例', '知情人员应当举报，对骚扰者和施暴者依法处理，保护受害的老年人。');
    expect(of(text, 'TargetGroup')).toEqual(['老年人']);
  });

  it('a bare standing committee is no named body', () => {
    const text = regulation('江西省人大常委会议事条例', '县级人民代表大会及其常务委员会应当听取意见。');
    expect(of(text, 'Organisation')).not.toContain('常务委员会');
  });
});

describe('lexicon', () => {
  it('reads the not-after characters of a modifier and the role and follower word lists', () => {
    const fem = lexicon.groupModifiers.find((m) => m.modifier === '女');
    expect(fem?.bases).toEqual(['干部']);
    expect(fem?.notAfter).toContain('妇');
    expect(lexicon.groupRoles).toContain('领导干部');
    expect(lexicon.groupRoles).not.toContain('代表');
    expect(lexicon.groupFollowers).toEqual(expect.arrayContaining(['会议', '最低生活保障', '考录']));
  });
});

describe('a programme named after a verb of carrying it out', () => {
  it('starts the name after 实施/参与/开展/搭建 (the clause subject is no part of it), and drops a head left generic', () => {
    const text = regulation('江西省体育发展条例', '市总工会实施产业工人技能提升行动，鼓励农民参与江西省农民健身大赛。', '省总工会开展技能竞赛，引导社会力量搭建平台。');
    const found = of(text, 'Programme');
    expect(found).toEqual(expect.arrayContaining(['产业工人技能提升行动', '江西省农民健身大赛']));
    expect(found.some((p) => /实施|参与|开展|搭建/.test(p))).toBe(false);
    expect(found).not.toContain('技能竞赛');
  });
});
