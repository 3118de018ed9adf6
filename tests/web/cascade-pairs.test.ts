// The cascade grouped by pair of documents (web/src/graph/cascade-pairs.ts), on a small law family of our own:
// a law of four articles (one its effective-date article), a province carrying out two of them with three links
// and citing it, a city carrying out the province. What a researcher reads first: one row per pair with its
// counts, median score, lag and the law's articles left out; the article links only when a pair is opened.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { edgeKey, type EdgeAttributes, type NodeAttributes } from '../../graph-schema/index.js';
import { cascadeFrom } from '../../web/src/graph/cascade.js';
import { cascadePairs, groupedCascade, pairKey } from '../../web/src/graph/cascade-pairs.js';
import { layoutCascade } from '../../web/src/graph/cascade-layout.js';

const LAW = 'doc:某某管理条例';
const PROVINCE = 'doc:某省某某管理条例';
const CITY = 'doc:某市某某管理条例';

function family() {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  g.addNode('region:全国', { type: 'Region', name: '全国', level: 'country' });
  g.addNode('region:某省', { type: 'Region', name: '某省', level: 'province' });
  g.addNode('region:某市', { type: 'Region', name: '某市', level: 'city' });
  g.addEdgeWithKey(edgeKey('PART_OF', 'region:某省', 'region:全国'), 'region:某省', 'region:全国', { type: 'PART_OF' });
  g.addEdgeWithKey(edgeKey('PART_OF', 'region:某市', 'region:某省'), 'region:某市', 'region:某省', { type: 'PART_OF' });
  const doc = (id: string, level: 'central' | 'provincial' | 'municipal', region: string, issuedOn: string, articles: string[]) => {
    g.addNode(id, { type: 'Document', name: id.slice(4), inCorpus: true, level, region, issuedOn, year: Number(issuedOn.slice(0, 4)), genre: 'regulation', sources: [] });
    articles.forEach((a, i) =>
      g.addNode(`${id}#${a}`, {
        type: 'Measure', name: `${a}的规定`, text: `${a}的规定`, docId: id, path: a, ordinal: i, span: [i * 10, i * 10 + 5], kind: 'article', leaf: true,
        ...(a === '第四条' && id === LAW ? { framing: true } : {}),
      }),
    );
  };
  doc(LAW, 'central', '全国', '2016-02-06', ['第一条', '第二条', '第三条', '第四条']);
  doc(PROVINCE, 'provincial', '某省', '2018-02-06', ['第一条', '第二条', '第三条']);
  doc(CITY, 'municipal', '某市', '2019-02-06', ['第一条', '第二条']);
  const link = (lower: string, higher: string, score: number, lagDays: number) =>
    g.addEdgeWithKey(edgeKey('IMPLEMENTS', lower, higher), lower, higher, {
      type: 'IMPLEMENTS', verdict: score >= 0.24 ? 'implements' : 'partial', score, lagDays,
      evidence: { passages: [], sharedEntities: [], signals: { reuse: 0, text: score, entities: 0 } },
    });
  link(`${PROVINCE}#第一条`, `${LAW}#第一条`, 0.5, 731);
  link(`${PROVINCE}#第二条`, `${LAW}#第一条`, 0.1, 731);
  link(`${PROVINCE}#第三条`, `${LAW}#第二条`, 0.3, 731);
  link(`${CITY}#第一条`, `${PROVINCE}#第一条`, 0.4, 365);
  g.addEdgeWithKey(edgeKey('CITES', PROVINCE, LAW), PROVINCE, LAW, { type: 'CITES', spans: [[0, 8], [20, 28]], via: ['title'] });
  return g;
}

