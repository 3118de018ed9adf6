// Neo4j goes away while the page is open: the console says so in one sentence within seconds,
// nothing hangs, and it comes back by itself when Neo4j returns. Uses a Neo4j of its own (not the
// run's shared one), killed with SIGKILL and restarted on the same port and store.
//
// GUARDED until issue 10's health detection (helper "sec") is merged: the page polls
// /api/health, and only that work makes health report a lost Neo4j. Run it with
// POLICY_GRAPH_NEO4J_LOSS_TEST=1; the lead removes the guard at merge. On the h-explorer branch
// alone the first test passes and the second fails (health keeps saying Cypher is on).
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../neo4j/free-port.js';
import { loadSnapshot } from '../../neo4j/loader.js';
import { createCypherService } from '../../neo4j/queries.js';
import { javaAvailable, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/server.js';
import { CHROMIUM, startHarness, type Harness } from './browser-harness.js';
import { fixtureSnapshot } from './fixtures.js';

const enabled = process.env.POLICY_GRAPH_NEO4J_LOSS_TEST === '1';
const DATA_DIR = resolve('data/neo4j-explorer-loss');
const QUERY = 'MATCH (d:Document) RETURN count(d) AS documents';

describe.skipIf(!enabled)('#browser #integration the console when Neo4j goes away and comes back', () => {
  let server: LocalNeo4j;
  let port: number;
  let driver: Driver;
  let harness: Harness;
  let page: Page;
  const snapshot = fixtureSnapshot();
  const documents = snapshot.nodes.filter((n) => n.attributes.type === 'Document').length;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium).`);
    if (!javaAvailable()) throw new Error('Java 17+ is needed to start the test’s own Neo4j.');
    await rm(DATA_DIR, { recursive: true, force: true });
    port = await freePort();
    server = await startLocalNeo4j({ dataDir: DATA_DIR, port });
    driver = neo4j.driver(server.uri);
    await loadSnapshot(driver, snapshot);
    harness = await startHarness(snapshot, '', createCypherService(driver));
    page = await harness.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(harness.served.url);
    await page.getByTestId('legend').waitFor();
  }, 300_000);
  afterAll(async () => {
    await harness?.close();
    await driver?.close();
    await server?.stop().catch(() => {});
  });

  const runQuery = async () => {
    await page.getByTestId('cypher-query').fill(QUERY);
    await page.getByTestId('cypher-run').click();
  };

  it('answers a query while Neo4j is up', async () => {
    await page.getByTestId('console-toggle').click();
    await runQuery();
    await expect.poll(() => page.getByTestId('cypher-results').textContent(), { timeout: 30_000 }).toContain(String(documents));
  });

  it('says in one sentence that Neo4j is gone, within seconds, and nothing hangs', async () => {
    process.kill(server.pid, 'SIGKILL');
    const killedAt = Date.now();
    await page.getByTestId('cypher-off').waitFor({ timeout: 20_000 });
    const sentence = (await page.getByTestId('cypher-off').textContent()) ?? '';
    expect(sentence).toMatch(/Neo4j/);
    expect(sentence.split(/[。.](?=\s|$)/).filter((s) => s.trim()).length).toBeLessThanOrEqual(3);
    expect(Date.now() - killedAt).toBeLessThan(20_000);
    // The rest of the page still works: search answers.
    await page.getByTestId('search-input').fill('中国科协');
    await page.getByTestId('search-result').first().waitFor({ timeout: 5000 });
    await page.screenshot({ path: 'out/screenshots/explorer-neo4j-gone.png' });
  }, 60_000);

  it('comes back by itself when Neo4j returns, and queries work again', async () => {
    server = await startLocalNeo4j({ dataDir: DATA_DIR, port });
    // The JVM's restart takes up to a minute on a busy 2-core machine; then health polls every 2 s.
    await page.getByTestId('cypher-query').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('cypher-off').count()).toBe(0);
    await runQuery();
    await expect.poll(() => page.getByTestId('cypher-results').textContent(), { timeout: 30_000 }).toContain(String(documents));
  }, 300_000);
});

if (!enabled) {
  describe('#browser the console when Neo4j goes away', () => {
    it.skip('guarded until issue 10’s health detection is merged: set POLICY_GRAPH_NEO4J_LOSS_TEST=1', () => {});
  });
}
