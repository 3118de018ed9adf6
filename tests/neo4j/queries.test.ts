import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSnapshot } from '../../neo4j/loader.js';
import { createCypherService } from '../../neo4j/queries.js';
import type { CypherService } from '../../neo4j/types.js';
import { CAST, JILIN, NATIONAL, smallSnapshot } from './fixtures.js';
import { graphCounts, neo4jOrSkip } from './helpers.js';

const server = neo4jOrSkip();

server.describe('#integration cypher service', () => {
  let driver: Driver;
  let service: CypherService;
  beforeAll(async () => {
    driver = server.driver();
    await loadSnapshot(driver, smallSnapshot());
    service = createCypherService(driver, { maxRows: 5 });
  });
  afterAll(() => driver.close());

  it("leaves the loader's PgLoadMeta node out of an analyst's results, and says how many rows it left out", async () => {
    const all = await service.run('MATCH (n) RETURN n ORDER BY n:PgLoadMeta DESC');
    expect(all.rows).toHaveLength(5);
    expect(all.rows.flat().map((n) => (n as { labels: string[] }).labels).flat()).not.toContain('PgLoadMeta');
    expect(all.bookkeepingHidden).toBe(1);
    // Asked by its label, it is still readable as values (documented in README "Graph model").
    const meta = await service.run('MATCH (m:PgLoadMeta) RETURN m.generation AS generation');
    expect(meta.rows).toHaveLength(1);
    expect(meta.bookkeepingHidden).toBeUndefined();
    // Its label is left out of the labels listed (session 33).
    const labels = await service.run('CALL db.labels() YIELD label RETURN label ORDER BY label');
    expect(labels.rows.flat()).toContain('Document');
    expect(labels.rows.flat()).not.toContain('PgLoadMeta');
    expect(labels.bookkeepingHidden).toBeGreaterThanOrEqual(1);
  });

  it('says why a column is null in every row: no node of its label has the property (session 33)', async () => {
    const title = await service.run('MATCH (d:Document) RETURN d.title, d.name AS name');
    expect(title.rows.length).toBeGreaterThan(0);
    expect(title.propertyHints).toEqual([{ column: 'd.title', label: 'Document', property: 'title', keys: expect.arrayContaining(['id', 'name']) }]);
    // A property some Document has, null on the rows returned, is no such case.
    const some = await service.run("MATCH (d:Document) OPTIONAL MATCH (m:Measure {docId: 'doc:无此文件'}) RETURN m.name AS measure");
    expect(some.rows.every((r) => r[0] === null)).toBe(true);
    expect(some.propertyHints).toBeUndefined();
  });

  it('says why a filter matched nothing: no node of its label has the property it reads (session 34 trial)', async () => {
    const none = await service.run("MATCH (d:Document) WHERE d.title = '中华人民共和国教师法' RETURN d");
    expect(none.rows).toEqual([]);
    expect(none.propertyHints).toEqual([{ column: 'd.title', label: 'Document', property: 'title', filter: true, keys: expect.arrayContaining(['id', 'name']) }]);
    // A property the Documents have, with a value none has, is no such case.
    const value = await service.run("MATCH (d:Document) WHERE d.name = '无此文件' RETURN d");
    expect(value.rows).toEqual([]);
    expect(value.propertyHints).toBeUndefined();
  });

  it('says why a pattern matched nothing: its relationship type never joins its labels (session 35 trial)', async () => {
    // A planner's first question: IMPLEMENTS joins measures; a document reaches its measures by HAS_MEASURE.
    const none = await service.run('MATCH (d:Document)<-[:IMPLEMENTS]-(x) RETURN x.name');
    expect(none.rows).toEqual([]);
    expect(none.relationshipHints).toEqual([
      {
        pattern: '()-[:IMPLEMENTS]->(:Document)',
        type: 'IMPLEMENTS',
        pairs: ['Measure → Measure'],
        // Session 36: and the relationships a Document does have (the HAS_MEASURE route), from the count store.
        labels: [{ label: 'Document', relationships: expect.arrayContaining(['(:Document)-[:HAS_MEASURE]->()', '(:Document)-[:ISSUED_BY]->()']) }],
      },
    ]);
    const documentRels = none.relationshipHints![0].labels![0].relationships;
    expect(documentRels.filter((r) => r.includes('IMPLEMENTS'))).toEqual([]);
    // The same walk through the document's measures answers, and a pattern its type does join gets no hint.
    const through = await service.run('MATCH (d:Document)-[:HAS_MEASURE*1..3]->(:Measure)<-[:IMPLEMENTS]-(x:Measure) RETURN x.name');
    expect(through.rows.length).toBeGreaterThan(0);
    const joined = await service.run("MATCH (m:Measure {id: 'doc:无此文件#第一条'})-[:IMPLEMENTS]->(h:Measure) RETURN h");
    expect(joined.rows).toEqual([]);
    expect(joined.relationshipHints).toBeUndefined();
  });

  it('refuses a CREATE before it runs, because its plan is not read-only', async () => {
    const before = await graphCounts(driver);
    const error = await service.run("CREATE (:Document {id: 'doc:写入'})").catch((e) => e);
    expect(error).toMatchObject({ name: 'GraphDbError', code: 'refused' });
    expect(error.message).toMatch(/read-only/);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it("reports a syntax error on the user's own text, without the EXPLAIN the plan check adds", async () => {
    const error = await service.run('MATCH (n RETURN n').catch((e) => e);
    expect(error.message).toMatch(/\(line 1, column 10 \(offset: 9\)\)/);
    expect(error.message).toContain('"MATCH (n RETURN n"');
    expect(error.message).not.toMatch(/EXPLAIN/);
  });

  it('has the server refuse a canned query that writes, because queries run in READ access mode', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-graph-cypher-'));
    try {
      writeFileSync(join(dir, 'sneaky.cypher'), "// title: sneaky\n// description: writes\nCREATE (:Document {id: 'doc:写入'})\n");
      const canned = createCypherService(driver, { cypherDir: dir });
      const before = await graphCounts(driver);
      const error = await canned.runCanned('sneaky').catch((e) => e);
      expect(error.cause).toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
      expect(await graphCounts(driver)).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('returns nodes as {id, labels, properties}', async () => {
    const result = await service.run('MATCH (d:Document {id: $id}) RETURN d', { id: NATIONAL });
    expect(result.columns).toEqual(['d']);
    expect(result.rows[0][0]).toMatchObject({ id: NATIONAL, labels: ['Document'], properties: { id: NATIONAL, year: 2020 } });
  });

  it('names relationship endpoints by their `id` when the row holds the nodes', async () => {
    const result = await service.run('MATCH (d:Document)-[r:ISSUED_BY]->(o) RETURN d, r, o');
    expect(result.rows[0][1]).toMatchObject({ type: 'ISSUED_BY', start: NATIONAL, end: CAST });
  });

  it('names a relationship\'s endpoints by nodes that only a later row carries', async () => {
    const result = await service.run(
      'MATCH (d:Document)-[r:ISSUED_BY]->(o) WITH d, r, o LIMIT 1 UNWIND [0, 1] AS i RETURN CASE i WHEN 0 THEN r END AS r, CASE i WHEN 1 THEN d END AS d, CASE i WHEN 1 THEN o END AS o',
    );
    expect(result.rows[0][0]).toMatchObject({ type: 'ISSUED_BY', start: NATIONAL, end: CAST });
    expect(result.rows[1][0]).toBeNull();
  });

  it('falls back to element ids for endpoints the result does not carry', async () => {
    const result = await service.run('MATCH (:Document)-[r:ISSUED_BY]->() RETURN r');
    const rel = result.rows[0][0] as { start: string };
    expect(rel.start).not.toBe(NATIONAL);
    expect(rel.start).toMatch(/:/);
  });

  it('returns paths as lists of {start, relationship, end} segments', async () => {
    const result = await service.run('MATCH p = (:Region)-[:PART_OF]->(:Region) RETURN p');
    expect(result.rows[0][0]).toEqual([
      expect.objectContaining({
        start: expect.objectContaining({ id: 'region:吉林省' }),
        relationship: expect.objectContaining({ type: 'PART_OF', start: 'region:吉林省', end: 'region:全国' }),
        end: expect.objectContaining({ id: 'region:全国' }),
      }),
    ]);
  });

  it('turns Neo4j integers into JavaScript numbers', async () => {
    const result = await service.run('MATCH (m:Measure {docId: $doc}) RETURN count(m) AS n', { doc: JILIN });
    expect(result.rows).toEqual([[3]]);
  });

  it('passes whole-number parameters as integers, so LIMIT $n works', async () => {
    const result = await service.run('MATCH (m:Measure) RETURN m.id LIMIT $n', { n: 2 });
    expect(result.rows).toHaveLength(2);
  });

  it('keeps maxRows rows and says the result was truncated', async () => {
    const result = await service.run('UNWIND range(1, 20) AS i RETURN i');
    expect(result.rows).toEqual([[1], [2], [3], [4], [5]]);
    expect(result.truncated).toBe(true);
    expect(result.truncatedBy).toBe('rows');
  });

  it('returns the columns of an empty result', async () => {
    const result = await service.run("MATCH (d:Document {id: 'doc:不存在'}) RETURN d.id AS id, d.name AS name");
    expect(result).toEqual({ columns: ['id', 'name'], rows: [], truncated: false });
  });

  it('rejects an unknown canned query by code', async () => {
    await expect(service.runCanned('no-such-query')).rejects.toMatchObject({ code: 'unknown-query' });
  });

  it('rejects a canned query run without its parameters', async () => {
    await expect(service.runCanned('document-measures', {})).rejects.toMatchObject({ code: 'query' });
  });
});
