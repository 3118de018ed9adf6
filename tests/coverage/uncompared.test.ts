// Lower documents on a directive's subject that are no column of its matrix (session 37 planner's trial: 北京's
// 老年人权益保障条例 of 1995 predates the 老年人权益保障法 of 1996, so it has no link and no column, and the map drew
// 北京 "no document" beside it). The matrix, the map and the report name them.
import { MultiDirectedGraph } from 'graphology';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edgeKey, type Level } from '../../graph-schema/index.js';
import { graphFromSnapshot, lowerDocuments, uncomparedDocuments, UNCOMPARED_SUBJECT_WORDS, type CoverageGraph } from '../../coverage/index.js';
import { coverageMatrix } from '../../coverage/matrix.js';
import { featureShares, uncomparedByFeature } from '../../coverage/map.js';
import { runIngest } from '../../ingest/pipeline.js';
import { coverageReport } from '../../scripts/report.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { addRegion } from './chain-fixture.js';

const LAW = 'doc:老年人法';
const WORDS = ['老年人', '赡养', '赡养人', '敬老', '老龄', '扶养', '养老', '照料', '养老服务', '助老'];

function graph(): CoverageGraph {
  const g: CoverageGraph = new MultiDirectedGraph();
  const region = (name: string, level: 'country' | 'province' | 'city', parent?: string) => addRegion(g, name, level, parent);
  region('全国', 'country');
  for (const p of ['山东省', '北京市', '上海市', '广东省']) region(p, 'province', '全国');
  region('青岛市', 'city', '山东省');
  const doc = (id: string, level: Level, region: string, issuedOn: string, subject: string[], extra: object = {}) =>
    g.addNode(id, { type: 'Document', name: id.slice(4), inCorpus: true, level, region, issuedOn, year: Number(issuedOn.slice(0, 4)), sources: [], subject, ...extra });
  doc(LAW, 'national', '全国', '2018-12-29', WORDS, {
    history: [
      { date: '1996-08-29', action: 'adopted' },
      { date: '2018-12-29', action: 'amended' },
    ],
  });
  doc('doc:山东条例', 'provincial', '山东省', '2014-09-26', WORDS);
  // Five of the law's ten words: on its subject; before its adoption.
  doc('doc:北京条例', 'provincial', '北京市', '1995-09-22', [...WORDS.slice(0, 5), '老年病', '居住权', '侵害人', '养老金', '家属']);
  // On the subject, after the law, never linked.
  doc('doc:上海规定', 'provincial', '上海市', '2020-01-01', [...WORDS.slice(2, 8), '甲', '乙', '丙', '丁']);
  // Four words only: not named.
  doc('doc:广东条例', 'provincial', '广东省', '2019-01-01', [...WORDS.slice(0, 4), '居民', '选举', '小组', '派出', '补贴费', '市辖区']);
  // A city on the subject, before the law.
  doc('doc:青岛规定', 'municipal', '青岛市', '1994-05-01', WORDS);
  g.addNode(`${LAW}#1`, { type: 'Measure', name: '1名', text: '', docId: LAW, path: '1', ordinal: 0, span: [0, 1], kind: 'item', leaf: true });
  g.addNode('doc:山东条例#1', { type: 'Measure', name: '1名', text: '', docId: 'doc:山东条例', path: '1', ordinal: 1, span: [0, 1], kind: 'item', leaf: true });
  g.addEdgeWithKey(edgeKey('IMPLEMENTS', 'doc:山东条例#1', `${LAW}#1`), 'doc:山东条例#1', `${LAW}#1`, {
    type: 'IMPLEMENTS', verdict: 'implements', score: 0.5, lagDays: 637, laterVersion: true, evidence: { passages: [], sharedEntities: [], signals: { reuse: 0, text: 0, entities: 0 } },
  });
  return g;
}

describe('documents on the subject that are no column', () => {
  it('names those sharing at least half the subject words, with why they are no column', () => {
    expect(UNCOMPARED_SUBJECT_WORDS).toBe(5);
    const g = graph();
    expect(lowerDocuments(g, LAW).map((d) => d.id)).toEqual(['doc:山东条例']);
    const u = uncomparedDocuments(g, LAW, lowerDocuments(g, LAW));
    expect(u.map((d) => [d.id, d.reason, d.directiveSince ?? null, d.sharedSubject])).toEqual([
      ['doc:北京条例', 'earlier', '1996-08-29', 5],
      ['doc:青岛规定', 'earlier', '1996-08-29', 10],
      ['doc:上海规定', 'unlinked', null, 6],
    ]);
  });

  it('the matrix carries them, filtered like its columns (region, asOf), and the map draws them apart', () => {
    const g = graph();
    const m = coverageMatrix(g, LAW);
    expect(m.columns.map((c) => c.id)).toEqual(['doc:山东条例']);
    expect(m.uncompared.map((d) => [d.id, d.province])).toEqual([
      ['doc:北京条例', '北京市'],
      ['doc:青岛规定', '山东省'],
      ['doc:上海规定', '上海市'],
    ]);
    expect(coverageMatrix(g, LAW, { region: '北京市' }).uncompared.map((d) => d.id)).toEqual(['doc:北京条例']);
    expect(coverageMatrix(g, LAW, { asOf: '2019-12-31' }).uncompared.map((d) => d.id)).toEqual(['doc:北京条例', 'doc:青岛规定']);
    // 山东 has a column: its uncompared city does not repaint it; 北京 and 上海 are no longer "no document".
    expect([...featureShares(m).keys()]).toEqual(['CN-SD']);
    expect([...uncomparedByFeature(m)].map(([iso, ds]) => [iso, ds.map((d) => d.id)])).toEqual([
      ['CN-BJ', ['doc:北京条例']],
      ['CN-SH', ['doc:上海规定']],
    ]);
  });

  it('on the real 老年人权益保障 family: 北京 1995 is named, 山东 and 浙江 are the columns, the 居委会 law names none', async () => {
    const { snapshot } = await runIngest({ inputs: [join(import.meta.dirname, '../real/elderly/corpus'), join(import.meta.dirname, '../real/residents/corpus')] });
    const g = graphFromSnapshot(snapshot);
    const law = snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.inCorpus && n.attributes.name === '中华人民共和国老年人权益保障法')!.key;
    const m = coverageMatrix(g, law);
    expect(m.columns.map((c) => c.region)).toEqual(['山东省', '浙江省']);
    expect(m.uncompared.map((d) => [d.name, d.reason, d.issuedOn, d.directiveSince])).toEqual([['北京市老年人权益保障条例', 'earlier', '1995-09-22', '1996-08-29']]);
    const residents = snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.inCorpus && n.attributes.name === '中华人民共和国城市居民委员会组织法')!.key;
    expect(coverageMatrix(g, residents).uncompared).toEqual([]);
    // The report names it under its table.
    const file = join(mkdtempSync(join(tmpdir(), 'uncompared-')), 'snapshot.json');
    writeFileSync(file, JSON.stringify(snapshot));
    const text = await coverageReport({ directive: law, format: 'table', snapshot: file });
    expect(text.split('\n').filter((l) => l.startsWith('not compared'))).toEqual([
      "not compared (on its subject): 北京市: 北京市老年人权益保障条例 (1995-09-22; issued before the directive's first text of 1996-08-29)",
    ]);
    expect(await coverageReport({ directive: residents, format: 'table', snapshot: file })).not.toContain('not compared');
  }, 120_000);
});
