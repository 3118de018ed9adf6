// The cascade computation (web/src/graph/cascade.ts) and its layout, on the fixture graph grown
// with what a researcher meets: a directive cited from many places of one plan (one row, not one
// per place), a second province (dropped by a region filter), a city plan implementing the
// province (a chain of three levels), and a plan issued later (dropped by a date).
import { describe, expect, it, vi } from 'vitest';
import { edgeKey, type NodeOf } from '../../graph-schema/index.js';
import { cascadeFrom, cascadeRoots, cascadeSummary, citeSpans, compareDocs, defaultCascadeRoot, measuresOf, onRegionChain } from '../../web/src/graph/cascade.js';
import { CASCADE_GEOMETRY, curveDistance, estimateLabelWidth, layoutCascade, LINK_HIT, nearestLink } from '../../web/src/graph/cascade-layout.js';
import { cascadeText } from '../../web/src/graph/cascade-format.js';
import { DIRECTIVE, JILIN, NATIONAL, fixtureGraph } from './fixtures.js';

const HUBEI = 'doc:湖北省科协2023年科普工作要点';
const CITY = 'doc:长春市科协2023年科普工作要点';

function grown() {
  const g = fixtureGraph();
  // Three more places in the national plan cite the directive (measure-level CITES).
  for (const [i, m] of [`${NATIONAL}#一/1`, `${NATIONAL}#一/2`].entries()) {
    g.addEdgeWithKey(edgeKey('CITES', m, DIRECTIVE), m, DIRECTIVE, { type: 'CITES', spans: [[100 + i * 10, 104 + i * 10]], via: ['abbreviation'] });
  }
  g.addNode('region:湖北省', { type: 'Region', name: '湖北省', level: 'province' });
  g.addNode('region:长春市', { type: 'Region', name: '长春市', level: 'city' });
  g.addEdgeWithKey(edgeKey('PART_OF', 'region:湖北省', 'region:全国'), 'region:湖北省', 'region:全国', { type: 'PART_OF' });
  g.addEdgeWithKey(edgeKey('PART_OF', 'region:长春市', 'region:吉林省'), 'region:长春市', 'region:吉林省', { type: 'PART_OF' });
  const plan = (id: string, level: 'provincial' | 'municipal', region: string, issuedOn: string) => {
    g.addNode(id, { type: 'Document', name: id.slice(4), inCorpus: true, level, region, issuedOn, year: Number(issuedOn.slice(0, 4)), sources: [] });
    const m = `${id}#1`;
    g.addNode(m, { type: 'Measure', name: '措施', text: '措施', docId: id, path: '1', ordinal: 1, span: [0, 2], kind: 'item', leaf: true });
    return m;
  };
  const hubei = plan(HUBEI, 'provincial', '湖北省', '2023-05-01');
  const city = plan(CITY, 'municipal', '长春市', '2023-06-01');
  const link = (lower: string, higher: string, score: number, lagDays: number) =>
    g.addEdgeWithKey(edgeKey('IMPLEMENTS', lower, higher), lower, higher, {
      type: 'IMPLEMENTS', verdict: score >= 0.24 ? 'implements' : 'partial', score, lagDays,
      evidence: { passages: [], sharedEntities: [], signals: { reuse: 0, text: score, entities: 0 } },
    });
  link(hubei, `${NATIONAL}#一/2`, 0.1, 426);
  link(city, `${JILIN}#1`, 0.5, 300);
  return g;
}

