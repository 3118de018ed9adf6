// Session 55 (helper link3): a weak second link into a law article another lower article carries far better is dropped
// (options.takenArticle, ingest/link/taken-article.ts; measured, off), on the real texts of the residents family (城市居民委员会组织法 →
// 河南, 北京). Measured (the dev sets' false links by class, dev link sets, held-out totals): docs/history/links.md, session 55,
// helper link3.
import { describe, expect, it } from 'vitest';
import { takenArticleLinks } from '../../../ingest/link/taken-article.js';
import { DEFAULT_LINK_OPTIONS, TAKEN_ARTICLE_MEASURED } from '../../../ingest/link/options.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { graphFromSnapshot } from '../../../coverage/graph.js';
import { measureRows } from '../../../coverage/index.js';
import { replayedLinks } from '../../../coverage/replay.js';
import type { Snapshot } from '../../../graph-schema/index.js';
import { real } from './real-article.js';

const doc = (m: string) => m.slice(0, m.indexOf('#'));
const rule = TAKEN_ARTICLE_MEASURED;
const regulation = () => 'regulation';

describe('takenArticle: the rule on a document pair\'s links', () => {
  it('is off by default, as measured (the held-out totals fell by 0.0001 with the family merged last)', () => {
    expect(DEFAULT_LINK_OPTIONS.takenArticle).toBeNull();
  });

  // Lower articles a#1, a#2 of one regulation into law h: a#1 links h#3 (0.5) and, weakly, h#7 (0.12); a#2's best is h#7 (0.6).
  const links = [
    { lower: 'a#1', higher: 'h#3', score: 0.5 },
    { lower: 'a#1', higher: 'h#7', score: 0.12 },
    { lower: 'a#2', higher: 'h#7', score: 0.6 },
  ];
  const text = (t = '') => () => t;
  it('drops a weak second link whose law article is another lower article\'s best at 4× its score', () => {
    expect([...takenArticleLinks(links, doc, regulation, text(), rule)]).toEqual([1]);
  });
  it('keeps it when the other article\'s best is under 4×, the link is a best, cited, a conduct pair, 0.16 or more, or the law article the province\'s own', () => {
    expect(takenArticleLinks(links.map((l, i) => (i === 2 ? { ...l, score: 0.47 } : l)), doc, regulation, text(), rule).size).toBe(0);
    expect(takenArticleLinks(links.map((l, i) => (i === 1 ? { ...l, citedArticle: true } : l)), doc, regulation, text(), rule).size).toBe(0);
    expect(takenArticleLinks(links.map((l, i) => (i === 1 ? { ...l, penaltyConduct: true } : l)), doc, regulation, text(), rule).size).toBe(0);
    expect(takenArticleLinks(links.map((l, i) => (i === 1 ? { ...l, score: 0.16 } : i === 2 ? { ...l, score: 0.9 } : l)), doc, regulation, text(), rule).size).toBe(0);
    expect(takenArticleLinks(links.slice(1), doc, regulation, text(), rule).size).toBe(0); // a#1's only link: its best
    expect(takenArticleLinks(links, doc, regulation, text('第六十一条 省、自治区、直辖市人民政府根据本行政区域的实际情况，统筹规划'), rule).size).toBe(0);
    expect(takenArticleLinks(links, doc, () => 'plan', text(), rule).size).toBe(0);
  });
  it('reads another lower document\'s best as no claim', () => {
    const other = links.map((l, i) => (i === 2 ? { ...l, lower: 'b#2' } : l));
    expect(takenArticleLinks(other, doc, regulation, text(), rule).size).toBe(0);
  });
});

describe('城市居民委员会组织法 → 河南, 北京 (ingest of the family\'s real texts)', () => {
  // The family's corpus as the dev set ingests it (上海's 工作条例 beside: the document frequencies are the corpus's).
  const inputs = [real('residents/corpus/')];
  const pairs = (s: Snapshot) => {
    const at = (m: string) => `${m.includes('河南') ? '河南' : m.includes('北京') ? '北京' : m.includes('上海') ? '上海' : '法'} ${m.split(/[#/]/).pop()}`;
    return new Set(s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [`${at(e.source)} > ${at(e.target)}`] : [])));
  };
  it('the false second links go; the lower articles whose best they are, and the first links, stay; coverage\'s replay agrees', { timeout: 240_000 }, async () => {
    // Session 57: siblingSecond (SIBLING_SECOND_MEASURED, off by default) drops the same two links by another road (their close
    // siblings in the other province do not link them); off here whatever the default, so that this test reads takenArticle alone.
    const off = (await runIngest({ inputs, lexicon: loadLexicon(), link: { takenArticle: null, siblingSecond: null } })).snapshot;
    const { snapshot: on } = await runIngest({ inputs, lexicon: loadLexicon(), link: { takenArticle: TAKEN_ARTICLE_MEASURED, siblingSecond: null } });
    const [a, b] = [pairs(off), pairs(on)];
    // 河南 第四条 (the committee's tasks) restates the law's 第三条; its runner-up 第十五条 (居民公约) is 第十七条's, word for word.
    // 北京 第二十五条 (the committee's funds, the law's 第十七条); 第十九条 (units not joining the committee) is 第二十七条's.
    for (const gone of ['河南 第四条 > 法 第十五条', '北京 第二十五条 > 法 第十九条']) {
      expect(a.has(gone), gone).toBe(true);
      expect(b.has(gone), gone).toBe(false);
    }
    for (const kept of ['河南 第四条 > 法 第三条', '河南 第十七条 > 法 第十五条', '北京 第二十五条 > 法 第十七条', '北京 第二十七条 > 法 第十九条']) {
      expect(a.has(kept), kept).toBe(true);
      expect(b.has(kept), kept).toBe(true);
    }
    // Coverage's threshold control, given the snapshot's own thresholds, shows each pair as the link stage wrote it (the
    // replay runs the rule the snapshot records).
    const g = graphFromSnapshot(on);
    const docs = on.nodes.filter((n) => n.attributes.type === 'Document').map((n) => n.key);
    const law = docs.find((d) => !d.includes('河南') && !d.includes('北京') && !d.includes('上海'))!;
    const th = on.attributes.linkThresholds!;
    const own = th.byGenre?.regulation ?? th;
    // The replay's own links at those thresholds: the dropped pair is not among them, the kept one is.
    const replayed = replayedLinks(g, { implements: own.implements, partial: own.partial })!;
    const sourcesOf = (article: string) => (replayed.into.get(`${law}#${article}`) ?? []).map((l) => `${l.source.includes('河南') ? '河南' : l.source.includes('北京') ? '北京' : '上海'} ${l.source.split(/[#/]/).pop()}`);
    expect(sourcesOf('第十五条')).toContain('河南 第十七条');
    expect(sourcesOf('第十五条')).not.toContain('河南 第四条');
    for (const lower of docs.filter((d) => d.includes('河南') || d.includes('北京'))) {
      const rows = (t?: { implements: number; partial: number }) => measureRows(g, law, lower, t).map((r) => [r.id, r.status, r.implementedBy?.id, r.implementedBy?.verdict]);
      expect(rows({ implements: own.implements, partial: own.partial }), lower).toEqual(rows());
    }
  });
});
