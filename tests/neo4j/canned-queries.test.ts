// Each canned query (cypher/*.cypher) against what the loaded snapshot says, on the hand-built
// fixture and on the real corpus as ingest reads it.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Snapshot } from '../../graph-schema/index.js';
import { runIngest } from '../../ingest/pipeline.js';
import { DERIVED_PROPERTIES } from '../../neo4j/derived.js';
import { loadSnapshot } from '../../neo4j/loader.js';
import { createCypherService } from '../../neo4j/queries.js';
import type { CypherService, QueryResult } from '../../neo4j/types.js';
import { smallSnapshot } from './fixtures.js';
import { neo4jOrSkip } from './helpers.js';
import { allPages } from './pages.js';
import { expectReferenceRowsOf } from './reference-rows.js';
import { SnapshotFacts } from './snapshot-facts.js';

const server = neo4jOrSkip();

const sources: [string, () => Promise<Snapshot>][] = [
  ['fixture', async () => smallSnapshot()],
  ['corpus', async () => (await runIngest({ inputs: ['corpus'] })).snapshot],
];

/** The values of one column, by name. */
function column<T = unknown>(result: QueryResult, name: string): T[] {
  const i = result.columns.indexOf(name);
  if (i < 0) throw new Error(`tests/neo4j/canned-queries: no column ${name} in ${result.columns.join(', ')}`);
  return result.rows.map((row) => row[i] as T);
}

