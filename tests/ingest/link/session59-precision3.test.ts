// Session 59 (helper precision3, issue 13): a penalty article's conduct is read apart from its actor phrase (从事…等活动的单位和
// 个人, 承担…职责的机构: who is sanctioned, not what they did): options.penaltyConduct blanks it (PENALTY_CONDUCT_ACTOR) and
// options.penaltyDuty reads a lower article that names its actor so by its act, also when it names no duty article
// (penalty-duty.ts `actor`, PENALTY_DUTY_ACTOR), on the real texts of the safety and animal families (tests/real/safety,
// tests/real/animal). Measured (dev link sets, held-out totals): docs/history/links.md, session 59, helper precision3.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../ingest/pipeline.js';
import { bigramCounts, conductClauses } from '../../../ingest/link/conduct.js';
import { penaltyDutyMeets } from '../../../ingest/link/penalty-duty.js';
import { CONDUCT_ACTOR_PHRASE, DEFAULT_LINK_OPTIONS, PENALTY_CONDUCT_ACT, PENALTY_CONDUCT_ACTOR, PENALTY_DUTY_ACTOR, PENALTY_DUTY_DISCIPLINE, type LinkOptions } from '../../../ingest/link/options.js';
import type { Snapshot } from '../../../graph-schema/index.js';
import { articleText as article } from './real-article.js';

const real = (path: string) => fileURLToPath(new URL(`../../real/${path}`, import.meta.url));
const LAW = real('safety/corpus/安全生产法(2021-06-10).md');
const SD = real('safety/corpus/山东省安全生产条例(2021-12-03).md');
const ANIMAL = real('animal/corpus/动物防疫法(2021-01-22).md');
const SD_ANIMAL = real('animal/corpus/山东省动物防疫条例(2021-12-03).md');
/** penaltyDutyMeets as implements.ts calls it, the higher document's penalty articles (its 法律责任 chapter) counted. */
function meets(lower: string, higher: string, lawPath: string, s: NonNullable<LinkOptions['penaltyDuty']>): boolean {
  const law = readFileSync(lawPath, 'utf8');
  const texts = law.slice(law.indexOf('法律责任')).split(/\n(?=第[一二三四五六七八九十百零]+条 )/).slice(1);
  const df = bigramCounts(texts);
  return penaltyDutyMeets(lower, higher, [], (b) => df.get(b) ?? 0, texts.length, s);
}
const actor = new RegExp(CONDUCT_ACTOR_PHRASE, 'g');

describe('a penalty article\'s act is read apart from its actor phrase (session 59)', () => {
  it('is on by default, as measured', () => {
    // Session 60 (helper precision4) added a consequence part to notConduct and `daily`, `notConduct` to penaltyDuty.
    expect(DEFAULT_LINK_OPTIONS.penaltyConduct!.notConduct).toContain(PENALTY_CONDUCT_ACTOR.notConduct);
    expect({ ...DEFAULT_LINK_OPTIONS.penaltyConduct, notConduct: undefined }).toEqual({ ...PENALTY_CONDUCT_ACTOR, notConduct: undefined });
    // (session 63, helper penalty7: `ranges` on over it.)
    expect({ ...DEFAULT_LINK_OPTIONS.penaltyDuty, daily: undefined, notConduct: undefined, bothNamed: undefined, ranges: undefined }).toEqual({ ...PENALTY_DUTY_ACTOR, daily: undefined, notConduct: undefined });
  });

  it('blanks the actor and leaves the act: 安全生产法 第九十二条 and 山东 第七十八条, 山东动物 第五十二条', () => {
    expect(conductClauses(article(LAW, '第九十二条'), actor).slice(0, 2)).toEqual(['出具失实报告的', '租借资质、挂靠、出具虚假报告的']);
    const [l78] = conductClauses(article(SD, '第七十八条'), actor);
    expect(l78).toContain('违法更改或者简化安全评价');
    expect(l78).not.toContain('机构');
    const [l52] = conductClauses(article(SD_ANIMAL, '第五十二条'), actor);
    expect(l52).toContain('未按照规定做好免疫、消毒、检测');
    expect(l52).not.toContain('屠宰');
    // A clause with no actor phrase is left whole (拒绝或者阻碍动物疫病流行病学调查的).
    expect(conductClauses(article(SD_ANIMAL, '第五十一条'), actor)).toEqual(conductClauses(article(SD_ANIMAL, '第五十一条')));
  });

  it('penaltyDuty reads a lower naming no duty article by its act: 山东 第七十八条 no longer meets 第九十二条, 山东动物 第五十二条 still meets 第九十二条 (gold weak)', () => {
    const [l78, h92] = [article(SD, '第七十八条'), article(LAW, '第九十二条')];
    expect(meets(l78, h92, LAW, PENALTY_DUTY_DISCIPLINE)).toBe(true);
    expect(meets(l78, h92, LAW, PENALTY_DUTY_ACTOR)).toBe(false);
    const l52 = article(SD_ANIMAL, '第五十二条');
    expect(meets(l52, article(ANIMAL, '第九十二条'), ANIMAL, PENALTY_DUTY_ACTOR)).toBe(true);
    expect(meets(l52, article(ANIMAL, '第九十七条'), ANIMAL, PENALTY_DUTY_ACTOR)).toBe(false);
    // No actor phrase: not read, as before (namedOnly).
    const l51 = article(SD_ANIMAL, '第五十一条');
    expect(meets(l51, article(ANIMAL, '第一百零八条'), ANIMAL, PENALTY_DUTY_ACTOR)).toBe(true);
  });

  it('drops the false 山东 第七十八条 → 第九十二条 in an ingest', { timeout: 300_000 }, async () => {
    const ingest = (link: Partial<LinkOptions>) => runIngest({ inputs: [LAW, SD], link });
    const links = (s: Snapshot) => s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' && e.source.includes('山东') ? [`${e.source.split('/').pop()} > ${e.target.split('/').pop()}`] : []));
    const before = links((await ingest({ penaltyConduct: PENALTY_CONDUCT_ACT, penaltyDuty: PENALTY_DUTY_DISCIPLINE })).snapshot);
    const after = links((await ingest({ penaltyConduct: PENALTY_CONDUCT_ACTOR, penaltyDuty: PENALTY_DUTY_ACTOR })).snapshot);
    expect(before).toContain('第七十八条 > 第九十二条');
    expect(after).not.toContain('第七十八条 > 第九十二条');
    expect(after).toContain('第七十三条 > 第九十五条');
  });
});
