// Session 60 (helper precision4, issue 13): three readings of a penalty article's conduct, on the real texts of the water,
// tendering and animal families (tests/real/water, tests/real/tendering, tests/real/animal):
// - the continuing daily fine (按日连续处罚) is an enforcement measure set by an article of its own; a pair of penalty articles
//   of which exactly one names it is refused by options.penaltyDuty (penalty-duty.ts dailyMeets, `daily`: PENALTY_DAILY_FINE,
//   PENALTY_DUTY_DAILY), whatever conduct they list alike (measured: dev up, held-out totals down; off);
// - options.penaltyDuty reads the conduct without the sanction's size parts (`notConduct`: CONDUCT_SIZE_PARTS, PENALTY_DUTY_SIZED):
//   有违法所得的 shared is no conduct met (on);
// - a clause that is the consequence of any breach (违反本法规定，造成…的: the reference, then what followed) is no conduct
//   (CONDUCT_CONSEQUENCE, PENALTY_CONDUCT_CONSEQUENCE; on).
// Measured (dev link sets, held-out totals): docs/history/links.md, session 60, helper precision4.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../ingest/pipeline.js';
import { bigramCounts, conductClauses } from '../../../ingest/link/conduct.js';
import { dailyMeets, penaltyDutyMeets } from '../../../ingest/link/penalty-duty.js';
import { CONDUCT_CONSEQUENCE, CONDUCT_SIZE_PARTS, DEFAULT_LINK_OPTIONS, PENALTY_CONDUCT_ACTOR, PENALTY_CONDUCT_CONSEQUENCE, PENALTY_DAILY_FINE, PENALTY_DUTY_ACTOR, PENALTY_DUTY_DAILY, PENALTY_DUTY_SIZED, type LinkOptions } from '../../../ingest/link/options.js';
import type { Snapshot } from '../../../graph-schema/index.js';
import { article, real } from './real-article.js';

const LAW = 'water/corpus/水污染防治法(2017-06-27).md';
const SD = 'water/corpus/山东省水污染防治条例(2020-11-27).md';
const TLAW = 'tendering/corpus/招标投标法(2017-12-27).md';
const CQ = 'tendering/corpus/重庆市招标投标条例(2018-07-26).md';
const ANIMAL = 'animal/corpus/动物防疫法(2021-01-22).md';
const daily = new RegExp(PENALTY_DAILY_FINE);

