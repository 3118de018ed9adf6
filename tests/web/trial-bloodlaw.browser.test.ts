// Session 36's researcher's trial, on real mirror texts: tests/real/unseen (献血法 1997; 河南 1999 and 浙江's 办法 as
// revised 2020-11-27; the cities 宁波 2020-05-15, 青岛 2020 and 泰安 2021), ingested by the real pipeline, in Debian's
// chromium. Tracing 献血法 第十四条 down to 宁波 第二十五条:
// - the search box found nothing for "献血法 第十四条", and the law's side panel listed its implementers unnamed;
// - 宁波's 条例 (2020-05-15) carries out 浙江's 办法, whose text in the corpus is a later one (2020-11-27): its box is a
//   column left of 浙江's, and the link looped from 浙江's right edge across both boxes, its label "0.90 · 2422 天" at
//   宁波's left edge among the labels of the links from the law, where it read as the law's link.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_KEY } from '../../web/src/i18n/index.js';
import { newTestPage, SKIP_BROWSER } from './browser-harness.js';
import { useTrial } from './trial-harness.js';


describe.skipIf(SKIP_BROWSER)('#browser 献血法 第十四条 down to 宁波 (session 36 trial)', () => {
  const trial = useTrial('unseen');
  const { pageErrors, doc } = trial;

  const open = trial.open;

  it('finds the law’s 第十四条 by the document and the article, and says whose each 第十四条 is (zh, 1440×900)', async () => {
    const page = await open('zh', { width: 1440, height: 900 }, '');
    try {
      await page.getByTestId('search-input').fill('献血法 第十四条');
      const first = page.locator('[data-testid=search-result]').first();
      await expect.poll(() => first.getAttribute('data-node-id')).toBe(`${doc('中华人民共和国献血法')}#第十四条`);
      await expect.poll(() => first.getByTestId('search-place').textContent()).toBe('中华人民共和国献血法 · 第十四条');
    } finally {
      await page.close();
    }
  });

  it('says whose each of 第十四条’s implementers is in its side panel (en, 1280×720)', async () => {
    // Its eight implementers were eight texts: which were 宁波's, 泰安's or 浙江's could not be told without opening each.
    const law = doc('中华人民共和国献血法');
    const nb = doc('宁波市');
    const page = await open('en', { width: 1280, height: 720 }, `?node=${encodeURIComponent(`${law}#第十四条`)}`);
    try {
      const row = page.getByTestId('implemented-by').locator('li', { has: page.locator(`[data-node-id="${nb}#第四章/第二十五条"]`) });
      await expect.poll(() => row.getByTestId('measure-link-place').textContent()).toBe('宁波市献血条例 · 第四章/第二十五条');
      const places = await page.getByTestId('implemented-by').getByTestId('measure-link-place').allTextContents();
      const rows = await page.getByTestId('implemented-by').locator('li').count();
      expect(places).toHaveLength(rows);
    } finally {
      await page.close();
    }
  });

  for (const [lang, size] of [
    ['zh', { width: 1440, height: 900 }],
    ['en', { width: 1280, height: 720 }],
  ] as const) {
    it(`draws 宁波 → 浙江's later text from 宁波's right edge, clear of 宁波's box, its label right of it (${lang}, ${size.width}×${size.height})`, async () => {
      const law = doc('中华人民共和国献血法');
      const [nb, zj] = [doc('宁波市'), doc('浙江省')];
      const page = await open(lang, size, `?view=cascade&cascade=${encodeURIComponent(`${law}#第十四条`)}`);
      try {
        const link = page.locator(`[data-testid=cascade-link][data-lower-doc="${nb}"][data-higher-doc="${zj}"]`).first();
        const label = page.locator(`[data-testid=cascade-link-label][data-lower="${await link.getAttribute('data-lower')}"][data-higher="${await link.getAttribute('data-higher')}"]`);
        await expect.poll(() => label.count()).toBe(1);
        const drawn = await page.evaluate(
          ([nbId, lower, higher]) => {
            const box = document.querySelector(`[data-testid=cascade-doc][data-doc-id="${CSS.escape(nbId)}"] rect`)!.getBoundingClientRect();
            const path = document.querySelector(`[data-testid=cascade-link][data-lower="${CSS.escape(lower)}"][data-higher="${CSS.escape(higher)}"] path`) as SVGPathElement;
            const text = document.querySelector(`[data-testid=cascade-link-label][data-lower="${CSS.escape(lower)}"][data-higher="${CSS.escape(higher)}"]`)!.getBoundingClientRect();
            const ctm = path.getScreenCTM()!;
            const inside: number[] = [];
            const total = path.getTotalLength();
            for (let i = 1; i < 100; i++) {
              const p = new DOMPoint(path.getPointAtLength((total * i) / 100).x, path.getPointAtLength((total * i) / 100).y).matrixTransform(ctm);
              if (p.x > box.left + 1 && p.x < box.right - 1 && p.y > box.top + 1 && p.y < box.bottom - 1) inside.push(i);
            }
            return { inside, labelLeft: text.left, boxRight: box.right };
          },
          [nb, (await link.getAttribute('data-lower'))!, (await link.getAttribute('data-higher'))!],
        );
        expect(drawn.inside, 'points of the 宁波 → 浙江 link inside 宁波’s box').toEqual([]);
        expect(drawn.labelLeft, 'its label starts right of 宁波’s box').toBeGreaterThanOrEqual(drawn.boxRight);
      } finally {
        await page.close();
      }
    });
  }

  it('saves the cascade’s links as CSV: 宁波 第二十五条 → 浙江 第十八条 → 献血法 第十四条 (zh, 1440×900)', async () => {
    // Nothing of the chain could be saved: the cascade and the evidence had no export.
    const law = doc('中华人民共和国献血法');
    const [nb, zj] = [doc('宁波市'), doc('浙江省')];
    const page = await newTestPage(trial.harness.browser, pageErrors, { width: 1440, height: 900, acceptDownloads: true });
    try {
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_KEY, 'zh']);
      await page.goto(`${trial.harness.served.url}/?view=cascade&cascade=${encodeURIComponent(`${law}#第十四条`)}`);
      // The cascade is drawn down to 宁波's link into 浙江 before it is saved.
      await expect.poll(() => page.locator(`[data-testid=cascade-link][data-lower="${nb}#第四章/第二十五条"][data-higher="${zj}#第十八条"]`).count()).toBe(1);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cascade-download').click()]);
      expect(download.suggestedFilename()).toBe('cascade_中华人民共和国献血法_第十四条.csv');
      const csv = readFileSync((await download.path())!, 'utf8');
      const rows = csv.slice(1).trimEnd().split('\r\n').map((l) => l.split(','));
      expect(rows[0].slice(0, 8)).toEqual(['下级文件', '下级文件地区', '下级文件发布日期', '下级条款', '落实的上级文件', '上级文件发布日期', '上级条款', '类型']);
      const row = (lower: string, higher: string) => rows.find((r) => r.at(-2) === lower && r.at(-1) === higher);
      expect(row(`${nb}#第四章/第二十五条`, `${zj}#第十八条`)?.slice(0, 8)).toEqual(['宁波市献血条例', '宁波市', '2020-05-15', '第四章/第二十五条', '浙江省实施《中华人民共和国献血法》办法', '2020-11-27', '第十八条', '落实']);
      expect(row(`${zj}#第十八条`, `${law}#第十四条`)?.slice(0, 8)).toEqual(['浙江省实施《中华人民共和国献血法》办法', '浙江省', '2020-11-27', '第十八条', '中华人民共和国献血法', '1997-12-29', '第十四条', '落实']);
    } finally {
      await page.close();
    }
  });

  it('sorts the pairs table by lag: longest first, then shortest first (en, 1280×720; session 37, ui36’s open finding)', async () => {
    // "Which provinces took longest?" was read off an unsorted lag column.
    const page = await open('en', { width: 1280, height: 720 }, `?view=cascade&cascade=${encodeURIComponent(doc('中华人民共和国献血法'))}`);
    try {
      const rows = page.getByTestId('cascade-pair');
      await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(5);
      const lags = () => page.getByTestId('cascade-pair-lag').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-lag') ?? ''));
      const header = page.locator('th', { has: page.getByTestId('cascade-pair-sort-lag') });
      expect(await header.getAttribute('aria-sort')).toBe('none');
      await page.getByTestId('cascade-pair-sort-lag').click();
      // The header's state and the rows are written in one render.
      await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
      const down = (await lags()).filter((l) => l !== '').map(Number);
      expect(down.length).toBeGreaterThanOrEqual(5);
      expect(down).toEqual([...down].sort((a, b) => b - a));
      expect(down[0]).toBeGreaterThan(8000); // 泰安's 22-year lag (ui36: 8613 d), not 河南's 634 d, comes first
      const firstLower = await rows.first().locator('td').first().innerText();
      expect(firstLower).toContain('泰安');
      await page.getByTestId('cascade-pair-sort-lag').click();
      await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
      const all = await lags();
      const up = all.filter((l) => l !== '').map(Number);
      expect(up).toEqual([...up].sort((a, b) => a - b));
      // Pairs without a lag (a citation alone) stay last.
      expect(all.slice(0, up.length).every((l) => l !== '')).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('raised no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
