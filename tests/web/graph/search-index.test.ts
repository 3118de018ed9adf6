// Session 40: the name search reads a prepared index, not the graph. The server answers every /api/search in the page's
// order (inPageOrder, session 39), so it runs this search per request: at 50k nodes the walk over the graph cost
// 75–260 ms a request (tests/web/scale/search-cost.ts). Once prepared, a search walks no node and counts the edges of
// the nodes that match only; its hits are the walk's.
import { describe, expect, it } from 'vitest';
import { graphFromSnapshot, searchNodes } from '../../../web/src/graph/index.js';
import { prepareNameSearch } from '../../../web/src/graph/search.js';
import { NATIONAL, fixtureSnapshot } from '../fixtures.js';

/** The fixture with an article of its national document (a document-and-article query, articleHits). */
function fixtureGraph() {
  const graph = graphFromSnapshot(fixtureSnapshot());
  graph.addNode(`${NATIONAL}#第一章/第三条`, { type: 'Measure', name: '第三条 测试条文', docId: NATIONAL, path: '第一章/第三条' } as never);
  return graph;
}
const ARTICLE = `${graphFromSnapshot(fixtureSnapshot()).getNodeAttribute(NATIONAL, 'name')} 第三条`;
const QUERIES = [ARTICLE, '中国科协', '吉林省科协', '辟谣', '中国科学技术协会', '基层科普', ' 青 少年 ', '第三条', '无此名称'];

describe('the name search on a prepared graph', () => {
  it('walks no node and counts only the matching nodes’ edges, with the same hits as before it was prepared', async () => {
    const fresh = fixtureGraph();
    const before = QUERIES.map((q) => searchNodes(fresh, q, { limit: 50 }));

    expect(before[0][0]).toMatchObject({ id: `${NATIONAL}#第一章/第三条` });
    const graph = fixtureGraph();
    await prepareNameSearch(graph, { yieldFn: async () => {} });
    let walks = 0;
    let degrees = 0;
    const forEachNode = graph.forEachNode.bind(graph);
    const degree = graph.degree.bind(graph);
    graph.forEachNode = ((cb: Parameters<typeof forEachNode>[0]) => {
      walks++;
      return forEachNode(cb);
    }) as typeof graph.forEachNode;
    graph.degree = ((n: string) => {
      degrees++;
      return degree(n);
    }) as typeof graph.degree;

    const after = QUERIES.map((q) => searchNodes(graph, q, { limit: 50 }));
    expect(after).toEqual(before);
    expect(walks).toBe(0);
    // Every hit's edges counted once at most (the ranking's tie-break), none of the other nodes'.
    const matched = after.reduce((n, hits) => n + hits.length, 0);
    expect(degrees).toBeLessThanOrEqual(matched);
    expect(after.find((hits) => hits.length === 0)).toBeDefined();
  });

  it('finds a node added after it was prepared', async () => {
    const graph = graphFromSnapshot(fixtureSnapshot());
    await prepareNameSearch(graph, { yieldFn: async () => {} });
    graph.addNode('org:新加的单位', { type: 'Organisation', name: '新加的单位' } as never);
    expect(searchNodes(graph, '新加的单位')[0]).toMatchObject({ id: 'org:新加的单位', kind: 'exact' });
  });
});
