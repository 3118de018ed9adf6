// Every canned query starts from a label and an index: its plan (EXPLAIN on the real server,
// with the header's example parameters) has no AllNodesScan and at least one index seek.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ENTITY_TYPES, NODE_TYPES } from '../../graph-schema/index.js';
import { loadSnapshot } from '../../neo4j/loader.js';
import { loadCannedQueries } from '../../neo4j/queries.js';
import { smallSnapshot } from './fixtures.js';
import { neo4jOrSkip } from './helpers.js';

const server = neo4jOrSkip();

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}
function operators(plan: PlanNode): string[] {
  return [plan.operatorType.split('@')[0], ...plan.children.flatMap(operators)];
}

server.describe('#integration canned query plans', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = server.driver();
    await loadSnapshot(driver, smallSnapshot()); // creates the constraints and indexes
  });
  afterAll(() => driver.close());

  for (const query of loadCannedQueries()) {
    it(`${query.name} uses an index and never scans every node`, async () => {
      const params = Object.fromEntries(
        query.params.map((p) => [p.name, p.type === 'integer' ? neo4j.int(Number(p.example ?? 1)) : p.example]),
      );
      const result = await driver.executeQuery(`EXPLAIN ${query.cypher}`, params, { routing: neo4j.routing.READ });
      const ops = operators(result.summary.plan as unknown as PlanNode);
      expect(ops).not.toContain('AllNodesScan');
      expect(ops.some((op) => /IndexSeek/.test(op))).toBe(true);
    });
  }

  it('the queries that take any node id look it up under every label of the graph', () => {
    const byName = Object.fromEntries(loadCannedQueries().map((q) => [q.name, q.cypher]));
    for (const label of NODE_TYPES) expect(byName['node-neighbourhood']).toContain(`MATCH (n:${label} {id: $nodeId})`);
    for (const label of ENTITY_TYPES) expect(byName['entity-mentions']).toContain(`MATCH (e:${label} {id: $entityId})`);
  });
});
