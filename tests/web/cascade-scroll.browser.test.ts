// The cascade opens on its root even when the root's column is far right: a revised law is often
// later than the regulations that implement it (消防法 2021 and the provinces' 消防条例 from 2009 on:
// the root box sat at x 3,069 of a 4,906 px diagram and the first screen was an empty band).
import { describe, expect, it } from 'vitest';
import { ingestTexts } from '../ingest/link/ingest-texts.js';
import { LAW_2012, province } from '../ingest/link/versions-texts.js';
import { SKIP_BROWSER, useSnapshotPage } from './browser-harness.js';

const SLOW = { timeout: 15_000 };

describe.skipIf(SKIP_BROWSER)('#browser the cascade opens on its root', () => {
  const sample = useSnapshotPage(
    // Four provinces whose 办法 are dated before the law's 2012 revision: four columns left of the law's.
    () =>
      ingestTexts({
        'law.txt': LAW_2012,
        'henan.txt': province('河南省', '1995年6月8日'),
        'shandong.txt': province('山东省', '1996年7月9日'),
        'hubei.txt': province('湖北省', '1997年8月10日'),
        'jilin.txt': province('吉林省', '1998年9月11日'),
      }),
    { width: 1280, height: 800 },
  );

  it('scrolls the root document into view; its implementers are still reachable by scrolling', async () => {
    const { harness, page, pageErrors } = sample;
    await page.goto(`${harness.served.url}/?view=cascade`);
    await page.getByTestId('cascade-svg').waitFor();
    const root = (await page.getByTestId('cascade-root').getAttribute('data-value'))!;
    expect(root).toMatch(/农业技术推广法/);
    const seen = () => page.evaluate((id) => {
      const body = document.querySelector('.research-body')!.getBoundingClientRect();
      const box = document.querySelector(`[data-testid=cascade-doc][data-doc-id="${CSS.escape(id)}"]`)?.getBoundingClientRect();
      return box ? { inView: box.left >= body.left && box.right <= body.right, wide: document.querySelector('.research-body')!.scrollWidth > body.width } : null;
    }, root);
    await expect.poll(seen, SLOW).toEqual({ inView: true, wide: true });
    await page.screenshot({ path: 'tests/web/screenshots/cascade-scroll.png' });
    expect(await page.locator('[data-testid=cascade-link]').count()).toBeGreaterThanOrEqual(4);
    expect(pageErrors).toEqual([]);
  });

  it('keeps the band names in sight when the diagram is scrolled right (session 35)', async () => {
    const { harness, page } = sample;
    // Opened on the root, the diagram is scrolled right (above); the band names were SVG text at x 10, scrolled
    // out of sight with the first columns (session 34 trial). Each is inside the scroller's visible part, and in its
    // band's height.
    await page.goto(`${harness.served.url}/?view=cascade`);
    await page.getByTestId('cascade-svg').waitFor();
    await expect.poll(() => page.evaluate(() => document.querySelector('.research-body')!.scrollLeft), SLOW).toBeGreaterThan(200);
    const names = await page.evaluate(() => {
      const body = document.querySelector('.research-body')!.getBoundingClientRect();
      return [...document.querySelectorAll('[data-testid=cascade-band]')].map((band) => {
        const level = band.getAttribute('data-level');
        const r = band.querySelector('rect')!.getBoundingClientRect();
        const name = [...document.querySelectorAll('.cascade-band-label')].find((e) => e.getAttribute('data-level') === level || (e instanceof SVGElement && e.parentElement === band));
        const n = name?.getBoundingClientRect();
        return { level, seen: !!n && n.left >= body.left && n.right <= body.right && n.top >= r.top && n.bottom <= r.bottom && (name!.textContent ?? '').length > 0 };
      });
    });
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const n of names) expect(n, n.level ?? '').toEqual({ level: n.level, seen: true });
  });
});
