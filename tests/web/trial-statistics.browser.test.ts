// Session 35's planner's trial, on real mirror regulations: tests/real/statistics (统计法 2009 and the statistics
// regulations of 北京 2015, 山东 2017 and 浙江 2020), ingested by the real pipeline, in Debian's chromium, Chinese
// and English. The gap view's § column kept a path on one line: 第二章/第十一条 ran past its 82 px column, under
// the measure's text, and read as "第二章/第十一统计调查项目".
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_KEY } from '../../web/src/i18n/index.js';
import { newTestPage, SKIP_BROWSER } from './browser-harness.js';
import { useTrial } from './trial-harness.js';


describe.skipIf(SKIP_BROWSER)('#browser the 统计法 and three provinces (session 35 trial)', () => {
  const trial = useTrial('statistics');
  const { pageErrors, doc } = trial;


  for (const [lang, size] of [
    ['zh', { width: 1440, height: 900 }],
    ['en', { width: 1280, height: 720 }],
  ] as const) {
    it(`keeps every § path of 山东's gap table inside its column (${lang}, ${size.width}×${size.height})`, async () => {
      const page: Page = await newTestPage(trial.harness.browser, pageErrors, size);
      try {
        await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_KEY, lang]);
        await page.goto(`${trial.harness.served.url}/?view=gaps&higher=${encodeURIComponent(doc('中华人民共和国统计法'))}&lower=${encodeURIComponent(doc('山东省'))}`);
        const rows = page.locator('[data-testid=gap-row]');
        // The law's 49 measures (the summary's count) are rows, written in the render that writes the summary.
        await expect.poll(() => page.getByTestId('gaps-summary').getAttribute('data-total')).toBe('49');
        expect(await rows.count()).toBeGreaterThanOrEqual(49);
        const cells = await rows.locator('td.col-path').evaluateAll((tds) =>
          tds.map((td) => {
            const range = document.createRange();
            range.selectNodeContents(td);
            const text = range.getBoundingClientRect();
            const cell = td.getBoundingClientRect();
            return { path: td.textContent ?? '', inside: text.left >= cell.left - 0.5 && text.right <= cell.right + 0.5 };
          }),
        );
        expect(cells.map((c) => c.path)).toContain('第二章/第十一条');
        expect(cells.filter((c) => !c.inside).map((c) => c.path)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('raised no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
