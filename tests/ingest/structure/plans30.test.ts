// Plans and notices of other regions as their portals print them (session 30, read on real pages of 12 portals of
// other provinces, cities and counties, not kept in the repository): signature dates whose 年月日 the page lost, a
// notice title without its place, a disclosure panel of several fields a line. The texts below are written for these
// tests in the shapes such pages take; what a reader checks is the metadata the document gets.
import { describe, expect, it } from 'vitest';
import { extracted, structured } from '../helpers.js';
import { runTogetherDate } from '../../../ingest/structure/dates.js';

const BODY = '\n一、总体要求\n（一）指导思想。坚持稳中求进，推动高质量发展。\n二、主要任务\n（一）加强统筹。各地要建立工作机制。\n';

describe('a signature date whose 年月日 the page lost', () => {
  it('reads 2019418 under a signing body as 2019-04-18', () => {
    const doc = structured('page.txt', `某某市人民政府办公室关于印发某某市抗旱应急预案的通知\n各镇人民政府，市政府各部门：\n经市政府同意，现将《某某市抗旱应急预案》印发给你们，请认真贯彻执行。\n某某市人民政府办公室\n2019418\n某某市抗旱应急预案${BODY}`);
    expect(doc.issuedOn).toBe('2019-04-18');
    expect(doc.year).toBe(2019);
  });

  it('reads it under the notice sentence when the page printed the seal as an image (no body line)', () => {
    const doc = structured('page.txt', `关于印发《某某市教育局2022年工作要点》的通知\n各县区教育局，各直属学校：\n现将《某某市教育局2022年工作要点》印发给你们，请结合实际认真贯彻落实。\n2022316\n某某市教育局2022年工作要点${BODY}`);
    expect(doc.issuedOn).toBe('2022-03-16');
  });

  it('reads only the digits that split one way into a month and a day', () => {
    expect(runTogetherDate('2021313')).toBe('2021-03-13'); // 31 is no month
    expect(runTogetherDate('202415')).toBe('2024-01-05');
    expect(runTogetherDate('20240105')).toBe('2024-01-05');
    expect(runTogetherDate('2024111')).toBeUndefined(); // 1-11 or 11-1
    expect(runTogetherDate('2805093')).toBeUndefined(); // a telephone number
  });

  it('does not take a number alone on a line in the body for a date', () => {
    const doc = structured('page.txt', `某某市2023年卫生健康工作要点\n2023年全市卫生健康工作的总体要求是：推动高质量发展。${BODY}三、保障措施\n联系电话：\n2016325\n`);
    expect(doc.issuedOn).toBeUndefined();
  });
});

describe('a notice that numbers its own requirements before the plan it transmits', () => {
  const page = `区人民政府办公室关于印发2024年区《政府工作报告》重点任务责任分工方案的通知\n发布机构 区人民政府办公室 文    号 某政办〔2024〕3号\n各街道办事处，区人民政府各部门：\n2024年区《政府工作报告》重点任务责任分工方案已经区人民政府同意，现印发给你们，并就有关事项通知如下：\n一、各责任单位要制订工作方案，明确时间节点。\n二、各责任单位要按季度报送进展情况。\n某某区人民政府办公室\n2024年1月8日\n2024年区《政府工作报告》重点任务责任分工方案\n一、主要预期目标\n（一）地区生产总值增长6%以上\n（二）固定资产投资增长8%以上\n`;

  it('takes the plan whose title quotes another document, signed by the body under the notice items', () => {
    const doc = structured('page.txt', page);
    expect(doc.title).toBe('2024年区《政府工作报告》重点任务责任分工方案');
    expect(doc.issuer).toBe('某某区人民政府办公室');
    expect(doc.issuedOn).toBe('2024-01-08');
    expect(doc.level).toBe('county');
    expect(doc.region).toBe('某某区');
  });

  it('keeps the notice items out of the plan', () => {
    const doc = structured('page.txt', page);
    const names = doc.units.filter((u) => u.kind !== 'notice').map((u) => u.name);
    expect(names).toContain('主要预期目标');
    expect(names.some((n) => n?.includes('各责任单位要制订工作方案'))).toBe(false);
  });

  it('reads the number after a panel label the page ran into it', () => {
    expect(structured('page.txt', page).docNumber).toBe('某政办〔2024〕3号');
  });

  it('still takes the quoted document itself when the title ends at the quote', () => {
    const doc = structured('page.txt', `某某市人民政府关于转发市发展改革委《关于推进物流降本增效的意见》的通知\n各区人民政府：\n现将市发展改革委《关于推进物流降本增效的意见》转发给你们，请认真贯彻执行。\n某某市人民政府\n2020年6月2日\n关于推进物流降本增效的意见${BODY}`);
    expect(doc.title).not.toContain('市发展改革委《');
  });
});

describe('a signature run into the end of the notice paragraph', () => {
  it('reads the body and the date a page put after the attachment label on the same line', () => {
    const doc = structured('page.txt', `某某省教育厅文件\n关于印发《某某省教育厅2016年工作要点》的通知\n各市（州）教育局，各高等学校：\n现将《某某省教育厅2016年工作要点》印发给你们，请认真抓好贯彻落实。 附件：某某省教育厅2016年工作要点 某某省教育厅 2016年2月26日\n附件\n某某省教育厅2016年工作要点${BODY}`);
    expect(doc.issuer).toBe('某某省教育厅');
    expect(doc.issuedOn).toBe('2016-02-26');
  });

  it('does not take a date a sentence ends with for a signature', () => {
    const doc = structured('page.txt', `关于印发《某某省教育厅2016年工作要点》的通知\n各市（州）教育局：\n现将《某某省教育厅2016年工作要点》印发给你们，请于 2016年3月1日\n某某省教育厅2016年工作要点${BODY}`);
    expect(doc.issuedOn).toBeUndefined();
  });
});

