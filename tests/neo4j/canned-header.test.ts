import { describe, expect, it } from 'vitest';
import { parseCannedQuery } from '../../neo4j/canned-header.js';
import { loadCannedQueries } from '../../neo4j/queries.js';

const header = [
  '// title: Measures of a document',
  '// description: Every measure of one document,',
  '//   in reading order.',
  '// param docId: string — id of the Document node',
  '// param limit: integer — most rows',
  '// example: :param docId => "doc:中国科协2020年科普工作要点"',
  '// example: :param limit => 25',
].join('\n');

describe('canned query headers', () => {
  it('reads title, a description continued over lines, params and their examples', () => {
    const q = parseCannedQuery('document-measures', `${header}\nMATCH (m:Measure {docId: $docId}) RETURN m LIMIT $limit\n`);
    expect(q).toMatchObject({
      name: 'document-measures',
      title: 'Measures of a document',
      description: 'Every measure of one document, in reading order.',
      params: [
        { name: 'docId', type: 'string', description: 'id of the Document node', example: 'doc:中国科协2020年科普工作要点' },
        { name: 'limit', type: 'integer', description: 'most rows', example: 25 },
      ],
    });
  });

  it('reads a default for a parameter a caller may leave out (a page’s skip and limit)', () => {
    const text = `${header}\n// default: :param limit => 100\nMATCH (m:Measure {docId: $docId}) RETURN m LIMIT $limit\n`;
    const q = parseCannedQuery('q', text);
    expect(q.params.find((p) => p.name === 'limit')).toMatchObject({ example: 25, default: 100 });
    expect(q.params.find((p) => p.name === 'docId')?.default).toBeUndefined();
  });

  it('rejects a default for a parameter the header does not declare', () => {
    const text = '// title: t\n// description: d\n// default: :param skip => 0\nRETURN 1';
    expect(() => parseCannedQuery('q', text)).toThrow(expect.objectContaining({ code: 'cypher-file' }));
  });

  it('keeps the whole file, header included, as the Cypher to run', () => {
    const text = `${header}\nMATCH (m:Measure {docId: $docId}) RETURN m LIMIT $limit\n`;
    expect(parseCannedQuery('q', text).cypher).toBe(text);
  });

  it('rejects a query that uses a parameter its header does not declare', () => {
    const text = '// title: t\n// description: d\nMATCH (n {id: $nodeId}) RETURN n';
    expect(() => parseCannedQuery('q', text)).toThrow(expect.objectContaining({ code: 'cypher-file' }));
  });

  it('rejects a header that declares a parameter the query never uses', () => {
    const text = '// title: t\n// description: d\n// param docId: string — x\nRETURN 1';
    expect(() => parseCannedQuery('q', text)).toThrow(expect.objectContaining({ code: 'cypher-file' }));
  });

  it('rejects a file without a title', () => {
    expect(() => parseCannedQuery('q', '// description: d\nRETURN 1')).toThrow(expect.objectContaining({ code: 'cypher-file' }));
  });

  it('finds the project’s canned queries, each with an example for every parameter', () => {
    const queries = loadCannedQueries();
    expect(queries.map((q) => q.name)).toEqual(
      expect.arrayContaining([
        'document-measures',
        'citing-documents',
        'entity-mentions',
        'node-neighbourhood',
        'coverage-gaps',
        'implementation-chain',
      ]),
    );
    for (const q of queries) for (const p of q.params) expect(p.example, `${q.name}: ${p.name}`).toBeDefined();
    // Every list that can run to thousands of rows comes a page at a time, 100 rows unless asked.
    const paged = ['citing-documents', 'entity-mentions', 'groups-by-region', 'measure-cascade', 'region-gaps', 'node-neighbourhood'];
    for (const name of paged) {
      const q = queries.find((x) => x.name === name)!;
      expect(q.params.find((p) => p.name === 'skip')?.default, name).toBe(0);
      expect(q.params.find((p) => p.name === 'limit')?.default, name).toBe(name === 'node-neighbourhood' ? 25 : 100);
    }
  });
});
