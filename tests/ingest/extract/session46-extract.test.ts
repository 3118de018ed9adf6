import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Session 46, helper extract: the science-and-innovation genre, second pass (issue 13). Each sentence is a real one of the
// development sets tests/real/innovation2 (郑洛新 2020, 浙江 高新技术 2021, 广州 青年创新创业 2023), tests/real/techtransfer (浙江 2021)
// or tests/real/charity (广州 2021), put in a made-up regulation. The option rules fail with their option off; the lexicon rules
// (group-pairs.txt, group-suffixes.txt, jieba-user.dict.utf8, target-groups.txt, programmes.txt, organisations.txt,
// designations.txt) fail with their line taken out.
const law = (...articles: string[]) => regulation('某某省自主创新促进条例', ...articles);
const groups = (text: string, options = {}) => names('TargetGroup', text, options);
const bodies = (text: string, options = {}) => names('Organisation', text, options);
const programmes = (text: string, options = {}) => names('Programme', text, options);

describe('zone committees (zoneBodyAsWritten, zoneCoordinatedPlaces)', () => {
  const committees = law('郑州、洛阳、新乡国家高新技术产业开发区管理委员会（以下简称管理委员会）是自主创新示范区的管理机关，履行建设国家自主创新示范区职责。');
  it('keeps a zone named by its place as written, no level word added', () => {
    expect(bodies(committees)).toContain('新乡国家高新技术产业开发区管理委员会');
    expect(bodies(committees, { zoneBodyAsWritten: false })).toContain('新乡市国家高新技术产业开发区管理委员会');
  });
  it('reads bare places coordinated before the zone as one committee each', () => {
    expect(bodies(committees)).toEqual(expect.arrayContaining(['郑州国家高新技术产业开发区管理委员会', '洛阳国家高新技术产业开发区管理委员会']));
    expect(bodies(committees, { zoneCoordinatedPlaces: false })).not.toContain('郑州国家高新技术产业开发区管理委员会');
  });
});

describe('two statuses written as one word (pairedStatuses; group-pairs.txt)', () => {
  it('reads 华人华侨专业人士 as two groups', () => {
    const text = law('鼓励留学人员及华人华侨专业人士携带高新技术成果来本省实施高新技术产品研究开发和生产，并在工作和生活条件等方面给予相应的保障。');
    expect(groups(text)).toEqual(expect.arrayContaining(['华人专业人士', '华侨专业人士']));
    expect(groups(text)).not.toContain('华侨');
    expect(groups(text, { pairedStatuses: false })).not.toContain('华人专业人士');
  });
  it('reads the bare pair as both statuses', () => {
    const text = law('鼓励港澳台同胞、华人华侨、国际友人等参与慈善事业。');
    expect(groups(text)).toEqual(expect.arrayContaining(['华人', '华侨']));
    expect(groups(text, { pairedStatuses: false })).not.toContain('华人');
  });
});

describe('roles and the pool they are filled from', () => {
  const mentors = law('鼓励研究开发机构、高等院校聘请优秀企业家、企业技术专家和创业投资人担任研究生兼职导师或者创业导师。');
  it('reads mentors as a group (group-suffixes.txt 导师, jieba-user.dict.utf8 兼职导师, 创新创业导师)', () => {
    expect(groups(mentors)).toEqual(expect.arrayContaining(['研究生兼职导师', '创业导师']));
    expect(groups(law('支持优秀人才到普通高等学校、职业学校（含技工学校）担任创新创业导师，鼓励举办学术会议、论坛等交流活动。'))).toContain('创新创业导师');
  });
  it('leaves the persons a role is filled from out (rolePoolOut)', () => {
    expect(groups(mentors)).not.toContain('企业家');
    // (Session 59 helper tgprecision: lawRoleFramesOut reads the same pool as a post a body fills — 聘请优秀企业家 — so both are off here.)
    expect(groups(mentors, { rolePoolOut: false, lawRoleFramesOut: false })).toContain('企业家');
  });
  it('reads entrepreneurs allowed a part-time post (target-groups.txt 企业家)', () => {
    expect(groups(law('支持自主创新示范区内的高等院校和科研机构聘请有创新实践经验的企业家和企业科技人才兼职。'))).toContain('企业家');
  });
  it('reads the leaders a body cultivates (group-suffixes.txt 带头人, jieba-user.dict.utf8 致富带头人)', () => {
    expect(groups(law('市、区人民政府应当引导和支持青年参与乡村振兴建设，加强青年创业致富带头人的培育。'))).toContain('青年创业致富带头人');
  });
});

describe('the capital market (programmes.txt 科创板, organisations.txt 全国中小企业股份转让系统)', () => {
  const text = law('自主创新示范区应当加大科技型企业培育力度，支持符合条件的科技型企业在科创板等境内外证券市场公开发行股票、债券，在全国中小企业股份转让系统、区域股权市场挂牌融资。');
  it('reads the board and the venue', () => {
    expect(programmes(text)).toContain('科创板');
    expect(bodies(text)).toContain('全国中小企业股份转让系统');
  });
});

describe('pilot zones (lawPilotZoneLists)', () => {
  const text = law('自主创新示范区应当与郑州航空港经济综合实验区、中国（河南）自由贸易试验区、中国（郑州、洛阳）跨境电子商务综合试验区、国家大数据（河南）综合试验区等国家级战略平台协同发展。');
  it('reads two places in one bracket as two zones', () => {
    expect(programmes(text)).toEqual(expect.arrayContaining(['中国（郑州）跨境电子商务综合试验区', '中国（洛阳）跨境电子商务综合试验区']));
    expect(programmes(text)).not.toContain('跨境电子商务综合试验区');
    expect(programmes(text, { lawPilotZoneLists: false })).not.toContain('中国（郑州）跨境电子商务综合试验区');
  });
  it('reads a national zone named 国家 and its field before the bracket', () => {
    expect(programmes(text)).toContain('国家大数据（河南）综合试验区');
    expect(programmes(text, { lawPilotZoneLists: false })).not.toContain('国家大数据（河南）综合试验区');
  });
});

describe('designations (lawDefinedDesignations; designations.txt 重大, 研发机构, 服务指南)', () => {
  it('reads a marked unit the text defines by its act of designation', () => {
    const text = law('本条例所称的高新技术企业，是指按照国家规定认定并取得高新技术企业证书的企业。');
    expect(programmes(text)).toContain('高新技术企业');
    expect(programmes(text, { lawDefinedDesignations: false })).not.toContain('高新技术企业');
  });
  it('reads a major research institution the state determines', () => {
    expect(programmes(law('国家、省人民政府认定的重大新型研发机构在项目建设、用地供应、职称评审、人才引进、投融资等方面依法享受国有科研机构同等待遇。'))).toContain('重大新型研发机构');
  });
  it('reads a service guide a body publishes', () => {
    expect(programmes(law('共产主义青年团委员会应当履行下列职责：定期发布青年创新创业服务指南，提供服务分类指引。'))).toContain('青年创新创业服务指南');
  });
});

describe('IP protection centres (programmes.txt 知识产权快速维权中心)', () => {
  it('reads the designated network a zone builds', () => {
    expect(programmes(law('建立健全知识产权侵权举报投诉、维权援助、纠纷调处、仲裁、侵权查处机制，建设知识产权快速维权中心，支持企业开展知识产权维权。'))).toContain('知识产权快速维权中心');
  });
});
