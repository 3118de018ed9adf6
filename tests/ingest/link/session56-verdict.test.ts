// The clause-part reader's session-56 readings (ingest/link/clause-parts.ts ClauseReading's optional fields, options.ts
// CLAUSE_READING_56; session 56 helper verdict, issue 13), on real articles of the dev families, each a misreading session
// 55 recorded: 国家机关 taken for the state opener 国家 (国防教育法 第二十五条), the adverb 书面 read as the duty verb (消防法
// 第五十五条) and the other manner adverbs before a verb (定期 / 立即 / 充分), a manner clause 根据… read as a duty (国防教育法
// 第十八条), a modal inside an actor (负有安全生产监督管理职责的部门 read with 监督管理 as its modal), a 从事…等活动的单位 cut
// into its examples (动物防疫法 第三十一条), a count of persons after 由 read as the actor (城市居民委员会组织法 第八条).
// Session 55's reading (CLAUSE_READING) reads each of these as before: a snapshot recording it replays as it did.
import { describe, expect, it } from 'vitest';
import { clauseParts, partsNamed } from '../../../ingest/link/clause-parts.js';
import { CLAUSE_PARTS_MEASURED, CLAUSE_PARTS_READ, CLAUSE_PARTS_READ56, CLAUSE_READING, CLAUSE_READING_56, DEFAULT_LINK_OPTIONS, PROVISION_FLOOR_MEASURED, PROVISION_FLOOR_READ56 } from '../../../ingest/link/options.js';
import { provisionNamed } from '../../../ingest/link/provision-floor.js';
import { article, real } from './real-article.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { ingestLinks, replayLinks } from './ingest-replay.js';
import type { Snapshot } from '../../../graph-schema/index.js';

const DEFENCE = 'corpus/国防教育法(2018-04-27).md';
const FIRE = 'fire/corpus/消防法(2021-04-29).md';
const SAFETY = 'safety/corpus/安全生产法(2021-06-10).md';
const ANIMAL = 'animal/corpus/动物防疫法(2021-01-22).md';
const RESIDENTS = 'residents/corpus/城市居民委员会组织法(2018-12-29).md';
const LIBRARY = 'library/corpus/公共图书馆法(2018-10-26).md';
const P = CLAUSE_PARTS_READ.parts;
const read = (path: string, label: string) => clauseParts(article(path, label), P, CLAUSE_READING_56);
const before = (path: string, label: string) => clauseParts(article(path, label), P, CLAUSE_READING);
const duties = (p: ReturnType<typeof clauseParts>) => p.duties.map((d) => `${d.verb}+${d.head}`);

describe('国家机关 is no state opener', () => {
  it('国防教育法 第二十五条 (国家机关、事业单位…所需的经费，在…列支) reads no duty 机关+经费 / 企业+经费', () => {
    expect(duties(before(DEFENCE, '第二十五条'))).toEqual(['机关+经费', '企业+经费']);
    expect(duties(read(DEFENCE, '第二十五条'))).toEqual([]);
  });
  it('国家 itself still opens the state’s duties (国家建立…)', () => {
    expect(duties(clauseParts('第一条 国家建立健全志愿服务激励制度。', P, CLAUSE_READING_56))).toEqual(['建立+制度']);
  });
});

describe('a manner adverb or clause before the duty verb', () => {
  it('消防法 第五十五条: 应急管理部门书面报告本级人民政府 is the duty 报告, not 书面', () => {
    expect(duties(before(FIRE, '第五十五条'))).toEqual(['书面+政府']);
    expect(read(FIRE, '第五十五条')).toEqual({ actors: ['应急管理部门'], duties: [expect.objectContaining({ verb: '报告', head: '政府' })] });
  });
  it('安全生产法 第八十一条 定期组织演练, 公共图书馆法 第二十八条 妥善保存: the verb after the adverb', () => {
    expect(duties(read(SAFETY, '第八十一条'))).toEqual(['制定+预案', '组织+演练']);
    expect(duties(before(SAFETY, '第八十一条'))).toContain('定期+演练');
    expect(duties(read(LIBRARY, '第二十八条'))).toContain('保存+信息');
  });
  it('国防教育法 第十八条: 应当根据各自的工作性质和特点，采取多种形式… has one duty, 采取…教育, and its actor 国家机关', () => {
    expect(duties(before(DEFENCE, '第十八条'))).toEqual(['根据+特点', '采取+教育']);
    expect(read(DEFENCE, '第十八条')).toEqual({ actors: ['国家机关'], duties: [expect.objectContaining({ verb: '采取', head: '教育' })] });
  });
});

