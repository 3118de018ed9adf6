// Full-text search as a user types: a phrase from a measure's text finds the measure with the
// phrase shown; a typo gets a "did you mean"; nothing close gets neither hits nor suggestions.
import { describe, expect, it } from 'vitest';
import { graphFromSnapshot } from '../../../web/src/graph/index.js';
import { mergeHits } from '../../../web/src/graph/search-merge.js';
import { searchNodes } from '../../../web/src/graph/search.js';
import { buildTextIndex, editDistance, tokenize } from '../../../web/src/graph/text-search.js';
import { NATIONAL, fixtureSnapshot } from '../fixtures.js';

const data = graphFromSnapshot(fixtureSnapshot());
const index = buildTextIndex(data);

describe('text search', () => {
  it('cuts Chinese into bigrams and keeps Latin words whole', () => {
    expect(tokenize('科学辟谣 App2 平台')).toEqual(['科学', '学辟', '辟谣', 'app2', '平台']);
    expect(tokenize('科')).toEqual(['科']);
  });

  it('finds a measure by a phrase of its text, with the phrase in the snippet', () => {
    const phrase = '动员科技工作者参与';
    const answer = index.search(phrase);
    const hit = answer.hits.find((h) => h.id === `${NATIONAL}#一/2`);
    expect(hit).toBeDefined();
    expect(hit!.exact).toBe(true);
    expect(hit!.snippet?.match).toBe(phrase);
    expect(answer.suggestions).toEqual([]);
  });

  it('finds a name and an alias', () => {
    expect(index.search('中国科学技术协会').hits[0]).toMatchObject({ id: 'org:中国科协', field: 'aliases', exact: true });
    expect(index.search('科学辟谣平台').hits.map((h) => h.id)).toContain('prog:科学辟谣平台');
  });

  it('suggests the name a typo was meant to be', () => {
    const answer = index.search('科普中果');
    expect(answer.hits.filter((h) => h.exact)).toEqual([]);
    expect(answer.suggestions).toContain('科普中国');
  });

  it('suggests nothing for a query close to no name', () => {
    expect(index.search('量子计算机').suggestions).toEqual([]);
  });

  it('measures edit distance', () => {
    expect(editDistance('科普中果', '科普中国')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('lists name matches first, then text matches the names did not give', () => {
    const merged = mergeHits(searchNodes(data, '青少年'), index.search('青少年').hits, 10);
    expect(merged[0]).toMatchObject({ id: 'group:青少年', field: 'name' });
    expect(merged.filter((h) => h.id === 'group:青少年')).toHaveLength(1);
    expect(merged.some((h) => h.field === 'text' || h.type === 'Measure')).toBe(true);
  });

  it('puts the node named exactly as the query before texts that repeat the name (session 22: a national law behind 20 articles citing it)', () => {
    const graph = graphFromSnapshot(fixtureSnapshot());
    const title = graph.getNodeAttribute(NATIONAL, 'name');
    for (let i = 0; i < 25; i++) {
      const text = `依照《${title}》有关规定执行，《${title}》未规定的，从其规定（第${i}条）`;
      const m = graph.getNodeAttributes(`${NATIONAL}#一/2`);
      if (m.type === 'Measure') graph.addNode(`${NATIONAL}#引用/${i}`, { ...m, name: text.slice(0, 40), text });
    }
    graph.addNode('doc:某省实施办法', { ...graph.getNodeAttributes(NATIONAL), name: `某省实施《${title}》办法` });
    const hits = buildTextIndex(graph).search(title).hits;
    expect(hits[0]).toMatchObject({ id: NATIONAL, type: 'Document', exact: true });
    expect(hits.findIndex((h) => h.type === 'Measure')).toBeGreaterThan(hits.findIndex((h) => h.id === 'doc:某省实施办法'));
  });
});
