// A CI-sized run of scripts/loadtest.ts against the real Neo4j of the test run: every endpoint
// answers every request with 2xx under concurrency, and the figures are printed. Speed itself is
// measured by `npm run loadtest`, not asserted here.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSnapshot } from '../../neo4j/loader.js';
import { createCypherService } from '../../neo4j/queries.js';
import { createApp, serve, type Served } from '../../web/server/index.js';
import { endpoints, hit, rssMb } from '../../scripts/loadtest.js';
import { NATIONAL, smallSnapshot } from '../neo4j/fixtures.js';
import { neo4jOrSkip } from '../neo4j/helpers.js';

const server = neo4jOrSkip();

server.describe('#integration loopback load test (issue 10)', () => {
  let driver: Driver;
  let web: Served;
  beforeAll(async () => {
    driver = server.driver();
    await loadSnapshot(driver, smallSnapshot());
    web = await serve(createApp({ snapshot: smallSnapshot(), cypher: createCypherService(driver) }), { port: 0 });
  });
  afterAll(async () => {
    await web?.close();
    await driver?.close();
  });

  it('answers every request of each endpoint with 2xx at concurrency 5, within bounds', async () => {
    const before = rssMb(process.pid)!;
    const figures = [];
    for (const endpoint of endpoints(NATIONAL)) {
      const f = await hit(web.url, endpoint, { connections: 5, amount: 40, seconds: 20 });
      figures.push(f);
      expect(f, endpoint.name).toMatchObject({ requests: 40, non2xx: 0, errors: 0 });
      expect(f.p95Ms).toBeGreaterThan(0);
      expect(f.p95Ms).toBeGreaterThanOrEqual(f.p50Ms);
    }
    const after = rssMb(process.pid)!;
    console.info(JSON.stringify({ webRssMbBefore: before, webRssMbAfter: after, endpoints: figures }));
    expect(after - before).toBeLessThan(300);
  });

  it('refuses to load anything but loopback', async () => {
    await expect(hit('http://localhost:1', endpoints(NATIONAL)[0], { connections: 1, amount: 1, seconds: 1 })).rejects.toThrow(/loopback only/);
  });
});