describe('cascadeFrom', () => {
  it('follows a cited directive down every level, one citation row per citing document', () => {
    const c = cascadeFrom(grown(), DIRECTIVE)!;
    const cites = c.links.filter((l) => l.kind === 'cites');
    // The national plan cites from its own text and two measures: one row with three places.
    expect(cites.map((l) => l.lowerDoc).sort()).toEqual([JILIN, NATIONAL].sort());
    expect(cites.find((l) => l.lowerDoc === NATIONAL)!.places).toBe(3);
    expect(c.docs.map((d) => d.id)).toEqual([DIRECTIVE, NATIONAL, JILIN, HUBEI, CITY]);
    expect(Object.fromEntries(c.docs.map((d) => [d.id, d.depth]))).toEqual({ [DIRECTIVE]: 0, [NATIONAL]: 1, [JILIN]: 1, [HUBEI]: 2, [CITY]: 2 });
    // The city implements a 吉林 measure: the chain goes on three levels down.
    const city = c.links.find((l) => l.lowerDoc === CITY)!;
    expect(city).toMatchObject({ kind: 'implements', higher: `${JILIN}#1`, lower: `${CITY}#1`, score: 0.5, lagDays: 300 });
    expect(cascadeSummary(c)).toEqual({ documents: 5, implements: 2, partial: 1, cites: 2 });
  });

  it('gives the places a citation link opens the reader at: distinct spans in reading order, and who cites first', () => {
    const g = grown();
    // The national plan cites at [0, 4] (its own text) and at two measures' places, [100, 104] and [110, 114].
    expect(citeSpans(g, NATIONAL, DIRECTIVE)).toEqual({ spans: [[0, 4], [100, 104], [110, 114]], first: NATIONAL });
    // The same place cited twice (a measure and its document) is one place.
    g.addEdgeWithKey(edgeKey('CITES', `${NATIONAL}#一/1`, JILIN), `${NATIONAL}#一/1`, JILIN, { type: 'CITES', spans: [[50, 54]], via: ['title'] });
    g.addEdgeWithKey(edgeKey('CITES', NATIONAL, JILIN), NATIONAL, JILIN, { type: 'CITES', spans: [[50, 54], [20, 24]], via: ['title'] });
    expect(citeSpans(g, NATIONAL, JILIN)).toEqual({ spans: [[20, 24], [50, 54]], first: NATIONAL });
    expect(citeSpans(g, JILIN, NATIONAL)).toEqual({ spans: [], first: JILIN });
  });

  it('from a measure: only its implementers, grouped by document, with the measures that take part', () => {
    const c = cascadeFrom(grown(), `${NATIONAL}#一/1`)!;
    expect(c.rootDoc).toBe(NATIONAL);
    expect(c.docs.map((d) => d.id)).toEqual([NATIONAL, JILIN, CITY]);
    expect(c.docs[0].measures.map((m) => m.id)).toEqual([`${NATIONAL}#一/1`]);
    expect(c.links.every((l) => l.kind !== 'cites')).toBe(true);
  });

  it('a region keeps the documents on its chain: above it, it, and its cities', () => {
    const g = grown();
    const c = cascadeFrom(g, DIRECTIVE, { region: '吉林省' })!;
    expect(c.docs.map((d) => d.id)).toEqual([DIRECTIVE, NATIONAL, JILIN, CITY]);
    expect(cascadeFrom(g, DIRECTIVE, { region: '湖北省' })!.docs.map((d) => d.id)).toEqual([DIRECTIVE, NATIONAL, HUBEI]);
    expect(onRegionChain(g, '全国', '长春市')).toBe(true);
    expect(onRegionChain(g, '湖北省', '长春市')).toBe(false);
  });

  it('a date leaves out documents issued after it, and what only they lead to', () => {
    const c = cascadeFrom(grown(), DIRECTIVE, { asOf: '2023-05-15' })!;
    expect(c.docs.map((d) => d.id)).toEqual([DIRECTIVE, NATIONAL, JILIN, HUBEI]);
    expect(cascadeFrom(grown(), NATIONAL, { asOf: '2021-12-31' })!.docs).toEqual([]);
  });

  it('is null for a node that is neither a document nor a measure', () => {
    expect(cascadeFrom(grown(), 'org:中国科协')).toBeNull();
  });

  it('opens by default on the highest document of the corpus, not on a higher cited-only one (a cited-only one when nothing else is a root)', () => {
    const g = grown();
    // The directive (central, cited only) ranks first, with as many documents below it as the national plan.
    const roots = cascadeRoots(g);
    expect(roots[0]).toMatchObject({ id: DIRECTIVE, inCorpus: false });
    expect(roots.find((r) => r.id === DIRECTIVE)!.lowers).toBeGreaterThanOrEqual(roots.find((r) => r.id === NATIONAL)!.lowers);
    expect(defaultCascadeRoot(g)).toBe(NATIONAL);
    // Only the citations to the directive left: it is the one root, and the default.
    g.filterEdges((_e, a) => a.type === 'IMPLEMENTS').forEach((e) => g.dropEdge(e));
    expect(cascadeRoots(g).map((r) => r.id)).toEqual([DIRECTIVE]);
    expect(defaultCascadeRoot(g)).toBe(DIRECTIVE);
  });

  it('orders documents by level, then date (a bare year after that year’s dates), then name', () => {
    const docs = [
      { level: 'provincial' as const, date: '2022', name: 'b' },
      { level: 'provincial' as const, date: '2022-03-01', name: 'c' },
      { level: 'national' as const, date: '2024-01-01', name: 'a' },
      { level: 'provincial' as const, date: undefined, name: 'd' },
    ].sort(compareDocs);
    expect(docs.map((d) => d.name)).toEqual(['a', 'd', 'c', 'b']);
  });
});

