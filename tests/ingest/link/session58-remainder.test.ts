// Session 58 (helper recall2): a second law article of a lower article that already links the law, admitted as the best
// article of one of the lower article's units (paragraphs, list items) that the first link does not carry
// (options.remainderSecond, ingest/link/remainder-second.ts), on the real texts of the statistics family (统计法 → 北京,
// 山东, 浙江). Measured (the table of the second law articles missed beside the non-gold candidates and the false second
// links, the dev link sets, off): docs/history/links.md, session 58, helper recall2.
import { describe, expect, it } from 'vitest';
import { articleNumber, remainderSecond, secondUnits, unitReadings } from '../../../ingest/link/remainder-second.js';
import { DEFAULT_LINK_OPTIONS, REMAINDER_SECOND_MEASURED } from '../../../ingest/link/options.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { graphFromSnapshot } from '../../../coverage/graph.js';
import { measureRows } from '../../../coverage/index.js';
import type { Snapshot } from '../../../graph-schema/index.js';
import { article, real } from './real-article.js';

const BJ = 'statistics/corpus/北京市统计条例.md';
const LAW = 'statistics/corpus/统计法(2009-06-27).md';

describe('remainderSecond (the rule on its own)', () => {
  it('is off by default, as measured (dev TP +3 FP +7, six sets down)', () => {
    expect(DEFAULT_LINK_OPTIONS.remainderSecond).toBeNull();
  });
  it('reads an article\'s paragraphs and items as units and an article label\'s number', () => {
    expect(secondUnits('第三条　甲。\n乙：\n（一）丙；\n（二）丁。')).toEqual(['甲。', '乙：', '（一）丙；', '（二）丁。']);
    expect(articleNumber('doc:法#第三章/第二十六条')).toBe(26);
    expect(articleNumber('doc:法#第三章')).toBeUndefined();
  });
  // 北京 第三十条 (how units and persons obtain statistical data: three channels as items, then an application) links
  // 统计法 第七条 (the duty to provide data) at 0.136; its units read against the law's articles: an item or paragraph
  // whose best is 第二十六条 (the publication of statistical data), which 第七条 carries little of.
  const bj30 = article(BJ, '第三十条');
  const law = ['第七条', '第二十五条', '第二十六条', '第二十七条'].map((a) => ({ id: `law#${a}`, text: article(LAW, a) }));
  it('keeps the unit\'s best article under the threshold, one per law, and nothing when the first link carries the unit', () => {
    const first = 'law#第七条';
    const readings = unitReadings(bj30, first, law);
    expect(readings.some((u) => u.best === 'law#第二十六条')).toBe(true);
    const cands = [
      { higher: first, score: 0.3 },
      { higher: 'law#第二十六条', score: 0.086 },
      { higher: 'law#第二十七条', score: 0.09 },
    ];
    const under = (s: number) => s < 0.13;
    const got = remainderSecond(bj30, cands, [first], () => 'law', () => law, REMAINDER_SECOND_MEASURED, under);
    expect(got.map((k) => cands[k].higher)).toEqual(['law#第二十六条']);
    // Under `min`, over the threshold, already linked, or in a law the lower article does not link: nothing.
    expect(remainderSecond(bj30, cands, [first], () => 'law', () => law, { ...REMAINDER_SECOND_MEASURED, min: 0.1 }, under)).toEqual([]);
    expect(remainderSecond(bj30, cands, [first], () => 'law', () => law, REMAINDER_SECOND_MEASURED, () => false)).toEqual([]);
    expect(remainderSecond(bj30, cands, [first, 'law#第二十六条'], () => 'law', () => law, REMAINDER_SECOND_MEASURED, under)).toEqual([]);
    expect(remainderSecond(bj30, cands, [], () => 'law', () => law, REMAINDER_SECOND_MEASURED, under)).toEqual([]);
  });
});

describe('统计法 → 北京, 山东, 浙江 (ingest of the family\'s real texts)', () => {
  const inputs = [real('statistics/corpus/')];
  const at = (m: string) => `${m.includes('北京') ? '北京' : m.includes('山东') ? '山东' : m.includes('浙江') ? '浙江' : '法'} ${m.split(/[#/]/).pop()}`;
  const pairs = (s: Snapshot) => new Set(s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [`${at(e.source)} > ${at(e.target)}`] : [])));
  it('adds 北京 第三十条 → 统计法 第二十六条 (gold, 0.086) and no other link; coverage\'s replay agrees', { timeout: 240_000 }, async () => {
    const off = (await runIngest({ inputs, lexicon: loadLexicon() })).snapshot;
    const { snapshot: on } = await runIngest({ inputs, lexicon: loadLexicon(), link: { remainderSecond: REMAINDER_SECOND_MEASURED } });
    const [a, b] = [pairs(off), pairs(on)];
    // The gold (tests/real/statistics) links 北京 第三十条 to 统计法 第二十六条 beside its first link; no other candidate of the
    // family's lower articles is the strict best of a unit their first link leaves uncarried: the false ones stay out.
    expect([...b].filter((p) => !a.has(p))).toEqual(['北京 第三十条 > 法 第二十六条']);
    expect([...a].filter((p) => !b.has(p))).toEqual([]);
    const link = on.edges.find((e) => e.attributes.type === 'IMPLEMENTS' && at(e.source) === '北京 第三十条' && at(e.target) === '法 第二十六条')!;
    expect(link.attributes.verdict).toBe('partial');
    // Coverage's threshold control, given the snapshot's own thresholds, shows each row as the link stage wrote it (the
    // replay runs the rule the snapshot records).
    const g = graphFromSnapshot(on);
    const docs = on.nodes.filter((n) => n.attributes.type === 'Document').map((n) => n.key);
    const lawDoc = docs.find((d) => d.includes('统计法'))!;
    const th = on.attributes.linkThresholds!;
    const own = th.byGenre?.regulation ?? th;
    for (const lower of docs.filter((d) => d !== lawDoc)) {
      const rows = (t?: { implements: number; partial: number }) => measureRows(g, lawDoc, lower, t).map((r) => [r.id, r.status, r.implementedBy?.id, r.implementedBy?.verdict]);
      expect(rows({ implements: own.implements, partial: own.partial }), lower).toEqual(rows());
    }
  });
});
