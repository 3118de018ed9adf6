// Notices, plans and rules as other regions' portals print them (session 33 (plans), read on real pages of county,
// 自治州, city, provincial and ministry portals and copies, not kept in the repository). The texts below are written for
// these tests in the shapes such pages take; what a reader checks is the metadata and the units.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../ingest/read/normalise.js';
import { clean } from '../../../ingest/clean/index.js';
import { structure } from '../../../ingest/structure/index.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { parseDecimalHeading } from '../../../ingest/structure/numbering.js';
import { bareTitles } from '../../../ingest/structure/units.js';

const lexicon = loadLexicon();
/** As the pipeline reads a text file: normalised, cleaned, structured. */
const page = (text: string) => structure('page.txt', clean(normaliseText(text), lexicon), lexicon)!;

describe('a decimal contents list with unnumbered chapters', () => {
  it('reads the whole list as contents, over the bare chapter titles between its numbered lines', () => {
    const doc = page(
      '某某县防汛应急预案\n总则\n1.1编制目的\n1.2编制依据\n1.3适用范围\n组织指挥体系\n2.1指挥机构\n2.2成员单位\n监测预警\n3.1监测\n3.2预警\n' +
        '1总则\n1.1编制目的\n为做好防汛工作，制定本预案。\n1.2编制依据\n依据有关法律法规。\n',
    );
    expect(doc.units.map((u) => u.path).filter((p) => p !== '前言')).toEqual(['1', '1/1.1', '1/1.2']);
  });

  it('does not bridge a line with a sentence or a number between two headings', () => {
    expect(bareTitles('组织指挥体系\n')).toBe(true);
    expect(bareTitles('预警分为四级，按程序发布。\n')).toBe(false);
    expect(bareTitles('8附则\n')).toBe(false);
    expect(bareTitles('')).toBe(false);
  });
});

describe('a decimal heading whose name opens with a measure word', () => {
  it('reads 6.1人力资源保障, 3.1项目管理 and 2.4家庭医生签约 as headings', () => {
    expect(parseDecimalHeading('6.1人力资源保障', false)?.label).toBe('6.1');
    expect(parseDecimalHeading('3.1项目管理', false)?.label).toBe('3.1');
    expect(parseDecimalHeading('2.4家庭医生签约', false)?.label).toBe('2.4');
  });

  it('still reads a number with its unit as a quantity, not a heading', () => {
    expect(parseDecimalHeading('3.2人次以上', false)).toBeUndefined();
    expect(parseDecimalHeading('2.5万元补助', false)).toBeUndefined();
    expect(parseDecimalHeading('1.5项，其中', false)).toBeUndefined();
    expect(parseDecimalHeading('4.5家企业', false)).toBeUndefined();
  });
});

describe('a government order copied by a law site', () => {
  it('reads the body whose order it is and the date its head signed it', () => {
    const doc = page(
      '某某省河道采砂管理办法\n时间：2024-07-22 09:26:53 来源：法律资料网\n某某省河道采砂管理办法\n某某省人民政府\n某某省人民政府令\n第105号\n' +
        '《某某省河道采砂管理办法》业经2003年4月2日某某省人民政府第9次常务会议审议通过，现予公布，自2003年6月1日起施行。\n省 长 王某某\n二〇〇三年四月十日\n' +
        '某某省河道采砂管理办法\n第一条 为了加强河道采砂管理，制定本办法。\n第二条 本办法适用于本省行政区域内的河道。\n',
    );
    expect(doc.issuer).toBe('某某省人民政府');
    expect(doc.issuedOn).toBe('2003-04-10');
    expect(doc.docNumber).toBe('某某省人民政府令第105号');
  });

  it('reads an autonomous region chairman’s signature under an order whose meeting has no full date', () => {
    const doc = page(
      '某某自治区草原防火实施办法\n某某自治区人民政府令\n第41号\n《某某自治区草原防火实施办法》已经自治区人民政府1995年第三次常务会议通过，现予发布施行。\n自治区主席 某某\n1995年5月8日\n第一章 总 则\n第一条 为了做好草原防火工作，制定本办法。\n',
    );
    expect(doc.issuer).toBe('某某自治区人民政府');
    expect(doc.issuedOn).toBe('1995-05-08');
  });

  it('does not take a signer’s line without an order for a body', () => {
    const doc = page('某某市养犬管理办法\n市长 某某某\n2010年3月1日\n第一条 为了规范养犬行为，制定本办法。\n');
    expect(doc.issuer ?? '').not.toMatch(/市长/);
  });
});

