import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { neo4jSchemaStatements, type Snapshot } from '../../graph-schema/index.js';
import { loadSnapshot } from '../../neo4j/loader.js';
import { buildSnapshot, CAST, JILIN, KEPU_CHINA, link, NATIONAL, smallSnapshot } from './fixtures.js';
import { graphCounts, neo4jOrSkip } from './helpers.js';

const server = neo4jOrSkip();

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

  it('rolls the whole load back when the server rejects a write midway', async () => {
    const before = await graphCounts(driver);
    const broken = smallSnapshot();
    // Over the range index's key size limit (~8 kB): Neo4j refuses it after earlier writes ran.
    const measure = broken.nodes.find((n) => n.attributes.type === 'Measure')!;
    measure.attributes = { ...measure.attributes, name: '科'.repeat(5000) };
    broken.nodes = broken.nodes.filter((n) => n.key !== KEPU_CHINA);
    broken.edges = broken.edges.filter((e) => e.source !== KEPU_CHINA && e.target !== KEPU_CHINA);
    await expect(loadSnapshot(driver, broken)).rejects.toMatchObject({ name: 'GraphDbError', code: 'load' });
    expect(await graphCounts(driver)).toEqual(before);
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
