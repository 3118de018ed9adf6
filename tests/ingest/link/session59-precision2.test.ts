// Session 59 (helper precision2, issue 13): options.penaltyConduct reads the act a penalty article sanctions, not the size of
// its sanction nor the place of its ban (conduct.ts notConduct, clauseActs; options.ts PENALTY_CONDUCT_ACT), and the bare
// public-security + criminal referral is a `crime` role (PUBLIC_SECURITY_CRIME_ROLE), on the real texts of the safety and
// soil families (tests/real/safety, tests/real/soil). Measured (dev link sets, held-out totals): docs/history/links.md,
// session 59, helper precision2.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../ingest/pipeline.js';
import { bigramCounts, clauseActs, clauseBigrams, conductBigrams, conductClauses, conductShare } from '../../../ingest/link/conduct.js';
import { CONDUCT_ACTOR_PHRASE, CONDUCT_PLACE, CONDUCT_SIZE_PARTS, DEFAULT_LINK_OPTIONS, PENALTY_CONDUCT_ACT, PENALTY_CONDUCT_MEASURED, PUBLIC_SECURITY_CRIME_ROLE, articleRole, type LinkOptions } from '../../../ingest/link/options.js';
import type { Snapshot } from '../../../graph-schema/index.js';
import { articleText as article } from './real-article.js';

const real = (path: string) => fileURLToPath(new URL(`../../real/${path}`, import.meta.url));
const LAW = real('safety/corpus/安全生产法(2021-06-10).md');
const SD = real('safety/corpus/山东省安全生产条例(2021-12-03).md');
const WATER = real('water/corpus/水污染防治法(2017-06-27).md');
const SD_WATER = real('water/corpus/山东省水污染防治条例(2020-11-27).md');
const size = new RegExp(CONDUCT_SIZE_PARTS, 'g');
const place = new RegExp(CONDUCT_PLACE, 'g');
/** The rule's share as implements.ts computes it, the higher document's penalty articles (its 法律责任 chapter) counted. */
function share(lower: string, higher: string, lawPath: string, act: boolean): number {
  const law = readFileSync(lawPath, 'utf8');
  const chapter = law.slice(law.indexOf('法律责任'));
  const texts = chapter.split(/\n(?=第[一二三四五六七八九十百零]+条 )/).slice(1);
  const df = bigramCounts(texts);
  const nc = act ? size : undefined;
  return conductShare(conductBigrams(lower, nc), clauseBigrams(higher, nc), (b) => df.get(b) ?? 0, texts.length, PENALTY_CONDUCT_MEASURED, act ? clauseActs(higher, place, nc) : undefined);
}

