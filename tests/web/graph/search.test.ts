import { describe, expect, it } from 'vitest';
import { graphFromSnapshot, searchNodes } from '../../../web/src/graph/index.js';
import { fixtureSnapshot } from '../fixtures.js';

const graph = graphFromSnapshot(fixtureSnapshot());
const ids = (q: string) => searchNodes(graph, q).map((h) => h.id);

describe('searchNodes', () => {
  it('puts an exact name before names that start with it', () => {
    expect(ids('中国科协')[0]).toBe('org:中国科协');
  });

  it('puts a prefix match before a match inside the name', () => {
    const hits = searchNodes(graph, '吉林省科协');
    expect(hits[0]).toMatchObject({ id: 'org:吉林省科协', kind: 'exact' });
    expect(hits[1]).toMatchObject({ kind: 'prefix' });
  });

  it('finds names that contain the query', () => {
    expect(ids('辟谣')).toContain('prog:科学辟谣平台');
  });

  it('finds a node by its alias and says which alias matched', () => {
    expect(searchNodes(graph, '中国科学技术协会')[0]).toMatchObject({ id: 'org:中国科协', alias: '中国科学技术协会' });
  });

  it('ranks a name match above an alias match of the same kind', () => {
    const hits = searchNodes(graph, '基层科普');
    expect(hits[0]).toMatchObject({ id: 'prog:基层科普行动计划', kind: 'prefix' });
    expect(hits[0].alias).toBeUndefined();
  });

  it('ignores spaces and full-width Latin in the query', () => {
    expect(ids(' 青 少年 ')[0]).toBe('group:青少年');
  });

  it('returns nothing for an empty query', () => {
    expect(searchNodes(graph, '  ')).toEqual([]);
  });

  it('keeps only the requested node types', () => {
    const hits = searchNodes(graph, '科协', { types: new Set(['Document']) });
    expect(hits.every((h) => h.type === 'Document')).toBe(true);
    expect(hits.length).toBe(2);
  });

  it('caps the number of hits', () => {
    expect(searchNodes(graph, '科', { limit: 3 })).toHaveLength(3);
  });
});
