// Plans, notices and emergency plans as other regions' portals print them (session 31, read on 12 real pages of county,
// city, provincial, 团中央 and database portals of other provinces, not kept in the repository): decimal headings of an
// 应急预案, a disclosure panel drawn as a list or as a table with bars, a notice whose bodies stand before 印发, a district
// of a municipality under the state, a signature date that lost its 年月日. The texts below are written for these tests in
// the shapes such pages take; what a reader checks is the metadata and the units the document gets.
import { describe, expect, it } from 'vitest';
import { extracted, structured } from '../helpers.js';
import { normaliseText } from '../../../ingest/read/normalise.js';
import { parseDecimalHeading } from '../../../ingest/structure/numbering.js';
import { runTogetherDate } from '../../../ingest/structure/dates.js';
import { findDocNumber } from '../../../ingest/structure/doc-number.js';

const NOTICE = '某某县人民政府办公室关于印发某某县森林火灾应急预案的通知\n某政办发〔2022〕15号\n各乡镇人民政府，县直有关部门：\n经县人民政府同意，现将《某某县森林火灾应急预案》印发给你们，请认真贯彻执行。\n某某县人民政府办公室\n2022年3月8日\n某某县森林火灾应急预案\n';
const PLAN =
  '1 总则\n1.1 编制目的\n为有效处置森林火灾，保障人民群众生命财产安全，制定本预案。\n1.2 编制依据\n依据《中华人民共和国森林法》《森林防火条例》《某某省森林火灾应急预案》等，制定本预案。\n1.3 适用范围\n本预案适用于本县行政区域内森林火灾的应对工作。\n' +
  '2 组织指挥体系\n2.1 县森林防灭火指挥部\n指挥部负责全县森林火灾的应对工作。\n2.1.1 指挥部组成\n指挥长由县人民政府分管副县长担任。\n2.1.2 指挥部职责\n统一领导全县扑救工作。\n2.2 乡镇指挥机构\n各乡镇设立相应的指挥机构。\n' +
  '3 应急响应\n3.1 分级响应\n（1）Ⅳ级响应。由指挥部办公室主任决定启动。\n（2）Ⅲ级响应。由指挥部副指挥长决定启动。\n3.2 响应措施\n扑救队伍1.5小时内到达火场。\n';

describe('the decimal headings of an emergency plan', () => {
  const doc = structured('page.txt', NOTICE + PLAN);
  const paths = doc.units.map((u) => u.path);

  it('reads 1 总则 / 1.1 编制目的 / 2.1.1 … as a hierarchy of units, their paths numbered as written', () => {
    expect(paths).toEqual(expect.arrayContaining(['1', '1/1.1', '1/1.2', '1/1.3', '2', '2/2.1', '2/2.1/2.1.1', '2/2.1/2.1.2', '2/2.2', '3', '3/3.1', '3/3.2']));
    expect(doc.units.find((u) => u.path === '1/1.2')?.name).toBe('编制依据');
    expect(doc.units.find((u) => u.path === '2')?.kind).toBe('section');
    expect(doc.units.find((u) => u.path === '2/2.1/2.1.1')?.parent).toBe('2/2.1');
  });

  it('nests a (1) list under its decimal heading', () => {
    expect(paths).toContain('3/3.1/（1）');
    expect(doc.units.find((u) => u.path === '3/3.1/（1）')?.parent).toBe('3/3.1');
  });

  it('keeps the documents its 编制依据 cites (they were in no unit when the plan was one preamble)', () => {
    const { citations } = extracted('page.txt', NOTICE + PLAN);
    expect(citations.map((c) => c.title)).toEqual(expect.arrayContaining(['中华人民共和国森林法', '森林防火条例', '某某省森林火灾应急预案']));
  });

  it('reads the chapter line without a space (1总则) and leaves out a contents list printed before the text', () => {
    const toc = '目录\n1总则\n1.1编制目的\n1.2编制依据\n2组织指挥体系\n2.1县森林防灭火指挥部\n';
    const d = structured('page.txt', NOTICE + toc + PLAN.replace('1 总则', '1总则').replace('2 组织指挥体系', '2组织指挥体系'));
    const ps = d.units.map((u) => u.path);
    expect(ps.filter((p) => p === '1/1.1')).toHaveLength(1);
    expect(ps.some((p) => p.includes('~'))).toBe(false);
    expect(d.units.find((u) => u.path === '1/1.1')?.name).toBe('编制目的');
  });

  it('does not read a contents line with dot leaders, nor a number that opens a sentence, as a heading', () => {
    expect(parseDecimalHeading('1.1编制目的……………………3')).toBeUndefined();
    expect(parseDecimalHeading('1.5万元用于奖励')).toBeUndefined();
    expect(parseDecimalHeading('2.3%的增长')).toBeUndefined();
    expect(parseDecimalHeading('2.3.1 指挥部组成')).toMatchObject({ label: '2.3.1', kind: 'item' });
  });

  it('leaves a plan numbered 一、（一）1. as it was when a line opens with a decimal number', () => {
    const d = structured('page.txt', '某某市2023年工作要点\n一、主要目标\n（一）经济增长。\n1.地区生产总值增长6%。\n1.5亿元用于产业扶持。\n2.固定资产投资增长8%。\n');
    expect(d.units.map((u) => u.path)).toEqual(['一', '一/（一）', '一/（一）/1', '一/（一）/2']);
  });
});

