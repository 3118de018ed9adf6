// The relationship hint's reading of a console query (neo4j/relationship-hint.ts, session 35 planner's trial:
// `MATCH (d:Document {name: '中华人民共和国统计法'})<-[:IMPLEMENTS]-(x) RETURN x.name` answered "no rows" and nothing
// else; IMPLEMENTS joins measures).
import { describe, expect, it } from 'vitest';
import { patternText, relationshipHintQuery, relationshipHints, relationshipReads } from '../../neo4j/relationship-hint.js';

describe('relationshipReads', () => {
  it('reads the trial query as a relationship into a Document', () => {
    const reads = relationshipReads("MATCH (d:Document {name: '中华人民共和国统计法'})<-[:IMPLEMENTS]-(x) RETURN x.name");
    expect(reads).toEqual([{ type: 'IMPLEMENTS', to: 'Document' }]);
    expect(patternText(reads[0])).toBe('()-[:IMPLEMENTS]->(:Document)');
  });

  it('orients by the arrow, takes labels bound elsewhere, follows chains, each once', () => {
    expect(relationshipReads('MATCH (a:Measure)-[r:IMPLEMENTS {verdict: "x"}]->(b) MATCH (b:Measure) RETURN a')).toEqual([{ type: 'IMPLEMENTS', from: 'Measure', to: 'Measure' }]);
    expect(relationshipReads('MATCH (d:Document)-[:HAS_MEASURE]->(m:Measure)<-[:IMPLEMENTS]-(x:Measure) RETURN x')).toEqual([
      { type: 'HAS_MEASURE', from: 'Document', to: 'Measure' },
      { type: 'IMPLEMENTS', from: 'Measure', to: 'Measure' },
    ]);
    expect(relationshipReads('MATCH (a:Measure)-[:IMPLEMENTS]->(b:Measure), (c:Measure)-[:IMPLEMENTS]->(d:Measure) RETURN a')).toHaveLength(1);
  });

  it('leaves out undirected, several-typed, variable-length and unlabelled patterns, and text in strings or comments', () => {
    expect(relationshipReads('MATCH (a:Document)-[:CITES]-(b) RETURN a')).toEqual([]);
    expect(relationshipReads('MATCH (a:Document)-[:CITES|IMPLEMENTS]->(b) RETURN a')).toEqual([]);
    expect(relationshipReads('MATCH (a:Document)-[:HAS_MEASURE*1..3]->(b) RETURN a')).toEqual([]);
    expect(relationshipReads('MATCH (a)-[:CITES]->(b) RETURN a')).toEqual([]);
    expect(relationshipReads("RETURN '(d:Document)<-[:IMPLEMENTS]-(x)' // (d:Document)<-[:IMPLEMENTS]-(x)")).toEqual([]);
  });
});

describe('relationshipHints', () => {
  const found = new Map([
    ['IMPLEMENTS', [{ from: 'Measure', to: 'Measure' }]],
    ['NOPE', []],
  ]);
  it('hints when no pair the type joins fits the pattern, and names the pairs', () => {
    expect(relationshipHints([{ type: 'IMPLEMENTS', to: 'Document' }], found)).toEqual([{ pattern: '()-[:IMPLEMENTS]->(:Document)', type: 'IMPLEMENTS', pairs: ['Measure → Measure'] }]);
    expect(relationshipHints([{ type: 'NOPE', from: 'Document' }], found)).toEqual([{ pattern: '(:Document)-[:NOPE]->()', type: 'NOPE', pairs: [] }]);
  });
  it('says nothing when a pair fits, or the type was not looked up', () => {
    expect(relationshipHints([{ type: 'IMPLEMENTS', from: 'Measure' }], found)).toEqual([]);
    expect(relationshipHints([{ type: 'CITES', from: 'Document' }], found)).toEqual([]);
  });
  it('builds a read-only lookup for an identifier only', () => {
    expect(relationshipHintQuery('IMPLEMENTS')).toMatch(/^MATCH \(a\)-\[:`IMPLEMENTS`\]->\(b\) RETURN DISTINCT/);
    expect(() => relationshipHintQuery('X`]->() DETACH DELETE a //')).toThrow();
  });
});
