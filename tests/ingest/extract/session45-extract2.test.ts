import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Session 45, helper extract2: target groups and organisations of the science-and-innovation genre (issue 13). Each sentence is
// a real one of the development set tests/real/innovation2 (郑洛新 2020, 广州 青年创新创业 2023) or tests/real/innovation (舟山),
// put in a made-up regulation. The lexicon rules (jieba-user.dict.utf8, group-modifiers.txt, generic-heads.txt, org-patterns.txt,
// group-objects.txt, group-followers.txt) fail these tests when their line is taken out; the option rules fail with the option off.
const law = (...articles: string[]) => regulation('某某省自主创新促进条例', ...articles);
const groups = (text: string, options = {}) => names('TargetGroup', text, options);
const bodies = (text: string, options = {}) => names('Organisation', text, options);

describe('创新创业 is one noun (jieba-user.dict.utf8)', () => {
  it('reads the group it qualifies whole, not cut at 创业', () => {
    const g = groups(law('支持知识产权服务机构为创新创业者提供知识产权申请、运用、保护等服务。'));
    expect(g).toContain('创新创业者');
    expect(g).not.toContain('创业者');
  });

  it('picks a kind of 青年 (group-modifiers.txt 创新创业)', () => {
    expect(groups(law('通过盘活存量房源、鼓励用人单位参与保障性租赁住房和人才公寓建设筹集等渠道，为创新创业青年提供过渡性住房支持。'))).toContain('创新创业青年');
  });
});

describe('statuses of origin (group-modifiers.txt 港澳, 港澳台, 外国)', () => {
  it('reads 港澳台青年 and 外国青年 as kinds of 青年', () => {
    const g = groups(law('金融机构应当完善港澳台青年以及外国青年的金融服务机制。'));
    expect(g).toEqual(expect.arrayContaining(['港澳台青年', '外国青年']));
  });
});

describe('qualities of 人才 (generic-heads.txt 创新型)', () => {
  it('leaves 创新型人才 out, as bare 人才', () => {
    expect(groups(law('市、县（区）人民政府应当制定促进人才培养的有效措施，拓宽人才培养渠道，加强创新型人才的后备队伍建设。'))).not.toContain('创新型人才');
  });
});

describe('a verb fused with 人才 (talentVerbSplit)', () => {
  it('opens no group at 柔性|引进人才', () => {
    const text = law('建立健全人才培养、使用、流动、评价、激励制度和柔性引进人才机制。');
    expect(groups(text)).not.toContain('柔性引进人才');
    expect(groups(text, { talentVerbSplit: false })).toContain('柔性引进人才');
  });
});

describe('named places coordinated before one government (coordinatedRegionBodies)', () => {
  it('reads 郑州、洛阳、新乡市人民政府 as three governments', () => {
    const text = regulation('河南省某某条例', '成员单位由省直有关部门和郑州、洛阳、新乡市人民政府组成。');
    expect(bodies(text)).toEqual(expect.arrayContaining(['郑州市人民政府', '洛阳市人民政府', '新乡市人民政府']));
    expect(bodies(text, { coordinatedRegionBodies: false })).not.toContain('郑州市人民政府');
  });
});

describe('kinds of body (org-patterns.txt 联盟 | place; generic-heads.txt Organisation 机构)', () => {
  it('reads no body in alliances to be formed, nor in the office of an organ named by function', () => {
    expect(bodies(law('鼓励企业、高等院校、科研机构在自主创新示范区内共建产业技术创新战略联盟、知识产权联盟等创新合作组织。'))).toEqual([]);
    expect(bodies(law('自主创新示范区建设领导协调机构办公室设在省科技行政部门。'))).toEqual([]);
  });
});

describe('words no group opens or ends with (group-objects.txt notOpen 级别; group-followers.txt 双向流动)', () => {
  it('reads 同级别专业技术人员 as 专业技术人员, and 人才双向流动机制 as no group', () => {
    const g = groups(law('用人单位自主评聘的高层次人才，在人才培养和选拔中享受同级别专业技术人员待遇。'));
    expect(g).not.toContain('级别专业技术人员');
    expect(groups(law('建立健全自主创新示范区创新人才双向流动机制。'))).toEqual([]);
  });
});

describe('a group opening a later item of a list of facilities built (groupInFacilityList)', () => {
  it('leaves out 大学生 of 建设大学科技园、大学生创新创业基地', () => {
    const text = law('引导普通高等学校建立完善创新创业课程体系，建设大学科技园、大学生创新创业基地等校内外实践基地。');
    expect(groups(text)).not.toContain('大学生');
    expect(groups(text, { groupInFacilityList: false })).toContain('大学生');
  });
});
