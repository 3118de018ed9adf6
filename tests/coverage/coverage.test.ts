// Coverage over a hand-built graph: the four measure statuses, entities carried, which lower
// documents a directive reaches (level, region chain, date), lag per region.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { edgeKey, type Level } from '../../graph-schema/index.js';
import { directiveCoverage, findDocument, lowerDocuments, pairCoverage, summaryLine, type CoverageGraph } from '../../coverage/index.js';
import { matrix, pairTable } from '../../coverage/format.js';

const N = 'doc:国家方案';
function graph(): CoverageGraph {
  const g: CoverageGraph = new MultiDirectedGraph();
  const region = (name: string, parent?: string) => {
    g.mergeNode(`region:${name}`, { type: 'Region', name, level: parent ? 'province' : 'country' });
    if (parent) g.addEdgeWithKey(edgeKey('PART_OF', `region:${name}`, `region:${parent}`), `region:${name}`, `region:${parent}`, { type: 'PART_OF' });
  };
  region('全国');
  region('河南省', '全国');
  region('广东省', '全国');
  g.mergeNode('region:郑州市', { type: 'Region', name: '郑州市', level: 'city' });
  g.addEdgeWithKey('p', 'region:郑州市', 'region:河南省', { type: 'PART_OF' });
  const doc = (id: string, level: Level, region: string, issuedOn: string) =>
    g.addNode(id, { type: 'Document', name: id.slice(4), inCorpus: true, level, region, issuedOn, year: Number(issuedOn.slice(0, 4)), sources: [] });
  doc(N, 'national', '全国', '2022-09-16');
  doc('doc:河南方案', 'provincial', '河南省', '2023-03-01');
  doc('doc:郑州方案', 'municipal', '郑州市', '2023-06-01');
  doc('doc:广东方案', 'provincial', '广东省', '2022-01-01'); // issued before the directive
  doc('doc:市供热条例', 'municipal', '郑州市', '2023-07-01'); // allowed by the rules, on another subject
  let o = 0;
  const measure = (docId: string, path: string, extra: object = {}) =>
    g.addNode(`${docId}#${path}`, { type: 'Measure', name: `${path}名`, text: '', docId, path, ordinal: o++, span: [0, 1], kind: 'item', leaf: true, ...extra });
  measure(N, '1');
  measure(N, '2');
  measure(N, '3');
  measure(N, '4', { addressees: ['中国科协党组、书记处'], forIssuerOnly: true });
  measure('doc:河南方案', '1');
  measure('doc:河南方案', '2');
  measure('doc:郑州方案', '1');
  measure('doc:市供热条例', '1');
  const link = (lower: string, higher: string, verdict: 'implements' | 'partial', score: number, lagDays: number) =>
    g.addEdgeWithKey(edgeKey('IMPLEMENTS', lower, higher), lower, higher, {
      type: 'IMPLEMENTS', verdict, score, lagDays, evidence: { passages: [], sharedEntities: [], signals: { reuse: 0, text: 0, entities: 0 } },
    });
  link('doc:河南方案#1', `${N}#1`, 'implements', 0.5, 166);
  link('doc:河南方案#2', `${N}#1`, 'partial', 0.6, 166);
  link('doc:河南方案#2', `${N}#2`, 'partial', 0.12, 166);
  link('doc:郑州方案#1', `${N}#3`, 'implements', 0.3, 258);
  // 郑州's plan names 河南's as its basis without any measure carrying one of it out.
  g.addEdgeWithKey(edgeKey('CITES', 'doc:郑州方案#1', 'doc:河南方案'), 'doc:郑州方案#1', 'doc:河南方案', { type: 'CITES', spans: [[0, 4]], via: ['title'] });
  g.addNode('prog:辟谣平台', { type: 'Programme', name: '辟谣平台', aliases: [] });
  g.addNode('group:农民', { type: 'TargetGroup', name: '农民', aliases: [] });
  const mention = (m: string, e: string, at: number) => g.addEdge(m, e, { type: 'MENTIONS', spans: [[at, at + 2]], surfaces: ['x'] });
  mention(`${N}#2`, 'prog:辟谣平台', 5);
  mention(`${N}#3`, 'group:农民', 9);
  mention('doc:河南方案#2', 'group:农民', 3);
  return g;
}

describe('coverage of a directive', () => {
  it('gives each higher measure a status: strongest verdict wins, issuer-only is not applicable', () => {
    const p = pairCoverage(graph(), N, 'doc:河南方案');
    expect(p.measures.map((r) => [r.path, r.status, r.implementedBy?.path])).toEqual([
      ['1', 'implemented', '1'], // implements 0.5 beats partial 0.6
      ['2', 'partial', '2'],
      ['3', 'gap', undefined],
      ['4', 'not applicable', undefined],
    ]);
    expect(p.programmes).toEqual([expect.objectContaining({ name: '辟谣平台', carried: false })]);
    expect(p.groups).toEqual([expect.objectContaining({ name: '农民', carried: true })]);
    expect(summaryLine(p.summary)).toBe('1 of 4 measures implemented, 1 partial, 1 gap, 1 not applicable; 1 programme/brand and 0 target groups not carried');
  });

  it('reaches lower documents by level, region chain, date and subject (a link or a citation), grouped by region', () => {
    const g = graph();
    // 市供热条例 is below 国家方案 on its region chain and later, but neither implements nor cites it.
    expect(lowerDocuments(g, N).map((d) => d.id)).toEqual(['doc:河南方案', 'doc:郑州方案']);
    expect(lowerDocuments(g, 'doc:河南方案').map((d) => d.id)).toEqual(['doc:郑州方案']);
    expect(lowerDocuments(g, 'doc:广东方案')).toEqual([]);
    expect(directiveCoverage(g, N, { region: '郑州市' }).lowers.map((d) => d.id)).toEqual(['doc:郑州方案']);
  });

  it('aggregates lag per region and per directive', () => {
    const c = directiveCoverage(graph(), N);
    expect(c.lagByRegion).toEqual([
      expect.objectContaining({ key: '河南省', links: 2, medianLagDays: 166 }),
      expect.objectContaining({ key: '郑州市', links: 1, medianLagDays: 258 }),
    ]);
    expect(c.lag).toMatchObject({ links: 3, medianLagDays: 166, minLagDays: 166, maxLagDays: 258 });
  });

  it('prints one document as a table and all of them as a matrix', () => {
    const g = graph();
    const c = directiveCoverage(g, N);
    const m = matrix(c, 'table');
    expect(m).toMatch(/\[1\] 河南省\/provincial: 河南方案/);
    expect(m.split('\n').find((l) => l.startsWith('4 '))).toMatch(/n\/a\s+n\/a/);
    expect(m.split('\n').find((l) => l.startsWith('Programme'))).toMatch(/辟谣平台\s+NOT\s+NOT/);
    const csv = pairTable(c.pairs[0], { higher: '国家方案', lower: '河南方案' }, 'csv').split('\n');
    expect(csv[0]).toBe('row,path,higher,status,lower path,via,score,lag');
    expect(csv).toContain('measure,1,1名,implemented,1,,0.50,166d');
  });

  it('finds a document by id, title or a unique part of the title', () => {
    const g = graph();
    expect(findDocument(g, N).id).toBe(N);
    expect(findDocument(g, '郑州').id).toBe('doc:郑州方案');
    expect(findDocument(g, '方案').candidates).toHaveLength(4);
  });
});
