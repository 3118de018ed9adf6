// The metadata panel of a government disclosure page (索引号, 发文机关, 成文日期 …) and notice titles printed
// without 《》: how portals publish most plans and notices. Texts written for the test in the layouts
// gov.cn and provincial portals use (one field a line; two fields a line joined by spaces or tabs).
import { describe, expect, it } from 'vitest';
import { structured } from '../helpers.js';

const PANEL_ABOVE = `索 引 号：000014349/2022-00052
主题分类：卫生、体育\\卫生
发文机关：国务院办公厅
成文日期：2022年04月27日
标　　题：国务院办公厅关于印发“十四五”国民健康规划的通知
发文字号：国办发〔2022〕11号
发布日期：2022年05月20日

国务院办公厅关于印发“十四五”国民健康规划的通知

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
《“十四五”国民健康规划》已经国务院同意，现印发给你们，请认真贯彻执行。

“十四五”国民健康规划

一、规划背景
（一）“十三五”时期取得的成就。人均预期寿命从76.34岁提高到77.93岁。
二、总体要求
（一）指导思想。坚持以人民为中心的发展思想。
`;

describe('the metadata panel of a disclosure page', () => {
  const doc = structured('panel.txt', PANEL_ABOVE);

  it('takes the transmitted plan as the title, not the panel\'s first line', () => {
    expect(doc.title).toBe('“十四五”国民健康规划');
  });

  it("takes issuer, number and the 成文日期 (not the later 发布日期) from the panel", () => {
    expect([doc.issuer, doc.docNumber, doc.issuedOn, doc.level]).toEqual(['国务院办公厅', '国办发〔2022〕11号', '2022-04-27', 'central']);
  });

  it('keeps the issuer\'s span on the panel value (one click to where it is printed)', () => {
    expect(doc.issuerSpan && doc.text.slice(...doc.issuerSpan)).toBe('国务院办公厅');
  });

  it('makes no measure of the panel', () => {
    expect(doc.units.some((u) => /索\s*引\s*号|主题分类/.test(doc.text.slice(...u.span)))).toBe(false);
    expect(doc.units.map((u) => u.path)).toEqual(['通知', '一', '一/（一）', '二', '二/（一）']);
  });

  it('reads a panel of two fields a line (its issuer where neither title nor signature names one)', () => {
    const d = structured(
      'panel2.txt',
      `索引号：11370000MB28609477/2023-00123    发布机构：山东省卫生健康委员会
生成日期：2023-03-15\t文号：鲁卫发〔2023〕3号
主题分类：卫生    有效性：有效
名称：关于做好2023年基层卫生健康工作的通知

关于做好2023年基层卫生健康工作的通知

各市卫生健康委：
为做好2023年基层卫生健康工作，现就有关事项通知如下：
一、加强基层医疗卫生机构建设
到2023年底，每个县至少建设1所县域医疗次中心。
`,
    );
    expect([d.title, d.issuer, d.issuedOn, d.docNumber, d.level, d.region]).toEqual([
      '关于做好2023年基层卫生健康工作的通知',
      '山东省卫生健康委员会',
      '2023-03-15',
      '鲁卫发〔2023〕3号',
      'provincial',
      '山东省',
    ]);
    expect(d.units[0].path).toBe('前言');
    expect(d.text.slice(...d.units[0].span)).not.toMatch(/索引号|生成日期/);
  });

  it("takes the panel's 标题 when the text prints no title", () => {
    const d = structured(
      'panel3.txt',
      `索引号：000014349/2021-00079
发文机关：国务院
成文日期：2021年07月18日
标题：国务院关于印发全民健身计划（2021—2025年）的通知
发文字号：国发〔2021〕11号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
现将《全民健身计划（2021—2025年）》印发给你们，请认真贯彻执行。
一、总体要求
经常参加体育锻炼人数比例达到38.5%。
`,
    );
    expect([d.title, d.issuer, d.issuedOn]).toEqual(['全民健身计划（2021—2025年）', '国务院', '2021-07-18']);
    expect(d.units.some((u) => d.text.slice(...u.span).includes('发文字号'))).toBe(false);
  });

  it('keeps a panel printed under the title out of the measures', () => {
    const d = structured(
      'panel4.txt',
      `关于加强基层文化服务的实施意见
索引号：00000/2024-001
发布机构：某市文化和旅游局
成文日期：2024年1月5日
一、加强设施建设
每个乡镇建成1个综合文化站。
`,
    );
    expect(d.title).toBe('关于加强基层文化服务的实施意见');
    expect(d.issuedOn).toBe('2024-01-05');
    expect(d.units.map((u) => u.path)).toEqual(['一']);
  });

  it('is not found in a form of the body, nor in two labelled lines of the head', () => {
    const text = `某某市科普基地认定办法
来源：某某市科协    作者：办公室
一、申报条件
单位名称：
联系人：
联系电话：
二、认定程序
每年认定一次。
`;
    const d = structured('form.txt', text);
    expect(d.title).toBe('某某市科普基地认定办法');
    expect(d.units.map((u) => u.path)).toEqual(['一', '二']);
    expect(d.text.slice(...d.units[0].span)).toContain('单位名称');
  });
});

describe('notice titles without 《》', () => {
  it('takes the plan of 关于印发X的通知 wrapped over two lines', () => {
    const d = structured(
      'bare.txt',
      `某某省人民政府办公厅关于印发
某某省全民健身实施计划（2021—2025年）的通知
某政办发〔2021〕30号

各市人民政府：
现将《某某省全民健身实施计划（2021—2025年）》印发给你们，请认真贯彻落实。

某某省人民政府办公厅
2021年12月20日

某某省全民健身实施计划（2021—2025年）
一、总体要求
到2025年，经常参加体育锻炼人数比例达到38.5%。
`,
    );
    expect([d.title, d.docNumber, d.issuedOn, d.issuer]).toEqual(['某某省全民健身实施计划（2021—2025年）', '某政办发〔2021〕30号', '2021-12-20', '某某省人民政府办公厅']);
    expect(d.units.map((u) => u.path)).toEqual(['通知', '一']);
  });

  it('takes a forwarded document whole (关于转发…意见的通知)', () => {
    const d = structured(
      'fwd.txt',
      `某某市人民政府办公室关于转发市教育局关于加强中小学课后服务工作的意见的通知

各区人民政府：
市教育局《关于加强中小学课后服务工作的意见》已经市政府同意，现转发给你们。

关于加强中小学课后服务工作的意见
一、服务内容
开展课后托管服务。
`,
    );
    expect(d.title).toBe('市教育局关于加强中小学课后服务工作的意见');
  });
});
