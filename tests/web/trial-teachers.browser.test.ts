// Session 34's user trial, on real mirror regulations. The cascade's pair labels (tests/real/teachers: 教师法 2009 and the 实施办法 of 上海
// (undated), 河南 2010 and 浙江 2021), in Debian's chromium, Chinese and English. Session 34's trial: a pair's label
// (`落实 16 · 部分 3 · 引用 4 处 · 0.29 · 4229 天`, 243 px as drawn) is wider than the 120 px column gap, and 浙江's was drawn
// over the title of 河南's box in the column before (it read as 河南's figures); 上海's, in the first column, ran off
// the diagram's left edge over the band's name. Every label is measured as drawn (getBBox) against every box and
// band name.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { EdgeOf } from '../../graph-schema/index.js';
import { estimateLabelWidth } from '../../web/src/graph/cascade-layout.js';
import { LANGUAGE_KEY } from '../../web/src/i18n/index.js';
import { newTestPage, SKIP_BROWSER } from './browser-harness.js';
import { useTrial } from './trial-harness.js';


interface Rect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

describe.skipIf(SKIP_BROWSER)('#browser the 教师法 and its provinces (session 34 trial)', () => {
  const trial = useTrial('teachers');
  const { pageErrors, doc } = trial;

  const law = () => trial.snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.name === '中华人民共和国教师法' && n.attributes.inCorpus)!.key;

  const shanghai = () => trial.snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.name.startsWith('上海市'))!.key;

  for (const [lang, word, size, meta] of [
    ['zh', '落实', { width: 1440, height: 900 }, '上海市 · 1997-11-03（据文件名）'],
    ['en', 'impl', { width: 1280, height: 720 }, '上海市 · 1997-11-03 (from the file name)'],
  ] as const) {
    it(`draws every pair's label clear of every box and band name (${lang}, ${size.width}×${size.height})`, async () => {
      const page: Page = await newTestPage(trial.harness.browser, pageErrors, size);
      try {
        await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_KEY, lang]);
        await page.goto(`${trial.harness.served.url}/?view=cascade&cascade=${encodeURIComponent(law())}`);
        const labels = page.locator('[data-testid=cascade-link-label]');
        // The three provinces' pairs, labelled in the page's language (the layout is computed in the render that
        // writes them).
        await expect.poll(() => labels.evaluateAll((els) => els.map((e) => e.textContent ?? '').filter((t) => t.length > 0))).toHaveLength(3);
        await expect.poll(() => labels.evaluateAll((els, w) => els.every((e) => (e.textContent ?? '').includes(w)), word)).toBe(true);
        const drawn = await page.getByTestId('cascade-svg').evaluate((svg) => {
          // Measured unscrolled: the band names are sticky at the scroller's left edge (session 35).
          document.querySelector('.research-body')!.scrollLeft = 0;
          const box = (e: Element, id: string) => {
            const b = (e as SVGGraphicsElement).getBBox();
            return { id, x: b.x, y: b.y, width: b.width, height: b.height, text: e.textContent ?? '' };
          };
          return {
            labels: [...svg.querySelectorAll('[data-testid=cascade-link-label]')].map((e) => box(e, e.getAttribute('data-pair') ?? '')),
            boxes: [...svg.querySelectorAll('[data-testid=cascade-doc]')].map((e) => box(e.querySelector('rect')!, e.getAttribute('data-doc-id')!)),
            // The band names are HTML over the diagram (session 35): their boxes in the diagram's coordinates.
            bands: [...document.querySelectorAll('.cascade-band-label')].map((e) => {
              const b = e.getBoundingClientRect();
              const s = svg.getBoundingClientRect();
              return { id: e.textContent ?? '', x: b.x - s.x, y: b.y - s.y, width: b.width, height: b.height, text: e.textContent ?? '' };
            }),
          };
        });
        const over = (a: Rect, b: Rect) => a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
        expect(drawn.boxes.length).toBe(4);
        expect(drawn.bands.length).toBeGreaterThanOrEqual(2);
        for (const l of drawn.labels) {
          // The layout's estimate (no DOM) is at least the width drawn, in this browser's fonts.
          expect(estimateLabelWidth(l.text), `estimate of ${l.text}`).toBeGreaterThanOrEqual(l.width);
          expect(l.x, `${l.id}'s label inside the diagram`).toBeGreaterThanOrEqual(0);
          for (const b of [...drawn.boxes, ...drawn.bands]) expect(over(l, b), `${l.id}'s label over ${b.id}`).toBe(false);
        }
        // 上海's text prints no date; its file's name does, and its lag (1464 days from the law's 1993 adoption) is
        // counted from it: the box says so instead of "undated" (session 34 trial).
        expect(await page.locator(`[data-testid=cascade-doc][data-doc-id="${shanghai()}"] [data-testid=cascade-doc-meta]`).textContent()).toBe(meta);
      } finally {
        await page.close();
      }
    });
  }

  it('says where a later-version lag starts, in the pairs table and the evidence (session 34 trial)', async () => {
    // 上海's 实施办法 (file name 1997-11-03) and the 2009 text of the 教师法 (adopted 1993-10-31): its links are
    // laterVersion, 1464 days from the 1993 text in force then; the evidence had said "from the adoption", right here
    // but wrong for a law amended in between (新乡 2020 → 消防法 2021: 407 days from the 2019 amendment).
    const edge = trial.snapshot.edges.find((e) => e.attributes.type === 'IMPLEMENTS' && e.source.startsWith(`${shanghai()}#`))!;
    const link = edge.attributes as EdgeOf<'IMPLEMENTS'>;
    expect(link).toMatchObject({ laterVersion: true, lagDays: 1464 });
    expect((Date.parse('1997-11-03') - Date.parse('1993-10-31')) / 86_400_000).toBe(1464);
    const page: Page = await newTestPage(trial.harness.browser, pageErrors);
    try {
      await page.goto(`${trial.harness.served.url}/?view=cascade&cascade=${encodeURIComponent(law())}`);
      const row = (doc: string) => page.locator(`[data-testid=cascade-pair][data-pair="${doc}→${law()}"]`);
      await expect.poll(() => row(shanghai()).locator('[data-testid=cascade-pair-since]').textContent()).toBe('自 1993-10-31 文本起算');
      const henan = trial.snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.name.startsWith('河南省'))!.key;
      expect(await row(henan).locator('[data-testid=cascade-pair-lag]').textContent()).toBe('337 天');
      await page.goto(`${trial.harness.served.url}/?view=cascade&cascade=${encodeURIComponent(law())}&evidence=${encodeURIComponent(`${edge.source}~${edge.target}`)}`);
      await expect
        .poll(() => page.getByTestId('evidence-later-version').textContent())
        .toBe(' · 上级文本为本文件之后修订的版本（该法在本文件之前已通过），时滞自本文件发布时有效的 1993-10-31 文本起算');
      // Session 35: the regulations' profile weighs text similarity only; the evidence said "共同实体 0.00" (and gave
      // the reuse signal a number) as if they counted.
      const said = (k: string, v: number) => (v > 0 ? ` · ${k} ${v.toFixed(2)}（不计分）` : ` · ${k}：不计分`);
      expect(await page.getByTestId('evidence-signal-entities').textContent()).toBe(said('共同实体', link.evidence.signals.entities));
      expect(await page.getByTestId('evidence-signal-reuse').textContent()).toBe(said('文字复用', link.evidence.signals.reuse));
      expect(await page.getByTestId('evidence-signal-text').textContent()).toBe(` · 文本相似 ${link.evidence.signals.text.toFixed(2)}`);
    } finally {
      await page.close();
    }
  });

  it('gives the regulations’ own thresholds in the gap view and the matrix, not the plans’', async () => {
    // The snapshot links regulations by their own thresholds (linkThresholds.byGenre.regulation: 0.14 / 0.13); the
    // gap view said "implemented: score ≥ 0.24" (the plans') above 河南's rows implemented at 0.20, and the matrix's
    // boxes read 0.24 / 0.06 above green cells of 0.15.
    const own = (trial.snapshot.attributes as { linkThresholds: { byGenre: Record<string, { implements: number; partial: number }> } }).linkThresholds.byGenre.regulation;
    expect(own).toBeDefined();
    const henan = trial.snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.name.startsWith('河南省'))!.key;
    const page: Page = await newTestPage(trial.harness.browser, pageErrors);
    try {
      await page.goto(`${trial.harness.served.url}/?view=gaps&higher=${encodeURIComponent(law())}&lower=${encodeURIComponent(henan)}`);
      await expect.poll(() => page.getByTestId('gaps-thresholds').textContent()).toMatch(new RegExp(`^已落实：得分 ≥ ${own.implements}；部分落实：得分 ≥ ${own.partial}；`));
      await page.goto(`${trial.harness.served.url}/?view=matrix&directive=${encodeURIComponent(law())}`);
      await expect
        .poll(() => page.getByTestId('matrix-own-thresholds').textContent())
        // All three columns are regulations: the note says so and that the boxes judge none of them (session 45 trial;
        // it read "其中 3 份下级文件为法规…").
        .toBe(`3 份下级文件均为法规，都按法规的阈值判定：落实 ≥ ${own.implements}，部分落实 ≥ ${own.partial}；上面框中的阈值未用于任何一列（改动后，所有文件都按新阈值判定）。`);
      // A pair of the user's own applies to every document: the note goes.
      await page.getByTestId('matrix-threshold-implements').fill('0.3');
      await expect.poll(() => page.getByTestId('matrix-own-thresholds').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('leaves the gap table room at 1280×720: the note on other thresholds is folded, the summary scrolls away', async () => {
    // Session 34 trial: at 1280×720 the lines above the gap table (summary, thresholds, a 4-line note on other
    // views' thresholds) left the table's scrolling body 194 px. Folded, it was 242 px, and 河南's first row (170 px,
    // under the section's heading, the table's header and the chapter row) was still cut at the panel's bottom.
    // Session 35: on a short screen the summary scrolls with the tables, so the rows' scroller is the panel's height
    // below the pickers (396 px), and the row shows whole under the sticky header once scrolled to.
    const henan = trial.snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.name.startsWith('河南省'))!.key;
    const page: Page = await newTestPage(trial.harness.browser, pageErrors, { width: 1280, height: 720 });
    try {
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_KEY, 'en']);
      await page.goto(`${trial.harness.served.url}/?view=gaps&higher=${encodeURIComponent(law())}&lower=${encodeURIComponent(henan)}`);
      // The note is there (folded) once the linker's candidates are in; the layout is read after it.
      await page.getByTestId('gaps-exact-from').waitFor({ state: 'attached' });
      await page.locator('[data-testid=gap-row]').first().waitFor();
      // The rows' scroller: the nearest ancestor that scrolls (whichever element the stylesheet makes it).
      const scroller = () =>
        page.evaluate(() => {
          let e = document.querySelector('[data-testid=gap-row]')!.parentElement;
          while (e && !['auto', 'scroll'].includes(getComputedStyle(e).overflowY)) e = e.parentElement;
          e!.setAttribute('data-test-scroller', '');
          const b = e!.getBoundingClientRect();
          const row = document.querySelector('[data-testid=gap-row]')!.getBoundingClientRect();
          return { top: b.top, bottom: b.bottom, height: b.height, row: row.height, rowBottom: row.bottom };
        });
      const before = await scroller();
      expect(before.height, JSON.stringify(before)).toBeGreaterThanOrEqual(360);
      // Scrolled (by the scroller alone) so the first row's bottom is at the scroller's: all of it shows, under the
      // table's sticky header row.
      const by = Math.ceil(before.rowBottom - before.bottom) + 2;
      if (by > 0) await page.locator('[data-test-scroller]').evaluate((e, y) => e.scrollBy(0, y), by);
      await expect
        .poll(() =>
          page.evaluate(() => {
            const row = document.querySelector('[data-testid=gap-row]')!.getBoundingClientRect();
            const head = document.querySelector('.gaps-table th')!.getBoundingClientRect();
            const box = document.querySelector('[data-test-scroller]')!.getBoundingClientRect();
            return row.top >= head.bottom - 1 && row.bottom <= box.bottom + 1;
          }),
        )
        .toBe(true);
      // Unfolded, it says what it said.
      await page.getByTestId('gaps-exact-details').locator('summary').click();
      await expect.poll(() => page.getByTestId('gaps-exact-from').isVisible()).toBe(true);
      expect(await page.getByTestId('gaps-exact-from').textContent()).toMatch(/^These are the links ingest made\./);
    } finally {
      await page.close();
    }
  });

  it('gives 上海’s file name date in its side panel, said to be one', async () => {
    // Session 34 trial: the panel listed no date at all for 上海's 实施办法, whose lags count from 1997-11-03.
    const page: Page = await newTestPage(trial.harness.browser, pageErrors);
    try {
      await page.goto(`${trial.harness.served.url}/?node=${encodeURIComponent(shanghai())}`);
      await expect
        .poll(() => page.locator('[data-testid=document-meta] > div').evaluateAll((els) => els.map((e) => `${e.querySelector('dt')?.textContent}=${e.querySelector('dd')?.textContent}`)))
        .toContain('成文日期=1997-11-03（据文件名）');
    } finally {
      await page.close();
    }
  });

  it('raised no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
