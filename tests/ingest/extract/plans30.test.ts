// Extraction on plans and notices of other regions as their portals print them (session 30, read on real pages of 12
// portals, not kept in the repository): the documents a plan cites and the numbers that are no targets. The texts below
// are written for these tests in the shapes such pages take.
import { describe, expect, it } from 'vitest';
import { extracted } from '../helpers.js';

const BODY = '\n一、总体要求\n（一）指导思想。坚持稳中求进，推动高质量发展。\n二、主要任务\n（一）加强统筹。各地要建立工作机制。\n';

describe('documents a plan cites', () => {
  it('cites an emergency plan (应急预案) as a document', () => {
    const { citations } = extracted('page.txt', `某某县防汛应急预案\n依据《中华人民共和国防洪法》《某某省防汛抗旱应急预案》等法律法规和预案，制定本预案。${BODY}`);
    expect(citations.map((c) => c.title)).toContain('某某省防汛抗旱应急预案');
  });
});

describe('a plan transmitted with its year outside the brackets', () => {
  it('does not cite itself', () => {
    const { citations } = extracted('page.txt', `区人民政府办公室关于印发2024年区《政府工作报告》重点任务责任分工方案的通知\n各街道办事处：\n2024年《区〈政府工作报告〉重点任务责任分工方案》已经区人民政府同意，现印发给你们，请认真落实。\n某某区人民政府办公室\n2024年1月8日\n2024年区《政府工作报告》重点任务责任分工方案\n一、主要预期目标\n（一）地区生产总值增长6%以上\n`);
    expect(citations.map((c) => c.title)).not.toContain('区《政府工作报告》重点任务责任分工方案');
    expect(citations.map((c) => c.title)).toContain('政府工作报告');
  });
});

describe('numbers that are no targets', () => {
  it('passes over a heading numbered at its line start, a count inside a quoted name and a day of a month', () => {
    const { targets } = extracted('page.txt', `某某县抗旱应急预案\n8预案管理\n9名词术语\n一、工作要求\n（一）加强督查。加强“重点工作6张清单”督查督促，各责任单位每季度最后一个月的25日前报送进展情况。\n（二）扩大就业。到2025年，新增就业岗位500个以上。\n`);
    expect(targets.map((t) => `${t.value}${t.unit}`)).toEqual(['500个']);
  });
});

describe('a plan reviewing the years of the last one', () => {
  const plan = (review: string) => `某某市“十四五”养老服务发展规划\n一、发展基础\n${review}\n二、发展目标\n到2025年，全市新增养老床位3000张以上，护理型床位占比达到55%。\n`;

  it('reads no targets from what the last period achieved, and the plan\'s own aims still', () => {
    const { targets } = extracted('page.txt', plan('“十三五”期间，全市新增养老床位2600张，建成社区养老服务站120个，老年人满意度达95%。'));
    expect(targets.map((t) => `${t.value}${t.unit}`).sort()).toEqual(['3000张', '55%']);
  });

  it('reads them when the document names no later period (a 十三五 plan setting its own aims for those years)', () => {
    const { targets } = extracted('page.txt', `某某市养老服务发展规划\n一、发展目标\n“十三五”期间，全市新增养老床位2600张以上。\n`);
    expect(targets.map((t) => `${t.value}${t.unit}`)).toEqual(['2600张']);
  });

  it('reads a deadline\'s aim even in a paragraph that opens on recent years', () => {
    const { targets } = extracted('page.txt', `某某县养老服务实施方案\n一、总体目标\n近年来，我县养老服务体系不断完善。到2025年，全县建成养老服务中心10个以上。\n`);
    expect(targets.map((t) => `${t.value}${t.unit}`)).toEqual(['10个']);
  });
});
