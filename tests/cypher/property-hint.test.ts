// A column null in every row that reads a property its label's nodes lack (session 32 trial: `RETURN d.title` of
// a Document, whose property is `name`, was null everywhere and nothing said why): neo4j/property-hint.ts.
import { describe, expect, it } from 'vitest';
import { filterReads, hintKeys, nullColumns, PROPERTY_HINT_LIMITS, propertyHintQuery, propertyHints, propertyReads } from '../../neo4j/property-hint.js';

describe('property hints', () => {
  it('reads which labelled variable and property a column is, with or without an alias', () => {
    const q = "MATCH (d:Document)<-[:PART_OF]-(m:`Measure` {kind: 'item'}) // (x:Nope)\nRETURN d.title, m.text AS sentence, d.name AS name, count(*) AS n";
    expect(propertyReads(q, ['d.title', 'sentence', 'name', 'n'])).toEqual([
      { column: 'd.title', label: 'Document', property: 'title' },
      { column: 'sentence', label: 'Measure', property: 'text' },
      { column: 'name', label: 'Document', property: 'name' },
    ]);
    // An unlabelled variable, or one only named in a comment or a string, is not guessed at.
    expect(propertyReads("MATCH (d) WHERE d.x = '(e:Document)' RETURN d.title, e.title", ['d.title', 'e.title'])).toEqual([]);
  });

  it('looks only at columns null in every row of a non-empty result', () => {
    expect(nullColumns(['a', 'b', 'c'], [[null, 1, null], [null, null, undefined]])).toEqual(['a', 'c']);
    expect(nullColumns(['a'], [])).toEqual([]);
  });

  it('hints only when no node of the label has the property, naming the keys they have', () => {
    const reads = [
      { column: 'd.title', label: 'Document', property: 'title' },
      { column: 'd.docNumber', label: 'Document', property: 'docNumber' },
    ];
    const found = new Map([
      ['Document\u0000title', { has: false, keys: ['name', 'id', 'docNumber'] }],
      ['Document\u0000docNumber', { has: true, keys: ['name', 'id', 'docNumber'] }],
    ]);
    expect(propertyHints(reads, found)).toEqual([{ column: 'd.title', label: 'Document', property: 'title', keys: ['name', 'id', 'docNumber'] }]);
    const many = new Map([['Document\u0000title', { has: false, keys: Array.from({ length: 40 }, (_, i) => `k${String(i).padStart(2, '0')}`) }]]);
    expect(propertyHints(reads.slice(0, 1), many)[0].keys).toHaveLength(PROPERTY_HINT_LIMITS.keys);
  });

  it('puts only an identifier between the backquotes of its lookup', () => {
    expect(propertyHintQuery('Document')).toContain('(n:`Document`)');
    expect(() => propertyHintQuery('Document`) DETACH DELETE n //')).toThrow(/not a label/);
  });

  it('for a query that returned nothing, reads every property of a labelled variable, in WHERE or in a pattern map (session 34 trial)', () => {
    // The trial's query: no rows and no word why (the property is `name`).
    expect(filterReads("MATCH (d:Document) WHERE d.title = '中华人民共和国教师法' RETURN d")).toEqual([{ column: 'd.title', label: 'Document', property: 'title', filter: true }]);
    // In the order written, each label and property once; a pattern map's keys, with or without a variable.
    expect(
      filterReads("MATCH (m:Measure {docId: $id})-[:IMPLEMENTS]->(:Measure {title: 'x'}) WHERE m.title CONTAINS '教师' AND m.docId <> 'd.x' RETURN m.path"),
    ).toEqual([
      { column: 'm.docId', label: 'Measure', property: 'docId', filter: true },
      { column: 'title', label: 'Measure', property: 'title', filter: true },
      { column: 'm.path', label: 'Measure', property: 'path', filter: true },
    ]);
    // An unlabelled variable, a relationship, a string, a comment or a longer name are not read.
    expect(filterReads("MATCH (d)-[r:IMPLEMENTS]->(x) WHERE d.title = 'e.title' AND r.score > 0.5 // (e:Document) e.title\nRETURN n.d.title, 1.5")).toEqual([]);
  });

  it('names a node’s identifying keys first and leaves the loader’s own out (session 34 trial)', () => {
    // The keys of the Documents loaded from the real texts (Neo4j, tests/real/teachers + fire: 32): sorted and cut at
    // 16, the hint for d.title named _hash, aliases, cascadeDocs … and not name.
    const real = ['genre', 'region', 'fileDate', 'partialMeasures', 'text', 'level', 'originMap', 'textSource', 'subject', 'sources', '_hash', 'inCorpus', 'id', 'name', 'aliases', 'implementedMeasures', 'cascadePaths', 'cascadeDocs', 'cascadePairs', 'citedBy', 'lagMedianDays', 'lagDocumentStart', 'lagMaxDays', 'lagLinks', 'issuedOn', 'lagRegion', 'history', 'lagMinDays', 'lagDocument', 'issuer', 'lagApprox', 'year'];
    const keys = hintKeys(real);
    expect(keys.slice(0, 2)).toEqual(['name', 'id']);
    expect(keys).toHaveLength(PROPERTY_HINT_LIMITS.keys);
    expect(keys).not.toContain('_hash');
  });
});
