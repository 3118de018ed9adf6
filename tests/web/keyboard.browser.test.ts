// The research views by keyboard alone, in Debian's chromium on the sample corpus: Tab reaches the
// coverage matrix's cells, the map's provinces and the cascade's links, documents and measures;
// Enter or Space does what a click does (evidence, filter, selection); the focused item shows it;
// a targets row is a tab stop, and Enter on the button inside it stays that button’s.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SKIP_BROWSER, useSamplePage } from './browser-harness.js';

// Polls wait longer than vitest's 1 s: the machine running the suite may be busy.
const SLOW = { timeout: 15_000 };

const DIRECTIVE = 'doc:中国科协2020年科普工作要点';
const JILIN = 'doc:吉林省科协2020年科普工作要点';

describe.skipIf(SKIP_BROWSER)('#browser keyboard in the matrix, the map and the cascade', () => {
  const sample = useSamplePage();

  /** Presses Tab until the focused element matches `selector` (at most `limit` presses); its attributes then. */
  async function tabTo(selector: string, limit = 400): Promise<Record<string, string>> {
    for (let i = 0; i < limit; i++) {
      await sample.page.keyboard.press('Tab');
      const hit = await sample.page.evaluate((sel) => {
        const el = document.activeElement;
        if (!el || !el.matches(sel)) return null;
        const s = getComputedStyle(el);
        return { ...Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])), outline: `${s.outlineStyle} ${s.outlineWidth}`, tag: el.tagName };
      }, selector);
      if (hit) return hit;
    }
    throw new Error(`Tab never reached ${selector}`);
  }
  const param = (k: string) => new URL(sample.page.url()).searchParams.get(k);
  const visibleOutline = (a: Record<string, string>) => expect(a.outline).toMatch(/^solid [1-9]/);
  const focusFirst = async (l: Locator) => l.first().evaluate((el) => (el as HTMLElement).focus());

  it('Tab reaches a matrix cell with a link; Enter and Space open its evidence', async () => {
    const { harness, page, pageErrors } = sample;
    await page.goto(`${harness.served.url}/?view=matrix&directive=${encodeURIComponent(DIRECTIVE)}`);
    await page.getByTestId('matrix-table').waitFor();
    await focusFirst(page.locator('[data-testid=matrix-row] button'));
    const cell = await tabTo('[data-testid=matrix-cell]');
    expect(cell['data-best']).toBeTruthy();
    expect(cell.role).toBe('button');
    visibleOutline(cell);
    const row = await page.evaluate(() => document.activeElement!.closest('[data-testid=matrix-row]')!.getAttribute('data-node-id'));
    await page.keyboard.press('Enter');
    await expect.poll(() => param('evidence'), SLOW).toBe(`${cell['data-best']}~${row}`);
    await page.getByTestId('evidence-view').waitFor();
    // The evidence dialog takes the focus (Tab moves inside it), and gives it back to the cell.
    const inDialog = () => page.evaluate(() => !!document.activeElement?.closest('[data-testid=evidence-view]'));
    await expect.poll(inDialog, SLOW).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(inDialog, SLOW).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => param('evidence'), SLOW).toBeNull();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-best')), SLOW).toBe(cell['data-best']);
    // Space on the next cell with a link does the same.
    await focusFirst(page.locator('[data-testid=matrix-cell][data-best]').nth(1));
    const next = await page.evaluate(() => document.activeElement!.getAttribute('data-best'));
    await page.keyboard.press(' ');
    await expect.poll(() => param('evidence'), SLOW).toMatch(new RegExp(`^${next}~`));
    await page.keyboard.press('Escape');
    // A cell without a link is no tab stop.
    expect(await page.locator('[data-testid=matrix-cell]:not([data-best])').first().getAttribute('tabindex')).toBeNull();
    expect(pageErrors).toEqual([]);
  });

  it('a province with documents is a tab stop: Enter filters the matrix to it, again shows all', async () => {
    const { page, pageErrors } = sample;
    const jl = page.locator('[data-testid=map-province][data-iso=CN-JL]');
    expect(await jl.getAttribute('tabindex')).toBe('0');
    expect(await page.locator('[data-testid=map-province].no-docs').first().getAttribute('tabindex')).toBeNull();
    await jl.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid=matrix-column]').evaluateAll((els) => els.map((e) => e.getAttribute('data-doc-id'))), SLOW).toEqual([JILIN]);
    expect(await jl.getAttribute('aria-pressed')).toBe('true');
    await jl.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => param('province'), SLOW).toBeNull();
    expect(pageErrors).toEqual([]);
  });

  it('Tab reaches the cascade’s links (named for a screen reader); Enter opens the evidence, Space selects a measure', async () => {
    const { harness, page, pageErrors } = sample;
    await page.goto(`${harness.served.url}/?view=cascade&cascade=${encodeURIComponent(DIRECTIVE)}&cascadeLinks=all`);
    await page.getByTestId('cascade-svg').waitFor();
    const link = await tabTo('[data-testid=cascade-link][data-kind=implements]');
    // A focused link is marked on its curve (a thicker, glowing line), not by its bounding box.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.cascade-link-line')!).filter)).toMatch(/drop-shadow/);
    await page.screenshot({ path: 'tests/web/screenshots/keyboard-cascade-link.png' });
    expect(link['aria-label']).toContain('中国科协2020年科普工作要点');
    await page.keyboard.press('Enter');
    await expect.poll(() => param('evidence'), SLOW).toBe(`${link['data-lower']}~${link['data-higher']}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => param('evidence'), SLOW).toBeNull();

    const measure = await tabTo('[data-testid=cascade-measure]');
    visibleOutline(measure);
    await page.keyboard.press(' ');
    await expect.poll(() => param('node'), SLOW).toBe(measure['data-node-id']);
    expect(pageErrors).toEqual([]);
  });

  it('the evidence dialog keeps Tab and Shift+Tab inside it; Esc closes it and the focus is back on the cell', async () => {
    const { harness, page, pageErrors } = sample;
    await page.goto(`${harness.served.url}/?view=matrix&directive=${encodeURIComponent(DIRECTIVE)}`);
    await page.getByTestId('matrix-table').waitFor();
    await focusFirst(page.locator('[data-testid=matrix-cell][data-best]'));
    const best = await page.evaluate(() => document.activeElement!.getAttribute('data-best'));
    await page.keyboard.press('Enter');
    await page.getByTestId('evidence-verdict').waitFor();
    const where = () => page.evaluate(() => {
      const el = document.activeElement;
      return el?.closest('[data-testid=evidence-view]') ? 'dialog' : `${el?.tagName}.${el?.className}`;
    });
    await expect.poll(where, SLOW).toBe('dialog');
    const stopIndex = () => page.getByTestId('evidence-view').evaluate((d) =>
      [...d.querySelectorAll('button, [href], input, [tabindex]:not([tabindex="-1"])')].filter((e) => e.getClientRects().length > 0).indexOf(document.activeElement!));
    const stops = await page.getByTestId('evidence-view').evaluate((d) =>
      [...d.querySelectorAll('button, [href], input, [tabindex]:not([tabindex="-1"])')].filter((e) => e.getClientRects().length > 0).length);
    expect(stops).toBeGreaterThan(1);
    // Round the dialog once and a bit, both ways: the focus never leaves it.
    const seen = new Set<number>();
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < stops + 2; i++) {
        await page.keyboard.press(key);
        expect(await where()).toBe('dialog');
        seen.add(await stopIndex());
      }
    }
    expect(seen.size).toBe(stops);
    await page.keyboard.press('Escape');
    await expect.poll(() => param('evidence'), SLOW).toBeNull();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-best')), SLOW).toBe(best);
    expect(pageErrors).toEqual([]);
  });

  it('a measure selected by Space puts the focus in the side panel; Tab goes on inside it; Esc gives it back', async () => {
    const { harness, page, pageErrors } = sample;
    await page.goto(`${harness.served.url}/?view=cascade&cascade=${encodeURIComponent(DIRECTIVE)}&cascadeLinks=all`);
    await page.getByTestId('cascade-svg').waitFor();
    await focusFirst(page.locator('[data-testid=cascade-measure]'));
    const measure = await page.evaluate(() => document.activeElement!.getAttribute('data-node-id'));
    await page.keyboard.press(' ');
    await expect.poll(() => param('node'), SLOW).toBe(measure);
    const inPanel = () => page.evaluate(() => !!document.activeElement?.closest('[data-testid=side-panel]'));
    await expect.poll(inPanel, SLOW).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(inPanel, SLOW).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('side-panel').count(), SLOW).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-node-id')), SLOW).toBe(measure);
    // A click still leaves the focus where it was (the panel takes it from the keyboard only).
    await page.locator('[data-testid=cascade-measure]').first().click();
    await expect.poll(() => page.getByTestId('side-panel').count(), SLOW).toBe(1);
    expect(await inPanel()).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  it('a targets row opens its measure by Enter; Enter on the document button inside it opens the document', async () => {
    const { harness, page, pageErrors } = sample;
    await page.goto(`${harness.served.url}/?view=targets`);
    const row = page.getByTestId('targets-row').first();
    await row.waitFor();
    await row.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => param('node'), SLOW).toMatch(/^doc:[^#]+#/);
    await row.locator('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => param('node'), SLOW).toMatch(/^doc:[^#]+$/);
    expect(pageErrors).toEqual([]);
  });
});
