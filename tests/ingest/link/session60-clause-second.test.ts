// Session 60 (helper seconds): a second law article of a lower article that already links the law, admitted by a clause
// of the lower article whose act the first link's article lacks and the candidate carries (options.clauseSecond,
// ingest/link/clause-second.ts), on the real texts of the safety family (安全生产法 → 山东, 北京) and water's. Measured (the
// clause table of the second candidates, the dev link sets, off): docs/history/links.md, session 60, helper seconds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clauseSecond, clausesOf } from '../../../ingest/link/clause-second.js';
import { CLAUSE_SECOND_MEASURED, DEFAULT_LINK_OPTIONS } from '../../../ingest/link/options.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { graphFromSnapshot } from '../../../coverage/graph.js';
import { measureRows } from '../../../coverage/index.js';
import type { Snapshot } from '../../../graph-schema/index.js';
import { article, real } from './real-article.js';

const SD = 'safety/corpus/山东省安全生产条例(2021-12-03).md';
const LAW = 'safety/corpus/安全生产法(2021-06-10).md';
const GD = 'water/corpus/广东省水污染防治条例(2021-09-29).md';
const WATER = 'water/corpus/水污染防治法(2017-06-27).md';

/** Every article of a law file, as the rule reads the law (ids law#第X条). */
const lawArticles = (path: string) =>
  [...new Set(readFileSync(real(path), 'utf8').match(/^第[一二三四五六七八九十百零]+条(?=[ 　])/gm) ?? [])].map((a) => ({ id: `law#${a}`, text: article(path, a) }));

describe('clauseSecond (the rule on its own)', () => {
  it('is off by default, as measured (docs/history/links.md, session 60 helper seconds)', () => {
    expect(DEFAULT_LINK_OPTIONS.clauseSecond).toBeNull();
    expect(CLAUSE_SECOND_MEASURED.sanctions).toContain('罚款');
  });
  it('reads an article\'s sentences and 分号 items as clauses, an item\'s marker dropped, short ones left out', () => {
    expect(clausesOf('第三条　甲方应当报告乙方。丙方应当公布丁方；戊：\n（一）己方应当登记庚方；\n（二）辛。', 4)).toEqual(['甲方应当报告乙方', '丙方应当公布丁方', '己方应当登记庚方']);
  });
  // 山东 第四十二条 (how the inspection is run: random draws, two inspectors, the certificate; then "监督检查情况和处理结果
  // 应当记录在案") links 安全生产法 第六十七条 (the inspectors' conduct and certificate); its last sentence restates
  // 第六十八条 (the inspectors record the inspection), whose record act 第六十七条 lacks. Gold (tests/real/safety) links both.
  const sd42 = article(SD, '第四十二条');
  const law = lawArticles(LAW);
  const first = 'law#第六十七条';
  const cands = [
    { higher: first, score: 0.218 },
    { higher: 'law#第六十八条', score: 0.156 },
    { higher: 'law#第六十五条', score: 0.15 },
  ];
  it('keeps the article a clause carries with an act the first link lacks, one per law', () => {
    const got = clauseSecond(sd42, cands, [first], () => 'law', () => law, CLAUSE_SECOND_MEASURED);
    expect(got.map((k) => cands[k].higher)).toEqual(['law#第六十八条']);
    // The clause is the article's last (`later` as measured); read without `later` it is kept alike.
    expect(clauseSecond(sd42, cands, [first], () => 'law', () => law, { ...CLAUSE_SECOND_MEASURED, later: false }).map((k) => cands[k].higher)).toEqual(['law#第六十八条']);
  });
  it('keeps nothing under `min`, already linked, in a law the lower article does not link, or from a first clause under `later`', () => {
    // A lower article of one clause: 山东 第四十二条's record sentence alone is its first clause.
    const one = '第四十二条 监督检查情况和处理结果应当记录在案。';
    expect(clauseSecond(one, cands, [first], () => 'law', () => law, { ...CLAUSE_SECOND_MEASURED, later: false }).map((k) => cands[k].higher)).toEqual(['law#第六十八条']);
    expect(clauseSecond(one, cands, [first], () => 'law', () => law, CLAUSE_SECOND_MEASURED)).toEqual([]);
    expect(clauseSecond(sd42, cands, [first], () => 'law', () => law, { ...CLAUSE_SECOND_MEASURED, min: 0.16 })).toEqual([]);
    expect(clauseSecond(sd42, cands, [first, 'law#第六十八条'], () => 'law', () => law, CLAUSE_SECOND_MEASURED)).toEqual([]);
    expect(clauseSecond(sd42, cands, [], () => 'law', () => law, CLAUSE_SECOND_MEASURED)).toEqual([]);
  });
  it('reads the act: a clause whose act the first link\'s article already writes admits nothing', () => {
    // With 第六十八条 as the first link, no clause of 山东 第四十二条 carries another article with an act 第六十八条 lacks.
    const cs = [{ higher: 'law#第六十八条', score: 0.3 }, { higher: first, score: 0.2 }];
    expect(clauseSecond(sd42, cs, ['law#第六十八条'], () => 'law', () => law, CLAUSE_SECOND_MEASURED)).toEqual([]);
  });
  // 广东 第六十条 (reports of a sudden pollution event; "对可能造成跨行政区域水体污染的，事件发生地人民政府应当及时通报…") links
  // 水污染防治法 第七十八条; the 通报 clause has 第六十九条 (drinking-water sources: "…还应当通报相关地方人民政府") as its best:
  // not gold (tests/real/water), one of the false links that keep the rule off. `later` does not keep it out (the clause
  // is the second); `divided` does not either (the first sentence's best is 第七十八条).
  it('admits 广东 第六十条 → 水污染防治法 第六十九条, a false link of the measured setting (why the rule is off)', () => {
    const gd60 = article(GD, '第六十条');
    const water = lawArticles(WATER);
    const cs = [{ higher: 'law#第七十八条', score: 0.394 }, { higher: 'law#第六十九条', score: 0.162 }];
    for (const rule of [CLAUSE_SECOND_MEASURED, { ...CLAUSE_SECOND_MEASURED, later: false }, { ...CLAUSE_SECOND_MEASURED, divided: true }])
      expect(clauseSecond(gd60, cs, ['law#第七十八条'], () => 'law', () => water, rule).map((k) => cs[k].higher)).toEqual(['law#第六十九条']);
  });
});