describe('a disclosure panel as copies of portal pages print it', () => {
  it('reads a panel drawn as a list, a joint label (备注/文号) among its fields', () => {
    const page = `- 索 引 号:XX01-2019-00012\n- 备注/文号:某政办〔2019〕21号\n- 发布机构:县政府办\n- 公文生成日期:2019-05-10\n各乡镇人民政府，县有关部门：\n修订后的《某某县防汛应急预案》已经2019年5月6日县政府第十二次常务会议研究通过，现印发给你们，请认真贯彻执行。\n某某县人民政府办公室\n2019年5月10日\n某某县防汛应急预案\n${PLAN}`;
    const doc = structured('page.txt', page);
    expect(doc.title).toBe('某某县防汛应急预案');
    expect(doc.docNumber).toBe('某政办〔2019〕21号');
    expect(doc.issuer).toBe('某某县人民政府办公室');
    expect(doc.issuedOn).toBe('2019-05-10');
  });

  it('reads a panel table copied with bars between its cells (the clean stage took it for a title bar)', () => {
    const page = `索 引 号: | XX-2023-004 | 主题分类: | 区政府 |\n发布机构: | 区政府办公室 | 发文日期: | 2023-06-12 |\n名 称: | 上海市某某区人民政府办公室关于转发《某某区海绵城市建设实施方案》的通知 | ||\n文 号: | 某府办发〔2023〕9号 | 公开类型: | 主动公开 |\n各镇人民政府，区政府各委、办、局：\n区建设管理委拟定的《某某区海绵城市建设实施方案》已经区政府同意，现转发给你们，请认真按照执行。\n上海市某某区人民政府办公室\n2023年6月12日\n某某区海绵城市建设实施方案\n一、工作目标\n到2025年底，建成区面积的45%以上达到海绵城市建设要求。\n`;
    expect(normaliseText('文 号: | 某府办发〔2023〕9号 | 公开类型: | 主动公开 |')).toBe('文 号:\t某府办发〔2023〕9号\t公开类型:\t主动公开');
    expect(normaliseText('首页 | 政务公开 | 政策文件')).toBe('首页 | 政务公开 | 政策文件');
    const doc = structured('page.txt', normaliseText(page));
    expect(doc.docNumber).toBe('某府办发〔2023〕9号');
    expect(doc.title).toBe('某某区海绵城市建设实施方案');
  });
});

