// Session 38's trial, a planner and a researcher on a family no set held: tests/real/energy (节约能源法 2018 text;
// 山东省节约能源条例 2017, 淄博市节约能源条例 2020 under both; 河南's 条例 2017 and 浙江's 办法), ingested by the real
// pipeline, in Debian's chromium, Chinese and English. What it asked: find the law, its cascade (淄博 → 山东 → law),
// 淄博's gaps against the law, the gap table as CSV, and the sentences behind one of 淄博's links.
// (1) From a gap row the link's evidence took three steps (select the law's measure, find 淄博's among its
//     implementers in the side panel, click it): the row's verdict now opens it, and its "read in the text" the
//     sentence. (2) The cascade's pairs said 淄博 reaches 52 of the law's 86 measures, the gap view 59 (7 of them
//     through 山东's 条例): the pairs' column now says it counts direct links and why the gap view's can be higher.
// The labels of this cascade are crossed by no curve of their own (cascade-label-curve.browser.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../coverage/matrix-csv.js';
import { inView, SKIP_BROWSER } from '../browser-harness.js';
import { useTrial } from '../trial-harness.js';

describe.skipIf(SKIP_BROWSER)('#browser the 节约能源法 with 山东, 淄博, 河南 and 浙江 (session 38 trial)', () => {
  const trial = useTrial('energy');
  const { pageErrors, doc } = trial;
  const open = trial.open;

  for (const [lang, size] of [
    ['zh', { width: 1440, height: 900 }],
    ['en', { width: 1280, height: 720 }],
  ] as const) {
    it(`opens the evidence of 淄博's link from its gap row in one click, and its sentence from there (${lang}, ${size.width}×${size.height})`, async () => {
      const law = doc('中华人民共和国节约能源法');
      const zibo = doc('淄博市');
      const page = await open(lang, size, `?view=gaps&higher=${encodeURIComponent(law)}&lower=${encodeURIComponent(zibo)}`);
      try {
        await expect.poll(() => page.getByTestId('gaps-summary').getAttribute('data-total')).toBe('86');
        const row = page.locator(`[data-testid=gap-row][data-node-id="${law}#第一章/第五条"]`);
        await row.getByTestId('gap-evidence').click();
        const view = page.getByTestId('evidence-view');
        await expect.poll(() => view.isVisible()).toBe(true);
        expect(await page.getByTestId('evidence-lower-document').innerText()).toMatch(/淄博市节约能源条例[\s\S]*第一章\/第五条/);
        expect(await page.getByTestId('evidence-higher-document').innerText()).toMatch(/中华人民共和国节约能源法[\s\S]*第一章\/第五条/);
        // The reused sentence, and the lower side's "read in the text" opens 淄博's 条例 at it.
        expect(await page.getByTestId('evidence-passages').innerText()).toContain('每年向本级人民代表大会或者其常务委员会报告节能工作');
        await page.getByTestId('evidence-lower-read').click();
        await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe('淄博市节约能源条例');
        const current = page.locator('.reader-row.current');
        await expect.poll(() => current.first().getAttribute('data-measure')).toBe(`${zibo}#第一章/第五条`);
        expect(await current.first().innerText()).toContain('报告节能工作');
        // Session 40: the reused passages themselves are marked in the text, and the first is in view.
        const marked = page.getByTestId('reader-passage');
        await expect.poll(() => marked.count()).toBeGreaterThan(0);
        expect((await marked.allInnerTexts()).join('')).toContain('每年向本级人民代表大会或者其常务委员会报告节能工作');
        expect(await inView(page, marked.first())).toBe(true);
        expect(new URL(page.url()).searchParams.getAll('passage').length).toBeGreaterThan(0);

        // A row carried through 山东's 条例 opens the first link: 淄博's measure → 山东's.
        await page.goto(`${trial.harness.served.url}/?view=gaps&higher=${encodeURIComponent(law)}&lower=${encodeURIComponent(zibo)}`);
        await expect.poll(() => page.getByTestId('gaps-summary').getAttribute('data-total')).toBe('86');
        const viaRow = page.locator('[data-testid=gap-row]').filter({ has: page.getByTestId('gap-via') }).first();
        await viaRow.getByTestId('gap-evidence').click();
        await expect.poll(() => page.getByTestId('evidence-view').isVisible()).toBe(true);
        expect(await page.getByTestId('evidence-higher-document').innerText()).toContain('山东省节约能源条例');
        expect(pageErrors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('finds the law, says the cascade’s reach counts direct links, and saves 淄博’s gap table (zh, 1440×900)', async () => {
    const law = doc('中华人民共和国节约能源法');
    const zibo = doc('淄博市');
    const page = await open('zh', { width: 1440, height: 900 }, '', true);
    try {
      // Searched in the explorer, not in the loading page's box as the explorer replaces it (a click on a hit as the box
      // gave way was lost: session 40, 2 runs of 6); the loading box's list is search-box.browser's.
      await page.getByTestId('loading').first().waitFor({ state: 'detached', timeout: 120_000 });
      const box = page.locator('input[type=search]').first();
      await box.fill('节约能源法');
      // Once the search has settled, the law itself is the first hit (not a measure citing it).
      await expect.poll(() => page.getByTestId('search-results').getAttribute('aria-busy')).toBe('false');
      const first = page.getByRole('option').first();
      await expect.poll(() => first.innerText()).toMatch(/^中华人民共和国节约能源法\s/);
      await first.click();
      await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe(law);
      await page.getByTestId('cascade-button').click();
      await expect.poll(() => new URL(page.url()).searchParams.get('cascade')).toBe(law);
      const pairs = page.getByTestId('cascade-pair');
      await expect.poll(() => pairs.count()).toBe(5);
      // 淄博 under the law and under 山东's 条例: two rows.
      expect(await page.locator(`[data-testid=cascade-pair][data-pair^="${zibo}"]`).count()).toBe(2);
      const reach = await page.locator(`[data-testid=cascade-pair][data-pair="${zibo}→${law}"] [data-testid=cascade-pair-reach]`).innerText();
      // (53 since session 44's penaltyConduct: 淄博's penalty list names the conduct of one more of the law's penalty articles,
      // 依照有关法律、法规的规定进行处罚 — a partial link a reader draws too. 54 since session 47's clausePair: 淄博 第八条's
      // 组织开展节能宣传和教育活动，普及节能科学知识，增强公民的节能意识 links the law's 第八条 (its second paragraph), partial; read, right.)
      expect(reach).toBe('54 / 86');
      const header = page.getByTestId('cascade-pair-reach-header');
      expect(await header.innerText()).toBe('直接覆盖的措施');
      expect(await header.getAttribute('title')).toContain('经由中间文件');

      // The gap view counts the ones carried through 山东 (10 rows marked so, 7 before session 47's clausePair: 淄博 第八条 and
      // 第二十一条 now reach 山东 第六条 and 第四十三条; 10 since session 48's clauseCover.state: 淄博 第二十七条 → the law's 第五十九条
      // is partial — it restates the departments' and the state's tasks of the second and third paragraphs, not the main
      // provision, 县级以上各级人民政府's rural energy saving and its funds — so the row reads carried through 山东 第三十八条,
      // which it implements; read, right): 61 of 86 since session 63's link rules (62 before, 59 before session 47); its CSV has one row per measure.
      await page.goto(`${trial.harness.served.url}/?view=gaps&higher=${encodeURIComponent(law)}&lower=${encodeURIComponent(zibo)}`);
      await expect.poll(() => page.getByTestId('gaps-summary').getAttribute('data-total')).toBe('86');
      expect(await page.getByTestId('gaps-summary').innerText()).toContain('61');
      // (9 since session 52's pair-median pass: 淄博 第二十七条 → 山东 第三十八条, and three other 淄博 → 山东 links, are partial —
      // 淄博 follows 山东 article by article and restates none of those main provisions' clauses — so one row is no longer carried
      // through 山东.)
      expect(await page.getByTestId('gap-via').count()).toBe(8);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('gaps-download-measures').click()]);
      const rows = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''));
      expect(rows.length - 1).toBe(86);
      expect(rows.slice(1).filter((r) => r[8].includes('山东省节约能源条例')).length).toBe(8);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
