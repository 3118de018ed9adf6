// Who must act, named in a note at the end of a plan's measure (session 28): what a planner checks is that each
// measure lists the bodies its note names — lead and support alike, in the order written — and nothing from a
// bracket that is not such a note, nor from a law's brackets.
import { describe, expect, it } from 'vitest';
import { responsibleBodies } from '../../../ingest/structure/responsibility.js';
import { structured } from '../helpers.js';

describe('a measure note naming who must act', () => {
  it('reads labelled lists (牵头单位：…；配合单位：…), either bracket and colon width', () => {
    expect(responsibleBodies('推进政务服务事项全程网办。（牵头单位：市政务服务数据管理局；配合单位：市发展改革委、市财政局）')).toEqual([
      '市政务服务数据管理局',
      '市发展改革委',
      '市财政局',
    ]);
    expect(responsibleBodies('抓好乙烯改扩建项目。(牵头单位:市发改委;配合单位:市经贸委、国土房管局、规划局)')).toEqual(['市发改委', '市经贸委', '国土房管局', '规划局']);
    expect(responsibleBodies('制定不予处罚清单。（责任单位：市司法局，各区县人民政府）')).toEqual(['市司法局', '各区县人民政府']);
  });

  it('reads verb forms (A牵头，B按职责分工负责), bodies joined by 及 apart', () => {
    expect(responsibleBodies('压缩企业开办时间。（市市场监管局牵头，市税务局、市人力资源社会保障局按职责分工负责）')).toEqual([
      '市市场监管局',
      '市税务局',
      '市人力资源社会保障局',
    ]);
    expect(responsibleBodies('动态调整清单。（市政府办公室、市行政审批制度改革工作领导小组办公室牵头，市级各有关部门及各县市区政府按职责分工负责）')).toEqual([
      '市政府办公室',
      '市行政审批制度改革工作领导小组办公室',
      '市级各有关部门',
      '各县市区政府',
    ]);
    expect(responsibleBodies('完善评价制度。（市教育局负责）')).toEqual(['市教育局']);
  });

  it('takes nothing from brackets that are not such notes', () => {
    for (const t of [
      '组织实施“三支一扶”（支教、支农、支医和扶贫）等项目。',
      '加强宣传工作（以下简称宣传部门）。',
      '完成全员培训（2024年底前）。',
      '落实责任（各地要明确专人负责此项工作，并于每月报送进展）。',
      '（牵头领导：市政府分管副市长）',
    ]) expect(responsibleBodies(t), t).toEqual([]);
  });

  it("gives a plan's measures their addressees and leaves a law's articles alone", () => {
    const plan = structured(
      'plan.txt',
      '宝鸡市2024年优化营商环境工作要点\n一、提升政务服务效能\n（一）深化“一网通办”改革。推进政务服务事项全程网办。（牵头单位：市政务服务数据管理局；配合单位：市财政局）\n（二）压缩企业开办时间。（市市场监管局牵头，市税务局按职责分工负责）\n',
    );
    expect(plan.units.find((u) => u.path === '一/（一）')?.assigned).toEqual(['市政务服务数据管理局', '市财政局']);
    expect(plan.units.find((u) => u.path === '一/（二）')?.assigned).toEqual(['市市场监管局', '市税务局']);
    expect(plan.units.find((u) => u.path === '一')?.assigned).toBeUndefined();
    const law = structured('law.txt', '某某省某某条例\n第一条　为了规范管理，制定本条例。\n第二条　县级以上人民政府应当加强管理（市教育局负责）。\n');
    expect(law.units.find((u) => u.path === '第二条')?.assigned).toBeUndefined();
  });
});