for (const [source, makeSnapshot] of sources) {
  server.describe(`#integration canned queries on the ${source} snapshot`, () => {
    let driver: Driver;
    let service: CypherService;
    let facts: SnapshotFacts;
    beforeAll(async () => {
      const snapshot = await makeSnapshot();
      facts = new SnapshotFacts(snapshot);
      driver = server.driver();
      await loadSnapshot(driver, snapshot);
      service = createCypherService(driver, { maxRows: 10_000 });
    });
    afterAll(() => driver.close());

    it('document-measures lists exactly the document’s measures, in reading order', async () => {
      const docId = facts.docWithMostMeasures();
      const result = await service.runCanned('document-measures', { docId });
      expect(column<{ id: string }>(result, 'measure').map((m) => m.id)).toEqual(facts.measuresOf(docId));
    });

    it('document-measures gives each measure the entities it mentions and the targets it sets', async () => {
      const docId = facts.docWithMostMeasures();
      const result = await service.runCanned('document-measures', { docId });
      const ids = column<{ id: string }>(result, 'measure').map((m) => m.id);
      const mentions = column<{ id: string }[]>(result, 'mentions').map((list) => list.map((e) => e.id));
      const targets = column<{ id: string }[]>(result, 'targets').map((list) => list.map((t) => t.id).sort());
      expect(mentions).toEqual(ids.map((m) => facts.mentionsOf(m)));
      expect(targets).toEqual(ids.map((m) => facts.targetsOf(m)));
    });

    it('citing-documents returns every document and measure that cites the document', async () => {
      const docId = facts.mostCitedDocument();
      const result = await allPages(service, 'citing-documents', { docId }, 7);
      expect(column<string>(result, 'citerId').sort()).toEqual(facts.citersOf(docId));
      expect(column<string>(result, 'spans').every((s) => JSON.parse(s).length > 0)).toBe(true);
    });

    it('citing-documents gives the rows of its session-21 version (citing-documents-reference.cypher), page by page', async () => {
      const docId = facts.mostCitedDocument();
      const total = await expectReferenceRowsOf(driver, service, 'citing-documents', { docId }, [1, 7]);
      expect(total).toBe(facts.citersOf(docId).length);
    });

    it('entity-mentions returns every measure that mentions the entity, with its document', async () => {
      const entityId = facts.mostMentionedEntity();
      const result = await allPages(service, 'entity-mentions', { entityId }, 7);
      expect(column<string>(result, 'measureId').sort()).toEqual(facts.mentionersOf(entityId));
      const docs = column<string>(result, 'docId');
      column<string>(result, 'measureId').forEach((m, i) => expect(m.startsWith(`${docs[i]}#`)).toBe(true));
    });

    it('node-neighbourhood returns every relationship at the node when the limit allows', async () => {
      const nodeId = facts.docWithMostMeasures();
      const result = await service.runCanned('node-neighbourhood', { nodeId, limit: 10_000 });
      const keys = column<{ properties: { key: string } }>(result, 'relationship').map((r) => r.properties.key);
      expect(keys.sort()).toEqual(facts.edgesAt(nodeId));
    });

    it('node-neighbourhood stops at the limit', async () => {
      const result = await service.runCanned('node-neighbourhood', { nodeId: facts.docWithMostMeasures(), limit: 3 });
      expect(result.rows).toHaveLength(3);
    });

    it('node-neighbourhood pages: page 2 continues page 1, and total counts every relationship', async () => {
      const nodeId = facts.docWithMostMeasures();
      const key = (r: QueryResult) => column<{ properties: { key: string } }>(r, 'relationship').map((x) => x.properties.key);
      const both = await service.runCanned('node-neighbourhood', { nodeId, skip: 0, limit: 6 });
      const first = await service.runCanned('node-neighbourhood', { nodeId, skip: 0, limit: 3 });
      const second = await service.runCanned('node-neighbourhood', { nodeId, skip: 3, limit: 3 });
      expect([...key(first), ...key(second)]).toEqual(key(both));
      expect(new Set(column(both, 'total').map(Number))).toEqual(new Set([facts.edgesAt(nodeId).length]));
    });

    it('node-neighbourhood gives the node once per page and every node with its own properties, none the loader derives', async () => {
      // The most cited document carries the longest derived list (citedBy) in the database.
      const nodeId = facts.mostCitedDocument();
      const stored = await driver.executeQuery('MATCH (d:Document {id: $nodeId}) RETURN d.citedBy AS citedBy', { nodeId });
      expect((stored.records[0].get('citedBy') as string[]).length).toBe(facts.citersOf(nodeId).length);
      type Plain = { id: string; labels: string[]; properties: Record<string, unknown> };
      expect(facts.edgesAt(nodeId).length).toBeGreaterThan(1);
      for (const skip of [0, 1]) {
        const result = await service.runCanned('node-neighbourhood', { nodeId, skip, limit: 10_000 });
        const nodes = column<Plain | null>(result, 'node');
        expect(nodes[0]).toMatchObject({ id: nodeId, labels: ['Document'], properties: { id: nodeId, name: facts.graph.getNodeAttributes(nodeId).name } });
        expect(nodes.slice(1).every((n) => n === null)).toBe(true);
        const rels = column<{ start: string; end: string }>(result, 'relationship');
        const neighbours = column<Plain>(result, 'neighbour');
        neighbours.forEach((m, i) => {
          expect([rels[i].start, rels[i].end].sort()).toEqual([nodeId, m.id].sort());
          expect(m.properties).toMatchObject({ id: m.id, name: facts.graph.getNodeAttributes(m.id).name });
        });
        for (const props of [nodes[0]!.properties, ...neighbours.map((m) => m.properties)]) {
          for (const p of [...DERIVED_PROPERTIES, 'cascadeKey']) expect(props[p] ?? null, p).toBeNull();
        }
      }
    });

    it('the list queries page: page 2 continues page 1 in the order one bigger page gives', async () => {
      const cited = facts.mostCitedDocument();
      const entity = facts.mostMentionedEntity();
      const pairs: [string, Record<string, unknown>, string, number][] = [
        ['citing-documents', { docId: cited }, 'citerId', facts.citersOf(cited).length],
        ['entity-mentions', { entityId: entity }, 'measureId', facts.mentionersOf(entity).length],
      ];
      for (const [name, params, id, count] of pairs) {
        const both = await service.runCanned(name, { ...params, skip: 0, limit: 4 });
        const first = await service.runCanned(name, { ...params, skip: 0, limit: 2 });
        const second = await service.runCanned(name, { ...params, skip: 2, limit: 2 });
        expect(both.rows.length, name).toBe(Math.min(4, count));
        expect([...column(first, id), ...column(second, id)], name).toEqual(column(both, id));
      }
    });

    it('a list query left without skip and limit gives its first page of 100 rows', async () => {
      const entityId = facts.mostMentionedEntity();
      const result = await service.runCanned('entity-mentions', { entityId });
      const all = facts.mentionersOf(entityId).length;
      expect(result.rows).toHaveLength(Math.min(100, all));
      expect(new Set(column(result, 'total').map(Number))).toEqual(new Set([all]));
    });

    it('implementation-chain returns the IMPLEMENTS edges between the two documents with their scores', async () => {
      const [lowerDocId, higherDocId] = facts.richestImplementingPair();
      const result = await service.runCanned('implementation-chain', { lowerDocId, higherDocId });
      const rows = result.rows.map((_, i) => [
        column<string>(result, 'lowerId')[i],
        column<string>(result, 'higherId')[i],
        column<number>(result, 'score')[i],
      ]);
      expect(rows.sort()).toEqual(facts.implementsBetween(lowerDocId, higherDocId));
      expect(column<string>(result, 'evidence').every((e) => 'passages' in JSON.parse(e))).toBe(true);
    });

    it('coverage-gaps lists the higher document’s leaf measures the lower one does not implement', async () => {
      const [lowerDocId, higherDocId] = facts.richestImplementingPair();
      const result = await service.runCanned('coverage-gaps', { higherDocId, lowerDocId });
      const gaps = column<string>(result, 'gap');
      const measures = column<string>(result, 'id').filter((_, i) => gaps[i] === 'measure');
      expect(measures.sort()).toEqual(facts.measureGaps(higherDocId, lowerDocId));
    });

    it('coverage-gaps lists the entities the higher document mentions and the lower one never does', async () => {
      const [lowerDocId, higherDocId] = facts.richestImplementingPair();
      const result = await service.runCanned('coverage-gaps', { higherDocId, lowerDocId });
      const gaps = column<string>(result, 'gap');
      const entities = column<string>(result, 'id').filter((_, i) => gaps[i] === 'entity');
      expect(entities.sort()).toEqual(facts.entityGaps(higherDocId, lowerDocId));
    });

    if (source === 'corpus') {
      it('every canned query returns rows for the example parameters in its header', async () => {
        // article-citations' example is a law of the real set (tests/neo4j/article-citations.test.ts):
        // the sample's plans cite no article by number.
        for (const query of service.canned().filter((q) => q.name !== 'article-citations')) {
          const params = Object.fromEntries(query.params.map((p) => [p.name, p.example]));
          const result = await service.runCanned(query.name, params);
          expect(result.rows.length, query.name).toBeGreaterThan(0);
        }
      });
    }
  });
}
