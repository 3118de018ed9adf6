// options.mainParts.minority and .counterparts (session 43, helper verdict). The link gold's weak links are mostly the
// higher main provision carried only in part by the same actor: one duty of several, one item of a list
// (tests/gold/README.md "Strong vs weak" and the session-41 reading). The reader cuts the main provision's object at its
// coordinators (、 和 及 以及 或者) and takes its list items as parts, beside its distinct duty verbs, and counts the parts a
// lower article carries; a link whose lower article carries a clear minority of at least `parts` parts is partial. The
// actor-counterpart lexicon (ingest/lexicon/actor-counterparts.txt) lets a lower article name the actor otherwise
// (共青团 for 共产主义青年团, 主管部门 for 行政部门). Texts written for this test in the drafting of the 献血 family.
import { describe, expect, it } from 'vitest';
import { linkedWith, unitsOf, verdictTo } from './main-parts-harness.js';
import { ACTOR_COUNTERPARTS, MAIN_PARTS_MINORITY, MAIN_PARTS_RULE } from '../../../ingest/link/options.js';
import { mainParts, partsCarried } from '../../../ingest/link/parts.js';

const flat = () => 1;
const LAW = '第十条 县级以上人民政府卫生行政部门应当组织献血宣传、监督采血质量、核定血站设置、审查用血计划和公布献血情况。';

describe('the main provision read as a list of parts', () => {
  it('cuts the first duty’s object at its coordinators (、 和)', () => {
    const p = mainParts(LAW, MAIN_PARTS_RULE);
    expect(p.objectParts.length).toBe(5);
    expect(p.duties).toEqual(['组织']);
  });
  it('takes the list items of the main provision as parts', () => {
    const p = mainParts('第十一条 血站应当履行下列职责：（一）采集血液；（二）检测血液；（三）供应临床用血。', MAIN_PARTS_RULE);
    expect(p.objectParts.length).toBe(4);
  });
  it('counts the parts a lower article carries', () => {
    const p = mainParts(LAW, MAIN_PARTS_RULE);
    const one = partsCarried('第九条 市卫生行政部门应当审查医疗机构的用血计划。', p, flat);
    expect([one.partsCarried, one.partsCount]).toEqual([1, 6]);
    const all = partsCarried('第八条 市卫生行政部门应当组织献血宣传，监督采血质量，核定血站设置，审查用血计划，公布献血情况。', p, flat);
    expect(all.partsCarried).toBe(6);
  });
});

describe('the actor-counterpart lexicon', () => {
  it('counts a short form of the actor as the actor (共青团 ↔ 共产主义青年团)', () => {
    const p = mainParts('第五条 共产主义青年团应当组织青年参加志愿服务。', MAIN_PARTS_RULE);
    const lower = '第六条 共青团组织应当组织青年参加志愿服务活动。';
    expect(partsCarried(lower, p, flat).actor).toBe(false);
    expect(partsCarried(lower, p, flat, undefined, ACTOR_COUNTERPARTS).actor).toBe(true);
  });
  it('counts the newer drafting name of a department (行政部门 ↔ 主管部门)', () => {
    const p = mainParts('第四条 县级以上人民政府卫生行政部门负责本行政区域的献血工作。', MAIN_PARTS_RULE);
    const lower = '第五条 市卫生健康主管部门负责本市献血工作。';
    expect(partsCarried(lower, p, flat).actor).toBe(false);
    expect(partsCarried(lower, p, flat, undefined, ACTOR_COUNTERPARTS).actor).toBe(true);
  });
});

describe('options.mainParts.minority in the linker', () => {
  const units = unitsOf([
    ['law#第十条', 0, LAW],
    ['prov#第八条', 1, '第八条 市卫生行政部门应当组织献血宣传，监督采血质量，核定血站设置，审查用血计划，公布献血情况。'],
    ['prov#第二十条', 1, '第二十条 本办法自发布之日起施行。'],
    ['city#第九条', 2, '第九条 市卫生行政部门应当审查医疗机构的用血计划。'],
    ['city#第二十条', 2, '第二十条 本条例自公布之日起施行。'],
  ]);
  const linked = (on: boolean) => linkedWith(units, on ? MAIN_PARTS_MINORITY : null);
  const verdict = verdictTo;
  it('makes partial the link carrying one part of six, and keeps the whole restatement strong', () => {
    expect(verdict(linked(false), 'city#第九条')).toBe('implements');
    const on = linked(true);
    expect(verdict(on, 'city#第九条')).toBe('partial');
    expect(verdict(on, 'prov#第八条')).toBe('implements');
  });
});
