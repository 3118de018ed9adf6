// The explorer on a large graph (issue 11), as a user sees it: a snapshot grown past the
// large-graph threshold (the fixture's documents copied under new names, grow.ts). While the
// graph is still downloading, it is already drawn (the view payload) and a node can be clicked,
// the search already answers (the server's index) and a hit chosen then opens when the graph is ready; every node is drawn; the camera pans; the explorer's own
// search finds a copied document. Speed is the bench's business (bench/explorer.ts), not asserted here.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Snapshot } from '../../../graph-schema/index.js';
import { LARGE_GRAPH_OPTIONS } from '../../../web/src/graph/view-graph.js';
import { type Harness, SKIP_BROWSER, startHarness } from '../browser-harness.js';
import { JILIN, fixtureSnapshot } from '../fixtures.js';
import { growSnapshot } from './grow.js';

const snapshot = Snapshot.parse(growSnapshot(fixtureSnapshot(), LARGE_GRAPH_OPTIONS.largeGraph + 2_000));
// Copies are numbered from 1: a document deep in the graph, and its name as the page shows it.
const copy = `${JILIN}·副本300`;
const copyName = snapshot.nodes.find((n) => n.key === copy)!.attributes.name;

describe.skipIf(SKIP_BROWSER)('#browser explorer on a large graph', () => {
  let harness: Harness;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  // Holds the graph's download back until the test lets it go: the page is "still loading".
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));

  beforeAll(async () => {
    harness = await startHarness(snapshot, 'Cypher is off: no Neo4j in this test run.');
    context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/api/graph', async (route) => {
      await gate;
      await route.continue();
    });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 600_000);
  afterAll(async () => {
    release?.();
    await context?.close();
    await harness?.close();
  });

  it('is large enough to be drawn the large-graph way', () => {
    expect(snapshot.nodes.length).toBeGreaterThan(LARGE_GRAPH_OPTIONS.largeGraph);
    expect(copyName).toContain('·副本300');
  });

  it('draws the graph from the view payload while the full graph is still held back, and takes a click on a node', async () => {
    await page.goto(harness.served.url);
    await page.locator('[data-testid=graph-canvas][data-preview=true] canvas').first().waitFor({ timeout: 120_000 });
    await expect.poll(() => page.evaluate('window.__policyGraphPerf.marks.graphDrawn ?? null'), { timeout: 120_000 }).not.toBeNull();
    // Drawn, and the data graph not built: the full graph has not even been sent.
    expect(await page.evaluate('window.__policyGraphPerf.marks.dataBuilt ?? null')).toBeNull();
    expect(await page.getByTestId('loading').isVisible()).toBe(true);
    // A click on a node of the drawing chooses it, as a search hit would: it opens when the explorer is ready.
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    const at = (await page.evaluate(`window.__policyGraphPreview.nodeViewport(${JSON.stringify(copy)})`)) as { x: number; y: number };
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await expect.poll(() => page.getByTestId('pending-node').count(), { timeout: 30_000 }).toBe(1);
    // The node under the pointer: the copied document, or one drawn over its centre.
    const near = (await page.evaluate(
      `(${JSON.stringify(snapshot.nodes.map((n) => [n.key, n.attributes.name]))}).filter(([id]) => { const p = window.__policyGraphPreview.nodeViewport(id); return Math.hypot(p.x - ${at.x}, p.y - ${at.y}) < 30; }).map(([, name]) => name)`,
    )) as string[];
    const pending = (await page.getByTestId('pending-node').textContent()) ?? '';
    expect(near.some((name) => pending.includes(name.slice(0, 14)))).toBe(true);
  }, 300_000);

  it('searches while the graph is still loading, and opens the chosen hit once it is ready', async () => {
    // The server's search index is built in the background after the layout, and the page's search
    // gives up after API_TIMEOUTS.search: on a loaded machine (load 17, two Chromiums) the index was
    // not ready within that, and the hit never came. What is tested is the page searching while its
    // graph is held back, so wait for the state the feature needs (the server answers a search:
    // its route waits for the index), not for a clock.
    const ready = await fetch(`${harness.served.url}/api/search?q=${encodeURIComponent(copyName)}&limit=1`);
    expect(ready.status).toBe(200);
    await page.goto(harness.served.url);
    const input = page.getByTestId('search-input');
    await input.fill(copyName);
    const hit = page.locator(`[data-testid=search-result][data-node-id="${copy}"]`);
    // Bounded by the test's own timeout, not a shorter clock.
    await hit.waitFor({ timeout: 0 });
    // Still loading: the graph has not arrived.
    expect(await page.getByTestId('loading').isVisible()).toBe(true);
    await hit.click();
    await expect.poll(() => page.getByTestId('pending-node').textContent(), { timeout: 60_000 }).toContain(copyName);
    release();
    await page.getByTestId('legend').waitFor({ timeout: 300_000 });
    await expect.poll(() => page.getByTestId('side-panel').getAttribute('data-node-id'), { timeout: 60_000 }).toBe(copy);
    expect(await page.getByTestId('side-panel-name').textContent()).toBe(copyName);
    expect(new URL(page.url()).searchParams.get('node')).toBe(copy);
  }, 600_000);

  it('draws every node and pans', async () => {
    await page.getByTestId('side-panel-close').click();
    const debug = () => page.evaluate(() => {
      const g = (window as unknown as { __policyGraph: { renderedNodeCount(): number; camera(): { x: number; y: number } } }).__policyGraph;
      return { drawn: g.renderedNodeCount(), camera: g.camera() };
    });
    await expect.poll(async () => (await debug()).drawn, { timeout: 60_000 }).toBe(snapshot.nodes.length);
    const stats = (await page.getByTestId('stats').textContent()) ?? '';
    expect(stats.match(/[\d,]+/)?.[0].replace(/,/g, '')).toBe(String(snapshot.nodes.length));
    const before = (await debug()).camera;
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width / 2 + i * 20, box.y + box.height / 2 + i * 10);
    // While the camera moves, the drawn picture follows the pointer (moved, not redrawn: progressive-sigma.ts)…
    const layers = () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.sigma-container > canvas:not(.sigma-mouse)')].map((c) => c.style.transform));
    await expect.poll(async () => (await layers()).some((t) => t.startsWith('translate(')), { timeout: 30_000 }).toBe(true);
    await page.mouse.up();
    await expect.poll(async () => (await debug()).camera.x, { timeout: 30_000 }).not.toBe(before.x);
    // …and is drawn for real where the camera came to rest.
    await expect.poll(async () => (await layers()).every((t) => t === ''), { timeout: 30_000 }).toBe(true);
    // The nodes were drawn before the edges were all in (the page's own marks).
    const marks = (await page.evaluate('window.__policyGraphPerf.marks')) as Record<string, number>;
    expect(marks.graphDrawn).toBeLessThanOrEqual(marks.edgesDrawn);
  }, 300_000);

  it('finds a copied document with the explorer’s own search', async () => {
    const other = `${JILIN}·副本7`;
    const name = snapshot.nodes.find((n) => n.key === other)!.attributes.name;
    await page.getByTestId('search-input').fill(name);
    await page.locator(`[data-testid=search-result][data-node-id="${other}"]`).click({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('side-panel').getAttribute('data-node-id'), { timeout: 60_000 }).toBe(other);
    expect(pageErrors).toEqual([]);
  }, 300_000);
});