describe('an actor named by its duty or its trade is one actor', () => {
  it('安全生产法 第七十三条: 负有安全生产监督管理职责的部门 is the actor; its duty 建立…制度, not 监督管理', () => {
    expect(before(SAFETY, '第七十三条').actors[0]).toBe('负有安全生产');
    expect(duties(before(SAFETY, '第七十三条'))[0]).toBe('监督管理+制度');
    const p = read(SAFETY, '第七十三条');
    expect(p.actors[0]).toBe('负有安全生产监督管理职责的部门');
    expect(duties(p)[0]).toBe('建立+制度');
  });
  it('安全生产法 第七十二条: 承担安全评价、认证、检测、检验职责的机构 is not cut at 、', () => {
    expect(before(SAFETY, '第七十二条').actors).toHaveLength(4);
    expect(read(SAFETY, '第七十二条').actors).toEqual(['承担安全评价、认证、检测、检验职责的机构']);
  });
  it('动物防疫法 第三十一条: 从事…等活动的单位和个人 are two actors, the examples not cut out; the duty 采取…措施 after 迅速', () => {
    const p = read(ANIMAL, '第三十一条');
    expect(p.actors).toHaveLength(2);
    expect(p.actors[0]).toMatch(/^从事动物疫病监测.*等活动的单位$/);
    expect(p.actors[1]).toBe('个人');
    expect(before(ANIMAL, '第三十一条').actors).toContain('活动的单位');
    expect(duties(p)).toContain('采取+措施');
  });
});

describe('a count of persons after 由 is no actor', () => {
  it('城市居民委员会组织法 第八条: 由每个居民小组选举代表二至三人选举产生 names no actor 代表二至三人', () => {
    expect(before(RESIDENTS, '第八条').actors).toContain('每个居民小组选举代表二至三人');
    expect(read(RESIDENTS, '第八条').actors).not.toContain('每个居民小组选举代表二至三人');
  });
});

describe('the readings are carried as data', () => {
  it('session 56’s reading is session 55’s with four more fields; session 55’s has none of them', () => {
    expect({ ...CLAUSE_READING_56, stateNot: undefined, beforeVerb: undefined, coverbs: undefined, unit: undefined, numberTail: undefined }).toEqual({
      ...CLAUSE_READING,
      stateNot: undefined,
      beforeVerb: undefined,
      coverbs: undefined,
      unit: undefined,
      numberTail: undefined,
    });
    expect(CLAUSE_READING).not.toHaveProperty('unit');
  });
  it('the default pass is session 54’s rule with session 56’s reading (dev identical, held out not down)', () => {
    // Session 57: the default reads with session 57's reading, which holds session 56's.
    expect(DEFAULT_LINK_OPTIONS.clauseParts?.reading).toMatchObject(CLAUSE_READING_56);
    expect({ ...CLAUSE_PARTS_READ56, reading: undefined }).toEqual({ ...CLAUSE_PARTS_MEASURED, reading: undefined });
  });
  it('provisionFloor reads with session 56’s reader when its reading carries it, with session 54’s as measured otherwise', () => {
    const law = article(DEFENCE, '第二十五条');
    const lower = '第一条 国家机关、事业单位、社会团体开展国防教育所需的经费，在本单位预算经费内列支。';
    expect(provisionNamed(lower, law, PROVISION_FLOOR_MEASURED.reading).duties).toBe(1);
    expect(provisionNamed(lower, law, PROVISION_FLOOR_READ56.reading).duties).toBe(0);
    const lex = { counterparts: CLAUSE_PARTS_READ.counterparts, heads: CLAUSE_PARTS_READ.heads };
    const safety = '第一条 负有安全生产监督管理职责的部门应当建立举报制度，公开举报电话。';
    expect(partsNamed(safety, read(SAFETY, '第七十三条'), lex).actors[0]).toBe(true);
  });
});

const SD = 'safety/corpus/山东省安全生产条例(2021-12-03).md';

describe('the safety pair (安全生产法 → 山东省安全生产条例) ingested with each reading, and replayed', () => {
  it('山东 第六十二条 → 法 第八十一条 (制定预案 | 定期组织演练) is partial with session 56’s reading, strong with session 55’s; each snapshot replays as it was ingested', async () => {
    const lexicon = loadLexicon();
    const inputs = [real(SAFETY), real(SD)];
    const now = (await runIngest({ inputs, lexicon })).snapshot;
    const then = (await runIngest({ inputs, lexicon, link: { clauseParts: CLAUSE_PARTS_READ } })).snapshot;
    expect(JSON.parse(JSON.stringify(now.attributes.linkSelection!.rules)).clauseParts.reading).toMatchObject(CLAUSE_READING_56);
    expect(JSON.parse(JSON.stringify(then.attributes.linkSelection!.rules)).clauseParts.reading).toEqual(CLAUSE_READING);
    const link = (s: Snapshot) => ingestLinks(s).find((l) => /第六十二条 > .*安全生产法.*第八十一条 /.test(l));
    expect(link(now)).toMatch(/ partial /);
    expect(link(then)).toMatch(/ implements /);
    expect(replayLinks(now)).toEqual(ingestLinks(now));
    expect(replayLinks(then)).toEqual(ingestLinks(then));
  }, 400_000);
});
