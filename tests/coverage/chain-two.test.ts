// Chains of two intermediates (coverage/index.ts measureRows): a county plan that implements its city's plan,
// which implements its province's, which implements the national one, carries the national measures via the
// city and then the province. On a small hand-built graph, so every link and score is known.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { directiveCoverage, lowerDocuments, measureRows, type CoverageGraph } from '../../coverage/index.js';
import { viaText } from '../../coverage/format.js';
import { columnLabel, matrixCsv, parseCsv } from '../../coverage/matrix-csv.js';
import { coverageMatrix } from '../../coverage/matrix.js';

type Level = 'national' | 'provincial' | 'municipal' | 'county';
const DOCS: [string, Level, string][] = [
  ['全国', 'national', '全国'],
  ['某省', 'provincial', '某省'],
  ['某市', 'municipal', '某市'],
  ['某县', 'county', '某县'],
  ['他省', 'provincial', '他省'],
];

/** Documents doc:<name>, each with measures doc:<name>#1…#n; links [lower measure, higher measure, verdict, score, lag]. */
function build(links: [string, string, 'implements' | 'partial', number, number][]): CoverageGraph {
  const g: CoverageGraph = new Graph.MultiDirectedGraph();
  const regions: [string, 'country' | 'province' | 'city' | 'county', string?][] = [['全国', 'country'], ['某省', 'province', '全国'], ['他省', 'province', '全国'], ['某市', 'city', '某省'], ['某县', 'county', '某市']];
  for (const [name, level] of regions) g.addNode(`region:${name}`, { type: 'Region', name, level } as never);
  for (const [name, , up] of regions) if (up) g.addEdge(`region:${name}`, `region:${up}`, { type: 'PART_OF' } as never);
  DOCS.forEach(([name, level, region], i) => {
    const doc = `doc:${name}`;
    g.addNode(doc, { type: 'Document', name, inCorpus: true, level, region, issuedOn: `202${i}-01-01`, year: 2020 + i, genre: 'plan', sources: [], aliases: [] } as never);
    for (let k = 1; k <= 3; k++) {
      g.addNode(`${doc}#${k}`, { type: 'Measure', name: `${name}措施${k}`, docId: doc, path: `${k}`, ordinal: k, kind: 'item', leaf: true, text: '', span: [0, 0] } as never);
    }
  });
  for (const [lo, hi, verdict, score, lagDays] of links) g.addEdge(lo, hi, { type: 'IMPLEMENTS', verdict, score, lagDays } as never);
  return g;
}

const row = (g: CoverageGraph, path: string) => measureRows(g, 'doc:全国', 'doc:某县').find((r) => r.path === path)!;

