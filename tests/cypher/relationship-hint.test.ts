// The relationship hint's reading of a console query (neo4j/relationship-hint.ts, session 35 planner's trial:
// `MATCH (d:Document {name: '中华人民共和国统计法'})<-[:IMPLEMENTS]-(x) RETURN x.name` answered "no rows" and nothing
// else; IMPLEMENTS joins measures).
import { describe, expect, it } from 'vitest';
import { labelRelationships, labelRelationshipsQuery, patternText, relationshipHintQuery, relationshipHints, relationshipReads } from '../../neo4j/relationship-hint.js';

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
    expect(relationshipHints([{ type: 'IMPLEMENTS', to: 'Document' }], found)).toEqual([{ pattern: '()-[:IMPLEMENTS]->(:Document)', type: 'IMPLEMENTS', pairs: ['Measure → Measure'], ends: ['Document'] }]);
    expect(relationshipHints([{ type: 'NOPE', from: 'Document' }], found)).toEqual([{ pattern: '(:Document)-[:NOPE]->()', type: 'NOPE', pairs: [], ends: ['Document'] }]);
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

describe('the relationships of a label the pattern does not fit (session 36)', () => {
  // After "IMPLEMENTS only joins Measure → Measure" the user still had to guess that a Document reaches its measures
  // by HAS_MEASURE: the hint now lists the relationships the label has.
  it('names the ends the type never reaches on their side, not those it does', () => {
    const found = new Map([['HAS_MEASURE', [{ from: 'Document', to: 'Measure' }]]]);
    expect(relationshipHints([{ type: 'HAS_MEASURE', from: 'Measure', to: 'Document' }], found)[0].ends).toEqual(['Measure', 'Document']);
    expect(relationshipHints([{ type: 'HAS_MEASURE', from: 'Document', to: 'Document' }], found)[0].ends).toEqual(['Document']);
  });
  it('counts each type and direction from the count store, and lists those a label has, outgoing first', () => {
    const q = labelRelationshipsQuery('Document', ['HAS_MEASURE', 'IMPLEMENTS']);
    expect(q.split(' UNION ALL ')).toEqual([
      "MATCH (:`Document`)-[r:`HAS_MEASURE`]->() RETURN 'HAS_MEASURE' AS type, 'out' AS dir, count(r) AS n",
      "MATCH (:`Document`)<-[r:`HAS_MEASURE`]-() RETURN 'HAS_MEASURE' AS type, 'in' AS dir, count(r) AS n",
      "MATCH (:`Document`)-[r:`IMPLEMENTS`]->() RETURN 'IMPLEMENTS' AS type, 'out' AS dir, count(r) AS n",
      "MATCH (:`Document`)<-[r:`IMPLEMENTS`]-() RETURN 'IMPLEMENTS' AS type, 'in' AS dir, count(r) AS n",
    ]);
    expect(() => labelRelationshipsQuery('Document', ["X' AS type, 1 AS n //"])).toThrow();
    expect(() => labelRelationshipsQuery('Doc`ument', ['CITES'])).toThrow();
    expect(
      labelRelationships('Document', [
        { type: 'MENTIONS', dir: 'out', n: 3 },
        { type: 'CITES', dir: 'in', n: 2 },
        { type: 'IMPLEMENTS', dir: 'in', n: 0 },
        { type: 'CITES', dir: 'out', n: 1 },
        { type: 'HAS_MEASURE', dir: 'out', n: 9 },
      ]),
    ).toEqual(['(:Document)-[:CITES]->()', '(:Document)-[:HAS_MEASURE]->()', '(:Document)-[:MENTIONS]->()', '(:Document)<-[:CITES]-()']);
  });
});
