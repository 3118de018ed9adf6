// A plan's indicator table (主要指标: 指标 | 2020年 | 2025年 | 属性) states its numeric targets one row each; the readers
// write a table's rows as tab-separated lines (session 29). And a deadline opening a sentence (到2025年，…) dates the
// targets of that sentence.
import { describe, expect, it } from 'vitest';
import { extracted } from '../helpers.js';

const plan = (body: string) => `某省“十四五”全民健身发展规划\n一、发展目标\n${body}\n二、主要任务\n（一）完善场地设施。\n`;
const rows = (body: string) =>
  extracted('plan.txt', plan(body)).targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.year ?? null]);

describe('indicator tables of plans', () => {
  it('reads each indicator at the target year, its unit from the brackets, and nothing from the base year or the 序号', () => {
    const table = [
      '专栏1 “十四五”全民健身发展主要指标',
      '序号\t指标\t2020年\t2025年\t属性',
      '1\t经常参加体育锻炼人数比例（%）\t37.2\t38.5\t预期性',
      '2\t人均体育场地面积（平方米）\t2.2\t2.6\t预期性',
      '3\t城乡居民达到《国民体质测定标准》合格以上的人数比例（%）\t90.4\t>92\t约束性',
      '4\t每千人拥有社会体育指导员（人）\t2.16\t2.3\t预期性',
      '5\t县级全民健身中心（个）\t60\t100\t预期性',
    ].join('\n');
    expect(rows(table)).toEqual([
      ['经常参加体育锻炼人数比例', '=', 38.5, '%', 2025],
      ['人均体育场地面积', '=', 2.6, '平方米', 2025],
      ['城乡居民达到《国民体质测定标准》合格以上的人数比例', '>', 92, '%', 2025],
      ['每千人拥有社会体育指导员', '=', 2.3, '人', 2025],
      ['县级全民健身中心', '=', 100, '个', 2025],
    ]);
  });

  it('points each target at its row: one click to the indicator', () => {
    const text = plan('指标\t2020年\t2025年\n人均预期寿命（岁）\t77.3\t78.3');
    const { targets } = extracted('plan.txt', text);
    expect(targets).toHaveLength(1);
    const [start, end] = targets[0]!.span;
    expect(text.slice(start, end)).toMatch(/^人均预期寿命（岁）\t77\.3\t78\.3$/);
  });

  it('takes the unit from a 单位 column, multiplies 万 out, and leaves the year open under a bare 目标值', () => {
    const table = ['指标名称\t单位\t基期值\t目标值\t指标属性', '科普专职人员\t万人\t1.2\t1.5\t预期性', '科普经费人均投入\t元\t2.8\t≥4\t预期性'].join('\n');
    expect(rows(table)).toEqual([
      ['科普专职人员', '=', 15000, '人', null],
      ['科普经费人均投入', '>=', 4, '元', null],
    ]);
  });

  it('aligns a row whose merged 类别 cell was written once from the right', () => {
    const table = [
      '类别\t指标\t2020年\t2025年\t属性',
      '创新驱动\t研发经费投入强度（%）\t2.1\t2.5\t预期性',
      '每万人口高价值发明专利拥有量（件）\t4.2\t8\t预期性',
    ].join('\n');
    expect(rows(table)).toEqual([
      ['研发经费投入强度', '=', 2.5, '%', 2025],
      ['每万人口高价值发明专利拥有量', '=', 8, '件', 2025],
    ]);
  });

  it('reads no target from a table that is not one of indicators, nor a number joined to the next cell', () => {
    const table = ['序号\t重点任务\t牵头单位\t完成时限', '1\t人均体育场地面积提升工程\t省体育局\t2025年底', '2\t县级全民健身中心建设\t省发展改革委\t持续推进'].join('\n');
    expect(rows(table)).toEqual([]);
  });
});

describe('a deadline opening a sentence', () => {
  const one = (sentence: string) => rows(sentence);
  it('dates every target of the sentence', () => {
    expect(one('力争到2025年底，人均体育场地面积达到2.6平方米，新建社区健身中心50个。')).toEqual([
      ['人均体育场地面积', '=', 2.6, '平方米', 2025],
      ['社区健身中心', '=', 50, '个', 2025],
    ]);
    expect(one('2025年底前，建成20个体育公园。')).toEqual([['体育公园', '=', 20, '个', 2025]]);
  });

  it('leaves a year that only names when something happens undated, and a count of what was done no target', () => {
    expect(one('2024年，举办全民健身活动100场。')).toEqual([['全民健身活动', '=', 100, '场', null]]);
    expect(one('截至2023年底，已建成体育公园20个。')).toEqual([]);
  });

  it('does not leave the conjunction of two stripped verbs in the metric', () => {
    expect(one('新建或改扩建体育公园100个。')[0]![0]).not.toMatch(/^或/);
  });
});

describe('a five-year plan task division (任务分工方案) listing its indicators as items', () => {
  const text = [
    '荆门市国民经济和社会发展第十四个五年规划纲要任务分工方案',
    '一、主要指标',
    '到2025年，全市经济社会发展主要指标如下：',
    '1.地区生产总值总量力争突破3000亿元。（预期性指标，牵头单位：市发改委）',
    '2.劳动年龄人口平均受教育年限12.5年。（约束性指标，牵头单位：市教育局；责任单位：市人社局）',
    '3.城镇调查失业率控制在5.5%以内。（预期性指标，牵头单位：市人社局）',
    '二、重点任务',
    '（一）建设现代产业体系。每年新增规模以上工业企业100家。',
  ].join('\n');

  it('dates the items of a list by the deadline its lead sets, and only those', () => {
    const got = extracted('plan.txt', text).targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.year ?? null]);
    expect(got).toEqual([
      ['地区生产总值总量', '>', 300000000000, '元', 2025],
      ['劳动年龄人口平均受教育年限', '=', 12.5, '年', 2025],
      ['城镇调查失业率', '<=', 5.5, '%', 2025],
      ['规模以上工业企业', '=', 100, '家', null],
    ]);
  });

  it('keeps a validity the law fixes out (期限为2年, 有效期限3年)', () => {
    expect(rows('许可证有效期限3年。登记的期限为2年。')).toEqual([]);
  });
});

describe('a rate after a quantity in one sentence', () => {
  it('is the rate of that quantity (年均增长 of 地区生产总值), not a bare 年均增长', () => {
    expect(rows('城镇居民人均可支配收入达到5万元，年均增长6%。')).toEqual([
      ['城镇居民人均可支配收入', '=', 50000, '元', null],
      ['城镇居民人均可支配收入年均增长', '=', 6, '%', null],
    ]);
    expect(rows('举办活动100场。年均增长6%。')).toContainEqual(['年均增长', '=', 6, '%', null]);
  });
});
