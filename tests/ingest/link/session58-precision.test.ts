// Session 58 (helper precision, issue 13): an officials' liability article — no administrative penalty of its own, a
// discipline (处分) of a government's or a department's heads or staff — never meets a law penalty article that sanctions
// units and disciplines no one (options.penaltyDuty.discipline, ingest/link/penalty-duty.ts disciplineMeets), on the real
// texts of the water family (tests/real/water: 山东省水污染防治条例's 第七十二至七十四条, the governments' and departments'
// failures, against 水污染防治法's sanctions of the polluters). Measured (dev link sets, held-out totals):
// docs/history/links.md, session 58, helper precision.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../ingest/pipeline.js';
import { disciplineMeets } from '../../../ingest/link/penalty-duty.js';
import { DEFAULT_LINK_OPTIONS, PENALTY_CONDUCT_MEASURED, PENALTY_DUTY_DISCIPLINE, PENALTY_DUTY_MEASURED, type LinkOptions } from '../../../ingest/link/options.js';
import type { Snapshot } from '../../../graph-schema/index.js';
import { articleText as article } from './real-article.js';

const real = (path: string) => fileURLToPath(new URL(`../../real/${path}`, import.meta.url));
const LAW = real('water/corpus/水污染防治法(2017-06-27).md');
const SD = real('water/corpus/山东省水污染防治条例(2020-11-27).md');
const d = PENALTY_DUTY_DISCIPLINE.discipline!;
const meets = (lower: string, higher: string) => disciplineMeets(lower, higher, new RegExp(PENALTY_DUTY_DISCIPLINE.sanction), new RegExp(d.form), new RegExp(d.bodies));
// penaltyConduct as session 58 measured it (session 59's PENALTY_CONDUCT_ACT no longer reads 第七十二条's officials' item
// 发生重大或者特大水污染事故 as conduct, so without the discipline rule 第七十二条 → 第九十四条 is no longer kept by it either).
const ingest = (penaltyDuty: LinkOptions['penaltyDuty']) => runIngest({ inputs: [LAW, SD], link: { penaltyDuty, penaltyConduct: PENALTY_CONDUCT_MEASURED } });
/** IMPLEMENTS edges as `lower article > higher article` (article numbers only; 山东 → 法). */
const links = (s: Snapshot) => s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' && e.source.includes('山东') ? [`${e.source.split('/').pop()} > ${e.target.split('/').pop()}`] : []));

describe('penaltyDuty.discipline: the officials\' liability never meets the units\' sanctions (session 58)', () => {
  it('is on by default, as measured', () => {
    // (Session 59 adds `actor`, the act read apart from the actor phrase: the discipline fields are unchanged.)
    expect({ ...DEFAULT_LINK_OPTIONS.penaltyDuty, actor: undefined, daily: undefined, notConduct: undefined, bothNamed: undefined, ranges: undefined }).toEqual({ ...PENALTY_DUTY_DISCIPLINE, actor: undefined, daily: undefined, notConduct: undefined });
    expect(PENALTY_DUTY_DISCIPLINE.discipline).toEqual({ form: '处分', bodies: '人民政府|部门|工作人员' });
  });

  it('reads 山东 第七十三条 (the departments\' heads: 总量控制指标) against 法 第八十三条 (the polluters\' fines) as no meeting, and 第七十四条 against 第八十条 (the officials\' discipline, gold weak) as one', () => {
    expect(meets(article(SD, '第七十三条'), article(LAW, '第八十三条'))).toBe(false);
    expect(meets(article(SD, '第七十二条'), article(LAW, '第九十四条'))).toBe(false);
    expect(meets(article(SD, '第七十四条'), article(LAW, '第八十条'))).toBe(true);
    // A sanction article of the province (a fine of its own) is not read by this rule.
    expect(meets(article(SD, '第八十二条'), article(LAW, '第九十三条'))).toBe(true);
    // A unit's failure disciplined through its managers names no government body: not read.
    expect(meets('政府设立的科学技术研究开发机构、高等学校违反本条例，未对完成和转化职务科技成果做出重要贡献的科技人员给予奖励和报酬的，由主管机关责令限期改正；逾期未改正的，对直接负责的主管人员和其他直接责任人员依法给予处分。', article(LAW, '第八十三条'))).toBe(true);
  });

  it('drops 山东 第七十三条 → 第八十三条 and 第七十二条 → 第九十四条 (false links) and keeps 第七十四条 → 第八十条 (gold weak)', { timeout: 300_000 }, async () => {
    const [before, after] = [links((await ingest(PENALTY_DUTY_MEASURED)).snapshot), links((await ingest(PENALTY_DUTY_DISCIPLINE)).snapshot)];
    for (const l of ['第七十三条 > 第八十三条', '第七十二条 > 第九十四条', '第七十四条 > 第八十三条']) {
      expect(before).toContain(l);
      expect(after).not.toContain(l);
    }
    for (const l of [before, after]) expect(l).toContain('第七十四条 > 第八十条');
  });
});
