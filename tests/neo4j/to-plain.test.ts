import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../neo4j/to-plain.js';

const node = (elementId: string, id: string) => new neo4j.types.Node(neo4j.int(1), ['Document'], { id, year: neo4j.int(2020) }, elementId);

describe('plain JSON from Neo4j values', () => {
  it('turns integers within 2^53 into numbers and larger ones into strings', () => {
    expect(toPlain([neo4j.int(42), neo4j.int('9007199254740993')])).toEqual([42, '9007199254740993']);
  });

  it('names a node by its `id` property', () => {
    expect(toPlain(node('4:x:1', 'doc:甲'))).toEqual({ id: 'doc:甲', labels: ['Document'], properties: { id: 'doc:甲', year: 2020 } });
  });

  it('names relationship endpoints by `id` when it knows the nodes, by element id otherwise', () => {
    const rel = new neo4j.types.Relationship(neo4j.int(7), neo4j.int(1), neo4j.int(2), 'CITES', {}, '5:x:7', '4:x:1', '4:x:2');
    expect(toPlain(rel, new Map([['4:x:1', 'doc:甲']]))).toEqual({ type: 'CITES', start: 'doc:甲', end: '4:x:2', properties: {} });
  });

  it('writes dates as ISO strings', () => {
    expect(toPlain(new neo4j.types.Date(2024, 3, 6))).toBe('2024-03-06');
  });
});
