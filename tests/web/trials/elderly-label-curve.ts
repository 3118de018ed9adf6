// Session 38: a cascade link's label must not be crossed by its own curve. In 老年人权益保障法's cascade (tests/real/
// elderly, session 37's trial) the pair label "落实 62 · 部分 5 · 引用 1 处 · 0.50 · 637 天" sat 3 px over the end of
// 山东's 6.6 px line, which ran along and up through its text (47 of 201 points of the curve inside the label's box),
// and 浙江's curve came down through its label from the law above. Measured as drawn in Debian's chromium: each
// label's box (getBBox, grown by half its curve's stroke) against 400 points along its own path.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_KEY } from '../../../web/src/i18n/index.js';
import { newTestPage, SKIP_BROWSER } from '../browser-harness.js';
import { useTrial } from '../trial-harness.js';

/** Per drawn label: its text and how many sampled points of its own curve fall inside its box. */
function crossings(page: Page): Promise<{ label: string; inside: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('[data-testid=cascade-link-label]')].map((label) => {
      const link = [...document.querySelectorAll<SVGGElement>('[data-testid=cascade-link]')].find(
        (g) => g.dataset.lower === label.dataset.lower && g.dataset.higher === label.dataset.higher,
      )!;
      const path = link.querySelector<SVGPathElement>('.cascade-link-line')!;
      const half = Number(path.getAttribute('stroke-width')) / 2;
      const b = label.getBBox();
      const length = path.getTotalLength();
      let inside = 0;
      for (let i = 0; i <= 400; i++) {
        const p = path.getPointAtLength((length * i) / 400);
        if (p.x > b.x - half && p.x < b.x + b.width + half && p.y > b.y - half && p.y < b.y + b.height + half) inside++;
      }
      return { label: label.textContent ?? '', inside };
    }),
  );
}

describe.skipIf(SKIP_BROWSER)('#browser no cascade label is crossed by its own curve (session 38)', () => {
  const trial = useTrial('elderly');

  for (const [lang, size] of [
    ['zh', { width: 1440, height: 900 }],
    ['en', { width: 1280, height: 720 }],
  ] as const) {
    it(`in the pairs, an opened pair and every article link of 老年人权益保障法's cascade (${lang}, ${size.width}×${size.height})`, async () => {
      const page = await newTestPage(trial.harness.browser, trial.pageErrors, size);
      try {
        await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_KEY, lang]);
        await page.goto(`${trial.harness.served.url}/?view=cascade&cascade=${encodeURIComponent(trial.doc('中华人民共和国老年人权益保障法'))}`);
        const labels = page.getByTestId('cascade-link-label');
        await expect.poll(() => labels.count()).toBe(2);
        const pairs = await crossings(page);
        expect(pairs.filter((c) => c.inside > 0), 'pair labels crossed by their own curve').toEqual([]);

        // 山东's pair opened: its 67 article links fan into the law's rows.
        await page.locator(`[data-testid=cascade-pair][data-pair^="${trial.doc('山东省')}"] [data-testid=cascade-pair-toggle]`).click();
        await expect.poll(() => labels.count()).toBeGreaterThan(60);
        const opened = await crossings(page);
        expect(opened.filter((c) => c.inside > 0), 'article labels crossed by their own curve').toEqual([]);

        await page.getByTestId('cascade-links').selectOption('all');
        await expect.poll(() => labels.count()).toBeGreaterThan(100);
        const all = await crossings(page);
        expect(all.filter((c) => c.inside > 0), 'labels of every link crossed by their own curve').toEqual([]);
        expect(trial.pageErrors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