describe('issuers, levels and regions of other kinds of page', () => {
  it('reads a district of a municipality under the state as a county of its own', () => {
    const doc = structured('page.txt', '上海市某某区人民政府办公室关于印发某某区养老服务实施方案的通知\n各街道办事处：\n现将《某某区养老服务实施方案》印发给你们，请认真执行。\n上海市某某区人民政府办公室\n2021年4月2日\n某某区养老服务实施方案\n一、工作目标\n（一）完善服务网络。\n');
    expect(doc.level).toBe('county');
    expect(doc.region).toBe('某某区');
    const chongqing = structured('page.txt', '重庆市江北区人民政府关于印发江北区防汛工作方案的通知\n各街道办事处：\n现将《江北区防汛工作方案》印发给你们。\n重庆市江北区人民政府\n2022年5月6日\n江北区防汛工作方案\n一、工作目标\n（一）确保安全度汛。\n');
    expect(chongqing.level).toBe('county');
  });

  it('reads the Youth League central office as a national body', () => {
    const doc = structured('page.txt', '共青团中央办公厅关于印发《青年志愿服务行动计划（2023—2025）》的通知\n共青团各省、自治区、直辖市委：\n团中央制定了《青年志愿服务行动计划（2023—2025）》。现印发给你们，请认真遵照执行。\n共青团中央办公厅\n2023年3月1日\n青年志愿服务行动计划（2023—2025）\n一、主要目标\n（一）扩大覆盖。\n');
    expect(doc.level).toBe('national');
    expect(doc.region).toBe('全国');
  });

  it('takes the bodies before 印发 as the issuers and the 关于… document as the plan', () => {
    const doc = structured('page.txt', '某某省人民政府办公厅印发关于促进县域商业发展若干措施的通知\n某政办字〔2023〕7号\n各市人民政府，省政府各部门：\n《关于促进县域商业发展若干措施》已经省政府同意，现印发给你们，请认真贯彻实施。\n某某省人民政府办公厅\n2023年2月3日\n关于促进县域商业发展若干措施\n一、总体要求\n（一）工作思路。\n');
    expect(doc.title).toBe('关于促进县域商业发展若干措施');
    expect(doc.issuer).toBe('某某省人民政府办公厅');
  });

  it("gives a letter's header name to a notice that names its body without the place", () => {
    const doc = structured('page.txt', '文号：某府办函〔2021〕40号发布机构：市政府办公厅\n某某市人民政府办公厅\n——————————\n某府办函〔2021〕40号\n市人民政府办公厅关于印发\n某某市地震应急预案的通知\n各区、县人民政府，市政府有关工作部门：\n《某某市地震应急预案》已经市政府研究同意，现印发给你们，请抓好贯彻执行。\n2021年7月2日\n某某市地震应急预案\n一、总则\n（一）编制目的。\n');
    expect(doc.issuer).toBe('某某市人民政府办公厅');
    expect(doc.title).toBe('某某市地震应急预案');
  });

  it("takes the title line right above a database's panel, not its greeting or breadcrumb, and the title's full issuer", () => {
    const doc = structured('page.txt', '欢迎来到某某政策数据库\n某某政策数据库>地方政策>某某自治区人民政府关于加快发展职业教育的实施意见\n地方政策\n某某自治区人民政府关于加快发展职业教育的实施意见\n发布部门：某某政府发布时间：2018年05月10日\n为加快发展职业教育，结合我区实际，制定如下实施意见。\n一、总体要求\n（一）指导思想。\n');
    expect(doc.title).toBe('某某自治区人民政府关于加快发展职业教育的实施意见');
    expect(doc.issuer).toBe('某某自治区人民政府');
  });
});

