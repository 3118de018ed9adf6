// The console's result table when a row holds a node with a long name (region-gaps' measure column: a law's whole
// sentence). Session 24's walk on the 物业管理条例 family: the node's name on one line made the row wider than the
// console, the path and measure columns after it fell to a character a line, and one 189 px row of 47 was on screen.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCannedQueries } from '../../neo4j/queries.js';
import type { CypherService, QueryResult } from '../../neo4j/types.js';
import { newTestPage, SKIP_BROWSER, startHarness, testSnapshot, type Harness } from './browser-harness.js';

describe.skipIf(SKIP_BROWSER)('#browser the console with a long-named node in each row', () => {
  let harness: Harness;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const { snapshot } = await testSnapshot();
    // The snapshot's measure with the longest name, as region-gaps returns it (a node the explorer holds).
    const measure = snapshot.nodes
      .filter((n) => n.attributes.type === 'Measure')
      .reduce((a, b) => (String(b.attributes.name).length > String(a.attributes.name).length ? b : a));
    const node = { id: measure.key, labels: ['Measure'], properties: { name: measure.attributes.name } };
    const columns = ['docId', 'document', 'region', 'measureId', 'path', 'measure', 'status', 'total'];
    const rows = Array.from({ length: 20 }, () => ['doc:下级', '下级文件', '吉林省', node, '第三章/第二十二条', String(measure.attributes.name), 'gap', 20]);
    const answer = async (): Promise<QueryResult> => ({ columns, rows, truncated: false });
    const cypher: CypherService = { run: answer, runCanned: answer, canned: () => loadCannedQueries() };
    harness = await startHarness(snapshot, '', cypher);
    page = await newTestPage(harness.browser, pageErrors, { consoleErrors: false });
    expect(String(measure.attributes.name).length).toBeGreaterThan(60);
  }, 180_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('keeps every column inside the console and several rows on screen', async () => {
    await page.goto(`${harness.served.url}/?view=console&canned=region-gaps&run=1`);
    await page.getByTestId('cypher-summary').waitFor({ timeout: 30_000 });
    const box = await page.getByTestId('cypher-results').boundingBox();
    const status = await page.locator('[data-testid=cypher-results] th', { hasText: 'status' }).boundingBox();
    expect(status!.x + status!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
    const heights = await page.locator('[data-testid=cypher-results] tbody tr').evaluateAll((trs) => trs.slice(0, 5).map((tr) => tr.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(120);
    await page.screenshot({ path: 'tests/web/screenshots/console-wide-cells.png' });
  });
});
