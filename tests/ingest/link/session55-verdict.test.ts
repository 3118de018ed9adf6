// The clause-part reader's three readings (ingest/link/clause-parts.ts ClauseReading, options.ts CLAUSE_READING; session
// 55 helper verdict, issue 13), on real articles of the dev families: a duty after ； with no modal of its own continued
// from the modal before it (乡村振兴促进法 第十九条: 各级人民政府应当发挥…；引导…；统筹…), a passive 应当由…作出 read with
// the actor after 由 (精神卫生法 第二十九条, 消防法 第五十五条), an actor list closed by 等 and a class noun read as the
// class (精神卫生法 第十八条: 监狱、看守所、拘留所、强制隔离戒毒所等场所). Without the reading (session 54's reader) each
// of these is read otherwise; the default pass carries the reading (CLAUSE_PARTS_READ).
import { describe, expect, it } from 'vitest';
import { clauseParts, partsNamed } from '../../../ingest/link/clause-parts.js';
import { CLAUSE_PARTS_MEASURED, CLAUSE_PARTS_READ, CLAUSE_READING, DEFAULT_LINK_OPTIONS } from '../../../ingest/link/options.js';
import { article, real } from './real-article.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { graphFromSnapshot } from '../../../coverage/graph.js';
import { replayedLinks } from '../../../coverage/replay.js';
import type { Snapshot } from '../../../graph-schema/index.js';

const RURAL = 'rural/corpus/乡村振兴促进法(2021-04-29).md';
const GD = 'rural/corpus/广东省乡村振兴促进条例(2022-06-01).md';
const MENTAL = 'mental/corpus/精神卫生法(2018-04-27).md';
const FIRE = 'fire/corpus/消防法(2021-04-29).md';
const P = CLAUSE_PARTS_READ;
const read = (path: string, label: string) => clauseParts(article(path, label), P.parts, CLAUSE_READING);
const before = (path: string, label: string) => clauseParts(article(path, label), P.parts);
const duties = (p: ReturnType<typeof clauseParts>) => p.duties.map((d) => `${d.verb}+${d.head}`);

describe('a duty after ； continues the modal before it', () => {
  it('乡村振兴促进法 第十九条: the governments’ duties 引导… and 统筹… / 加强… are read', () => {
    const d = duties(read(RURAL, '第十九条'));
    expect(d).toEqual(expect.arrayContaining(['发挥+优势', '引导+经营', '促进+融合', '统筹+建设', '加强+建设', '鼓励+认证']));
    expect(duties(before(RURAL, '第十九条'))).not.toContain('统筹+建设');
    expect(read(RURAL, '第十九条').actors).toEqual(['人民政府']);
  });
  it('第四十九条: 健全…；…强化…安全管理责任 read as the governments’ duty', () => {
    expect(duties(read(RURAL, '第四十九条'))).toContain('强化+责任');
    expect(duties(before(RURAL, '第四十九条'))).not.toContain('强化+责任');
  });
  it('广东 第十六条 (统筹…市场建设) names the continued duty 统筹…建设 of 第十九条', () => {
    const same = new Map<string, string>();
    for (const [f, ...r] of P.paraphrases) for (const w of r) same.set(w, f);
    const law19 = read(RURAL, '第十九条');
    const named = partsNamed(article(GD, '第十六条'), law19, { counterparts: P.counterparts, heads: P.heads, same: (w) => same.get(w) ?? w });
    expect(named.duties[duties(law19).indexOf('统筹+建设')]).toBe(true);
  });
  it('not a segment opening with a condition (…的，依法追究…) or an actor of its own', () => {
    const t = '第一条 县级以上人民政府应当加强监督检查；构成犯罪的，依法追究刑事责任。';
    expect(duties(clauseParts(t, P.parts, CLAUSE_READING))).toEqual(['加强+检查']);
    const u = '第一条 各级人民政府应当加强监督检查；生产经营单位依照本法，在各自的职责范围内做好相关工作。';
    expect(duties(clauseParts(u, P.parts, CLAUSE_READING))).toEqual(['加强+检查']);
  });
});

describe('a passive 应当由…作出 names its actor after 由', () => {
  it('精神卫生法 第二十九条: the psychiatrists make the diagnosis', () => {
    expect(read(MENTAL, '第二十九条')).toEqual({ actors: ['精神科执业医师'], duties: [expect.objectContaining({ verb: '作出', head: '诊断' })] });
    expect(before(MENTAL, '第二十九条').actors).toEqual(['精神障碍的诊断']);
  });
  it('消防法 第五十五条: 应急管理部门 reports, not the fire brigade that found the danger', () => {
    expect(read(FIRE, '第五十五条').actors).toEqual(['应急管理部门']);
    expect(before(FIRE, '第五十五条').actors).toEqual(['消防救援机构']);
  });
});

describe('an actor list closed by 等 and a class noun is the class', () => {
  it('精神卫生法 第十八条: 监狱、看守所、拘留所、强制隔离戒毒所等场所 is one actor, 场所', () => {
    expect(read(MENTAL, '第十八条').actors).toEqual(['场所']);
    expect(before(MENTAL, '第十八条').actors).toHaveLength(4);
  });
  it('another actor joined by 和 stays (动物防疫法 第十条 has two; 高等学校 is no 等 list)', () => {
    const t = '第十条 县级以上人民政府卫生健康主管部门和本级人民政府农业农村、野生动物保护等主管部门应当建立人畜共患传染病防治的协作机制。';
    expect(clauseParts(t, P.parts, CLAUSE_READING).actors).toEqual(['卫生健康主管部门', '主管部门']);
    expect(clauseParts('第一条 高等学校和高级中学应当开展国防教育。', P.parts, CLAUSE_READING).actors).toEqual(['高等学校', '高级中学']);
  });
});

describe('the default pass', () => {
  it('is session 54’s rule with the reading (on: the same dev links turned, held out not down)', () => {
    // Session 56: the default reads four more patterns (CLAUSE_PARTS_READ56, session56-verdict.test.ts) over this reading.
    expect(DEFAULT_LINK_OPTIONS.clauseParts?.reading).toMatchObject(CLAUSE_READING);
    expect({ ...CLAUSE_PARTS_READ, reading: undefined }).toEqual({ ...CLAUSE_PARTS_MEASURED, reading: undefined });
    expect(CLAUSE_PARTS_READ.reading).toBe(CLAUSE_READING);
  });
});

const ingestLinks = (s: Snapshot) =>
  s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [`${e.source} > ${e.target} ${e.attributes.verdict} ${e.attributes.score}`] : [])).sort();

describe('the reading recorded and replayed (乡村振兴促进法 and 广东省乡村振兴促进条例, defaults)', () => {
  it('the snapshot records the pass with its reading, and coverage’s threshold replay gives the snapshot’s links', async () => {
    const { snapshot } = await runIngest({ inputs: [real(RURAL), real(GD)], lexicon: loadLexicon() });
    const recorded = JSON.parse(JSON.stringify(snapshot.attributes.linkSelection!.rules)).clauseParts;
    expect(recorded.reading).toMatchObject(CLAUSE_READING);
    const th = snapshot.attributes.linkThresholds!;
    const t = { implements: (th.byGenre?.regulation ?? th).implements, partial: (th.byGenre?.regulation ?? th).partial };
    const replayed = [...replayedLinks(graphFromSnapshot(snapshot), t)!.into].flatMap(([higher, ls]) => ls.map((l) => `${l.source} > ${higher} ${l.verdict} ${l.score}`)).sort();
    expect(replayed).toEqual(ingestLinks(snapshot));
  }, 240_000);
});
