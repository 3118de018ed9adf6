// Session 52 (helper link2): a lower liability article meets a higher one through the duty it punishes, not the fines they
// share (options.penaltyDuty, ingest/link/penalty-duty.ts), on the real texts of the safety and civildefence families
// (tests/real/safety, tests/real/civildefence). The higher document's formula bigrams are counted over its 法律责任 chapter,
// as the linker counts them over its penalty articles. Measured (dev link sets, held-out totals): docs/history/links.md,
// session 52, helper link2.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bigramCounts } from '../../../ingest/link/conduct.js';
import { namedArticles, penaltyDutyMeets } from '../../../ingest/link/penalty-duty.js';
import { DEFAULT_LINK_OPTIONS, PENALTY_DUTY_MEASURED } from '../../../ingest/link/options.js';

const read = (dir: string, file: string) => readFileSync(new URL(`../../real/${dir}/corpus/${file}`, import.meta.url), 'utf8');
/** The articles of a mirror text, by label, with the chapter each sits in. */
function articles(text: string): Map<string, { text: string; chapter: string }> {
  const out = new Map<string, { text: string; chapter: string }>();
  let [chapter, last] = ['', ''];
  for (const line of text.split('\n')) {
    const c = line.replace(/^[#\s]+/, '').match(/^第[一二三四五六七八九十]+章\s*(\S*)/);
    if (c) {
      chapter = c[1];
      continue;
    }
    const m = line.match(/^(第[一二三四五六七八九十百零]+条)\s/);
    if (m) out.set((last = m[1]), { text: line, chapter });
    else if (last && line.trim()) out.get(last)!.text += `\n${line}`;
  }
  return out;
}
const law = articles(read('safety', '安全生产法(2021-06-10).md'));
const beijing = articles(read('safety', '北京市安全生产条例(2022-05-25).md'));
const shandong = articles(read('safety', '山东省安全生产条例(2021-12-03).md'));
const penaltyTexts = (arts: Map<string, { text: string; chapter: string }>) => [...arts.values()].filter((a) => a.chapter === '法律责任').map((a) => a.text);
const lawPenalties = penaltyTexts(law);
const lawDf = bigramCounts(lawPenalties);
const s = PENALTY_DUTY_MEASURED;
const meets = (lower: string, higher: string, named: string[] = [], df = lawDf, n = lawPenalties.length) => penaltyDutyMeets(lower, higher, named, (b) => df.get(b) ?? 0, n, s);
const t = (arts: Map<string, { text: string }>, label: string) => arts.get(label)!.text;

describe('penaltyDuty: a liability article meets the law\'s through the duty it punishes (session 52)', () => {
  it('is on by default, as measured', () => {
    // (Session 58 adds the officials' liability read, `discipline`, and session 59 the actor phrase, `actor`, to the default:
    // the session-52 fields are unchanged.)
    expect(DEFAULT_LINK_OPTIONS.penaltyDuty).toEqual({ ...PENALTY_DUTY_MEASURED, discipline: DEFAULT_LINK_OPTIONS.penaltyDuty!.discipline, actor: DEFAULT_LINK_OPTIONS.penaltyDuty!.actor, daily: DEFAULT_LINK_OPTIONS.penaltyDuty!.daily, notConduct: DEFAULT_LINK_OPTIONS.penaltyDuty!.notConduct, bothNamed: DEFAULT_LINK_OPTIONS.penaltyDuty!.bothNamed, ranges: DEFAULT_LINK_OPTIONS.penaltyDuty!.ranges });
  });

  it('reads every article a penalty names, not only the first', () => {
    expect(namedArticles(t(beijing, '第六十条'))).toEqual(['第三十七条']);
    expect(namedArticles('违反本办法第十九条第三款、第二十六条、第二十七条、第二十八条第一款规定的，由县级以上人民防空主管部门责令限期改正')).toEqual(['第十九条', '第二十六条', '第二十七条', '第二十八条']);
  });

  it('refuses 北京 第六十条 (告知, 第三十七条) against 安全生产法 第一百零八条 (监督检查): the fines alone are shared', () => {
    const lower = t(beijing, '第六十条');
    expect(meets(lower, t(law, '第一百零八条'), [t(beijing, '第三十七条')])).toBe(false);
    // Without the duty named, the rule (namedOnly) does not read it.
    expect(meets(lower, t(law, '第一百零八条'), [])).toBe(true);
  });

  it('refuses 山东 第七十六条 (第三十条\'s duty) against 第一百零二条 (隐患), and keeps 北京 第五十九条 → 第一百零九条 (insurance, gold strong)', () => {
    expect(meets(t(shandong, '第七十六条'), t(law, '第一百零二条'), [t(shandong, '第三十条')])).toBe(false);
    expect(meets(t(beijing, '第五十九条'), t(law, '第一百零九条'), [t(beijing, '第三十六条')])).toBe(true);
  });

  it('keeps 浙江人防 第三十二条 → 人民防空法 第四十九条 (gold strong): a named duty\'s sentence carried by one listed conduct', () => {
    const cdLaw = articles(read('civildefence', '人民防空法(2009-08-27).md'));
    const zj = articles(read('civildefence', '浙江省实施《人民防空法》办法(2020-11-27).md'));
    const pens = penaltyTexts(cdLaw);
    const df = bigramCounts(pens);
    const named = namedArticles(t(zj, '第三十二条')).map((l) => t(zj, l));
    expect(named).toHaveLength(4);
    expect(meets(t(zj, '第三十二条'), t(cdLaw, '第四十九条'), named, df, pens.length)).toBe(true);
  });
});
