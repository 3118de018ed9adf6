// The act reading with its actor (acts.ts readActs given options.ts ACTOR_CLASSES: who does each act — a government, a
// department, the regulated unit, a person, everyone; session 59 helper grading2, issue 13) and the supervision grading it
// supports (the clause-part pass's `actorSupervision`, options.ts ACTOR_SUPERVISION_MEASURED / CLAUSE_PARTS_READ59S): the
// actor on hand-written clauses of the general forms (the subject before the modal, a coverb after it, a lead's items, a
// state opener, a sanction article, 任何单位和个人), and the rule on the development pair the act reading named:
// 北京市安全生产条例 第四十五条 (the departments 建立健全重大危险源备案制度, 加强…监督管理) against 安全生产法 第四十条 (the
// production unit's own acts: 登记建档, 制定应急预案, 告知…应急措施, 报…备案): the law's duty on the unit carried only as the
// departments' supervision of it; the gold grades it weak.
import { describe, expect, it } from 'vitest';
import { actorOf, readActs, supervisionOnly } from '../../../ingest/link/acts.js';
import { ACT_READING, ACTOR_CLASSES, ACTOR_SUPERVISION_MEASURED, CLAUSE_PARTS_READ58, CLAUSE_PARTS_READ59S } from '../../../ingest/link/options.js';
import { article, real } from './real-article.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { ingestLinks, replayLinks } from './ingest-replay.js';
import type { Snapshot } from '../../../graph-schema/index.js';

const who = (t: string) => readActs(t, ACT_READING, ACTOR_CLASSES).map((a) => `${a.actor} ${a.cls}`);

describe('the actor of an act', () => {
  it('the subject before the modal, classed by its last head noun; a coverb after the head ends it', () => {
    expect(actorOf('县级以上地方人民政府应急管理部门', ACTOR_CLASSES)).toBe('department');
    expect(actorOf('县级以上人民政府', ACTOR_CLASSES)).toBe('government');
    expect(actorOf('生产经营单位对重大危险源', ACTOR_CLASSES)).toBe('unit');
    expect(actorOf('生产经营单位的主要负责人', ACTOR_CLASSES)).toBe('person');
    expect(actorOf('企业所在地的县级人民政府', ACTOR_CLASSES)).toBe('government');
    expect(actorOf('对违反本条例的行为，任何单位和个人', ACTOR_CLASSES)).toBe('everyone');
    expect(actorOf('在紧急情况下', ACTOR_CLASSES)).toBe('');
  });
  it('each act carries its sentence’s actor; a lead’s items its lead’s; a state opener the government; a sanction the department', () => {
    expect(who('第十条 县级以上人民政府应当制定规划。生产经营单位应当建立安全生产责任制。')).toEqual(['government formulate', 'unit establish']);
    expect(who('第十一条 用人单位应当履行下列义务：\n（一）建立健全管理制度；\n（二）制定操作规程。')).toEqual(['unit establish', 'unit formulate']);
    expect(who('第五条 国家建立统计制度。')).toEqual(['government establish']);
    expect(who('第八十条 生产经营单位违反本法规定，未取得许可证的，由应急管理部门责令改正，处十万元以下的罚款。')).toEqual(['unit hold', 'department sanction', 'department sanction']);
  });
  it('without the actor classes the act reading is session 59 helper act’s, with no actor field', () => {
    expect(readActs('第十条 县级以上人民政府应当制定规划。', ACT_READING)[0]).not.toHaveProperty('actor');
  });
});

const LAW = 'safety/corpus/安全生产法(2021-06-10).md';
const BEIJING = 'safety/corpus/北京市安全生产条例(2022-05-25).md';

describe('the supervision grading on a development pair', () => {
  it('安全生产法 第四十条 reads the unit’s acts; 北京 第四十五条 carries none of them and reads the departments’ supervision', () => {
    const [h, l] = [article(LAW, '第四十条'), article(BEIJING, '第四十五条')];
    expect(new Set(readActs(h, ACT_READING, ACTOR_CLASSES).map((a) => a.actor))).toEqual(new Set(['unit']));
    expect(readActs(l, ACT_READING, ACTOR_CLASSES).some((a) => a.actor === 'department' && a.cls === 'supervise')).toBe(true);
    expect(supervisionOnly(h, l, ACTOR_SUPERVISION_MEASURED)).toBe(true);
    // The lower restating the unit's acts is no supervision only; nor a department's supervision of a department's duty.
    expect(supervisionOnly(h, '第三十条 生产经营单位对重大危险源应当登记建档，制定应急预案，并报应急管理部门备案。', ACTOR_SUPERVISION_MEASURED)).toBe(false);
    expect(supervisionOnly('第九条 县级以上人民政府应当制定规划，组织实施。', '第十条 应急管理部门应当对规划的实施进行监督检查。', ACTOR_SUPERVISION_MEASURED)).toBe(false);
  });
  it('北京 第四十五条 → 第四十条 is partial with the rule, implements without; coverage replays each as ingested', async () => {
    const lexicon = loadLexicon();
    const inputs = [real(LAW), real(BEIJING)];
    const on = (await runIngest({ inputs, lexicon, link: { clauseParts: CLAUSE_PARTS_READ59S } })).snapshot;
    const off = (await runIngest({ inputs, lexicon, link: { clauseParts: CLAUSE_PARTS_READ58 } })).snapshot;
    const link = (s: Snapshot) => ingestLinks(s).filter((l) => /第四十五条 > .*第四十条 /.test(l));
    expect(link(off)).toHaveLength(1);
    expect(link(off)[0]).toMatch(/ implements /);
    expect(link(on)[0]).toMatch(/ partial /);
    expect(JSON.parse(JSON.stringify(on.attributes.linkSelection!.rules)).clauseParts.actorSupervision.n).toBe(ACTOR_SUPERVISION_MEASURED.n);
    expect(JSON.parse(JSON.stringify(off.attributes.linkSelection!.rules)).clauseParts.actorSupervision).toBeUndefined();
    expect(replayLinks(on)).toEqual(ingestLinks(on));
    expect(replayLinks(off)).toEqual(ingestLinks(off));
  }, 400_000);
});

describe('the default', () => {
  it('is session 58’s pass with the supervision grading (dev verdicts +3, none down, links unchanged; held out identical)', async () => {
    const { DEFAULT_LINK_OPTIONS } = await import('../../../ingest/link/options.js');
    expect(DEFAULT_LINK_OPTIONS.clauseParts).toBe(CLAUSE_PARTS_READ59S);
    expect({ ...CLAUSE_PARTS_READ59S, actorSupervision: undefined }).toEqual({ ...CLAUSE_PARTS_READ58, actorSupervision: undefined });
  });
});
