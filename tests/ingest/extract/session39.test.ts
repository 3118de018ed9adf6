// Session 39 (helper extract): honorary titles conferred (获得/授予…称号), 实验区 as a pilot zone's suffix, and the boundaries of a
// target group found by its suffix. Each text is written for the test around a made-up place (the grammar of Chinese
// administrative duties, not a sentence of a gold document); each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

describe('honorary titles a body confers or a holder gets (lawConferredTitles)', () => {
  const law = regulation(
    '某市文明行为促进条例',
    '对获得最美家庭、某某好人等称号的单位和个人予以公布。',
    '有关部门在推荐、评选文明市民、优秀志愿者等荣誉称号时，予以优先。',
    '对事迹突出的人员，由市人民政府决定授予“某市助人为乐好公民”称号。',
  );
  it('reads each title of a list closed by 等称号, and a quoted title after 授予', () => {
    const found = names('Programme', law);
    expect(found).toEqual(expect.arrayContaining(['最美家庭', '某某好人', '文明市民', '优秀志愿者', '某市助人为乐好公民']));
    const off = names('Programme', law, { lawConferredTitles: false });
    for (const t of ['最美家庭', '某某好人', '优秀志愿者', '某市助人为乐好公民']) expect(off).not.toContain(t);
  });
  it('keeps the group a title names (志愿者 in 优秀志愿者)', () => {
    expect(names('TargetGroup', law)).toContain('志愿者');
  });
  it('reads no title from a generic honour, its holders, or another verb on it', () => {
    const none = regulation(
      '某市奖励条例',
      '对作出突出贡献的，依法给予奖励并授予荣誉称号；给予记功或者授予相应称号。',
      '对被授予见义勇为荣誉称号的人员，给予优待。',
      '市人民政府可以授予外国人、华侨和其他市外人士荣誉市民称号。',
      '以欺骗手段取得荣誉称号的，由授予单位取消其荣誉称号。',
    );
    expect(names('Programme', none)).toEqual([]);
  });
});

describe('a pilot zone named …实验区 (programme-suffixes.txt)', () => {
  it('reads a comprehensive experimental zone, not a nature reserve\'s zoning', () => {
    const law = regulation(
      '某市轨道交通条例',
      '本条例适用于某某航空港经济综合实验区。',
      '自然保护区可以分为核心区、缓冲区和实验区。',
      '经批准在自然保护区实验区开展参观活动。',
    );
    const found = names('Programme', law);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/航空港经济综合实验区$/);
  });
});

describe('a target group found by its suffix never opens at a verb or a noun of no person (groupNotOpen)', () => {
  const law = regulation(
    '某市建筑市场管理条例',
    '施工总承包单位应当按月核定劳动者工资，并予以公布。',
    '其他人员和依法准予行使选举权利人员的选民登记，由选举委员会决定。',
    '起草小组由立法工作者、实务工作者等方面人员组成。',
  );
  it('starts the group after a verb jieba tags as a noun (核定|劳动者) and drops a noun of no person (权利人员, 方面人员)', () => {
    const found = names('TargetGroup', law);
    expect(found).toContain('劳动者');
    for (const bad of ['核定劳动者', '权利人员', '方面人员']) expect(found).not.toContain(bad);
    const off = names('TargetGroup', law, { groupNotOpen: false });
    expect(off).toEqual(expect.arrayContaining(['核定劳动者', '权利人员', '方面人员']));
  });
});

describe('the name a body designates units as (lawDesignatedUnits)', () => {
  it('reads 指定…作为X医疗机构 as a designation, not the units designated', () => {
    const law = regulation('某省传染病防治条例', '设区的市人民政府卫生健康主管部门应当指定具备条件的医疗机构作为结核病定点诊治医疗机构。', '患者可以到指定的医疗机构就诊。');
    expect(names('Programme', law)).toEqual(['结核病定点诊治医疗机构']);
    expect(names('Programme', law, { lawDesignatedUnits: false })).toEqual([]);
  });
});

describe('a system whose building a body must push on (lawWorkSystems)', () => {
  it('reads 推进…系统建设 as one system, not a platform or network work item', () => {
    const law = regulation('某市道路交通管理条例', '交通行政管理部门应当推进停车诱导信息化系统建设。', '推进科技创新平台建设和公共数据网络建设。', '应急保障措施包括：\n（一）推进森林防火远程监测系统建设；');
    expect(names('Programme', law)).toEqual(['停车诱导信息化系统']);
    expect(names('Programme', law, { lawWorkSystems: false })).toEqual([]);
  });
});

describe('state staff met only in the misconduct article are sanctioned, no target group (group-clause.txt breach)', () => {
  it('drops 国家机关工作人员 whose one mention is 玩忽职守、滥用职权…给予处分, and keeps it where the text trains it', () => {
    const sanctioned = regulation('某市技术市场条例', '国家机关工作人员在技术市场管理中玩忽职守、滥用职权、徇私舞弊的，依法给予处分。');
    expect(names('TargetGroup', sanctioned)).not.toContain('国家机关工作人员');
    const split = regulation('某市国防教育条例', '负责国防教育的国家工作人员，在国防教育工作中玩忽职守的，依法给予处分。');
    expect(names('TargetGroup', split)).not.toContain('国家工作人员');
    const trained = regulation('某市国防教育条例', '各级人民政府应当对国家工作人员进行国防教育。', '国家工作人员玩忽职守的，依法给予处分。');
    expect(names('TargetGroup', trained)).toContain('国家工作人员');
  });
});

describe('a place\'s own range is no part of a zone\'s name (discover.ts ZONE_RANGE)', () => {
  it('reads 划定本行政区域内…重点预防区 as the zone without the range', () => {
    const law = regulation('某省水土保持条例', '县级以上人民政府应当划定本行政区域内水土流失重点预防区，并向社会公告。', '在水土流失重点预防区内禁止开垦。');
    const found = names('Programme', law);
    expect(found).toContain('水土流失重点预防区');
    expect(found.filter((n) => n.includes('行政区域'))).toEqual([]);
  });
});
