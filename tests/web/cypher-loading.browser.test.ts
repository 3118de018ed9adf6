// While `npm start` loads the graph into Neo4j (minutes on a large corpus), the page says so:
// before session 23 the console read "Neo4j is not available … Start or check Neo4j" and the top
// bar "Cypher (off)", as if something were broken, although Cypher comes on by itself.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jStatus } from '../../neo4j/types.js';
import type { LiveCypher } from '../../web/server/live-cypher.js';
import { en } from '../../web/src/i18n/en.js';
import { zh } from '../../web/src/i18n/zh.js';
import { SKIP_BROWSER, newTestPage, startHarness, type Harness } from './browser-harness.js';
import { fixtureSnapshot } from './fixtures.js';

const LOADING = 'Cypher comes on when the graph is loaded into Neo4j. Neo4j: writing nodes and relationships: 5,000 of 40,000 rows';

describe.skipIf(SKIP_BROWSER)('#browser the Cypher console while Neo4j loads', () => {
  let harness: Harness;
  let page: Page;
  const errors: string[] = [];
  let status: Neo4jStatus = { state: 'loading', since: new Date().toISOString(), reason: LOADING };
  const link: LiveCypher = { status: () => status, service: () => null, suspect() {} };

  beforeAll(async () => {
    harness = await startHarness(fixtureSnapshot(), '', null, { neo4j: link });
    page = await newTestPage(harness.browser, errors);
    await page.goto(harness.served.url);
    await page.getByTestId('legend').waitFor();
  }, 120_000);
  afterAll(async () => harness?.close());

  it('says Cypher is loading, with the load’s progress, then that Neo4j is gone when it is', async () => {
    expect(await page.getByTestId('console-toggle').textContent()).toContain(zh.top.cypherLoading);
    await page.getByTestId('console-toggle').click();
    expect(await page.getByTestId('cypher-off').textContent()).toBe(zh.console.loading);
    // The server's English progress, in the page's language (session 23 qa: it was English on the Chinese page).
    const rows = zh.reason.rows.replace('{{phase}}', zh.reason.phases.staging).replace('{{done}}', '5,000').replace('{{total}}', '40,000');
    expect(await page.getByTestId('cypher-off-reason').textContent()).toBe(`${zh.reason.loading} ${rows}`);
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('cypher-off').textContent(), { timeout: 5000 }).toBe(en.console.loading);
    expect(await page.getByTestId('cypher-off-reason').textContent()).toBe(LOADING);

    // A load that failed: the link is down, and the page says so (within a health poll).
    status = { state: 'down', since: new Date().toISOString(), reason: 'Cypher is off: Neo4j at bolt://127.0.0.1:7687 is not reachable (connection refused).' };
    await expect.poll(() => page.getByTestId('cypher-off').textContent(), { timeout: 10_000 }).toBe(en.console.neo4jGone);
    expect(await page.getByTestId('console-toggle').textContent()).toContain(en.top.cypherOff);
    expect(errors).toEqual([]);
  }, 60_000);
});