describe('a notice transmitting other bodies’ text', () => {
  it('reads the transmitting office as the issuer, not the office run on with 转发 and the first body', () => {
    const doc = page(
      '某某市人民政府办公室转发市发改委等部门《支持农村物流发展实施办法》的通知\n某政办字〔2009〕12号\n各县（市、区）人民政府，市政府各部门：\n市发展改革委等部门《支持农村物流发展实施办法》已经市政府同意，现转发，请认真贯彻执行。\n二〇〇九年八月三十日\n支持农村物流发展实施办法\n第一条 为支持农村物流发展，制定本办法。\n',
    );
    expect(doc.issuer).toBe('某某市人民政府办公室');
  });
});

describe('a breadcrumb continued on its own line', () => {
  it('drops the row of labels after > instead of reading it as the title', () => {
    const doc = page(
      '当前位置：首页\n> 政务公开 > 组织机构 > 市政府办公室 > 政策文件 > 其他文件\n发文字号： 某政发〔2025〕3号\n某某市人民政府关于下达2025年某某市国民经济和社会发展计划的通知\n各区、县（市）人民政府，市政府各部门：\n现印发给你们，请认真部署落实。\n一、聚力创新赋能\n',
    );
    expect(doc.title).not.toMatch(/政务公开/);
    expect(doc.title).toMatch(/^某某市人民政府关于下达|^2025年某某市国民经济和社会发展计划/);
  });

  it('keeps a sentence with a > comparison', () => {
    const kept = clean(normaliseText('某某市养老服务计划\n一、目标\n床位数 > 5000张，护理型床位占比 > 55%。\n'), lexicon).text;
    expect(kept).toMatch(/床位数/);
  });
});

describe('a government work report as a page prints it', () => {
  const report =
    '2023年某某县政府工作报告—全文\n政府工作报告\n2023年1月10日在某某县第九届人民代表大会第二次会议上\n某某县人民政府县长 王某\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n2022年工作回顾\n一年来，我们坚持稳增长，完成地区生产总值90.76亿元、同比增长0.7%。\n';

  it('drops the site’s —全文 after the headline and does not run the headline into the heading under it', () => {
    expect(page(report).title).toBe('2023年某某县政府工作报告');
  });

  it('reads the government and the day from the report’s byline', () => {
    const doc = page(report);
    expect(doc.issuer).toBe('某某县人民政府');
    expect(doc.issuedOn).toBe('2023-01-10');
  });
});

describe('a plan posted without its date', () => {
  it('takes no year from the end of the period its title names', () => {
    const doc = page('某某市新型城镇化发展规划（2021—2025年）\n为科学推进新型城镇化，编制本规划。\n一、总体要求\n坚持以人为本。\n');
    expect(doc.year).toBeUndefined();
  });

  it('still takes the year a title opens with', () => {
    expect(page('某某市2024年政务公开工作要点\n一、深化政策公开\n做好政策解读。\n').year).toBe(2024);
  });
});

describe('a notice naming neither its body nor its place', () => {
  it('has the level its addressees imply', () => {
    expect(page('关于在县直各有关单位组建青年工作委员会的通知\n县直各有关单位：\n团县委经研究决定，组建青年工作委员会。\n一、目的和意义\n').level).toBe('county');
    expect(page('关于开展安全生产大检查的通知\n各县（市、区）人民政府，市直各部门：\n现就有关事项通知如下。\n一、检查范围\n').level).toBe('municipal');
  });

  it('keeps the level its issuer gives', () => {
    expect(page('某某市人民政府关于开展安全生产大检查的通知\n各乡镇人民政府：\n一、检查范围\n').level).toBe('municipal');
  });
});

