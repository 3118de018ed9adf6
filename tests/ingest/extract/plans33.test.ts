// Targets of plans as other regions' portals print them (session 33 (plans), read on real pages, not kept in the
// repository): a section that reports what was achieved holds results, not aims. The texts below are written for these
// tests in the shapes such pages take.
import { describe, expect, it } from 'vitest';
import { extracted } from '../helpers.js';

const targetsOf = (text: string) => extracted('page.txt', text).targets.map((t) => [t.metric, t.comparator, t.value, t.unit]);

describe('a section reporting what was achieved', () => {
  it('reads no target in a section headed by its achievements', () => {
    expect(
      targetsOf(
        '中共某某区委关于制定某某区第十四个五年规划的建议\n一、开启新征程\n1.“十三五”发展取得的显著成就。经济实力明显增强，预计2020年生产总值达到800亿元左右，人均生产总值超过8.5万元。\n2.“十四五”发展的主要目标。到2025年，生产总值达到1100亿元。\n',
      ),
    ).toEqual([['生产总值', '=', 110000000000, '元']]);
  });

  it('still reads the targets of a section that aims at results', () => {
    expect(targetsOf('某某县教育工作要点\n一、主要目标\n1.巩固发展成果。到2025年，学前教育毛入园率达到95%以上。\n')).toEqual([['学前教育毛入园率', '>=', 95, '%']]);
  });
});

describe('a government work report’s review of its year', () => {
  it('reads no target in a paragraph opening on 一年来', () => {
    expect(targetsOf('某某县政府工作报告\n2022年工作回顾\n一年来，我们坚持稳增长，完成地区生产总值90.76亿元、同比增长0.7%。社会消费品零售总额21.25亿元。\n')).toEqual([]);
  });
});

describe('a figure that picks out where an act applies', () => {
  it('reads no target in 在…比例达到N%的单位', () => {
    expect(targetsOf('关于组建青年工作委员会的通知\n一、组建范围\n在团员不足3人、但青年比例达到30%的单位，建立青年工作委员会。\n')).toEqual([]);
  });

  it('still reads a share of units to reach, and a deadline opened by 在', () => {
    expect(targetsOf('某某市垃圾分类工作方案\n一、工作目标\n在2025年前，生活垃圾回收利用率达到35%以上。\n')).toEqual([['生活垃圾回收利用率', '>=', 35, '%']]);
  });
});

describe('the plan’s own title written with another dash', () => {
  it('is not a citation of itself', () => {
    const cited = extracted('page.txt', '某某市新型城镇化发展规划（2021—2025年）\n根据《某某市国民经济和社会发展第十四个五年规划纲要》，编制《某某市新型城镇化发展规划(2021-2025 年)》。\n一、总体要求\n').citations.map((c) => c.title);
    expect(cited).toEqual(['某某市国民经济和社会发展第十四个五年规划纲要']);
  });
});

describe('counts of what there is', () => {
  it('reads no target in a count since a past year, nor in the size of a list its heading gives', () => {
    expect(targetsOf('某某市人民政府关于废止部分规范性文件的决定\n市政府对2000年以来制定发布的1923件文件进行了全面清理。\n附件1：某某市人民政府决定废止的规范性文件目录（28件）\n')).toEqual([]);
  });

  it('still reads a count to reach whose line ends with a bracket', () => {
    expect(targetsOf('某某县农村公路建设方案\n一、目标任务\n到2025年，新改建农村公路300公里（含县道）。\n')).toEqual([['新改建农村公路', '=', 300, '公里']]);
  });
});

describe('the units an area has', () => {
  it('reads no target in 对辖区N个社区', () => {
    expect(targetsOf('某山街道2024年工作计划\n一、党建工作\n对辖区3个社区进行精准定位、分类打造。\n')).toEqual([]);
  });
});