describe('cascadePairs', () => {
  it('gives one row per pair of documents: links by verdict, places cited, median score and lag', () => {
    const g = family();
    const pairs = cascadePairs(g, cascadeFrom(g, LAW)!);
    expect(pairs.map((p) => p.key)).toEqual([pairKey(PROVINCE, LAW), pairKey(CITY, PROVINCE)]);
    expect(pairs[0]).toMatchObject({ kind: 'implements', implements: 2, partial: 1, cites: 2, medianScore: 0.3, lagDays: 731 });
    expect(pairs[1]).toMatchObject({ kind: 'implements', implements: 1, partial: 0, cites: 0, medianScore: 0.4, lagDays: 365 });
  });

  it('gives a median score to four places, without the float noise of the mean of two (0.1 and 0.319: 0.2095)', () => {
    const g = family();
    // The city's second article carries out the province's second too: two links, 0.1 and 0.319.
    g.addEdgeWithKey(edgeKey('IMPLEMENTS', `${CITY}#第二条`, `${PROVINCE}#第二条`), `${CITY}#第二条`, `${PROVINCE}#第二条`, {
      type: 'IMPLEMENTS', verdict: 'partial', score: 0.1, lagDays: 365,
      evidence: { passages: [], sharedEntities: [], signals: { reuse: 0, text: 0.1, entities: 0 } },
    });
    g.mergeEdgeAttributes(edgeKey('IMPLEMENTS', `${CITY}#第一条`, `${PROVINCE}#第一条`), { score: 0.319 });
    expect((0.1 + 0.319) / 2).not.toBe(0.2095);
    const city = cascadePairs(g, cascadeFrom(g, LAW)!).find((p) => p.lowerDoc === CITY)!;
    expect(city.medianScore).toBe(0.2095);
    expect(String(city.medianScore)).toBe('0.2095');
  });

  it('names the law’s articles the lower document carries and those it leaves out, never its framing article', () => {
    const g = family();
    const [province, city] = cascadePairs(g, cascadeFrom(g, LAW)!);
    expect(province.carried.map((m) => m.path)).toEqual(['第一条', '第二条']);
    expect(province.notCarried.map((m) => m.path)).toEqual(['第三条']);
    expect(province.measuresTotal).toBe(3);
    // Below the law, a pair is measured against the province's articles that carry the law.
    expect(city.carried.map((m) => m.path)).toEqual(['第一条']);
    expect(city.notCarried.map((m) => m.path)).toEqual(['第二条', '第三条']);
  });
});

describe('groupedCascade (the cascade view)', () => {
  it('draws one link per pair of documents and no article rows until a pair is opened', () => {
    const g = family();
    const c = cascadeFrom(g, LAW)!;
    const shown = groupedCascade(c, cascadePairs(g, c), new Set());
    expect(c.links).toHaveLength(5);
    expect(shown.links.map((l) => [l.lowerDoc, l.higherDoc, l.pair?.implements])).toEqual([
      [PROVINCE, LAW, 2],
      [CITY, PROVINCE, 1],
    ]);
    expect(shown.docs.every((d) => d.measures.length === 0)).toBe(true);
    expect(layoutCascade(shown).links).toHaveLength(2);
  });

  it('opens a pair into its article links, with the articles they join', () => {
    const g = family();
    const c = cascadeFrom(g, LAW)!;
    const shown = groupedCascade(c, cascadePairs(g, c), new Set([pairKey(PROVINCE, LAW)]));
    expect(shown.links.filter((l) => !l.pair)).toHaveLength(4);
    expect(shown.links.filter((l) => l.pair).map((l) => l.lowerDoc)).toEqual([CITY]);
    expect(shown.docs.find((d) => d.id === LAW)!.measures.map((m) => m.path)).toEqual(['第一条', '第二条']);
    expect(shown.docs.find((d) => d.id === PROVINCE)!.measures.map((m) => m.path)).toEqual(['第一条', '第二条', '第三条']);
    expect(shown.docs.find((d) => d.id === CITY)!.measures).toEqual([]);
  });

  it('leaves a cascade from one measure link by link', () => {
    const g = family();
    const c = cascadeFrom(g, `${LAW}#第一条`)!;
    expect(groupedCascade(c, cascadePairs(g, c), new Set())).toBe(c);
  });
});