describe('a signature and a number whose characters the page lost', () => {
  it('reads a date printed with spaces for 年月日 under the publication note', () => {
    expect(runTogetherDate('{ 2018 9 7')).toBe('2018-09-07');
    expect(runTogetherDate('2018 13 7')).toBeUndefined();
    const doc = structured('page.txt', '某某县人民政府办公室关于印发某某县突发环境事件应急预案的通知\n某政办发〔201833\n各乡镇人民政府，县级有关部门：\n经县人民政府同意，现将《某某县突发环境事件应急预案》印发给你们，请认真贯彻执行。\n某某县人民政府办公室\n（此件公开发布）\n{ 2018 9 7\n某某县突发环境事件应急预案\n一、总则\n（一）编制目的。\n');
    expect(doc.issuedOn).toBe('2018-09-07');
    expect(doc.issuer).toBe('某某县人民政府办公室');
    expect(doc.docNumber).toBe('某政办发〔2018〕33号');
  });

  it('reads a number that lost its 〕 and 号 only alone on its line', () => {
    expect(findDocNumber('某政办发〔201833\n各乡镇：')?.value).toBe('某政办发〔2018〕33号');
    expect(findDocNumber('全年完成投资〔201833亿元')?.value).toBeUndefined();
  });
});

describe('a second batch of pages read blind after the rules above (session 31)', () => {
  it('takes the plan a report sends up (关于报送《X》的报告) and the body that signs the report', () => {
    const doc = structured('page.txt', '发布机构：市农业农村局发文日期：2021年07月02日\n名称：关于报送《某某市农业农村局防汛应急预案》的报告\n关于报送《某某市农业农村局防汛应急预案》的报告\n某农办〔2021〕88号\n某某市防汛抗旱指挥部办公室：\n根据贵办通知要求，现将我局修订的防汛应急预案随文上报。\n附件：《某某市农业农村局防汛应急预案》\n某某市农业农村局\n2021年7月2日\n某某市农业农村局防汛应急预案\n1总则\n1.1编制目的\n1.2编制依据\n');
    expect(doc.title).toBe('某某市农业农村局防汛应急预案');
    expect(doc.issuer).toBe('某某市农业农村局');
    expect(doc.level).toBe('municipal');
  });

  it('reads a title printed in quotes after its number (某政发〔2015〕9号《…实施意见》) with the issuer it names', () => {
    const doc = structured('page.txt', '某政发〔2015〕9号《某某省人民政府关于深化国有企业改革的实施意见》\n浏览量：时间：2017-03-02\n某某省人民政府关于深化国有企业改革的实施意见\n某政发〔2015〕9号\n各市人民政府，省政府各部门：\n为深化国有企业改革，现提出以下实施意见：\n一、总体要求\n1.指导思想。\n');
    expect(doc.title).toBe('某某省人民政府关于深化国有企业改革的实施意见');
    expect(doc.issuer).toBe('某某省人民政府');
    expect(doc.level).toBe('provincial');
  });

  it('takes the title right above its adoption line, wrapped before 和, not the page heading above it', () => {
    const doc = structured('page.txt', '（江西省）吉安市永新县国民经济和社会发展十四五规划（2023年更新）\n永新县国民经济和社会发展第十四个五年规划\n和二〇三五年远景目标纲要\n（县十六届人大五次会议审议通过）\n第一篇 开启新征程\n第一章 发展基础\n“十三五”以来，全县经济持续增长。\n');
    expect(doc.title).toBe('永新县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
    expect(doc.level).toBe('county');
    expect(doc.region).toBe('永新县');
  });

  it("passes over a site's greeting and its columns above a League notice, whose committee heads the text", () => {
    const doc = structured('page.txt', '欢迎访问某某学院团委网站\n通知公告\n热门栏目\n关于开展青年志愿服务季活动的通知\n发布日期：2021-04-06浏览次数：15\n中国共产主义青年团浙江省委员会\n关于开展青年志愿服务季活动的通知\n各设区市团委，各高校团委：\n现将有关事项通知如下：\n一、活动时间\n二、活动内容\n');
    expect(doc.title).toBe('关于开展青年志愿服务季活动的通知');
    expect(doc.issuer).toBe('中国共产主义青年团浙江省委员会');
    expect(doc.level).toBe('provincial');
    expect(doc.region).toBe('浙江省');
  });
});
