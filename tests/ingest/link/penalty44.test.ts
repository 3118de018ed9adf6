// Session 44 (helper penalty): options.penaltyConduct. A provincial penalty article that sanctions one conduct of a
// law's list (有下列行为之一的：（一）…（二）…) in its own words, with its own sanction, restates that penalty article: the
// reader finds the conduct (占用疏散通道、安全出口) in both, though the fines differ. The formulas every penalty article
// of the law shares (违反本法规定, 责令改正, 罚款) do not count as conduct.
import { describe, expect, it } from 'vitest';
import { bigramCounts, conductClauses, conductShare } from '../../../ingest/link/conduct.js';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS, linkOptions, PENALTY_CONDUCT_ACT, PENALTY_CONDUCT_MEASURED, type LinkOptions } from '../../../ingest/link/options.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { graphFromSnapshot } from '../../../coverage/graph.js';
import { replayedLinks } from '../../../coverage/replay.js';
import type { Snapshot } from '../../../graph-schema/index.js';
import { regulationUnit } from './units.js';

const penalty = (id: string, doc: number, text: string) => ({ ...regulationUnit(id, doc, text), group: 'penalty' });
const lawList = '第六十条 单位违反本法规定，有下列行为之一的，责令改正，处五千元以上五万元以下罚款：\n（一）损坏、挪用或者擅自拆除消防设施、器材的；\n（二）占用、堵塞、封闭疏散通道、安全出口的；\n（三）埋压、圈占、遮挡消火栓的。';
const lawOther = '第五十八条 违反本法规定，有下列行为之一的，由住房和城乡建设主管部门责令停止使用，并处三万元以上三十万元以下罚款：\n（一）依法应当进行消防验收的建设工程，未经消防验收擅自投入使用的；\n（二）公众聚集场所未经消防安全检查擅自投入使用、营业的。';
const lawThird = '第六十四条 违反本法规定，有下列行为之一的，处十日以上十五日以下拘留，可以并处五百元以下罚款：\n（一）指使或者强令他人违反消防安全规定，冒险作业的；\n（二）谎报火警的。';
const provincial = '第四十九条 违反本办法规定，在建筑物的疏散通道、安全出口停放电动自行车的，由消防救援机构责令改正，对单位处一千元以上五千元以下罚款。';
const units = [penalty('law#第六十条', 0, lawList), penalty('law#第五十八条', 0, lawOther), penalty('law#第六十四条', 0, lawThird), penalty('prov#第四十九条', 1, provincial)];
const n = 3;
const df = bigramCounts([lawList, lawOther, lawThird]);
const share = (higher: string) => conductShare(provincial, higher, (b) => df.get(b) ?? 0, n, PENALTY_CONDUCT_MEASURED);

describe('the conduct a penalty article sanctions (session 44, options.penaltyConduct)', () => {
  it('reads the conduct clause before the sanction, and each listed item, not the list’s lead', () => {
    expect(conductClauses(provincial)).toEqual(['，在建筑物的疏散通道、安全出口停放电动自行车的']);
    expect(conductClauses('第五十条 违反本办法第二十三条第二款规定，擅自停用消防设施的，责令改正。')).toEqual(['，擅自停用消防设施的']);
    expect(conductClauses(lawList)).toEqual(['损坏、挪用或者擅自拆除消防设施、器材的', '占用、堵塞、封闭疏散通道、安全出口的', '埋压、圈占、遮挡消火栓的']);
  });
  it('the provincial conduct carries the law item it restates, not the other lists', () => {
    expect(share(lawList)).toBeGreaterThanOrEqual(PENALTY_CONDUCT_MEASURED.min);
    expect(share(lawOther)).toBe(0);
    expect(share(lawThird)).toBe(0);
  });
  it('the formulas every penalty article shares (违反本法规定, 罚款) are no conduct', () => {
    const formula = '第五十条 违反本办法规定的，责令改正，处罚款。';
    expect(conductShare(formula, lawList, (b) => df.get(b) ?? 0, n, PENALTY_CONDUCT_MEASURED)).toBe(0);
  });
  it('with the knob on, the law article whose item the provincial one restates is linked, partial, under the threshold; no other', () => {
    // A threshold no pair reaches: the selection keeps nothing, so what is linked is the rule's.
    const linked = (on: boolean) =>
      linkMeasures(units, (l, h) => l === 1 && h === 0, [], linkOptions({ topKPerClause: null, paragraphBest: null, procedureStages: null, clearBest: null, partialFloor: null, neighbourBest: null, dutyListItems: null, paragraphPair: null, penaltyConduct: on ? { ...PENALTY_CONDUCT_MEASURED, floor: 0 } : null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.99, partial: 0.98 }, relative: 0.8, topK: 1, pairIdf: true } } }))
        .filter((l) => l.lower === 'prov#第四十九条')
        .map((l) => `${l.higher} ${l.verdict}`);
    expect(linked(false)).toEqual([]);
    expect(linked(true)).toEqual(['law#第六十条 partial']);
  });
  it('a formula reference alone (违反本法第十六条规定的) is no shared conduct', () => {
    const general = '第六十七条 单位违反本法第十六条、第十七条、第二十一条第二款规定的，责令限期改正；逾期不改正的，依法给予处分。';
    const lower = '第四十七条 违反本办法第二十三条第二款规定，人员密集场所未设置疏散示意图的，责令限期改正；逾期不改正的，处罚款。';
    expect(conductShare(lower, general, () => 1, 10, PENALTY_CONDUCT_MEASURED)).toBe(0);
  });
});