describe('a law database’s copy', () => {
  it('signs an order by a head whose name follows a colon and is spaced out', () => {
    const doc = page(
      '某某市人民政府关于废止部分规范性文件的决定\n某某市人民政府令\n第48号\n《某某市人民政府关于废止部分规范性文件的决定》已经2008年9月24日市政府第90次常务会议通过，现予公布，自公布之日起施行。\n市长： 何 某\n二〇〇八年十月十三日\n某某市人民政府关于废止部分规范性文件的决定\n一、废止的文件。\n',
    );
    expect(doc.issuedOn).toBe('2008-10-13');
  });

  it('reads the history under the title copies, the body the database files it under and its fields', () => {
    const doc = page(
      '某某市道路管理办法\n作者：法律资料网时间：2024-07-01 09:10:44浏览：9094来源：法律资料网\n下载地址：点击此处下载\n某某市道路管理办法\n某某省人大常委会\n某某市道路管理办法\n某某省人大常委会\n颁布日期：1996-9-28\n' +
        '（1996年8月23日某某市第十一届人民代表大会常务委员会第二十六次会议通过 1996年9月28日某某省第八届人民代表大会常务委员会第二十三次会议批准）\n第一条 为加强道路管理，制定本办法。\n第二条 本办法适用于本市。\n',
    );
    expect(doc.history.map((h) => [h.date, h.action])).toEqual([
      ['1996-08-23', 'adopted'],
      ['1996-09-28', 'approved'],
    ]);
    expect(doc.issuedOn).toBe('1996-09-28');
  });

  it('reads a history after the database’s 【题注】 marker', () => {
    const doc = page(
      '某某市制定地方性法规条例\n【题注】 （2001年4月29日某某市第十一届人民代表大会第四次会议通过 2001年6月3日某某自治区第九届人民代表大会常务委员会第二十三次会议批准）\n【章名】 第一章 总则\n第一条 为了规范立法活动，制定本条例。\n',
    );
    expect(doc.issuedOn).toBe('2001-06-03');
    expect(doc.units.map((u) => u.path)).toEqual(['第一章', '第一章/第一条']);
  });

  it('keeps a chapter’s first article when the copy runs it on after the chapter’s heading', () => {
    const doc = page('某某省网站信息发布暂行办法\n第一章 总  则第一条 为了规范网站信息发布，制定本办法。\n第二条 本办法适用于省政府网站。\n');
    expect(doc.units.map((u) => u.path)).toEqual(['第一章', '第一章/第一条', '第一章/第二条']);
  });
});

describe('a street office’s page', () => {
  it('reads the office its 来源 names when the title names it, the posting time and the county level', () => {
    const doc = page('某峰街道办事处2024年工作总结及2025年工作计划\n• 2025-02-28 14:50\n• 来源： 某峰街道办事处\n2024年是关键一年。\n一、2024年亮点工作\n——党建引领势能强劲。\n');
    expect(doc.issuer).toBe('某峰街道办事处');
    expect(doc.issuedOn).toBe('2025-02-28');
    expect(doc.level).toBe('county');
  });

  it('reads the office when the title names its street only', () => {
    const doc = page('当前位置：首页 > 某山街道 > 工作计划\n某山街道2024年工作计划\n来源：某山街道办事处 发布时间：2024-02-26 11:11 访问量：\n党建工作：完善党建引领机制。\n');
    expect(doc.issuer).toBe('某山街道办事处');
    expect(doc.issuedOn).toBe('2024-02-26');
  });

  it('does not take a 来源 the title does not name', () => {
    const doc = page('某某县2024年工作计划\n来源：某某日报 发布时间：2024-02-26 11:11\n一、目标\n');
    expect(doc.issuer ?? '').not.toBe('某某日报');
  });
});