describe('layoutCascade', () => {
  it('puts levels in bands top to bottom and dates in columns left to right; links join measure rows', () => {
    const c = cascadeFrom(grown(), DIRECTIVE)!;
    const l = layoutCascade(c);
    const box = (id: string) => l.boxes.find((b) => b.doc.id === id)!;
    // Levels: central above national above provincial above municipal.
    expect(box(DIRECTIVE).y).toBeLessThan(box(NATIONAL).y);
    expect(box(NATIONAL).y + box(NATIONAL).height).toBeLessThan(box(JILIN).y);
    expect(box(JILIN).y + box(JILIN).height).toBeLessThan(box(CITY).y);
    // Time: undated directive first, then 2022-03-01, 2022 (year only), 2023-05-01, 2023-06-01.
    expect(l.columns.map((c) => c.date)).toEqual(['', '2022-03-01', '2022', '2023-05-01', '2023-06-01']);
    expect(box(DIRECTIVE).x).toBeLessThan(box(NATIONAL).x);
    expect(box(NATIONAL).x).toBeLessThan(box(JILIN).x);
    expect(box(JILIN).x).toBeLessThan(box(CITY).x);
    // Every link is drawn; an IMPLEMENTS link starts on its higher measure's row.
    expect(l.links).toHaveLength(c.links.length);
    const city = l.links.find((x) => x.link.lowerDoc === CITY)!;
    const [, y1] = /^M[\d.]+,([\d.]+)/.exec(city.path)!;
    expect(Number(y1)).toBe(box(JILIN).rows.get(`${JILIN}#1`));
    // Boxes in one column and band do not overlap.
    for (const a of l.boxes) for (const b of l.boxes) if (a !== b && a.x === b.x) expect(a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
  });
});

describe('nearestLink (session 33: clicks in an opened pair’s fan)', () => {
  it('picks the curve nearest to a point, and none farther than LINK_HIT.maxDistance', () => {
    const l = layoutCascade(cascadeFrom(grown(), DIRECTIVE)!);
    expect(l.links.length).toBeGreaterThan(2);
    for (const link of l.links) {
      // A point on the curve (its middle, t = ½ of the cubic) is its own link's, at distance 0.
      const c = link.curve;
      const mid = [(c[0] + 3 * c[2] + 3 * c[4] + c[6]) / 8, (c[1] + 3 * c[3] + 3 * c[5] + c[7]) / 8] as const;
      expect(curveDistance(c, mid[0], mid[1])).toBeLessThan(0.5);
      const others = l.links.filter((x) => x !== link).map((x) => curveDistance(x.curve, mid[0], mid[1]));
      if (Math.min(...others) > 1) expect(nearestLink(l, mid[0], mid[1])).toBe(link);
      // Moved off the curve, it is still that link's until another is nearer, and nobody's past maxDistance.
      const off = nearestLink(l, mid[0], mid[1] + LINK_HIT.maxDistance + 40);
      if (off) expect(curveDistance(off.curve, mid[0], mid[1] + LINK_HIT.maxDistance + 40)).toBeLessThanOrEqual(LINK_HIT.maxDistance);
    }
    expect(nearestLink(l, -1000, -1000)).toBeNull();
  });
});

describe('layoutCascade labels (session 32)', () => {
  it('keeps the labels at one box’s edge a line apart when several links end in neighbouring rows', () => {
    const g = grown();
    const hubei1 = `${HUBEI}#1`;
    const hubei2 = `${HUBEI}#2`;
    g.addNode(hubei2, { type: 'Measure', name: '措施二', text: '措施二', docId: HUBEI, path: '2', ordinal: 2, span: [3, 6], kind: 'item', leaf: true });
    const link = (lower: string, higher: string) =>
      g.addEdgeWithKey(edgeKey('IMPLEMENTS', lower, higher), lower, higher, {
        type: 'IMPLEMENTS', verdict: 'implements', score: 0.5, lagDays: 400,
        evidence: { passages: [], sharedEntities: [], signals: { reuse: 0, text: 0.5, entities: 0 } },
      });
    link(hubei1, `${NATIONAL}#一/1`);
    link(hubei2, `${NATIONAL}#一/1`);
    link(hubei2, `${NATIONAL}#一/2`);
    const l = layoutCascade(cascadeFrom(g, DIRECTIVE)!);
    const ys = l.links.filter((x) => x.link.lowerDoc === HUBEI).map((x) => x.label.y).sort((a, b) => a - b);
    expect(ys.length).toBe(4);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(12);
  });
});

describe('cascadeText (npm run report -- cascade)', () => {
  it('lists each document with the documents that carry it out, one line per pair, indented by depth', () => {
    const g = grown();
    const lines = cascadeText(g, cascadeFrom(g, DIRECTIVE)!).split('\n');
    expect(lines[0]).toBe('关于新时代进一步加强科学技术普及工作的意见 (central, undated, cited only)');
    expect(lines[1]).toBe('  ← 中国科协2022年科普工作要点: cites (3 places)');
    expect(lines).toContain('    ← 长春市科协2023年科普工作要点: 1 implements; median score 0.50; lag 300 d; reaches 1 of 1 measures');
    expect(lines).toContain('  吉林省科协2022年科普工作要点 (provincial, 吉林省, 2022)');
    expect(lines.some((l) => l.includes('§'))).toBe(false);
  });

  it('with links: every link under its pair', () => {
    const g = grown();
    const lines = cascadeText(g, cascadeFrom(g, DIRECTIVE)!, { links: true }).split('\n');
    const national = lines.indexOf('  ← 中国科协2022年科普工作要点: cites (3 places)');
    expect(lines[national + 1]).toBe('    cites (3 places)');
    const city = lines.indexOf('    ← 长春市科协2023年科普工作要点: 1 implements; median score 0.50; lag 300 d; reaches 1 of 1 measures');
    expect(lines[city + 1]).toBe('      § 1 implements § 1, score 0.50, lag 300 d');
  });
});

describe('cascade at the size of the law mirror', () => {
  // Session 22: measuresOf filtered every node of the graph per call; the roots list called it once per
  // document (5,391 documents × 191,555 nodes on the law mirror: 106 s, the page frozen for 5 minutes on Cascade).
  it('lists the roots and opens the default cascade with a bounded number of passes over the nodes, not one per document', () => {
    const g = grown();
    for (let i = 0; i < 200; i++) {
      const id = `doc:某市条例${i}`;
      g.addNode(id, { type: 'Document', name: id.slice(4), inCorpus: true, level: 'municipal', region: '吉林省', issuedOn: '2023-01-01', year: 2023, sources: [] });
      for (const p of [2, 1]) g.addNode(`${id}#${p}`, { type: 'Measure', name: '措施', text: '措施', docId: id, path: String(p), ordinal: p, span: [p * 10, p * 10 + 2], kind: 'item', leaf: true });
    }
    const passes = vi.spyOn(g, 'forEachNode');
    const filters = vi.spyOn(g, 'filterNodes');
    const roots = cascadeRoots(g);
    const root = defaultCascadeRoot(g, roots)!;
    cascadeFrom(g, root);
    expect(roots.length).toBeGreaterThan(0);
    expect(passes.mock.calls.length + filters.mock.calls.length).toBeLessThanOrEqual(3);
    // still each document's own measures, in text order
    expect(measuresOf(g, 'doc:某市条例7')).toEqual(['doc:某市条例7#1', 'doc:某市条例7#2']);
    expect(measuresOf(g, JILIN)).toEqual(g.filterNodes((_, a) => a.type === 'Measure' && a.docId === JILIN).sort((x, y) => g.getNodeAttribute(x, 'span' as never)[0] - g.getNodeAttribute(y, 'span' as never)[0]));
  });
});


describe('layoutCascade label room (session 34 trial)', () => {
  // The 教师法's cascade on the real mirror texts (tests/real/teachers): 上海 undated (first column), 河南 2010, 浙江 2021,
  // one pair link each. A pair's label (`落实 16 · 部分 3 · 引用 4 处 · 0.29 · 4229 天`) is wider than the 120 px column
  // gap: it was drawn over the title of 河南's box, the column before 浙江's, and 上海's ran off the left edge.
  const docs = [
    { id: 'law', name: '中华人民共和国教师法', level: 'central' as const, date: '2009-08-27' },
    { id: 'sh', name: '上海市实施办法', level: 'provincial' as const },
    { id: 'hn', name: '河南省实施办法', level: 'provincial' as const, date: '2010-07-30' },
    { id: 'zj', name: '浙江省实施办法', level: 'provincial' as const, date: '2021-03-26' },
  ].map((d, i) => ({ ...d, inCorpus: true, depth: i ? 1 : 0, measures: [] }));
  const labels: Record<string, string> = {
    sh: '落实 22 · 部分 1 · 引用 1 处 · 0.33 · 1464 天',
    hn: '落实 29 · 部分 5 · 引用 4 处 · 0.26 · 337 天',
    zj: '落实 16 · 部分 3 · 引用 4 处 · 0.29 · 4229 天',
  };
  const cascade = {
    root: 'law',
    rootDoc: 'law',
    docs,
    links: ['sh', 'hn', 'zj'].map((d) => ({ kind: 'implements' as const, lowerDoc: d, higherDoc: 'law' })),
  };

  it('estimates a label at least as wide as the page draws it (CJK one em, digits 0.7 em, bold 11 px)', () => {
    // Measured in Debian's chromium (cascade-labels.browser.test.ts checks every label it draws): 浙江's label above is
    // 242.9 px wide, its English one (`16 impl · 3 part · cited 4× · 0.29 · 4229 d`) 251.9 px.
    expect(estimateLabelWidth(labels.zj)).toBeGreaterThanOrEqual(243);
    expect(estimateLabelWidth('16 impl · 3 part · cited 4× · 0.29 · 4229 d')).toBeGreaterThanOrEqual(252);
    expect(estimateLabelWidth('天')).toBe(11 + 3);
    expect(estimateLabelWidth('0.29')).toBe(Math.ceil(4 * 0.7 * 11) + 3);
  });

  it('keeps every label clear of every box and of the band names, given the labels’ widths', () => {
    const width = (l: { lowerDoc: string }) => estimateLabelWidth(labels[l.lowerDoc]);
    const layout = layoutCascade(cascade, { labelWidth: width });
    expect(layout.links).toHaveLength(3);
    for (const { link, label } of layout.links) {
      const [x0, x1] = label.anchor === 'end' ? [label.x - width(link), label.x] : [label.x, label.x + width(link)];
      expect(x0, `${link.lowerDoc}'s label starts right of the band's name`).toBeGreaterThanOrEqual(CASCADE_GEOMETRY.bandLabel);
      for (const b of layout.boxes) {
        const across = x0 < b.x + b.width && x1 > b.x;
        const down = label.y - 11 < b.y + b.height && label.y + 3 > b.y;
        expect(across && down, `${link.lowerDoc}'s label over ${b.doc.id}'s box`).toBe(false);
      }
    }
    // Without widths the geometry is the old one (the report and the tests that place by it).
    const old = layoutCascade(cascade);
    expect(old.boxes.find((b) => b.doc.id === 'sh')!.x).toBe(CASCADE_GEOMETRY.left);
  });
});

describe('a document without a printed date (session 34 trial)', () => {
  // 上海's 1997 实施办法 prints no date; its file's name does (ingest's fileDate), and its links' lags count from it.
  // It was drawn as undated, beside a lag of 1464 days.
  it('keeps its file name’s date apart from an issue date and places it there', () => {
    const g = grown();
    const { issuedOn: _issued, year: _year, ...rest } = g.getNodeAttributes(HUBEI) as NodeOf<'Document'>;
    g.replaceNodeAttributes(HUBEI, { ...rest, fileDate: '2021-02-03' });
    const c = cascadeFrom(g, DIRECTIVE)!;
    const hubei = c.docs.find((d) => d.id === HUBEI)!;
    expect(hubei.date).toBeUndefined();
    expect(hubei.fileDate).toBe('2021-02-03');
    const l = layoutCascade(c);
    expect(l.columns.map((x) => x.date)).toEqual(['', '2021-02-03', '2022-03-01', '2022', '2023-06-01']);
    expect(l.boxes.find((b) => b.doc.id === HUBEI)!.x).toBe(l.columns[1].x);
  });
});

describe('a link to a document drawn in a later column (session 36 trial)', () => {
  // 献血法 (1997) with 浙江's 办法 as revised on 2020-11-27 and 宁波市献血条例 of 2020-05-15, which carries out 浙江's
  // earlier text (laterVersion): 宁波's box is a column left of 浙江's. Its link was drawn from 浙江's right edge,
  // looping back across both boxes to 宁波's left edge, and its label "0.90 · 2422 天" sat among the labels of the
  // links from the law that arrive there, so it read as the law's link.
  const docs = [
    { id: 'law', name: '中华人民共和国献血法', level: 'central' as const, date: '1997-12-29', measures: [{ id: 'law#14', path: '第十四条', name: '临床用血' }] },
    { id: 'zj', name: '浙江省实施办法', level: 'provincial' as const, date: '2020-11-27', measures: [{ id: 'zj#18', path: '第十八条', name: '临床用血' }] },
    { id: 'nb', name: '宁波市献血条例', level: 'municipal' as const, date: '2020-05-15', measures: [{ id: 'nb#25', path: '第二十五条', name: '免交' }] },
    { id: 'sh', name: '上海市献血条例', level: 'municipal' as const, date: '2020-11-27', measures: [{ id: 'sh#1', path: '第一条', name: '临床' }] },
  ].map((d, i) => ({ ...d, inCorpus: true, depth: i ? 1 : 0 }));
  const link = (lowerDoc: string, lower: string, higherDoc: string, higher: string) => ({ kind: 'implements' as const, lowerDoc, lower, higherDoc, higher, score: 0.5 });
  const cascade = {
    root: 'law',
    rootDoc: 'law',
    docs,
    links: [link('zj', 'zj#18', 'law', 'law#14'), link('nb', 'nb#25', 'law', 'law#14'), link('nb', 'nb#25', 'zj', 'zj#18'), link('sh', 'sh#1', 'zj', 'zj#18')],
  };

  it('draws every link between the facing edges, crossing no box, its label on the side where it ends', () => {
    const layout = layoutCascade(cascade as never, { labelWidth: () => 90 });
    const box = (id: string) => layout.boxes.find((b) => b.doc.id === id)!;
    expect(box('nb').x + box('nb').width, '宁波 is a column left of 浙江').toBeLessThan(box('zj').x);
    for (const { link: l, curve, label } of layout.links) {
      const name = `${l.lowerDoc} → ${l.higherDoc}`;
      for (let i = 1; i < 50; i++) {
        const t = i / 50;
        const u = 1 - t;
        const x = u * u * u * curve[0] + 3 * u * u * t * curve[2] + 3 * u * t * t * curve[4] + t * t * t * curve[6];
        const y = u * u * u * curve[1] + 3 * u * u * t * curve[3] + 3 * u * t * t * curve[5] + t * t * t * curve[7];
        for (const b of layout.boxes) {
          const inside = x > b.x + 1 && x < b.x + b.width - 1 && y > b.y + 1 && y < b.y + b.height - 1;
          expect(inside, `${name} crosses ${b.doc.id}'s box at t=${t}`).toBe(false);
        }
      }
    }
    for (const { link: l, curve, label } of layout.links) {
      const name = `${l.lowerDoc} → ${l.higherDoc}`;
      const lo = box(l.lowerDoc);
      const endsRight = curve[6] === lo.x + lo.width;
      expect(endsRight || curve[6] === lo.x, `${name} ends at an edge of its lower box`).toBe(true);
      expect(label.anchor, `${name}'s label`).toBe(endsRight ? 'start' : 'end');
      expect(label.x).toBe(endsRight ? curve[6] + 6 : curve[6] - 6);
    }
    // 宁波's two labels are at opposite edges: the law's on the left, 浙江's on the right.
    const nb = layout.links.filter((l) => l.link.lowerDoc === 'nb').map((l) => [l.link.higherDoc, l.label.anchor]);
    expect(Object.fromEntries(nb)).toEqual({ law: 'end', zj: 'start' });
  });
});
