// Session 56 (helper link3): a weak second link into a law article whose main provision the lower article names no part of
// is dropped (options.unnamedSecond, ingest/link/unnamed-second.ts), on the real texts of the statistics family (统计法 →
// 北京, 山东, 浙江). Measured (the dev sets' wrong targets read by the main provision's parts, dev link sets, held-out totals):
// docs/history/links.md, session 56, helper link3.
import { describe, expect, it } from 'vitest';
import { unnamedSecondLinks } from '../../../ingest/link/unnamed-second.js';
import { DEFAULT_LINK_OPTIONS, UNNAMED_SECOND_MEASURED } from '../../../ingest/link/options.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { graphFromSnapshot } from '../../../coverage/graph.js';
import { measureRows } from '../../../coverage/index.js';
import { replayedLinks } from '../../../coverage/replay.js';
import type { Snapshot } from '../../../graph-schema/index.js';
import { article, real } from './real-article.js';

const rule = UNNAMED_SECOND_MEASURED;
const doc = (m: string) => m.slice(0, m.indexOf('#'));
const regulation = () => 'regulation';
// 浙江 第六条: the statistics bodies' enforcement (查处统计违法行为); the law's 第三十三条 (the statistics bodies investigate
// violations) is its gold target, 第三十四条 (other departments assist and hand cases over) a wrong one met by the field's words.
const texts: Record<string, string> = {
  'zj#6': article('statistics/corpus/浙江省统计工作监督管理条例(2020-11-27).md', '第六条'),
  'law#33': article('statistics/corpus/统计法(2009-06-27).md', '第三十三条'),
  'law#34': article('statistics/corpus/统计法(2009-06-27).md', '第三十四条'),
};
const textOf = (m: string) => texts[m];
// The scores the link stage gives the pair (dev snapshot of the statistics family).
const links = [
  { lower: 'zj#6', higher: 'law#33', score: 0.158 },
  { lower: 'zj#6', higher: 'law#34', score: 0.141 },
];

describe('unnamedSecond: the rule on a lower article\'s links into one law', () => {
  it('is on by default, as measured (dev FP 316 -> 312, no set down; held-out totals up)', () => {
    expect(DEFAULT_LINK_OPTIONS.unnamedSecond).toBe(UNNAMED_SECOND_MEASURED);
  });
  it('drops the second link whose main provision (有关部门 协助…查处) the lower article names no part of, and keeps its best (查处 违法行为 named)', () => {
    expect([...unnamedSecondLinks(links, doc, regulation, textOf, rule)]).toEqual([1]);
  });
  it('keeps it when cited, a conduct pair, 0.25 or more, the lower article of two paragraphs, its best\'s parts named under twice, or a plan', () => {
    expect(unnamedSecondLinks(links.map((l, i) => (i === 1 ? { ...l, citedArticle: true } : l)), doc, regulation, textOf, rule).size).toBe(0);
    expect(unnamedSecondLinks(links.map((l, i) => (i === 1 ? { ...l, penaltyConduct: true } : l)), doc, regulation, textOf, rule).size).toBe(0);
    expect(unnamedSecondLinks(links.map((l, i) => (i === 1 ? { ...l, score: 0.25 } : { ...l, score: 0.3 })), doc, regulation, textOf, rule).size).toBe(0);
    const twoParagraphs = (m: string) => (m === 'zj#6' ? `${texts[m]}\n统计机构应当公开统计执法检查结果。` : texts[m]);
    expect(unnamedSecondLinks(links, doc, regulation, twoParagraphs, rule).size).toBe(0);
    expect(unnamedSecondLinks(links, doc, regulation, textOf, { ...rule, bestNamed: 3 }).size).toBe(0);
    expect(unnamedSecondLinks(links, doc, () => 'plan', textOf, rule).size).toBe(0);
  });
  it('never drops a best link: 第三十四条 scored first leaves both (第三十三条 is named)', () => {
    expect(unnamedSecondLinks(links.map((l, i) => (i === 1 ? { ...l, score: 0.2 } : l)), doc, regulation, textOf, rule).size).toBe(0);
  });
});

describe('统计法 → 浙江 (ingest of the family\'s real texts)', () => {
  const inputs = [real('statistics/corpus/')];
  const pairs = (s: Snapshot) => {
    const at = (m: string) => `${m.includes('浙江') ? '浙江' : m.includes('北京') ? '北京' : m.includes('山东') ? '山东' : '法'} ${m.split(/[#/]/).pop()}`;
    return new Set(s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [`${at(e.source)} > ${at(e.target)}`] : [])));
  };
  it('the wrong second target goes, the gold target stays; coverage\'s replay agrees', { timeout: 240_000 }, async () => {
    const off = (await runIngest({ inputs, lexicon: loadLexicon(), link: { unnamedSecond: null } })).snapshot;
    const { snapshot: on } = await runIngest({ inputs, lexicon: loadLexicon() });
    const [a, b] = [pairs(off), pairs(on)];
    expect(a.has('浙江 第六条 > 法 第三十四条')).toBe(true);
    expect(b.has('浙江 第六条 > 法 第三十四条')).toBe(false);
    expect(a.has('浙江 第六条 > 法 第三十三条')).toBe(true);
    expect(b.has('浙江 第六条 > 法 第三十三条')).toBe(true);
    // Every other pair the same: the rule reads only this lower article's second link here.
    expect([...a].filter((p) => !b.has(p))).toEqual(['浙江 第六条 > 法 第三十四条']);
    expect([...b].filter((p) => !a.has(p))).toEqual([]);
    // Coverage's threshold control, given the snapshot's own thresholds, shows each row as the link stage wrote it (the
    // replay runs the rule the snapshot records).
    const g = graphFromSnapshot(on);
    const docs = on.nodes.filter((n) => n.attributes.type === 'Document').map((n) => n.key);
    const law = docs.find((d) => d.includes('统计法'))!;
    const th = on.attributes.linkThresholds!;
    const own = th.byGenre?.regulation ?? th;
    const replayed = replayedLinks(g, { implements: own.implements, partial: own.partial })!;
    const sourcesOf = (art: string) => (replayed.into.get(`${law}#第五章/${art}`) ?? []).map((l) => l.source);
    expect(sourcesOf('第三十四条').some((s) => s.includes('浙江') && s.endsWith('第六条'))).toBe(false);
    expect(sourcesOf('第三十三条').some((s) => s.includes('浙江') && s.endsWith('第六条'))).toBe(true);
    for (const lower of docs.filter((d) => d !== law)) {
      const rows = (t?: { implements: number; partial: number }) => measureRows(g, law, lower, t).map((r) => [r.id, r.status, r.implementedBy?.id, r.implementedBy?.verdict]);
      expect(rows({ implements: own.implements, partial: own.partial }), lower).toEqual(rows());
    }
  });
});