describe('a notice title under the issuer\'s mark', () => {
  it('does not take the mark (…文件) into the notice title', () => {
    const doc = structured('page.txt', `省政府办公厅文件\n某某省人民政府办公厅关于印发\n某某省“十四五”区域协调发展规划的通知\n某政办发〔2022〕25号\n各州、市人民政府：\n《某某省“十四五”区域协调发展规划》已经省人民政府同意，现印发给你们。\n某某省人民政府办公厅\n2022年4月14日\n前言\n为推动区域协调发展，编制本规划。\n第一章 发展基础\n第一节 发展基础\n我省协调机制不断健全。\n`);
    expect(doc.notice?.title).toBe('某某省人民政府办公厅关于印发某某省“十四五”区域协调发展规划的通知');
    expect(doc.title).toBe('某某省“十四五”区域协调发展规划');
  });
});

describe('a plan printed without its title line under the notice', () => {
  it('keeps the 前言 after the notice signature in the plan, with the documents it cites', () => {
    const { doc, citations } = extracted('page.txt', `某某省人民政府办公厅关于印发某某省“十四五”区域协调发展规划的通知\n某政办发〔2022〕25号\n各州、市人民政府：\n《某某省“十四五”区域协调发展规划》已经省人民政府同意，现印发给你们。\n某某省人民政府办公厅\n2022年4月14日\n前言\n根据《某某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，编制本规划。\n第一章 发展基础\n第一节 发展基础\n我省协调机制不断健全。\n`);
    expect(citations.map((c) => c.title)).toContain('某某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
    const notice = doc.units.find((u) => u.kind === 'notice')!;
    expect(doc.text.slice(notice.span[0], notice.span[1])).toContain('2022年4月14日');
    expect(doc.text.slice(notice.span[0], notice.span[1])).not.toContain('前言');
  });
});

describe('a page that lost every line break', () => {
  const page = `文号 某山政〔2021〕8号\n各科室，各站所，各村： 为提高处置突发事件的能力，经研究，制定《某某镇森林火灾应急预案（修订）》，现印发给你们，请认真执行。 附件：某某镇森林火灾应急预案（修订） 某某市某某区某某镇人民政府 2021年3月2日 某某镇森林火灾应急预案（修订） 1.总则 1.1目的 为做好森林火灾防范工作，制定本预案。\n`;

  it('takes the plan the notice says it drew up and transmits (制定《X》，现印发给你们) as the title', () => {
    expect(structured('page.txt', page).title).toBe('某某镇森林火灾应急预案（修订）');
  });

  it('reads the signature the page ran into the middle of its one line, and a town\'s government as its county\'s', () => {
    const doc = structured('page.txt', page);
    expect(doc.issuer).toBe('某某市某某区某某镇人民政府');
    expect(doc.issuedOn).toBe('2021-03-02');
    expect(doc.level).toBe('county');
    expect(doc.region).toBe('某某区');
  });
});

describe('more shapes of portal pages', () => {
  it('passes over a portal\'s menus copied as numbered lists to the notice under them, which transmits two documents', () => {
    const menu = '政府信息公开\n1. 目录\n2. 县人民政府\n3. 县政府办公室\n1. 部门文件\n2. 乡镇文件\n1. 规划计划\n2. 专项规划\n';
    const doc = structured('page.txt', `${menu}某某省林草厅关于印发《某某省林草项目管理细则》《某某省林草资金管理细则》的通知\n各市林草局：\n现将《某某省林草项目管理细则》《某某省林草资金管理细则》印发给你们，请遵照执行。\n某某省林草厅\n2024年7月2日\n某某省林草项目管理细则\n第一章 总则\n第一条 为加强项目管理，制定本细则。\n`);
    expect(doc.title).toBe('某某省林草项目管理细则');
    expect(doc.issuer).toBe('某某省林草厅');
    expect(doc.issuedOn).toBe('2024-07-02');
    expect(doc.units.some((u) => u.name === '目录')).toBe(false);
  });

  it('takes the issuer from the header\'s mark when the notice prints no signing body, the mark split over two lines', () => {
    const doc = structured('page.txt', `某某自治区人民政府\n文件\n某政发〔2020〕16号\n关于印发《某某自治区稳就业实施意见》的通知\n各州、市人民政府：\n《某某自治区稳就业实施意见》已经自治区人民政府常务会议审议通过，现印发你们，请认真贯彻执行。\n2020年3月19日\n某某自治区稳就业实施意见${BODY}`);
    expect(doc.issuer).toBe('某某自治区人民政府');
    expect(doc.issuedOn).toBe('2020-03-19');
  });

  it('reads the issuer of a notice title that left out the plan\'s qualifier, under a page word', () => {
    const doc = structured('page.txt', `广告\n某某省人民政府办公厅关于印发某某省乡镇行政权力指导目录\n各市、县（区）人民政府，省政府各部门：\n《某某省乡镇行政权力指导目录（2021年版）》已经省政府同意，现印发给你们，请认真组织实施。\n2021年11月3日\n`);
    expect(doc.title).toBe('某某省乡镇行政权力指导目录（2021年版）');
    expect(doc.issuer).toBe('某某省人民政府办公厅');
  });
});
