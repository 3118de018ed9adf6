// The console's result table on a 1280×720 screen (ui36's open finding): the query box, the canned query's
// parameters and the Run row took the console's height, and a 5-row result showed 2 rows without scrolling. With a
// result on a short screen the console now grows up the stage.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCannedQueries } from '../../neo4j/queries.js';
import type { CypherService, QueryResult } from '../../neo4j/types.js';
import { LANGUAGE_KEY } from '../../web/src/i18n/index.js';
import { newTestPage, SKIP_BROWSER, startHarness, testSnapshot, type Harness } from './browser-harness.js';

describe.skipIf(SKIP_BROWSER)('#browser the console on a short screen', () => {
  let harness: Harness;
  const pageErrors: string[] = [];
  const PROVINCES = ['北京市', '天津市', '河北省', '山西省', '辽宁省', '吉林省', '上海市', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '四川省'];

  beforeAll(async () => {
    const { snapshot } = await testSnapshot();
    const columns = ['region', 'documents', 'links', 'medianLagDays', 'minLagDays', 'maxLagDays'];
    const rows = PROVINCES.map((p, i) => [p, 1 + (i % 3), 10 + i, 600 + 37 * i, 500 + 30 * i, 700 + 40 * i]);
    const answer = async (): Promise<QueryResult> => ({ columns, rows, truncated: false });
    const cypher: CypherService = { run: answer, runCanned: answer, canned: () => loadCannedQueries() };
    harness = await startHarness(snapshot, '', cypher);
  }, 180_000);
  afterAll(async () => {
    await harness?.close();
  });

  /** Result rows wholly on screen: inside the results' scroller and the window, not scrolled. */
  const rowsInSight = (page: Page) =>
    page.getByTestId('cypher-results').evaluate((box) => {
      const b = box.getBoundingClientRect();
      const bottom = Math.min(b.bottom, window.innerHeight);
      return [...box.querySelectorAll('tbody tr')].filter((tr) => {
        const r = tr.getBoundingClientRect();
        return r.top >= b.top - 0.5 && r.bottom <= bottom + 0.5;
      }).length;
    });

  for (const [size, least, lang] of [
    [{ width: 1280, height: 720 }, 8, 'zh'],
    [{ width: 1440, height: 900 }, 6, 'en'],
  ] as const) {
    it(`shows at least ${least} rows of a canned query's result without scrolling (${lang}, ${size.width}×${size.height})`, async () => {
      const page = await newTestPage(harness.browser, pageErrors, { ...size, consoleErrors: false });
      try {
        await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_KEY, lang]);
        await page.goto(`${harness.served.url}/?view=console&canned=lag-per-region&run=1`);
        // The summary and the table are written in one render of the result.
        await page.getByTestId('cypher-summary').waitFor({ timeout: 30_000 });
        expect(await page.locator('[data-testid=cypher-results] tbody tr').count()).toBe(PROVINCES.length);
        expect(await rowsInSight(page)).toBeGreaterThanOrEqual(least);
        // The canned query's description in the page's language (session 37 trial: English in the Chinese page).
        expect(await page.getByTestId('cypher-description').innerText()).toMatch(lang === 'zh' ? /^落实上级文件措施的 IMPLEMENTS 关联/ : /^For the IMPLEMENTS links/);
        // The console stays below the top bar and above the time bar.
        const c = (await page.getByTestId('cypher-console').boundingBox())!;
        const top = (await page.locator('header').first().boundingBox())!;
        expect(c.y).toBeGreaterThanOrEqual(top.y + top.height);
        expect(c.y + c.height).toBeLessThanOrEqual(size.height - 50);
        await page.screenshot({ path: `tests/web/screenshots/console-short-${size.width}.png` });
      } finally {
        await page.close();
      }
    });
  }

  it('raised no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
