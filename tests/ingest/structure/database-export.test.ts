// A law database's export (北大法宝 / pkulaw and the sites that copy its layout): bracketed metadata labels
// (【法宝引证码】 CLI.…, 【发布部门】 …, 【发文字号】 …) and 原文链接 above the title, the title printed twice,
// the signing body's name dropped over a date alone, a year typed with ○ for 〇, the attachment list closing
// the notice. How scraped corpora of local normative documents (规范性文件) mostly come. Texts written for the
// test in that layout (no document copied).
import { describe, expect, it } from 'vitest';
import { structured } from '../helpers.js';

const EXPORT = `    【法宝引证码】 CLI.12.123456
原文链接：https://www.example.com/lar/0123456789abcdef.html
某某省水利厅关于进一步加强河湖巡查工作的通知
某某省水利厅关于进一步加强河湖巡查工作的通知

（某水办发〔2013〕15号）

各市、县（区）水利（水务）局，厅机关各处室：

　　为进一步规范河湖巡查工作，现就有关事项通知如下：
　　一、明确巡查责任

　　各地要落实河湖巡查责任，每月至少开展一次巡查。
　　二、加强信息报送

　　（一）巡查发现的问题要在3日内报送厅河湖处。

　　（二）各地要于每年12月底前报送年度巡查总结（见附件2）。

　　附件：1.河湖巡查登记表

　　2.年度巡查总结报送表

　　二○一三年三月八日

　　附件1：

　　河湖巡查登记表
巡查单位
巡查时间

　　附件2：

　　年度巡查总结报送表
报送单位
2013年3月.xlsx附件预览
`;

describe('a law database export of a provincial notice', () => {
  const doc = structured('export.txt', EXPORT);
  const measure = (path: string) => doc.units.find((u) => u.path === path);

  it('takes the notice title, not the citation code or the link, as the title', () => {
    expect(doc.title).toBe('某某省水利厅关于进一步加强河湖巡查工作的通知');
  });

  it('reads the issuer from the title (a body the lexicon does not list) and the date typed with ○', () => {
    expect([doc.issuer, doc.issuedOn, doc.docNumber, doc.level]).toEqual(['某某省水利厅', '2013-03-08', '某水办发〔2013〕15号', 'provincial']);
  });

  it('makes no measure of the export header or of the title printed a second time', () => {
    const all = doc.units.map((u) => doc.text.slice(...u.span)).join('\n');
    expect(all).not.toMatch(/法宝引证码|原文链接/);
    expect(doc.text.slice(...measure('前言')!.span).trim().startsWith('（某水办发')).toBe(true);
  });

  it('keeps the attachment list out of the measures and reads each attachment as its own unit', () => {
    expect(doc.units.map((u) => u.path)).toEqual(['前言', '一', '二', '二/（一）', '二/（二）', '附件1', '附件2']);
    expect(doc.text.slice(...measure('二/（二）')!.span)).not.toMatch(/二○一三|二〇一三/);
  });

  it("drops the page's attachment-preview link", () => {
    expect(doc.text).not.toMatch(/附件预览/);
  });
});

describe('bracketed metadata labels of a full export', () => {
  const doc = structured(
    'export-full.txt',
    `【发布部门】 某某市人民政府办公室
【发文字号】 某府办发〔2019〕7号
【发布日期】 2019.04.02
【实施日期】 2019.05.01
【时效性】 现行有效
【效力级别】 地方规范性文件
某某市人民政府办公室关于印发某某市城市道路管理办法的通知
各区人民政府，市政府各部门：
《某某市城市道路管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。
某某市城市道路管理办法
第一条 为了加强城市道路管理，制定本办法。
第二条 本办法适用于本市城市道路的规划、建设、养护和管理。
`,
  );

  it('reads issuer and number from the bracketed labels and makes no measure of them', () => {
    expect([doc.title, doc.issuer, doc.docNumber]).toEqual(['某某市城市道路管理办法', '某某市人民政府办公室', '某府办发〔2019〕7号']);
    expect(doc.units.some((u) => /发布部门|效力级别/.test(doc.text.slice(...u.span)))).toBe(false);
  });
});

describe('a year typed with stand-ins for 〇', () => {
  it.each([
    ['二○二一年五月十日', '2021-05-10'],
    ['二0一九年十二月一日', '2019-12-01'],
    ['二ＯＯ八年六月三十日', '2008-06-30'],
  ])('reads %s', (date, iso) => {
    const doc = structured('year.txt', `某某县人民政府关于做好防汛工作的通知\n一、落实防汛责任\n各乡镇要落实防汛责任。\n某某县人民政府\n${date}\n`);
    expect(doc.issuedOn).toBe(iso);
  });

  it('leaves Arabic years and numbers alone', () => {
    const doc = structured('year2.txt', `某某县人民政府关于做好防汛工作的通知\n一、落实防汛责任\n各乡镇要在2020年前建成10座泵站。\n某某县人民政府\n2021年5月10日\n`);
    expect(doc.text).toContain('2020年前建成10座');
    expect(doc.issuedOn).toBe('2021-05-10');
  });
});