describe('county → city → province → national', () => {
  const chain: [string, string, 'implements' | 'partial', number, number][] = [
    ['doc:某省#1', 'doc:全国#1', 'implements', 0.6, 300],
    ['doc:某市#1', 'doc:某省#1', 'partial', 0.2, 200],
    ['doc:某县#2', 'doc:某市#1', 'implements', 0.5, 100],
  ];

  it('carries the national measure via the city and then the province: weakest verdict, lowest score, the county’s lag behind the national plan', () => {
    const r = row(build(chain), '1');
    expect(r.status).toBe('partial');
    // 全国 2020-01-01 to 某县 2023-01-01, as a direct link between them would say (the links' own lags play no part).
    expect(r.implementedBy).toMatchObject({ id: 'doc:某县#2', verdict: 'partial', score: 0.2, lagDays: 1096 });
    expect(r.implementedBy!.via).toMatchObject({
      id: 'doc:某市#1',
      docName: '某市',
      lower: { verdict: 'implements', score: 0.5 },
      higher: { verdict: 'partial', score: 0.2 },
      then: { id: 'doc:某省#1', docName: '某省', higher: { verdict: 'implements', score: 0.6 } },
    });
    expect(viaText(r)).toBe('via 某市 1 → 某省 1');
    // Without the county's link nothing reaches the national measure.
    expect(row(build(chain.slice(0, 2)), '1').status).toBe('gap');
  });

  it('does not count twice a lower link that carries out an earlier text of its intermediate', () => {
    // 某县's link lag measured from an earlier text of 某市's (laterVersion: 淄博 → 山东省's 2018 text on the mirror):
    // the chain's lag is still 某县's date − the national plan's.
    const later = build([chain[0], chain[1], ['doc:某县#2', 'doc:某市#1', 'implements', 0.5, 4000]]);
    expect(row(later, '1').implementedBy!.lagDays).toBe(1096);
    const oneStep = build([['doc:某市#2', 'doc:全国#2', 'implements', 0.5, 400], ['doc:某县#3', 'doc:某市#2', 'implements', 0.5, 4000]]);
    expect(row(oneStep, '2').implementedBy).toMatchObject({ lagDays: 1096, via: { id: 'doc:某市#2' } });
  });

  it('prefers a direct link, then a one-step chain, at an equal verdict', () => {
    const oneStep = build([...chain, ['doc:某市#2', 'doc:全国#1', 'partial', 0.15, 400], ['doc:某县#3', 'doc:某市#2', 'implements', 0.4, 100]]);
    expect(row(oneStep, '1').implementedBy).toMatchObject({ id: 'doc:某县#3', score: 0.15, via: { id: 'doc:某市#2' } });
    expect(row(oneStep, '1').implementedBy!.via!.then).toBeUndefined();
    const direct = build([...chain, ['doc:某县#1', 'doc:全国#1', 'partial', 0.1, 700]]);
    expect(row(direct, '1').implementedBy).toMatchObject({ id: 'doc:某县#1', score: 0.1 });
    expect(row(direct, '1').implementedBy!.via).toBeUndefined();
  });

  it('follows only documents on the county’s region chain, each below the one it implements', () => {
    // 他省 is not on 某县's chain; a province implementing a city (upwards) is not a chain.
    const otherProvince = build([
      ['doc:他省#1', 'doc:全国#2', 'implements', 0.6, 300],
      ['doc:某市#3', 'doc:他省#1', 'implements', 0.5, 200],
      ['doc:某县#1', 'doc:某市#3', 'implements', 0.5, 100],
    ]);
    expect(row(otherProvince, '2').status).toBe('gap');
    const upwards = build([
      ['doc:某市#2', 'doc:全国#3', 'implements', 0.6, 300],
      ['doc:某省#2', 'doc:某市#2', 'implements', 0.5, 200],
      ['doc:某县#1', 'doc:某省#2', 'implements', 0.5, 100],
    ]);
    // 某县 → 某省 → 某市 → 全国 goes up and down: only the one-step path 某县 → 某市 would count, and there is none.
    expect(row(upwards, '3').status).toBe('gap');
  });
});

describe('a county reached only through two intermediates', () => {
  it('is a lower document of the national plan (a column of its matrix)', () => {
    const g = build([
      ['doc:某省#1', 'doc:全国#1', 'implements', 0.6, 300],
      ['doc:某市#1', 'doc:某省#1', 'implements', 0.5, 200],
      ['doc:某县#2', 'doc:某市#1', 'implements', 0.5, 100],
    ]);
    expect(lowerDocuments(g, 'doc:全国').map((d) => d.id)).toEqual(expect.arrayContaining(['doc:某省', 'doc:某市', 'doc:某县']));
    expect(lowerDocuments(g, 'doc:全国').map((d) => d.id)).not.toContain('doc:他省');
  });
});

