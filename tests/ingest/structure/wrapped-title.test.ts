// Titles as plans print them when saved from Word or a PDF: wrapped over lines without brackets, under an
// attachment's label; and a closing signature that is not the last measure's text. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { structured } from '../helpers.js';

describe('a title wrapped without brackets', () => {
  it('is joined while it does not yet end with a kind of document', () => {
    const d = structured(
      'w1.txt',
      `某某省促进全民健身和体育消费
推动体育产业高质量发展实施方案

为贯彻落实国家关于促进全民健身和体育消费的决策部署，制定本方案。
一、总体要求
到2025年，全省体育产业总规模达到3000亿元。
`,
    );
    expect(d.title).toBe('某某省促进全民健身和体育消费推动体育产业高质量发展实施方案');
    expect(d.units.map((u) => [u.path, d.text.slice(...u.span).split('\n')[0]])).toEqual([
      ['前言', '为贯彻落实国家关于促进全民健身和体育消费的决策部署，制定本方案。'],
      ['一', '一、总体要求'],
    ]);
  });

  it('keeps a complete first line alone (the next line is the text, not the title)', () => {
    const d = structured('w2.txt', `某某市全民健身实施计划（2021—2025年）\n为推动全民健身\n一、总体目标\n到2025年，建成15分钟健身圈。\n`);
    expect(d.title).toBe('某某市全民健身实施计划（2021—2025年）');
  });

  it('does not join a line that never makes a kind of document', () => {
    const d = structured('w3.txt', `某某市体育工作\n二〇二三年度总结与展望\n一、总体情况\n全年举办赛事120场。\n`);
    expect(d.title).toBe('某某市体育工作');
  });

  it("skips an attachment's label above the title", () => {
    const d = structured('w4.txt', `附件2\n\n深圳市关于加快建设全民健身城市的实施意见\n\n一、总体目标\n到2025年，经常参加体育锻炼人数比例达到45%。\n`);
    expect([d.title, d.level]).toEqual(['深圳市关于加快建设全民健身城市的实施意见', 'municipal']);
  });
});

describe('a signature closing the text', () => {
  it('is metadata, not the last measure', () => {
    const d = structured(
      's1.txt',
      `2023年全省科协系统\n学术工作要点\n一、加强学术交流\n举办学术年会。\n二、加强学风建设\n开展宣讲教育活动。\n\n湖南省科学技术协会\n2023年2月20日\n`,
    );
    expect([d.title, d.issuer, d.issuedOn]).toEqual(['2023年全省科协系统学术工作要点', '湖南省科学技术协会', '2023-02-20']);
    expect(d.text.slice(...d.units.at(-1)!.span)).toBe('二、加强学风建设\n开展宣讲教育活动。');
  });
});

describe('the end of an official document', () => {
  const text = `湖北省人民政府办公厅关于加快发展银发经济的实施意见
鄂政办发〔2024〕12号
各市、州、县人民政府，省政府各部门：
为加快发展银发经济，经省人民政府同意，现提出如下意见。
第一部分 总体要求
到2027年，全省银发经济规模达到5000亿元。
第二部分 重点任务
1、扩大老年助餐服务。
2、拓展居家助老服务。

湖北省人民政府办公厅
2024年3月18日
（此件公开发布）

抄送：省委各部门，省人大常委会办公厅，省政协办公厅。
湖北省人民政府办公厅                   2024年3月19日印发
`;
  const d = structured('colophon.txt', text);

  it('finds the signature above the colophon (抄送…, …印发) and dates the text by it', () => {
    expect([d.issuer, d.issuedOn]).toEqual(['湖北省人民政府办公厅', '2024-03-18']);
  });

  it('keeps signature and colophon out of the last measure', () => {
    expect(d.text.slice(...d.units.at(-1)!.span)).toBe('2、拓展居家助老服务。');
  });

  it('nests a plan\'s items under its 第X部分', () => {
    expect(d.units.filter((u) => u.path !== '前言').map((u) => u.path)).toEqual(['第一部分', '第二部分', '第二部分/1', '第二部分/2']);
  });

  it('takes the year of a signature dated by month only, and a county department as its issuer', () => {
    const m = structured('month.txt', `某某县2024年全民健身工作要点\n一、加强场地设施建设\n新建社区健身点20个。\n\n某某县文化和旅游局\n2024年2月\n`);
    expect([m.issuer, m.issuedOn, m.year, m.level]).toEqual(['某某县文化和旅游局', undefined, 2024, 'county']);
    expect(m.text.slice(...m.units.at(-1)!.span)).toBe('一、加强场地设施建设\n新建社区健身点20个。');
  });
});

