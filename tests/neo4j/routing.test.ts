// Beyond one machine: the loader, the console's query service and the connection the CLI and web
// server use work unchanged with a `neo4j://` routing URI (a cluster or Aura), tested with the
// routing scheme against the local server (it answers the routing table with itself).
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { connectNeo4j } from '../../neo4j/connection.js';
import { countGraph } from '../../neo4j/graph-counts.js';
import { loadSnapshot } from '../../neo4j/loader.js';
import { createCypherService } from '../../neo4j/queries.js';
import { NATIONAL, smallSnapshot } from './fixtures.js';
import { neo4jOrSkip } from './helpers.js';

const server = neo4jOrSkip();
const routingUri = () => inject('neo4jUri')!.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');

server.describe('#integration neo4j:// routing URI', () => {
  let driver: Driver;
  beforeAll(() => {
    const user = process.env.NEO4J_USER;
    driver = neo4j.driver(routingUri(), user ? neo4j.auth.basic(user, process.env.NEO4J_PASSWORD ?? '') : undefined);
  });
  afterAll(() => driver.close());

  it('uses the routing scheme and gets a routing table from the server', async () => {
    expect(routingUri()).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
    const info = await driver.getServerInfo();
    expect(info.address).toMatch(/:\d+$/);
  });

  it('loads a snapshot and reloads it with nothing written', async () => {
    const snapshot = smallSnapshot();
    await loadSnapshot(driver, snapshot, { batchSize: 3 });
    const counts = await countGraph(driver);
    expect(Object.values(counts.nodes).reduce((a, b) => a + b, 0)).toBe(snapshot.nodes.length);
    expect(Object.values(counts.relationships).reduce((a, b) => a + b, 0)).toBe(snapshot.edges.length);
    expect((await loadSnapshot(driver, snapshot)).written).toBe(0);
  });

  it('answers canned queries and refuses writes from the console, read-only', async () => {
    const service = createCypherService(driver);
    const result = await service.runCanned('document-measures', { docId: NATIONAL });
    expect(result.rows.length).toBeGreaterThan(0);
    await expect(service.run("CREATE (:Document {id: 'doc:x'})")).rejects.toThrow();
  });

  it('connects through NEO4J_URI=neo4j://… as the CLI and the web server do', async () => {
    const connection = await connectNeo4j({
      env: { NEO4J_URI: routingUri(), NEO4J_USER: process.env.NEO4J_USER, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD },
      dataDir: 'unused',
      connectTimeoutMs: 10_000,
    });
    try {
      const service = createCypherService(connection.driver);
      const result = await service.run('MATCH (d:Document) RETURN count(d) AS n');
      expect(Number(result.rows[0][0])).toBe(smallSnapshot().nodes.filter((n) => n.attributes.type === 'Document').length);
    } finally {
      await connection.close();
    }
  });
});
