// Session 39: text a later revision deleted (the plans helper's `deletions` / `deletedOn` of session 38, an inline note
// （2011年1月8日删除） closing the paragraph) in the measure panel: the deleted span struck through with its date, and an
// article deleted whole marked as such. A regulation of my own making in the law mirror's layout (the one of
// tests/ingest/structure/plans38.test.ts), ingested by the real pipeline, in Debian's chromium, Chinese and English.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toNeo4jProperties, type Snapshot } from '../../graph-schema/index.js';
import { loadCannedQueries } from '../../neo4j/queries.js';
import type { CypherService, QueryResult } from '../../neo4j/types.js';
import { runIngest } from '../../ingest/pipeline.js';
import { LANGUAGE_KEY } from '../../web/src/i18n/index.js';
import { newTestPage, SKIP_BROWSER, startHarness, type Harness } from './browser-harness.js';
import { DELETION_REGULATION } from '../ingest/structure/deletion-fixture.js';

describe.skipIf(SKIP_BROWSER)('#browser deleted text in the measure panel (session 39)', () => {
  let dir: string;
  let snapshot: Snapshot;
  let harness: Harness;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pg-deleted-'));
    await writeFile(join(dir, '某某票据管理条例(2011-01-08).md'), DELETION_REGULATION);
    ({ snapshot } = await runIngest({ inputs: [dir] }));
    // Session 41: the console, as Neo4j answers `RETURN m.path, m.deletions, properties(m)` for 第三条 (the loader writes
    // `deletions` as a JSON string: toNeo4jProperties). No Neo4j in this test run: the answer is that row, whatever is asked.
    const third = snapshot.nodes.find((x) => x.attributes.type === 'Measure' && x.attributes.path === '第三条')!;
    const props = toNeo4jProperties(third.attributes as Record<string, unknown>);
    const answer = async (): Promise<QueryResult> => ({ columns: ['m.path', 'm.deletions', 'properties(m)'], rows: [[props.path, props.deletions, props]], truncated: false });
    const cypher: CypherService = { run: answer, runCanned: answer, canned: () => loadCannedQueries() };
    harness = await startHarness(snapshot, '', cypher);
  }, 300_000);
  afterAll(async () => {
    await harness?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  const measure = (path: string) => {
    const n = snapshot.nodes.find((x) => x.attributes.type === 'Measure' && x.attributes.path === path);
    if (!n) throw new Error(`no measure ${path}`);
    return n.key;
  };

  for (const [lang, size, chip, whole] of [
    ['zh', { width: 1440, height: 900 }, '删除于 2011-01-08', '本条已于 2011-01-08 删除'],
    ['en', { width: 1280, height: 720 }, 'deleted 2011-01-08', 'Deleted on 2011-01-08'],
  ] as const) {
    it(`strikes the deleted paragraph through with its date, and marks an article deleted whole (${lang}, ${size.width}×${size.height})`, async () => {
      const page = await newTestPage(harness.browser, pageErrors, size);
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_KEY, lang]);
      try {
        // 第三条: its first paragraph in force, its second deleted.
        await page.goto(`${harness.served.url}/?node=${encodeURIComponent(measure('第三条'))}`);
        const text = page.getByTestId('measure-text');
        await expect.poll(() => text.isVisible()).toBe(true);
        const deleted = text.getByTestId('deleted-span');
        expect(await deleted.count()).toBe(1);
        expect(await deleted.getAttribute('data-date')).toBe('2011-01-08');
        const struck = deleted.locator('del');
        expect(await struck.innerText()).toBe('对倒卖票据的，按照投机倒把论处，并处票面金额百分之二十的罚款。（2011年1月8日删除）');
        expect(await struck.evaluate((e) => getComputedStyle(e).textDecorationLine)).toContain('line-through');
        expect(await deleted.locator('.deleted-date').innerText()).toBe(chip);
        // The paragraph in force is not struck, and the article is not marked deleted.
        expect(await text.innerText()).toContain('对伪造票据的，依法追究刑事责任。');
        expect(await text.locator('del').allInnerTexts()).not.toContain('对伪造票据的，依法追究刑事责任。');
        expect(await page.getByTestId('measure-deleted').count()).toBe(0);

        // 第四条: deleted whole; the panel says so, and its text is struck through.
        await page.goto(`${harness.served.url}/?node=${encodeURIComponent(measure('第四条'))}`);
        const mark = page.getByTestId('measure-deleted');
        await expect.poll(() => mark.isVisible()).toBe(true);
        expect(await mark.innerText()).toContain(whole);
        expect(await page.getByTestId('measure-text').getByTestId('deleted-span').locator('del').innerText()).toContain('票据印制企业应当在接到印制计划后30日内完成印制');

        // 第二条: nothing deleted, nothing struck.
        await page.goto(`${harness.served.url}/?node=${encodeURIComponent(measure('第二条'))}`);
        await expect.poll(() => page.getByTestId('measure-text').innerText()).toContain('县级以上人民政府财政部门');
        expect(await page.getByTestId('deleted-span').count()).toBe(0);
        expect(await page.getByTestId('measure-deleted').count()).toBe(0);
        expect(pageErrors).toEqual([]);
      } finally {
        await page.close();
      }
    });

    // Session 41: the console read `deletions` back as the JSON string Neo4j holds ([{"date":"2011-01-08","span":[…]}]).
    it(`shows a measure's deletions in the console as dates and spans, the deleted words quoted beside its text (${lang}, ${size.width}×${size.height})`, async () => {
      const page = await newTestPage(harness.browser, pageErrors, size);
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_KEY, lang]);
      try {
        const third = snapshot.nodes.find((x) => x.attributes.type === 'Measure' && x.attributes.path === '第三条')!.attributes as { text: string; span: [number, number]; deletions: { date: string; span: [number, number] }[] };
        expect(third.deletions).toHaveLength(1);
        const [start, end] = third.deletions[0].span;
        await page.goto(`${harness.served.url}/?view=console&canned=region-gaps&run=1`);
        const results = page.getByTestId('cypher-results');
        await expect.poll(() => results.getByTestId('value-deletion').count(), { timeout: 30_000 }).toBe(2);
        expect(await results.innerText()).not.toContain('"span"');
        const [column, inMap] = [results.getByTestId('value-deletion').nth(0), results.getByTestId('value-deletion').nth(1)];
        // The span counts characters of the document's text (as the reader's), 1-based.
        const span = lang === 'zh' ? `文件第 ${start + 1}–${end} 字` : `document characters ${start + 1}–${end}`;
        expect(await column.innerText()).toBe(`${chip} ${span}`);
        // Beside the measure's text (properties(m)), the deleted words themselves, struck through.
        expect(await inMap.locator('del').innerText()).toBe('对倒卖票据的，按照投机倒把论处，并处票面金额百分之二十的罚款。（2011年1月8日删除）');
        expect(third.text.slice(start - third.span[0], end - third.span[0])).toBe('对倒卖票据的，按照投机倒把论处，并处票面金额百分之二十的罚款。（2011年1月8日删除）');
        expect(pageErrors).toEqual([]);
      } finally {
        await page.close();
      }
    });

    // Session 40: the document reader strikes the same text, with its date, and leaves the text in force alone.
    it(`strikes deleted text through in the document reader too, with its date (${lang}, ${size.width}×${size.height})`, async () => {
      const page = await newTestPage(harness.browser, pageErrors, size);
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_KEY, lang]);
      try {
        const doc = snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.inCorpus)!.key;
        await page.goto(`${harness.served.url}/?view=reader&reader=${encodeURIComponent(doc)}`);
        const reader = page.getByTestId('reader-text');
        await expect.poll(() => reader.getByTestId('reader-block').count()).toBeGreaterThan(3);
        const deleted = reader.getByTestId('deleted-span');
        const struck = await deleted.locator('del').allInnerTexts();
        // 第三条's second paragraph and 第四条 whole: nothing else.
        expect(struck.join('')).toContain('对倒卖票据的，按照投机倒把论处，并处票面金额百分之二十的罚款。（2011年1月8日删除）');
        expect(struck.join('')).toContain('票据印制企业应当在接到印制计划后30日内完成印制');
        expect(struck.join('')).not.toContain('对伪造票据的，依法追究刑事责任。');
        expect(struck.join('')).not.toContain('县级以上人民政府财政部门');
        expect(await deleted.first().locator('del').evaluate((e) => getComputedStyle(e).textDecorationLine)).toContain('line-through');
        // One date chip after each deleted span (two spans), however many runs its marks cut it into.
        expect(await reader.locator('.deleted-date').allInnerTexts()).toEqual([chip, chip]);
        expect(await deleted.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-date')))])).toEqual(['2011-01-08']);
        expect(pageErrors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