describe('the matrix of a two-step chain', () => {
  it('names both intermediates in the cell and its CSV column', () => {
    const g = build([
      ['doc:某省#1', 'doc:全国#1', 'implements', 0.6, 300],
      ['doc:某市#1', 'doc:某省#1', 'implements', 0.5, 200],
      ['doc:某县#2', 'doc:某市#1', 'implements', 0.5, 100],
    ]);
    const m = coverageMatrix(g, 'doc:全国');
    const col = m.columns.findIndex((c) => c.id === 'doc:某县');
    const cell = m.rows.find((r) => r.id === 'doc:全国#1')!.cells[col];
    expect(cell).toMatchObject({ status: 'implemented', best: 'doc:某县#2', via: { measure: 'doc:某市#1', docName: '某市', thenDocName: '某省' } });
    const rows = parseCsv(matrixCsv(m));
    const at = rows[0].indexOf(`${columnLabel(m.columns[col])}: via`);
    expect(rows.find((r) => r.at(-1) === 'doc:全国#1')![at]).toBe('某市 → 某省');
  });
});

describe('the lag of a chain through an intermediate that carries an earlier text of a revised law', () => {
  // The law's text here is its 2020 revision of a 2015 law. 某省's 2018 regulation carries out the 2015 text (a
  // laterVersion link, lag from 2015-06-01); 某市's 2022 regulation implements 某省's and, directly, the law. Before
  // session 25 the chain counted 某市's lag from the 2015 text (2,406 days) and its direct link from the 2020 text
  // (731): lag per region gave 731–2406 for one document.
  const revised = () => {
    const g = build([
      ['doc:某省#1', 'doc:全国#1', 'implements', 0.6, 1096],
      ['doc:某市#1', 'doc:某省#1', 'implements', 0.5, 1461],
      ['doc:某市#2', 'doc:全国#2', 'implements', 0.5, 731],
    ]);
    g.mergeNodeAttributes('doc:全国', { history: [{ date: '2015-06-01', action: 'adopted', by: '全国人民代表大会常务委员会' }, { date: '2020-01-01', action: 'revised', by: '全国人民代表大会常务委员会' }] } as never);
    g.mergeNodeAttributes('doc:某省', { issuedOn: '2018-06-01', year: 2018 } as never);
    g.mergeEdgeAttributes(g.edges('doc:某省#1', 'doc:全国#1')[0], { laterVersion: true } as never);
    return g;
  };
  const rowOf = (g: CoverageGraph, lower: string, path: string) => measureRows(g, 'doc:全国', lower).find((r) => r.path === path)!;

  it('gives the chain the lag of the lower document’s direct links: from the text in force when it was issued', () => {
    const g = revised();
    expect(rowOf(g, 'doc:某市', '1').implementedBy).toMatchObject({ via: { docName: '某省' }, lagDays: 731 });
    expect(rowOf(g, 'doc:某市', '2').implementedBy).toMatchObject({ lagDays: 731 });
    expect(rowOf(g, 'doc:某市', '2').implementedBy!.via).toBeUndefined();
  });

  it('gives one lag per lower document in the lag per region, and says which text it runs from', () => {
    const c = directiveCoverage(revised(), 'doc:全国');
    expect(c.lagByRegion.find((r) => r.key === '某市')).toMatchObject({ links: 2, minLagDays: 731, maxLagDays: 731 });
    // 某省 carried out the 2015 text: its lag runs from it, and its pair says so.
    expect(c.lagByRegion.find((r) => r.key === '某省')).toMatchObject({ minLagDays: 1096, maxLagDays: 1096 });
    expect(c.pairs.find((p) => p.lower === 'doc:某省')!.summary.lagFrom).toBe('2015-06-01');
    expect(c.pairs.find((p) => p.lower === 'doc:某市')!.summary.lagFrom).toBe('2020-01-01');
  });

  it('measures a lower document issued between two texts from the earlier one, as its direct links are', () => {
    const g = revised();
    g.mergeNodeAttributes('doc:某市', { issuedOn: '2019-01-01', year: 2019 } as never);
    // 某市 2019-01-01 − the 2015-06-01 text in force then.
    expect(rowOf(g, 'doc:某市', '1').implementedBy).toMatchObject({ lagDays: 1310 });
  });
});
