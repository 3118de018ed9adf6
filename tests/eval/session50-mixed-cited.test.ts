// Session 50 (helper replay): the mixed count (tests/eval/mixed.ts) counts apart a link across families whose lower
// document cites the higher one. On a small snapshot of the library and culture families' real documents: 上海市公共图书馆条例
// cites 公共文化服务保障法 in its basis clause (第一条 根据《中华人民共和国公共文化服务保障法》…), 上海市公共文化服务保障与促进条例
// is of the culture family itself, and a link from 公共图书馆法's lower document to a law it does not cite stays wrong.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../graph-schema/index.js';
import { mixedReport } from './mixed.js';

const doc = (key: string, name: string, file: string) => ({ key, attributes: { type: 'Document', inCorpus: true, name, sources: [`x/${file}`] } });
const measure = (doc: string, path: string) => ({ key: `${doc}#${path}`, attributes: { type: 'Measure', docId: doc, path, text: '' } });
const implementsEdge = (lower: string, higher: string) => ({ key: `I|${lower}|${higher}`, source: lower, target: higher, attributes: { type: 'IMPLEMENTS', verdict: 'partial', score: 0.2 } });
const snapshot = {
  attributes: {},
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: [
    doc('lib-sh', '上海市公共图书馆条例', '上海市公共图书馆条例(2024-11-28).md'),
    doc('lib-law', '中华人民共和国公共图书馆法', '公共图书馆法(2018-10-26).md'),
    doc('cul-law', '中华人民共和国公共文化服务保障法', '公共文化服务保障法(2016-12-25).md'),
    doc('cul-zj', '浙江省公共文化服务保障条例', '浙江省公共文化服务保障条例(2017-11-30).md'),
    measure('lib-sh', '第一条'), measure('lib-sh', '第五条'), measure('lib-sh', '第九条'),
    measure('cul-law', '第十条'), measure('cul-law', '第十四条'), measure('lib-law', '第五条'),
    measure('cul-zj', '第三条'),
  ],
  edges: [
    // The 上海 regulation's basis clause cites the culture law (a Measure → Document CITES edge).
    { key: 'C|1', source: 'lib-sh#第一条', target: 'cul-law', attributes: { type: 'CITES', spans: [[0, 1]], via: ['title'] } },
    implementsEdge('lib-sh#第五条', 'lib-law#第五条'), // within the library family
    implementsEdge('lib-sh#第五条', 'cul-law#第十条'), // across families, cited
    implementsEdge('lib-sh#第九条', 'cul-law#第十四条'), // across families, cited
    implementsEdge('cul-zj#第三条', 'lib-law#第五条'), // across families, not cited: wrong
  ],
} as unknown as Snapshot;

describe('the mixed count apart for links whose lower document cites the higher one', () => {
  it('counts the 上海 library regulation’s links to the culture law it cites apart from the uncited one', async () => {
    const r = await mixedReport(['library', 'culture'], snapshot);
    expect(r.links).toBe(4);
    expect(r.crossLinks).toBe(3);
    expect(r.citedCrossLinks).toBe(2);
    expect(r.crossPairs).toEqual([
      ['上海市公共图书馆条例', '中华人民共和国公共文化服务保障法', 2, true],
      ['浙江省公共文化服务保障条例', '中华人民共和国公共图书馆法', 1, false],
    ]);
  });
});