// On: the statistics family (山东 统计管理条例 第十七条 restates the sanctions of 统计法 第三十七条 and 第四十一条 for
// 打击报复 and 拒绝、阻碍统计检查). The links the rule adds are partial, marked penaltyConduct, and coverage's replay under
// other thresholds keeps them as ingesting again would.
describe('penaltyConduct on the statistics family', () => {
  const ingestLinks = (s: Snapshot) =>
    s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [`${e.source} > ${e.target} ${e.attributes.verdict} ${e.attributes.score}`] : [])).sort();
  const withThresholds = (t: { implements: number; partial: number }): Partial<LinkOptions> => ({
    thresholds: t,
    genres: Object.fromEntries(Object.entries(DEFAULT_LINK_OPTIONS.genres).map(([g, p]) => [g, { ...p, thresholds: t }])),
  });
  it('is on by default, adds partial links under the threshold, and the replay keeps them', async () => {
    // Since session 59 the default reads the act (PENALTY_CONDUCT_ACT: session 44's setting, the sanction's size parts and
    // a shared place not counted; since session 59, helper precision3, the actor phrase blanked too: PENALTY_CONDUCT_ACTOR);
    // the statistics links below are the same under both.
    expect({ ...DEFAULT_LINK_OPTIONS.penaltyConduct, notConduct: undefined }).toEqual({ ...PENALTY_CONDUCT_ACT, notConduct: undefined });
    expect({ ...PENALTY_CONDUCT_ACT, notConduct: undefined, place: undefined }).toEqual({ ...PENALTY_CONDUCT_MEASURED, notConduct: undefined, place: undefined });
    const corpus = 'tests/real/statistics/corpus';
    const base = (await runIngest({ inputs: [corpus] })).snapshot;
    const marked = base.edges.filter((e) => e.attributes.type === 'IMPLEMENTS' && e.attributes.penaltyConduct);
    const added = marked.filter((e) => e.attributes.type === 'IMPLEMENTS' && e.attributes.score < (DEFAULT_LINK_OPTIONS.genres.regulation?.thresholds?.partial ?? 0));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((e) => e.attributes.type === 'IMPLEMENTS' && e.attributes.verdict === 'partial')).toBe(true);
    expect(added.map((e) => `${e.source.split(/[#/]/).pop()} > ${e.target.split(/[#/]/).pop()}`)).toContain('第十七条 > 第四十一条');
    const off = (await runIngest({ inputs: [corpus], link: { penaltyConduct: null } })).snapshot;
    expect(ingestLinks(off).length).toBeLessThan(ingestLinks(base).length);
    const t = { implements: 0.2, partial: 0.16 };
    const expected = ingestLinks((await runIngest({ inputs: [corpus], link: withThresholds(t) })).snapshot);
    const r = replayedLinks(graphFromSnapshot(base), t)!;
    const replayed = [...r.into].flatMap(([higher, ls]) => ls.map((l) => `${l.source} > ${higher} ${l.verdict} ${l.score}`)).sort();
    for (const e of added) expect(replayed.some((l) => l.startsWith(`${e.source} > ${e.target} partial`))).toBe(true);
    // Re-ingesting under t links them too; the replay adds nothing ingest would not (the neighbour rule, not replayed, may
    // add a link the replay lacks: coverage/replay.ts).
    for (const e of added) expect(expected.some((l) => l.startsWith(`${e.source} > ${e.target} partial`))).toBe(true);
    expect(r.inexact).toBe(0);
    expect(replayed.filter((l) => !expected.includes(l))).toEqual([]);
  }, 240_000);
});
