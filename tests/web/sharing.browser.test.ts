// Sharing the Cypher console, in Debian's chromium on the sample corpus (a Neo4j stand-in that
// records what it is asked): a canned query's link names it and its parameters, not its 4 KB text,
// and reopens the same query with the same inputs and runs it; an edited query's link carries the
// edited text; a link naming a canned query the server lacks says so.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCannedQueries } from '../../neo4j/queries.js';
import type { CypherService, QueryResult } from '../../neo4j/types.js';
import { newTestPage, SKIP_BROWSER, startHarness, testSnapshot, type Harness } from './browser-harness.js';

// Polls wait longer than vitest's 1 s: the machine running the suite may be busy.
const SLOW = { timeout: 15_000 };

const calls: { kind: 'run' | 'canned'; text: string; params: Record<string, unknown> }[] = [];
const result: QueryResult = { columns: ['name'], rows: [['吉林省科协2020年科普工作要点']], truncated: false };
const recorder: CypherService = {
  run: async (text, params = {}) => (calls.push({ kind: 'run', text, params }), result),
  runCanned: async (text, params = {}) => (calls.push({ kind: 'canned', text, params }), result),
  canned: () => loadCannedQueries(),
};
const REGION_GAPS = loadCannedQueries().find((q) => q.name === 'region-gaps')!;

describe.skipIf(SKIP_BROWSER)('#browser sharing the console', () => {
  let harness: Harness;
  const pageErrors: string[] = [];
  const open = async (url: string): Promise<Page> => {
    const page = await newTestPage(harness.browser, pageErrors, { consoleErrors: false });
    await page.goto(url);
    await page.getByTestId('cypher-canned').waitFor();
    return page;
  };

  beforeAll(async () => {
    harness = await startHarness((await testSnapshot()).snapshot, '', recorder);
  }, 180_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('a canned query’s link names it and its inputs, and reopens and reruns the same query', async () => {
    const page = await open(`${harness.served.url}/?view=console`);
    await expect.poll(() => page.locator('[data-testid=cypher-canned] option').count(), SLOW).toBeGreaterThan(1);
    await page.getByTestId('cypher-canned').selectOption('region-gaps');
    await page.getByTestId('cypher-param-limit').fill('7');
    await page.getByTestId('cypher-run').click();
    await page.getByTestId('cypher-summary').waitFor();
    const shared = page.url();
    const p = new URL(shared).searchParams;
    expect(p.get('canned')).toBe('region-gaps');
    expect(p.get('p.limit')).toBe('7');
    expect(p.has('q')).toBe(false);
    expect(shared.length).toBeLessThan(600);
    await page.close();

    calls.length = 0;
    const again = await open(shared);
    await again.getByTestId('cypher-summary').waitFor();
    expect(await again.getByTestId('cypher-canned').inputValue()).toBe('region-gaps');
    expect(await again.getByTestId('cypher-param-limit').inputValue()).toBe('7');
    await expect.poll(() => again.locator('.cypher-console textarea').inputValue(), SLOW).toBe(REGION_GAPS.cypher);
    expect(calls).toEqual([expect.objectContaining({ kind: 'canned', text: 'region-gaps', params: expect.objectContaining({ limit: 7 }) })]);
    expect(again.url()).toBe(shared);
    await again.close();
    expect(pageErrors).toEqual([]);
  });

  it('an edited query’s link carries its text', async () => {
    const page = await open(`${harness.served.url}/?view=console&canned=document-measures`);
    await expect.poll(() => page.locator('.cypher-console textarea').inputValue(), SLOW).toMatch(/MATCH/);
    const text = `${await page.locator('.cypher-console textarea').inputValue()}\n// mine`;
    await page.locator('.cypher-console textarea').fill(text);
    await page.getByTestId('cypher-run').click();
    await page.getByTestId('cypher-summary').waitFor();
    const shared = page.url();
    expect(new URL(shared).searchParams.get('q')).toBe(text);
    await page.close();
    calls.length = 0;
    const again = await open(shared);
    await again.getByTestId('cypher-summary').waitFor();
    expect(await again.locator('.cypher-console textarea').inputValue()).toBe(text);
    expect(calls.map((c) => [c.kind, c.text])).toEqual([['run', text]]);
    await again.close();
    expect(pageErrors).toEqual([]);
  });

  it('a link naming a canned query the server lacks says so', async () => {
    const page = await open(`${harness.served.url}/?view=console&canned=no-such-query&run=1`);
    await expect.poll(() => page.getByTestId('cypher-error').textContent(), SLOW).toContain('no-such-query');
    await page.close();
  });
});
