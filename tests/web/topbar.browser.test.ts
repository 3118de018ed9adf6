// The top bar at the widths people use, in Debian's chromium on the sample corpus, in Chinese and in
// English (labels differ in length; Cypher is off here, so its longest label "Cypher（未连接）" shows):
// at 1440, 1280 and 1024 px every button keeps its label on one line, nothing runs off the right edge and
// the search box stays usable; the filter bar under it stays one row (its pickers narrow first).
import { describe, expect, it } from 'vitest';
import { LANGUAGE_KEY } from '../../web/src/i18n/index.js';
import { SKIP_BROWSER, useSamplePage } from './browser-harness.js';

describe.skipIf(SKIP_BROWSER)('#browser top bar at 1440, 1280 and 1024 px', () => {
  const sample = useSamplePage();

  for (const lang of ['zh', 'en'] as const) {
    for (const width of [1440, 1280, 1024]) {
      it(`${lang} at ${width} px: one line per button, nothing past the edge, a usable search box`, async () => {
        const { harness, page, pageErrors } = sample;
        await page.setViewportSize({ width, height: 800 });
        await page.goto(harness.served.url);
        await page.evaluate(([k, v]) => localStorage.setItem(k, v), [LANGUAGE_KEY, lang]);
        await page.reload();
        await page.getByTestId('legend').waitFor();
        const bar = await page.locator('header.topbar').evaluate((h) => {
          const box = (e: Element) => e.getBoundingClientRect();
          const lineHeight = (e: Element) => parseFloat(getComputedStyle(e).lineHeight) || 18;
          return {
            lang: document.documentElement.lang,
            height: box(h).height,
            right: Math.max(...[...h.children].map((c) => box(c).right)),
            pageWidth: document.documentElement.scrollWidth,
            search: box(h.querySelector('.search input')!).width,
            wrapped: [...h.querySelectorAll('button.toggle')].filter((b) => b.getBoundingClientRect().height > 2 * lineHeight(b)).map((b) => b.textContent),
          };
        });
        expect(bar.lang.startsWith(lang)).toBe(true);
        expect(bar.wrapped).toEqual([]);
        expect(bar.right).toBeLessThanOrEqual(width);
        expect(bar.pageWidth).toBe(width);
        expect(bar.height).toBeLessThanOrEqual(53);
        expect(bar.search).toBeGreaterThanOrEqual(150);
        await page.screenshot({ path: `tests/web/screenshots/topbar-${lang}-${width}.png`, clip: { x: 0, y: 0, width, height: 60 } });
        // The filter bar below it: one row (title, the four pickers, size by), each label on one line.
        const filters = await page.getByTestId('filter-bar').evaluate((f) => {
          const items = [...f.children].filter((c) => c.getBoundingClientRect().width > 0);
          const boxes = items.map((c) => c.getBoundingClientRect());
          const sizeBy = f.querySelector('.size-by')!;
          return {
            // One row: no item starts below another's bottom.
            rows: boxes.some((a) => boxes.some((b) => a.top >= b.bottom - 1)) ? 2 : 1,
            right: Math.max(...items.map((c) => c.getBoundingClientRect().right)),
            sizeByLines: Math.round(sizeBy.getBoundingClientRect().height / (parseFloat(getComputedStyle(sizeBy).lineHeight) || 18)),
            pickers: [...f.querySelectorAll('select, .doc-picker input')].map((s) => Math.round(s.getBoundingClientRect().width)),
          };
        });
        expect(filters.rows).toBe(1);
        expect(filters.right).toBeLessThanOrEqual(width);
        expect(filters.sizeByLines).toBeLessThanOrEqual(1);
        // Narrowed, never unreadable: a picker keeps room for its label (年份… / Document…); the document combobox too (session 44).
        for (const w of filters.pickers) expect(w).toBeGreaterThanOrEqual(90);
        await page.screenshot({ path: `tests/web/screenshots/filterbar-${lang}-${width}.png`, clip: { x: 0, y: 50, width, height: 50 } });
        expect(pageErrors).toEqual([]);
      });
    }
  }
});