describe("an official document's header (版头)", () => {
  it('is not the title: the issuer\'s mark (…文件) and the number above it are skipped', () => {
    const d = structured(
      'h1.txt',
      `湖北省人民政府办公厅文件\n鄂政办发〔2024〕12号\n湖北省人民政府办公厅关于加快发展银发经济的实施意见\n各市、州、县人民政府，省政府各部门：\n为加快发展银发经济，现提出如下意见。\n一、总体要求\n到2027年，全省银发经济规模达到5000亿元。\n`,
    );
    expect([d.title, d.docNumber, d.level]).toEqual(['湖北省人民政府办公厅关于加快发展银发经济的实施意见', '鄂政办发〔2024〕12号', 'provincial']);
  });

  it('skips copy number, urgency and a joint mark printed one body a line', () => {
    const d = structured(
      'h2.txt',
      `000123\n特急\n湖 北 省 体 育 局\n湖 北 省 教 育 厅 文件\n鄂体发〔2023〕8号\n湖北省体育局 湖北省教育厅关于加强青少年体育工作的意见\n各市、州体育局、教育局：\n一、总体目标\n到2025年，青少年体质健康达标率达到92%。\n`,
    );
    expect(d.title).toBe('湖北省体育局湖北省教育厅关于加强青少年体育工作的意见');
  });

  it('is no section heading that ends in 文件 (a standard\'s 引用文件)', () => {
    const d = structured('std.txt', `人体损伤程度鉴定标准\n范围\n本标准规定了鉴定的原则。\n引用文件\n下列文件对于本文件的应用是必不可少的。\n`);
    expect(d.title).toBe('人体损伤程度鉴定标准');
  });
});

describe('a notice with attachments', () => {
  const d = structured(
    'att.txt',
    `关于印发《湖北省全民健身场地设施建设方案》的通知
鄂体发〔2023〕9号
各市、州体育局：
现将《湖北省全民健身场地设施建设方案》印发给你们，请认真贯彻落实。
附件：1.湖北省全民健身场地设施建设方案
      2.重点项目清单
湖北省体育局
2023年6月1日
附件1
湖北省全民健身场地设施建设方案
一、总体目标
到2025年，人均体育场地面积达到2.6平方米。
二、主要任务
（一）建设体育公园。每个县建成1个体育公园。
附件2
重点项目清单
1.武汉市体育公园
2.宜昌市全民健身中心
`,
  );

  it('reads its attachment list as the notice\'s, so the signature under it is found', () => {
    expect([d.title, d.issuer, d.issuedOn]).toEqual(['湖北省全民健身场地设施建设方案', '湖北省体育局', '2023-06-01']);
    expect(d.units[0].path).toBe('通知');
    expect(d.text.slice(...d.units[0].span)).toContain('2.重点项目清单');
  });

  it('holds a further attachment under its own unit, not under the plan\'s last measure', () => {
    expect(d.units.map((u) => u.path)).toEqual(['通知', '一', '二', '二/（一）', '附件2', '附件2/1', '附件2/2']);
    expect(d.units.find((u) => u.path === '附件2')?.name).toBe('重点项目清单');
    expect(d.text.slice(...d.units.find((u) => u.path === '二/（一）')!.span)).toBe('（一）建设体育公园。每个县建成1个体育公园。');
  });
});

describe("a title's qualifier and a seal's note", () => {
  it('joins （试行） or a period printed under the title, and reads a signature sealed （印章）', () => {
    const d = structured('q1.txt', `湖北省全民健身场地设施管理办法\n（试行）\n第一条 为加强全民健身场地设施管理，制定本办法。\n第二条 本办法自2024年1月1日起施行。\n\n湖北省体育局（印章）\n2023年12月1日\n`);
    expect([d.title, d.issuer, d.issuedOn]).toEqual(['湖北省全民健身场地设施管理办法（试行）', '湖北省体育局', '2023-12-01']);
    expect(d.units.map((u) => u.path)).toEqual(['第一条', '第二条']);
    expect(structured('q2.txt', `武汉市全民健身实施计划\n（2021—2025年）\n一、总体目标\n到2025年，建成15分钟健身圈。\n`).title).toBe('武汉市全民健身实施计划（2021—2025年）');
  });

  it('leaves a date under the title to the history (not the title)', () => {
    const d = structured('q3.txt', `某某市市容管理条例\n（1998年5月6日）\n第一条 为加强市容管理，制定本条例。\n`);
    expect([d.title, d.issuedOn]).toEqual(['某某市市容管理条例', '1998-05-06']);
  });
});