describe('the daily fine, the size parts and the consequence in a penalty article\'s conduct (session 60)', () => {
  it('reads the size parts and the consequence by default, as measured; the daily fine is off', () => {
    // (session 61, helper procedure: bothNamed on over it; session 63, helper penalty7: ranges.)
    expect({ ...DEFAULT_LINK_OPTIONS.penaltyDuty, bothNamed: undefined, ranges: undefined }).toEqual(PENALTY_DUTY_SIZED);
    expect(PENALTY_DUTY_SIZED).toEqual({ ...PENALTY_DUTY_ACTOR, notConduct: CONDUCT_SIZE_PARTS });
    expect(DEFAULT_LINK_OPTIONS.penaltyDuty!.daily).toBeUndefined();
    expect(PENALTY_DUTY_DAILY).toEqual({ ...PENALTY_DUTY_ACTOR, daily: PENALTY_DAILY_FINE });
    expect(DEFAULT_LINK_OPTIONS.penaltyConduct).toEqual(PENALTY_CONDUCT_CONSEQUENCE);
    expect(PENALTY_CONDUCT_CONSEQUENCE).toEqual({ ...PENALTY_CONDUCT_ACTOR, notConduct: `${PENALTY_CONDUCT_ACTOR.notConduct}|${CONDUCT_CONSEQUENCE}` });
  });

  it('reads 山东 第八十八条 (the daily fine for the listed discharges) against the law\'s daily fine and its fines', () => {
    const l88 = article(SD, '第八十八条');
    // The gold: the law's own daily-fine article (第九十五条).
    expect(dailyMeets(l88, article(LAW, '第九十五条'), daily)).toBe(true);
    // The law's fine for the same discharges (第八十三条) lists the conduct 第八十八条 lists, but fines it once.
    expect(dailyMeets(l88, article(LAW, '第八十三条'), daily)).toBe(false);
    // And the other way: an ordinary fine (山东 第七十七条) against the law's daily fine.
    expect(dailyMeets(article(SD, '第七十七条'), article(LAW, '第九十五条'), daily)).toBe(false);
    // Two ordinary fines are not read.
    expect(dailyMeets(article(SD, '第七十七条'), article(LAW, '第八十三条'), daily)).toBe(true);
  });

  it('drops 山东 第八十八条 → 第八十三条 and 第七十七条 → 第九十五条 in an ingest, keeps 第八十八条 → 第九十五条', { timeout: 300_000 }, async () => {
    const ingest = (link: Partial<LinkOptions>) => runIngest({ inputs: [real(LAW), real(SD)], link });
    const links = (s: Snapshot) => s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' && e.source.includes('山东') ? [`${e.source.split('/').pop()} > ${e.target.split('/').pop()}`] : []));
    const before = links((await ingest({ penaltyDuty: PENALTY_DUTY_ACTOR })).snapshot);
    const after = links((await ingest({ penaltyDuty: PENALTY_DUTY_DAILY })).snapshot);
    expect(before).toEqual(expect.arrayContaining(['第八十八条 > 第八十三条', '第七十七条 > 第九十五条', '第八十八条 > 第九十五条']));
    expect(after).not.toContain('第八十八条 > 第八十三条');
    expect(after).not.toContain('第七十七条 > 第九十五条');
    expect(after).toContain('第八十八条 > 第九十五条');
  });

  it('reads the duty rule\'s conduct without the size parts: 重庆 第五十条 (the trading venue, 第四十二条) no longer meets 招标投标法 第五十三条 (collusion) by 有违法所得的', () => {
    const law = readFileSync(real(TLAW), 'utf8');
    const texts = law.slice(law.indexOf('法律责任')).split(/\n(?=第[一二三四五六七八九十百零]+条 )/).slice(1);
    const df = bigramCounts(texts);
    const meets = (s: NonNullable<LinkOptions['penaltyDuty']>, higher: string) => penaltyDutyMeets(article(CQ, '第五十条'), article(TLAW, higher), [article(CQ, '第四十二条')], (b) => df.get(b) ?? 0, texts.length, s);
    expect(meets(PENALTY_DUTY_ACTOR, '第五十三条')).toBe(true);
    expect(meets(PENALTY_DUTY_SIZED, '第五十三条')).toBe(false);
    // 安全生产法 第一百一十四条's only conduct clauses are the accident's grades: blanked, it is no article naming no conduct (read,
    // not waved through), so 山东 第七十六条 (the duty of its 第三十条) does not meet it.
    const safety = readFileSync(real('safety/corpus/安全生产法(2021-06-10).md'), 'utf8');
    const st = safety.slice(safety.indexOf('法律责任')).split(/\n(?=第[一二三四五六七八九十百零]+条 )/).slice(1);
    const sdf = bigramCounts(st);
    const l76 = article('safety/corpus/山东省安全生产条例(2021-12-03).md', '第七十六条');
    const named = [article('safety/corpus/山东省安全生产条例(2021-12-03).md', '第三十条')];
    expect(penaltyDutyMeets(l76, article('safety/corpus/安全生产法(2021-06-10).md', '第一百一十四条'), named, (b) => sdf.get(b) ?? 0, st.length, PENALTY_DUTY_SIZED)).toBe(false);
  });

  it('reads the consequence of any breach as no conduct: 动物防疫法 第一百零九条 (违反本法规定，造成人畜共患传染病传播、流行的); 水污染防治法 第九十四条 keeps its actor\'s clause and its offence of causing', () => {
    const re = (s: { notConduct?: string }) => new RegExp(s.notConduct!, 'g');
    const h109 = article(ANIMAL, '第一百零九条');
    expect(conductClauses(h109, re(PENALTY_CONDUCT_ACTOR))).toContain('，造成人畜共患传染病传播、流行的');
    expect(conductClauses(h109, re(PENALTY_CONDUCT_CONSEQUENCE))).toEqual(conductClauses(h109, re(PENALTY_CONDUCT_ACTOR)).filter((c) => !c.includes('造成')));
    const h94 = article(LAW, '第九十四条');
    expect(conductClauses(h94, re(PENALTY_CONDUCT_CONSEQUENCE))).toEqual(conductClauses(h94, re(PENALTY_CONDUCT_ACTOR)));
    expect(conductClauses(h94, re(PENALTY_CONDUCT_CONSEQUENCE))[0]).toContain('造成水污染事故');
    expect(conductClauses(h94, re(PENALTY_CONDUCT_CONSEQUENCE))).toContain('造成渔业污染事故或者渔业船舶造成水污染事故的');
  });
});
