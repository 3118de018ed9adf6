// A document and an article in the search box (session 36 researcher's trial on the 献血法 family: "献血法 第十四条"
// found nothing, and "第十四条" listed twelve documents' 第十四条 without saying whose).
import { describe, expect, it } from 'vitest';
import { articleHits, graphFromSnapshot, hitPlace, searchNodes } from '../../../web/src/graph/index.js';
import { fixtureSnapshot } from '../fixtures.js';

function graph() {
  const g = graphFromSnapshot(fixtureSnapshot());
  const doc = (id: string, name: string, aliases: string[] = []) =>
    g.addNode(id, { type: 'Document', name, aliases, inCorpus: true, level: 'provincial', region: '浙江省', sources: [] } as never);
  const measure = (docId: string, path: string, text: string) =>
    g.addNode(`${docId}#${path}`, { type: 'Measure', name: text, text, docId, path, ordinal: 1, span: [0, text.length], kind: 'article', leaf: true } as never);
  doc('doc:中华人民共和国献血法@1997-12-29', '中华人民共和国献血法', ['献血法']);
  doc('doc:浙江省实施《中华人民共和国献血法》办法@2020-11-27', '浙江省实施《中华人民共和国献血法》办法');
  doc('doc:宁波市献血条例@2020-05-15', '宁波市献血条例');
  measure('doc:中华人民共和国献血法@1997-12-29', '第十四条', '第十四条公民临床用血时只交付用于血液的采集、储存、分离、检验等费用');
  measure('doc:中华人民共和国献血法@1997-12-29', '第四条', '第四条县级以上各级人民政府领导本行政区域内的献血工作');
  measure('doc:浙江省实施《中华人民共和国献血法》办法@2020-11-27', '第十四条', '第十四条血站应当……');
  measure('doc:宁波市献血条例@2020-05-15', '第三章/第十四条', '第十四条献血者……');
  measure('doc:宁波市献血条例@2020-05-15', '第三章/第十四条之一', '第十四条之一……');
  g.addNode('target:doc:宁波市献血条例@2020-05-15#第三章/第十四条#1', { type: 'Target', name: '四百毫升', docId: 'doc:宁波市献血条例@2020-05-15', measureId: 'doc:宁波市献血条例@2020-05-15#第三章/第十四条' } as never);
  return g;
}

describe('a document and an article', () => {
  const g = graph();
  it('finds the article of every document whose name contains the rest, the shortest name first', () => {
    expect(articleHits(g, '献血法 第十四条').map((h) => h.id)).toEqual([
      'doc:中华人民共和国献血法@1997-12-29#第十四条',
      'doc:浙江省实施《中华人民共和国献血法》办法@2020-11-27#第十四条',
    ]);
    expect(articleHits(g, '宁波市献血条例第十四条').map((h) => h.id)).toEqual(['doc:宁波市献血条例@2020-05-15#第三章/第十四条']);
    expect(articleHits(g, '宁波 第十四条之一').map((h) => h.id)).toEqual(['doc:宁波市献血条例@2020-05-15#第三章/第十四条之一']);
    expect(articleHits(g, '第十四条')).toEqual([]);
    expect(articleHits(g, '统计法 第十四条')).toEqual([]);
  });
  it('puts them first in the name search', () => {
    expect(searchNodes(g, '献血法 第十四条')[0]).toMatchObject({ id: 'doc:中华人民共和国献血法@1997-12-29#第十四条', type: 'Measure' });
  });
  it('says where a measure or a target is', () => {
    expect(hitPlace(g, 'doc:宁波市献血条例@2020-05-15#第三章/第十四条')).toEqual({ document: '宁波市献血条例', path: '第三章/第十四条' });
    expect(hitPlace(g, 'target:doc:宁波市献血条例@2020-05-15#第三章/第十四条#1')).toEqual({ document: '宁波市献血条例', path: '第三章/第十四条' });
    expect(hitPlace(g, 'doc:宁波市献血条例@2020-05-15')).toBeNull();
  });
});