describe('penaltyConduct reads the act, not the sanction\'s size or the ban\'s place (session 59)', () => {
  it('is on by default, as measured', () => {
    // (Session 59, helper precision3: the actor phrase is blanked too, after the size parts.)
    expect({ ...DEFAULT_LINK_OPTIONS.penaltyConduct, notConduct: undefined }).toEqual({ ...PENALTY_CONDUCT_ACT, notConduct: undefined });
    expect(DEFAULT_LINK_OPTIONS.penaltyConduct!.notConduct).toContain(`${CONDUCT_SIZE_PARTS}|${CONDUCT_ACTOR_PHRASE}`);
    expect(DEFAULT_LINK_OPTIONS.articleRoles).toContain(PUBLIC_SECURITY_CRIME_ROLE);
  });

  it('blanks the gains, the goods\' value and the accident from a conduct clause, and keeps the act', () => {
    // 安全生产法 第一百一十四条: the accident grades are the sanction's scale; nothing of it is conduct.
    expect(conductClauses(article(LAW, '第一百一十四条'))).not.toEqual([]);
    expect(conductClauses(article(LAW, '第一百一十四条'), size)).toEqual([]);
    expect(conductClauses('投标人有违法所得的，并处没收违法所得。', size)).toEqual([]);
    expect(conductClauses('同类检疫合格动物、动物产品货值金额不足一万元的，并处五万元以上十五万元以下罚款。', size)).toEqual([]);
    // 第九十五条: the head's failure stays, the accident that followed goes.
    const [c] = conductClauses(article(LAW, '第九十五条'), size);
    expect(c).toContain('未履行本法规定的安全生产管理职责');
    expect(c).not.toContain('事故');
    // An accident named inside the act is not a consequence clause.
    expect(conductClauses('第三十条 生产经营单位发生事故后未按照规定报告的，处二万元罚款。', size)[0]).toContain('未按照规定报告');
  });

  it('no longer meets 山东 第七十三条 (the head, by accident grade) with 第一百一十四条 (the unit) nor 第九十六条 (the other heads); still 第九十五条 (gold)', () => {
    const l73 = article(SD, '第七十三条');
    expect(share(l73, article(LAW, '第一百一十四条'), LAW, false)).toBeGreaterThanOrEqual(0.5);
    expect(share(l73, article(LAW, '第一百一十四条'), LAW, true)).toBeLessThan(0.5);
    expect(share(l73, article(LAW, '第九十六条'), LAW, false)).toBeGreaterThanOrEqual(0.5);
    expect(share(l73, article(LAW, '第九十六条'), LAW, true)).toBeLessThan(0.5);
  });

  it('counts no shared place toward minShared: 山东 第八十六条 (in the water source zones: landfills, docks, farms) does not meet 法 第八十四条 (in the zones: an outfall)', () => {
    const l86 = article(SD_WATER, '第八十六条');
    expect(share(l86, article(WATER, '第八十四条'), WATER, false)).toBeGreaterThanOrEqual(0.5);
    expect(share(l86, article(WATER, '第八十四条'), WATER, true)).toBe(0);
  });

  it('drops the false 山东 第七十三条 → 第一百一十四条 and 第七十八条 → 第一百零三条 in an ingest, and keeps 第七十三条 → 第九十五条 (gold weak)', { timeout: 300_000 }, async () => {
    const ingest = (penaltyConduct: LinkOptions['penaltyConduct']) => runIngest({ inputs: [LAW, SD], link: { penaltyConduct } });
    const links = (s: Snapshot) => s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' && e.source.includes('山东') ? [`${e.source.split('/').pop()} > ${e.target.split('/').pop()}`] : []));
    const [before, after] = [links((await ingest(PENALTY_CONDUCT_MEASURED)).snapshot), links((await ingest(PENALTY_CONDUCT_ACT)).snapshot)];
    for (const l of ['第七十三条 > 第一百一十四条', '第七十八条 > 第一百零三条']) {
      expect(before).toContain(l);
      expect(after).not.toContain(l);
    }
    for (const l of [before, after]) expect(l).toContain('第七十三条 > 第九十五条');
  });

  it('reads the bare public-security + criminal referral as a crime role, and not an article with its own conduct or a civil clause first', () => {
    const soil = readFileSync(real('soil/corpus/土壤污染防治法(2018-08-31).md'), 'utf8');
    const a98 = soil.slice(soil.indexOf('第九十八条 ')).split('\n')[0];
    const roles = { articleRoles: [PUBLIC_SECURITY_CRIME_ROLE] };
    expect(articleRole(a98, roles)).toBe('crime');
    expect(articleRole('第六十三条 违反本法规定，损害他人民事权益的，依法承担民事责任；构成违反治安管理行为的，由公安机关依法给予治安管理处罚；构成犯罪的，依法追究刑事责任。', roles)).toBeUndefined();
    expect(articleRole('第三十条 违反本办法规定，故意损坏人民防空设施，构成违反治安管理行为的，由公安机关依法给予治安管理处罚；构成犯罪的，依法追究刑事责任。', roles)).toBeUndefined();
  });
});
