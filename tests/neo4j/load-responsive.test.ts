// The explorer answers while Neo4j loads (session 22 qa: replacing the mirror's graph took 299 s
// and the page 189 s to appear, the load ran in the server's own process). `npm start`'s load
// (scripts/start-load.ts) runs in a child process: the server's /api answers stay quick all
// through a load whose planning alone holds a process for about a second (20k nodes: planLoad
// hashes every row), the health says "loading" with the load's progress, and the graph arrives whole.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createNeo4jLink, type Neo4jLink } from '../../neo4j/link.js';
import { loadSnapshot } from '../../neo4j/loader.js';
import { graphLoad } from '../../scripts/start-load.js';
import { createApp } from '../../web/server/index.js';
import { serve, type Served } from '../../web/server/serve.js';
import type { Health } from '../../web/src/api/types.js';
import type { LiveCypher } from '../../web/server/live-cypher.js';
import { fixtureSnapshot } from '../web/fixtures.js';
import { growSnapshot } from '../web/scale/grow.js';
import { graphCounts, neo4jOrSkip } from './helpers.js';
import { smallSnapshot } from './fixtures.js';

const neo = neo4jOrSkip();
/** Slowest /api/health answer allowed while the load runs. Session 23, load average 9–11, 20k nodes:
 *  the load in the server's process held answers up to 688–692 ms; in its child process, 143–185 ms.
 *  On a machine busier still the bound is QUIET_FACTOR × the slowest answer of the same server in the
 *  seconds before the load (measured in the same run): session 33, a CI run beside four other jobs
 *  (2.4 times its usual length) saw 487 ms in the child process. A load held in the server's own process
 *  stops every answer for its planning (about a second at 20k nodes), far over either bound. */
const BOUND_MS = 400;
const QUIET_FACTOR = 3;

neo.describe('#integration the explorer while npm start loads Neo4j', () => {
  const snapshot = growSnapshot(fixtureSnapshot(), 20_000);
  const dir = mkdtempSync(join(tmpdir(), 'policy-graph-load-responsive-'));
  const snapshotPath = join(dir, 'snapshot.json');
  const terminal: string[] = [];
  let link: Neo4jLink;
  let served: Served;

  beforeAll(async () => {
    writeFileSync(snapshotPath, JSON.stringify(snapshot));
    // A different graph in the database first, so the load has all of this one to write.
    const driver = neo.driver();
    await loadSnapshot(driver, smallSnapshot(), { database: process.env.NEO4J_DATABASE || undefined });
    await driver.close();
  }, 120_000);
  afterAll(async () => {
    await served?.close();
    await link?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers /api within the bound all through the load, says it is loading, then holds the whole graph', async () => {
    const expected = { nodes: snapshot.nodes.length, edges: snapshot.edges.length };
    // The server's own background work (layout, search index) is done before the load starts: the
    // answers below measure the load's effect alone.
    const live: LiveCypher = {
      status: () => link?.status() ?? { state: 'starting', since: new Date().toISOString() },
      service: () => link?.service() ?? null,
      suspect: () => link?.suspect(),
    };
    served = await serve(createApp({ snapshot, neo4j: live }), { port: 0 });
    for (const path of ['/api/graph', `/api/search?q=${encodeURIComponent('科普')}`]) expect((await fetch(served.url + path)).status).toBe(200);
    // The same server's answers before the load, as the machine is now.
    const quiet: number[] = [];
    for (let i = 0; i < 100; i++) {
      const t0 = performance.now();
      await (await fetch(served.url + '/api/health')).json();
      quiet.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
    const bound = Math.max(BOUND_MS, QUIET_FACTOR * Math.max(...quiet));
    link = createNeo4jLink({
      env: { NEO4J_URI: inject('neo4jUri'), NEO4J_USER: process.env.NEO4J_USER, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD, NEO4J_DATABASE: process.env.NEO4J_DATABASE },
      dataDir: dir,
      log: (line) => terminal.push(line),
      onConnected: graphLoad({ snapshotPath, expected, log: (line) => terminal.push(line) }),
    });

    const whileLoading: number[] = [];
    const reasons = new Set<string>();
    const deadline = Date.now() + 240_000;
    while (Date.now() < deadline) {
      const t0 = performance.now();
      const health = (await (await fetch(served.url + '/api/health')).json()) as Health;
      const ms = performance.now() - t0;
      const state = link.status().state;
      if (state === 'up') break;
      if (state === 'loading') {
        whileLoading.push(ms);
        if (health.cypherOff) reasons.add(health.cypherOff);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(link.status().state).toBe('up');
    expect(whileLoading.length).toBeGreaterThan(10);
    expect(Math.max(...whileLoading), `slowest /api/health answer while loading (ms; before the load: ${Math.round(Math.max(...quiet))} ms at most)`).toBeLessThan(bound);
    // The page's console says what is going on, with the load's progress.
    expect([...reasons].some((r) => /comes on when the graph is loaded/.test(r) && /Neo4j: writing nodes and relationships/.test(r))).toBe(true);
    expect(terminal.some((l) => l.startsWith('Neo4j holds the graph'))).toBe(true);
    const driver = neo.driver();
    const counts = await graphCounts(driver);
    await driver.close();
    expect(Object.values(counts.nodes).reduce((a, b) => a + b, 0)).toBe(expected.nodes);
    expect(Object.values(counts.relationships).reduce((a, b) => a + b, 0)).toBe(expected.edges);
  }, 300_000);
});
