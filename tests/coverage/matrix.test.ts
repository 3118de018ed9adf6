// The coverage matrix over a hand-built graph (statuses, thresholds re-read from scores, asOf,
// sorting, province shares, CSV round trip) and on the sample corpus (吉林省 against the 2020
// national plan leaves 科学辟谣平台 out).
import { MultiDirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { edgeKey, type Level } from '../../graph-schema/index.js';
import { graphFromSnapshot, pairCoverage, type CoverageGraph } from '../../coverage/index.js';
import { coverageMatrix, filterColumns, issuedBy, provinceShares, sortMatrix } from '../../coverage/matrix.js';
import { matrixCsv, matrixCsvName, parseCsv } from '../../coverage/matrix-csv.js';
import { featureShares } from '../../coverage/map.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../../ingest/pipeline.js';
import { coverageReport } from '../../scripts/report.js';
import { addRegion } from './chain-fixture.js';

const N = 'doc:国家方案';
function graph(): CoverageGraph {
  const g: CoverageGraph = new MultiDirectedGraph();
  const region = (name: string, level: 'country' | 'province' | 'city', parent?: string) => addRegion(g, name, level, parent);
  region('全国', 'country');
  region('河南省', 'province', '全国');
  region('吉林省', 'province', '全国');
  region('郑州市', 'city', '河南省');
  const doc = (id: string, level: Level, region: string, issuedOn: string) =>
    g.addNode(id, { type: 'Document', name: id.slice(4), inCorpus: true, level, region, issuedOn, year: Number(issuedOn.slice(0, 4)), sources: [] });
  doc(N, 'national', '全国', '2022-09-16');
  doc('doc:河南方案', 'provincial', '河南省', '2023-03-01');
  doc('doc:郑州方案', 'municipal', '郑州市', '2023-06-01');
  doc('doc:吉林方案', 'provincial', '吉林省', '2024-01-10');
  let o = 0;
  const measure = (docId: string, path: string, extra: object = {}) =>
    g.addNode(`${docId}#${path}`, { type: 'Measure', name: `${path}名`, text: '', docId, path, ordinal: o++, span: [0, 1], kind: 'item', leaf: true, ...extra });
  for (const p of ['1', '2', '3']) measure(N, p);
  measure(N, '4', { addressees: ['中国科协党组、书记处'], forIssuerOnly: true });
  measure('doc:河南方案', '1');
  measure('doc:河南方案', '2');
  measure('doc:郑州方案', '1');
  measure('doc:吉林方案', '1');
  const link = (lower: string, higher: string, verdict: 'implements' | 'partial', score: number, lagDays: number) =>
    g.addEdgeWithKey(edgeKey('IMPLEMENTS', lower, higher), lower, higher, {
      type: 'IMPLEMENTS', verdict, score, lagDays, evidence: { passages: [], sharedEntities: [], signals: { reuse: 0, text: 0, entities: 0 } },
    });
  link('doc:河南方案#1', `${N}#1`, 'implements', 0.5, 166);
  link('doc:河南方案#2', `${N}#2`, 'partial', 0.12, 166);
  link('doc:郑州方案#1', `${N}#3`, 'implements', 0.3, 258);
  link('doc:吉林方案#1', `${N}#2`, 'implements', 0.26, 481);
  g.addNode('prog:辟谣平台', { type: 'Programme', name: '辟谣平台', aliases: [] });
  g.addNode('brand:科普中国', { type: 'Brand', name: '科普中国', aliases: [] });
  g.addNode('group:农民', { type: 'TargetGroup', name: '农民', aliases: [] });
  const mention = (m: string, e: string, at: number) => g.addEdge(m, e, { type: 'MENTIONS', spans: [[at, at + 2]], surfaces: ['x'] });
  mention(`${N}#2`, 'prog:辟谣平台', 5);
  mention(`${N}#3`, 'group:农民', 9);
  mention(`${N}#1`, 'brand:科普中国', 1);
  mention('doc:河南方案#2', 'group:农民', 3);
  mention('doc:吉林方案#1', 'prog:辟谣平台', 3);
  return g;
}

const cellsOf = (m: ReturnType<typeof coverageMatrix>, rowName: string) => m.rows.find((r) => r.name === rowName)!.cells.map((c) => c.status);

describe('coverage matrix', () => {
  it('has the measures in order, then programmes, brands, target groups; columns by region and level', () => {
    const m = coverageMatrix(graph(), N);
    expect(m.rows.map((r) => `${r.kind}:${r.name}`)).toEqual(['Measure:1名', 'Measure:2名', 'Measure:3名', 'Measure:4名', 'Programme:辟谣平台', 'Brand:科普中国', 'TargetGroup:农民']);
    expect(m.columns.map((c) => [c.name, c.province])).toEqual([
      ['河南方案', '河南省'],
      ['郑州方案', '河南省'],
      ['吉林方案', '吉林省'],
    ]);
    expect(cellsOf(m, '1名')).toEqual(['implemented', 'gap', 'gap']);
    expect(cellsOf(m, '2名')).toEqual(['partial', 'gap', 'implemented']);
    expect(cellsOf(m, '4名')).toEqual(['not applicable', 'not applicable', 'not applicable']);
    expect(cellsOf(m, '辟谣平台')).toEqual(['not carried', 'not carried', 'carried']);
    expect(cellsOf(m, '农民')).toEqual(['carried', 'not carried', 'not carried']);
    const cell = m.rows[1].cells[2];
    expect(cell).toMatchObject({ best: 'doc:吉林方案#1', score: 0.26, lagDays: 481, count: 1 });
  });

  it('agrees with the pair coverage the Gaps view and the report show', () => {
    const g = graph();
    const m = coverageMatrix(g, N);
    m.columns.forEach((c, j) => {
      const p = pairCoverage(g, N, c.id);
      expect(m.rows.filter((r) => r.kind === 'Measure').map((r) => r.cells[j].status)).toEqual(p.measures.map((r) => r.status));
    });
  });

  it('re-reads verdicts from the scores under other thresholds', () => {
    const strict = coverageMatrix(graph(), N, { thresholds: { implements: 0.4, partial: 0.2 } });
    expect(cellsOf(strict, '2名')).toEqual(['gap', 'gap', 'partial']); // 0.12 below partial, 0.26 now partial
    expect(cellsOf(strict, '3名')).toEqual(['gap', 'partial', 'gap']);
    const loose = coverageMatrix(graph(), N, { thresholds: { implements: 0.1, partial: 0.05 } });
    expect(cellsOf(loose, '2名')).toEqual(['implemented', 'gap', 'implemented']);
  });

  it('leaves out documents issued after asOf (and everything before the directive)', () => {
    expect(coverageMatrix(graph(), N, { asOf: '2023-05-31' }).columns.map((c) => c.name)).toEqual(['河南方案']);
    expect(coverageMatrix(graph(), N, { asOf: '2023' }).columns.map((c) => c.name)).toEqual(['河南方案', '郑州方案']);
    expect(coverageMatrix(graph(), N, { asOf: '2021-01-01' }).columns).toEqual([]);
    expect(issuedBy({ year: 2024 }, '2023-12-31')).toBe(false);
    expect(issuedBy({}, '2000-01-01')).toBe(true);
  });

  it('filters by region and sorts rows and columns by coverage', () => {
    expect(coverageMatrix(graph(), N, { region: '河南省' }).columns.map((c) => c.name)).toEqual(['河南方案', '郑州方案']);
    const m = sortMatrix(coverageMatrix(graph(), N), 'coverage');
    // 河南 covers 2 of 3 applicable measures, 郑州 1, 吉林 1 (a tie keeps the region order).
    expect(m.columns.map((c) => [c.name, c.share.share])).toEqual([
      ['河南方案', 2 / 3],
      ['郑州方案', 1 / 3],
      ['吉林方案', 1 / 3],
    ]);
    expect(m.rows.map((r) => r.name)).toEqual(['2名', '1名', '3名', '4名', '辟谣平台', '农民', '科普中国']);
    expect(m.rows[0].cells.map((c) => c.status)).toEqual(['partial', 'gap', 'implemented']);
    const henan = filterColumns(m, (c) => c.province === '河南省');
    expect(henan.columns.map((c) => c.name)).toEqual(['河南方案', '郑州方案']);
    expect(henan.rows.find((r) => r.name === '2名')!.share.share).toBe(1 / 2);
  });

  it('aggregates the share per province and per map feature', () => {
    const m = coverageMatrix(graph(), N);
    const p = provinceShares(m);
    expect(p.get('河南省')).toMatchObject({ documents: 2, implemented: 2, partial: 1, applicable: 6, share: 0.5 });
    expect(featureShares(m).get('CN-JL')).toMatchObject({ provinces: ['吉林省'], documents: 1, share: 1 / 3 });
    expect(featureShares(m).has('CN-GD')).toBe(false);
  });

  it('keeps a lag known from years only a number in the CSV, flagged in its own column', () => {
    const m = coverageMatrix(graph(), N);
    const cell = m.rows.flatMap((r) => r.cells).find((c) => c.lagDays !== undefined)!;
    const approx: typeof m = { ...m, rows: m.rows.map((r) => ({ ...r, cells: r.cells.map((c) => (c === cell ? { ...c, lagApprox: true } : c)) })) };
    const rows = parseCsv(matrixCsv(approx));
    const flagged = rows.slice(1).flatMap((r) => r.map((v, i) => ({ v, i }))).filter(({ v }) => v === 'yes');
    expect(flagged).toHaveLength(1);
    const row = rows.slice(1).find((r) => r.includes('yes'))!;
    expect(row[flagged[0].i - 1]).toBe(String(cell.lagDays));
    expect(rows.flat().some((v) => v.includes('≈'))).toBe(false);
  });

  it('writes a CSV that parses back to the matrix', () => {
    const m = coverageMatrix(graph(), N);
    const rows = parseCsv(matrixCsv(m));
    expect(rows[0].slice(0, 6)).toEqual(['Kind', 'Path', 'Name', '河南省 / provincial / 河南方案: status', '河南省 / provincial / 河南方案: score', '河南省 / provincial / 河南方案: lag (days)']);
    expect(rows).toHaveLength(m.rows.length + 1);
    expect(rows[0].slice(6, 8)).toEqual(['河南省 / provincial / 河南方案: lag approximate', '河南省 / provincial / 河南方案: via']);
    expect(rows[2].slice(0, 18)).toEqual(['Measure', '2', '2名', 'partial', '0.12', '166', '', '', 'gap', '', '', '', '', 'implemented', '0.26', '481', '', '']);
    expect(rows[5].slice(2, 18)).toEqual(['辟谣平台', 'not carried', '', '', '', '', 'not carried', '', '', '', '', 'carried', '', '', '', '']);
    expect(matrixCsvName('中国科协 2020/要点')).toBe('coverage-matrix_中国科协_2020_要点.csv');
  });
});

describe('coverage matrix on the sample corpus', () => {
  let g: CoverageGraph;
  beforeAll(async () => {
    g = graphFromSnapshot((await runIngest({ inputs: ['corpus'] })).snapshot);
  }, 120_000);

  it('shows 吉林省 not carrying 科学辟谣平台 of 中国科协2020年科普工作要点', () => {
    const m = coverageMatrix(g, 'doc:中国科协2020年科普工作要点', { region: '吉林省' });
    expect(m.columns.map((c) => c.name)).toEqual(['吉林省科协2020年科普工作要点']);
    expect(m.rows.find((r) => r.name === '科学辟谣平台')?.cells[0].status).toBe('not carried');
    expect(m.rows.filter((r) => r.kind === 'Measure')).toHaveLength(18);
    expect(featureShares(coverageMatrix(g, 'doc:中国科协2020年科普工作要点')).size).toBe(2);
  });

  it('is the CSV `npm run report -- coverage --format csv` prints for several lower documents', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-graph-matrix-'));
    const snapshot = join(dir, 'snapshot.json');
    writeFileSync(snapshot, JSON.stringify(g.export()));
    const csv = await coverageReport({ directive: '中国科协2020年科普工作要点', format: 'csv', snapshot });
    expect(csv).toBe(matrixCsv(coverageMatrix(g, 'doc:中国科协2020年科普工作要点')));
    expect(parseCsv(csv)[0].filter((h) => h.endsWith(': status'))).toHaveLength(2);
  });
});