describe('安全生产法 → 山东, 北京 (ingest of the family\'s real texts)', () => {
  const inputs = [real('safety/corpus/')];
  const at = (m: string) => `${m.includes('山东') ? '山东' : m.includes('北京') ? '北京' : '法'} ${m.split(/[#/]/).pop()}`;
  const pairs = (s: Snapshot) => new Set(s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [`${at(e.source)} > ${at(e.target)}`] : [])));
  it('adds 山东 第四十二条 → 安全生产法 第六十八条 (gold, partial) and drops nothing; coverage\'s replay agrees', { timeout: 400_000 }, async () => {
    const off = (await runIngest({ inputs, lexicon: loadLexicon() })).snapshot;
    const { snapshot: on } = await runIngest({ inputs, lexicon: loadLexicon(), link: { clauseSecond: CLAUSE_SECOND_MEASURED } });
    const [a, b] = [pairs(off), pairs(on)];
    // The measured setting adds exactly this link to the family (no other lower article of 山东 or 北京 gains one).
    expect([...b].filter((p) => !a.has(p))).toEqual(['山东 第四十二条 > 法 第六十八条']);
    expect([...a].filter((p) => !b.has(p))).toEqual([]);
    const link = on.edges.find((e) => e.attributes.type === 'IMPLEMENTS' && at(e.source) === '山东 第四十二条' && at(e.target) === '法 第六十八条')!;
    expect((link.attributes as { verdict?: string }).verdict).toBe('partial');
    // Coverage's threshold control, given the snapshot's own thresholds, shows each row as the link stage wrote it (the
    // replay runs the rule the snapshot records).
    const g = graphFromSnapshot(on);
    const docs = on.nodes.filter((n) => n.attributes.type === 'Document').map((n) => n.key);
    const lawDoc = docs.find((d) => d.includes('安全生产法'))!;
    const th = on.attributes.linkThresholds!;
    const own = th.byGenre?.regulation ?? th;
    for (const lower of docs.filter((d) => d !== lawDoc)) {
      const rows = (t?: { implements: number; partial: number }) => measureRows(g, lawDoc, lower, t).map((r) => [r.id, r.status, r.implementedBy?.id, r.implementedBy?.verdict]);
      expect(rows({ implements: own.implements, partial: own.partial }), lower).toEqual(rows());
    }
  });
});
