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
