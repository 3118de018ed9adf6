// Extraction on plans and notices of other regions as their portals print them (session 31, read on 12 real pages of
// county, city, provincial and 团中央 portals, not kept in the repository): a 函 among the documents a plan cites, and
// targets whose counted thing follows the number. The texts below are written for these tests in the shapes such
// pages take.
import { describe, expect, it } from 'vitest';
import { extracted } from '../helpers.js';

describe('documents a plan cites', () => {
  it('cites a 函 among the documents a plan is based on', () => {
    const { citations } = extracted('page.txt', '某某区雨水管网改造实施方案\n根据《某某市住房和城乡建设委员会关于开展2024年本市排水设施建设工作的函》《某某市排水条例》等要求，制定本方案。\n一、工作目标\n（一）完善管网。\n');
    expect(citations.map((c) => c.title)).toEqual(expect.arrayContaining(['某某市住房和城乡建设委员会关于开展2024年本市排水设施建设工作的函', '某某市排水条例']));
  });
});

describe('a target whose counted thing follows the number', () => {
  it('reads the thing after the unit when the words before it name only a place', () => {
    const { targets } = extracted('page.txt', '某某区海绵城市建设实施方案\n一、工作目标\n某某区到2026年底，40平方公里以上建成区面积达到海绵城市建设要求；到2030年底，70平方公里以上建成区面积达到要求。\n');
    expect(targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.year])).toEqual([
      ['建成区面积', '>=', 40, '平方公里', 2026],
      ['建成区面积', '>=', 70, '平方公里', 2030],
    ]);
  });

  it('reads it after a batch word (首批) and after a list of districts', () => {
    const { targets } = extracted('page.txt', '某某市社区服务设施建设方案\n一、主要目标\n到2026年底前，全市首批80个社区服务设施示范社区全面建成。到2028年底前，确保甲区、乙区、丙区60%的城市社区建成综合服务中心。\n');
    expect(targets.map((t) => [t.metric, t.value, t.unit, t.year])).toEqual([
      ['社区服务设施示范社区', 80, '个', 2026],
      ['城市社区', 60, '%', 2028],
    ]);
  });

  it('keeps the words before the number when they name what is counted', () => {
    const { targets } = extracted('page.txt', '某某市体育设施建设方案\n一、主要目标\n到2026年，新建社区健身中心30个，公共体育场地面积达到300平方公里。\n');
    expect(targets.map((t) => t.metric)).toEqual(['社区健身中心', '公共体育场地面积']);
  });
});

describe('numbers that are no targets (second batch, session 31)', () => {
  it('passes over the headings of an emergency plan a page ran together on one line', () => {
    const { targets } = extracted('page.txt', '某某局地震应急预案\n一、应急响应\n4.2.1震后2小时内4.2.2震后6小时内4.2.3震后24小时内4.2.4应急结束\n（一）到2025年，建成应急避难场所20个以上。\n');
    expect(targets.map((t) => `${t.value}${t.unit}`)).toEqual(['20个']);
  });

  it('passes over what an earlier plan set or a period achieved (确定了, 确立了)', () => {
    const { targets } = extracted('page.txt', '某某市儿童发展规划\n一、发展基础\n《某某市儿童发展规划（2016—2020年）》确定了6大领域的60项主要目标，确立了10项重点项目。\n二、主要目标\n（一）到2025年，儿童健康档案建档率达到95%以上。\n');
    expect(targets.map((t) => `${t.value}${t.unit}`)).toEqual(['95%']);
  });
});
