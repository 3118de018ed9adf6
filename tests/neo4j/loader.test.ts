import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { neo4jSchemaStatements, type Snapshot } from '../../graph-schema/index.js';
import { loadSnapshot } from '../../neo4j/loader.js';
import { createCypherService } from '../../neo4j/queries.js';
import { buildSnapshot, CAST, JILIN, KEPU_CHINA, link, NATIONAL, smallSnapshot } from './fixtures.js';
import { graphCounts, neo4jOrSkip } from './helpers.js';

const server = neo4jOrSkip();

async function metaGeneration(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery("MATCH (m:PgLoadMeta {id: 'policy-graph'}) RETURN m.generation AS g");
  return neo4j.integer.toNumber(records[0].get('g'));
}

function countsOf(snapshot: Snapshot) {
  const tally = (names: string[]) => names.reduce<Record<string, number>>((acc, n) => ({ ...acc, [n]: (acc[n] ?? 0) + 1 }), {});
  return {
    nodes: tally(snapshot.nodes.map((n) => n.attributes.type)),
    relationships: tally(snapshot.edges.map((e) => e.attributes.type)),
  };
}

server.describe('#integration loader', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = server.driver();
  });
  afterAll(() => driver.close());
  beforeEach(async () => {
    await loadSnapshot(driver, smallSnapshot());
  });

  it('stores exactly the snapshot’s nodes per label and relationships per type', async () => {
    expect(await graphCounts(driver)).toEqual(countsOf(smallSnapshot()));
  });

  it('changes nothing when the same snapshot is loaded a second time', async () => {
    const before = await graphCounts(driver);
    const report = await loadSnapshot(driver, smallSnapshot());
    expect(await graphCounts(driver)).toEqual(before);
    expect(report.created).toEqual({ nodes: 0, relationships: 0 });
    expect(report.deleted).toEqual({ nodes: 0, relationships: 0 });
  });

  it('reports the loaded counts per label and per type', async () => {
    const report = await loadSnapshot(driver, smallSnapshot());
    const expected = countsOf(smallSnapshot());
    expect(report.nodes).toEqual(expected.nodes);
    expect(report.relationships).toEqual(expected.relationships);
  });

  it('deletes the nodes and relationships a newer snapshot no longer has', async () => {
    const smaller = smallSnapshot();
    smaller.nodes = smaller.nodes.filter((n) => n.key !== KEPU_CHINA);
    smaller.edges = smaller.edges.filter((e) => e.source !== KEPU_CHINA && e.target !== KEPU_CHINA && e.attributes.type !== 'IMPLEMENTS');
    const report = await loadSnapshot(driver, smaller);
    expect(await graphCounts(driver)).toEqual(countsOf(smaller));
    expect(report.deleted.nodes).toBe(1);
  });

  it('replaces all properties of a node, dropping attributes the snapshot no longer has', async () => {
    const changed = smallSnapshot();
    const doc = changed.nodes.find((n) => n.key === NATIONAL)!;
    doc.attributes = { ...doc.attributes, name: '新名称', year: undefined } as typeof doc.attributes;
    await loadSnapshot(driver, changed);
    const { records } = await driver.executeQuery('MATCH (d:Document {id: $id}) RETURN properties(d) AS p', { id: NATIONAL });
    expect(records[0].get('p').name).toBe('新名称');
    expect(records[0].get('p')).not.toHaveProperty('year');
  });

  it('stores the graphology key as `id` on nodes and as `key` on relationships', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (m:Measure)-[r:MENTIONS]->(o:Organisation {id: $org}) RETURN m.id AS m, r.key AS key',
      { org: CAST },
    );
    const edge = smallSnapshot().edges.find((e) => e.target === CAST && e.attributes.type === 'MENTIONS')!;
    expect(records.map((r) => [r.get('m'), r.get('key')])).toEqual([[edge.source, edge.key]]);
  });

  it('keeps nested attributes (spans, evidence) as JSON strings and flat lists as lists', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (:Measure)-[r:MENTIONS]->(:Organisation {id: $org}) RETURN r.spans AS spans, r.surfaces AS surfaces',
      { org: CAST },
    );
    expect(JSON.parse(records[0].get('spans'))).toEqual([[410, 414], [430, 434]]);
    expect(records[0].get('surfaces')).toEqual(['中国科协', '中国科协']);
  });

  it('creates a uniqueness constraint on `id` for every label, and the schema’s indexes', async () => {
    const { records } = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    const { records: indexes } = await driver.executeQuery('SHOW INDEXES YIELD name RETURN collect(name) AS names');
    const declared = neo4jSchemaStatements().map((s) => s.split(' ')[2]);
    const present = [...records[0].get('names'), ...indexes[0].get('names')];
    expect(present).toEqual(expect.arrayContaining(declared));
  });

  it('leaves the previous graph when the server rejects a write midway, and the next load still works', async () => {
    const before = await graphCounts(driver);
    const broken = smallSnapshot();
    // An id over the range index's key size limit (~8 kB): Neo4j refuses its batch after earlier
    // batches were committed (batches of 2 rows, the long id last).
    const long = `org:${'科'.repeat(5000)}`;
    broken.nodes.push({ key: long, attributes: { type: 'Organisation', name: '长名称', aliases: [] } } as (typeof broken.nodes)[number]);
    broken.nodes = broken.nodes.filter((n) => n.key !== KEPU_CHINA);
    broken.edges = broken.edges.filter((e) => e.source !== KEPU_CHINA && e.target !== KEPU_CHINA);
    await expect(loadSnapshot(driver, broken, { batchSize: 2 })).rejects.toMatchObject({ name: 'GraphDbError', code: 'load' });
    expect(await graphCounts(driver)).toEqual(before);
    const { records } = await driver.executeQuery('MATCH (n) WHERE n:PgStage OR n:PgDoomed RETURN count(n) AS n');
    expect(records[0].get('n').toNumber()).toBe(0);
    const smaller = smallSnapshot();
    smaller.nodes = smaller.nodes.filter((n) => n.key !== KEPU_CHINA);
    smaller.edges = smaller.edges.filter((e) => e.source !== KEPU_CHINA && e.target !== KEPU_CHINA);
    await loadSnapshot(driver, smaller, { batchSize: 2 });
    expect(await graphCounts(driver)).toEqual(countsOf(smaller));
  });

  it('refuses a value over the index key limit before writing anything', async () => {
    const before = await graphCounts(driver);
    const broken = smallSnapshot();
    const measure = broken.nodes.find((n) => n.attributes.type === 'Measure')!;
    measure.attributes = { ...measure.attributes, name: '科'.repeat(5000) };
    await expect(loadSnapshot(driver, broken)).rejects.toThrow(/name is 15000 bytes; expected at most 8000/);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('writes nothing at all when an unchanged snapshot is loaded again', async () => {
    const report = await loadSnapshot(driver, smallSnapshot());
    expect(report).toMatchObject({ written: 0, transactions: 0, switch: 'none' });
    const generation = await metaGeneration(driver);
    await loadSnapshot(driver, smallSnapshot());
    expect(await metaGeneration(driver)).toBe(generation);
  });

  it('rewrites only the changed node and its relationships when one attribute changes', async () => {
    const changed = smallSnapshot();
    const cast = changed.nodes.find((n) => n.key === CAST)!;
    cast.attributes = { ...cast.attributes, aliases: ['科协'] } as typeof cast.attributes;
    const report = await loadSnapshot(driver, changed);
    const touching = changed.edges.filter((e) => e.source === CAST || e.target === CAST).length;
    expect(report.updated.nodes).toBe(1);
    expect(report.written).toBe(1 + touching);
    expect(report.switch).toBe('atomic');
    expect(await graphCounts(driver)).toEqual(countsOf(changed));
    const { records } = await driver.executeQuery('MATCH (o:Organisation {id: $id}) RETURN o.aliases AS a', { id: CAST });
    expect(records[0].get('a')).toEqual(['科协']);
  });

  it('loads in many small transactions, switching over in batches, to the same graph', async () => {
    const changed = smallSnapshot();
    for (const n of changed.nodes) n.attributes = { ...n.attributes, name: `${n.attributes.name}·新` } as typeof n.attributes;
    const report = await loadSnapshot(driver, changed, { batchSize: 3, atomicSwitchMax: 0 });
    expect(report.switch).toBe('batched');
    expect(report.transactions).toBeGreaterThan(changed.nodes.length / 3);
    expect(await graphCounts(driver)).toEqual(countsOf(changed));
    const { records } = await driver.executeQuery('MATCH (d:Document {id: $id}) RETURN d.name AS name', { id: NATIONAL });
    expect(records[0].get('name')).toMatch(/·新$/);
  });

  it('an interrupted load leaves the previous graph queryable; the next load discards it and completes', async () => {
    const before = await graphCounts(driver);
    const service = createCypherService(driver, { maxRows: 10_000 });
    const answer = async () => (await service.runCanned('document-measures', { docId: NATIONAL })).rows.length;
    const measuresBefore = await answer();
    expect(measuresBefore).toBeGreaterThan(0);
    const next = smallSnapshot();
    for (const n of next.nodes) n.attributes = { ...n.attributes, name: `${n.attributes.name}·新` } as typeof n.attributes;
    const stop = new AbortController();
    const load = loadSnapshot(driver, next, {
      batchSize: 2,
      signal: stop.signal,
      onProgress: (p) => {
        if (p.phase === 'staging' && p.done >= 6) stop.abort();
      },
    });
    await expect(load).rejects.toThrow(/interrupted/);
    // Staged rows exist, but the graph queries see is the previous one.
    const { records } = await driver.executeQuery('MATCH (n:PgStage) RETURN count(n) AS n');
    expect(records[0].get('n').toNumber()).toBeGreaterThan(0);
    expect(await graphCounts(driver)).toEqual(before);
    expect(await answer()).toBe(measuresBefore);
    const names = await driver.executeQuery('MATCH (d:Document) RETURN collect(d.name) AS names');
    expect(names.records[0].get('names').some((n: string) => n.endsWith('·新'))).toBe(false);

    const report = await loadSnapshot(driver, next);
    expect(report.recovered).toBe('discarded-staging');
    expect(await graphCounts(driver)).toEqual(countsOf(next));
    const left = await driver.executeQuery('MATCH (n) WHERE n:PgStage OR n:PgDoomed RETURN count(n) AS n');
    expect(left.records[0].get('n').toNumber()).toBe(0);
  });

  it('a switch interrupted between its batches is completed by the next load', async () => {
    const next = smallSnapshot();
    next.nodes = next.nodes.filter((n) => n.key !== KEPU_CHINA);
    next.edges = next.edges.filter((e) => e.source !== KEPU_CHINA && e.target !== KEPU_CHINA);
    for (const n of next.nodes) n.attributes = { ...n.attributes, name: `${n.attributes.name}·新` } as typeof n.attributes;
    const stop = new AbortController();
    const load = loadSnapshot(driver, next, {
      atomicSwitchMax: 0,
      signal: stop.signal,
      onProgress: (p) => {
        if (p.phase === 'switch' && p.done >= 2) stop.abort();
      },
    });
    await expect(load).rejects.toThrow(/interrupted/);
    const report = await loadSnapshot(driver, next);
    expect(report.recovered).toBe('completed-switch');
    expect(report.written).toBe(0);
    expect(await graphCounts(driver)).toEqual(countsOf(next));
  });

  it('refuses a snapshot with an edge to a missing node and leaves the graph as it was', async () => {
    const before = await graphCounts(driver);
    const dangling = smallSnapshot();
    dangling.nodes = dangling.nodes.filter((n) => n.key !== CAST);
    await expect(loadSnapshot(driver, dangling)).rejects.toMatchObject({ name: 'GraphDbError', code: 'load' });
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('re-creates a relationship whose endpoints moved under the same key', async () => {
    const moved = smallSnapshot();
    const edge = moved.edges.find((e) => e.attributes.type === 'ISSUED_BY')!;
    edge.source = JILIN;
    await loadSnapshot(driver, moved);
    const { records } = await driver.executeQuery('MATCH (d:Document)-[:ISSUED_BY]->(:Organisation) RETURN collect(d.id) AS ids');
    expect(records[0].get('ids')).toEqual([JILIN]);
  });

  it('loads a snapshot built from scratch with graphology', async () => {
    const tiny = buildSnapshot((g) => {
      g.addNode(NATIONAL, { type: 'Document', name: '中国科协2020年科普工作要点', inCorpus: true, sources: [] });
      g.addNode(CAST, { type: 'Organisation', name: '中国科协', aliases: [] });
      link(g, NATIONAL, CAST, { type: 'ISSUED_BY' });
    });
    await loadSnapshot(driver, tiny);
    expect(await graphCounts(driver)).toEqual({ nodes: { Document: 1, Organisation: 1 }, relationships: { ISSUED_BY: 1 } });
  });
});
