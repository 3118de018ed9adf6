// Plans and notices as government portals print them (session 28): the page's own lines above the title, a notice
// whose title line was left out, a title quoted with its number before it, the numbers of the documents a preamble
// cites, joint notices of party and government offices, a 发文机构 field that names the website. The texts below are
// written for these tests in the shapes such pages take; what a reader checks is the metadata the document gets.
import { describe, expect, it } from 'vitest';
import { structured } from '../helpers.js';

const BODY = '\n一、总体要求\n（一）指导思想。坚持稳中求进，推动高质量发展。\n二、主要任务\n（一）加强统筹。各地要建立工作机制。\n';

describe('a portal page of a plan or a notice', () => {
  it('takes the plan a notice transmits as the title when the page left out the notice title and starts with its addressees', () => {
    const doc = structured('page.txt', `各市、县人民政府，省人民政府各委、办、厅、局：\n现将《某某省促进城乡居民增收实施方案》印发给你们，请认真组织实施。\n某某省人民政府\n2018年3月27日\n某某省促进城乡居民增收实施方案\n为促进城乡居民增收，制定本方案。${BODY}`);
    expect(doc.title).toBe('某某省促进城乡居民增收实施方案');
    expect(doc.issuer).toBe('某某省人民政府');
    expect(doc.issuedOn).toBe('2018-03-27');
  });

  it('reads the plan title from 《X》已经…同意，现印发给你们 as well', () => {
    const doc = structured('page.txt', `各区人民政府，市政府各部门：\n《某某市2023年政务公开工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。\n某某市人民政府办公室\n2023年3月13日\n某某市2023年政务公开工作要点${BODY}`);
    expect(doc.title).toBe('某某市2023年政务公开工作要点');
  });

  it('passes over the page lines above a title (归档时间：…, 当前位置：…)', () => {
    const doc = structured('page.txt', `归档时间：2018-11-21\n当前位置：首页 > 政务公开 > 政策法规\n某某市农村人居环境整治实施方案\n为改善农村人居环境，制定本方案。${BODY}`);
    expect(doc.title).toBe('某某市农村人居环境整治实施方案');
  });

  it('drops the number and the quotes a page prints around a notice title', () => {
    const doc = structured('page.txt', `某政办发〔2016〕26号《某某市人民政府办公厅关于印发〈某某市2016年政务公开工作要点〉的通知》\n各区人民政府，市政府各委、办、局：\n《某某市2016年政务公开工作要点》已经市政府同意，现印发给你们。\n某某市人民政府办公厅\n2016年5月28日${BODY}`);
    const notice = doc.units.find((u) => u.kind === 'notice');
    expect(notice?.name).toBe('某某市人民政府办公厅关于印发《某某市2016年政务公开工作要点》的通知');
    expect(doc.title).toBe('某某市2016年政务公开工作要点');
    expect(doc.docNumber).toBe('某政办发〔2016〕26号');
  });

  it('reads a joint party and government notice titled without 关于, and its region without the party prefix', () => {
    const doc = structured('page.txt', `中共某某市委办公室某某市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知（某办发〔2017〕2号）\n各县市区委、人民政府，市直各单位：\n《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意，现印发给你们。\n中共某某市委办公室\n某某市人民政府办公室\n2017年1月10日\n关于全面推进政务公开工作的实施意见${BODY}`);
    expect(doc.title).toBe('关于全面推进政务公开工作的实施意见');
    expect(doc.docNumber).toBe('某办发〔2017〕2号');
    expect(doc.issuer).toBe('中共某某市委办公室、某某市人民政府办公室');
    expect(doc.region).toBe('某某市');
    expect(doc.level).toBe('municipal');
  });

  it('does not take a sentence that mentions a notice for a notice title', () => {
    const doc = structured('page.txt', `某某县乡村振兴实施方案\n按照市委办公室印发《关于推进乡村振兴的意见》的通知要求，制定本方案。${BODY}`);
    expect(doc.title).toBe('某某县乡村振兴实施方案');
  });

  it('never takes the number of a document the preamble cites as the document number', () => {
    const doc = structured('page.txt', `某某市促进残疾人就业行动实施方案（2023—2025年）\n为贯彻落实《某某省人民政府办公厅关于印发〈某某省促进残疾人就业行动方案（2022—2025年）〉的通知》（某政办发〔2022〕59号）精神，制定本实施方案。${BODY}`);
    expect(doc.docNumber).toBeUndefined();
    const own = structured('page.txt', `某市政发〔2023〕5号\n某某市促进残疾人就业行动实施方案\n根据《某某省促进就业条例》（某政发〔2020〕9号）精神，制定本方案。${BODY}`);
    expect(own.docNumber).toBe('某市政发〔2023〕5号');
  });

  it('lists every body of a joint notice whose title line separates them by spaces', () => {
    const doc = structured('page.txt', `成都市发展和改革委员会 中共成都市委社会工作部 成都市住房和城乡建设局 关于印发成都市社区服务设施建设实施方案的通知\n各区（市）县政府，市级有关部门：\n现将《成都市社区服务设施建设实施方案》印发给你们，请认真贯彻落实。${BODY}`);
    expect(doc.title).toBe('成都市社区服务设施建设实施方案');
    expect(doc.issuer).toBe('成都市发展和改革委员会、中共成都市委社会工作部、成都市住房和城乡建设局');
  });

  it('does not take a website named in the 发文机构 field for the issuer', () => {
    const doc = structured('page.txt', `索引号：\n6107280000/2024-001005\n发文机构：\n县政府网站\n发文字号：\n某政发〔2024〕7号\n发文日期：\n2024年04月06日\n某某县人民政府工作规则\n第一章总则\n一、根据有关规定，制定本规则。\n二、县政府工作人员要依法行政。\n`);
    expect(doc.issuer).toBe('某某县人民政府');
    expect(doc.level).toBe('county');
    expect(doc.region).toBe('某某县');
  });

  it('does not join the portal name above a notice title to it', () => {
    const doc = structured('page.txt', `某某县人民政府\n某某县人民政府办公室关于印发某某县突发环境事件应急预案的通知\n各乡镇人民政府，县级有关部门：\n经县人民政府同意，现将《某某县突发环境事件应急预案》印发给你们。\n某某县人民政府办公室\n2017年6月23日\n某某县突发环境事件应急预案${BODY}`);
    expect(doc.units.find((u) => u.kind === 'notice')?.name).toBe('某某县人民政府办公室关于印发某某县突发环境事件应急预案的通知');
    expect(doc.issuer).toBe('某某县人民政府办公室');
  });
});
