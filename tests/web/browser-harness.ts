// What the browser test needs around the page: a snapshot (the real corpus when the ingest
// pipeline exists, else the fixture), the page built with vite, a server, and Debian's chromium.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import { Snapshot } from '../../graph-schema/index.js';
import type { CypherService } from '../../neo4j/types.js';
import { createApp, serve, type AppOptions, type Served } from '../../web/server/index.js';
import { PAGE_INPUTS } from '../../web/server/page-inputs.js';
import { fixtureSnapshot } from './fixtures.js';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * How long a browser test waits for an action's effect (expect.poll). Vitest's default, 1 s, is shorter than a busy
 * machine takes to draw (session 33: the suite runs beside four other jobs on two cores; the keyboard suite already
 * used 15 s). Waiting longer only slows a failing test: a passing poll returns as soon as the effect is there.
 */
export const BROWSER_WAIT = { pollTimeoutMs: 15_000, pollIntervalMs: 50 } as const;
vi.setConfig({ expect: { poll: { timeout: BROWSER_WAIT.pollTimeoutMs, interval: BROWSER_WAIT.pollIntervalMs } } });
const ROOT = resolve(import.meta.dirname, '../..');
const PIPELINE = join(ROOT, 'ingest/pipeline.ts');

/** `POLICY_GRAPH_WEB_SNAPSHOT=fixture` forces the fixture (to work on the page while ingest changes). */
export async function testSnapshot(): Promise<{ snapshot: Snapshot; source: string }> {
  if (!existsSync(PIPELINE) || process.env.POLICY_GRAPH_WEB_SNAPSHOT === 'fixture') return { snapshot: fixtureSnapshot(), source: 'fixture' };
  // Loaded by path so this file compiles before the pipeline lands.
  const { runIngest } = (await import(/* @vite-ignore */ PIPELINE)) as {
    runIngest(opts: { inputs: string[] }): Promise<{ snapshot: unknown }>;
  };
  const { snapshot } = await runIngest({ inputs: [join(ROOT, 'corpus')] });
  return { snapshot: Snapshot.parse(snapshot), source: 'corpus' };
}

/** Browser tests may skip only without Chromium and outside CI (under CI=true a missing Chromium fails). */
export const SKIP_BROWSER = !existsSync(CHROMIUM) && process.env.CI !== 'true';

export interface SamplePage {
  harness: Harness;
  snapshot: Snapshot;
  page: Page;
}

/** Fails where Debian's chromium is missing (a suite that opens a page needs it). */
function requireChromium(): void {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium).`);
}

/** What a suite's page is opened with: the page's size (1440×900 unless given), downloads, console errors counted. */
export type PageOptions = { acceptDownloads?: boolean; consoleErrors?: boolean; width?: number; height?: number };

/**
 * The explorer serving `snapshot` with Cypher off, and one page (newTestPage: 1440×900 unless `width`/`height` say
 * otherwise) whose uncaught errors (and console errors, unless `consoleErrors: false`) are pushed to `pageErrors`.
 */
export async function openSnapshotPage(snapshot: Snapshot, pageErrors: string[], options: PageOptions = {}): Promise<SamplePage> {
  requireChromium();
  const harness = await startHarness(snapshot, 'Cypher is off: no Neo4j in this test run.');
  const page = await newTestPage(harness.browser, pageErrors, options);
  return { harness, snapshot, page };
}

/** openSnapshotPage on the sample corpus's snapshot (testSnapshot). */
export async function openSamplePage(pageErrors: string[], options: PageOptions = {}): Promise<SamplePage> {
  requireChromium();
  const { snapshot } = await testSnapshot();
  return openSnapshotPage(snapshot, pageErrors, options);
}

/**
 * A suite's page on the snapshot `load` gives (texts of its own through ingestTexts, say), opened before its tests and
 * closed after them (the suite's beforeAll and afterAll): its fields are set once the suite starts, so a test reads them
 * in its body (`const { page } = sample`).
 */
export function useSnapshotPage(load: () => Promise<Snapshot>, options: PageOptions = {}): SamplePage & { pageErrors: string[] } {
  const sample = { pageErrors: [] as string[] } as SamplePage & { pageErrors: string[] };
  beforeAll(async () => {
    requireChromium();
    Object.assign(sample, await openSnapshotPage(await load(), sample.pageErrors, options));
  }, 300_000);
  afterAll(async () => sample.harness?.close());
  return sample;
}

/** useSnapshotPage on the sample corpus's snapshot (testSnapshot): the suite's sample page. */
export function useSamplePage(options: PageOptions = {}): SamplePage & { pageErrors: string[] } {
  return useSnapshotPage(async () => (await testSnapshot()).snapshot, options);
}

/**
 * The gap view's "read" button of a row whose entity the lower document carries under another form (`form`): opens the
 * reader on the lower document (`title`) at the form's places (`places`, the CARRIES edge's or pairForms'), marked, the
 * first in view.
 */
export async function expectCarriedFormRead(page: Page, row: Locator, title: string, places: readonly { span: [number, number] }[], form: string): Promise<void> {
  await row.getByTestId('gap-carried-read').click();
  await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(title);
  await expect.poll(() => new URL(page.url()).searchParams.getAll('passage')).toEqual(places.map((p) => `${p.span[0]}-${p.span[1]}`));
  const marked = page.getByTestId('reader-passage');
  await expect.poll(() => marked.allInnerTexts().then((x) => x.join(''))).toContain(form);
  expect(await inView(page, marked.first())).toBe(true);
}

/** Debian's chromium, headless, with the flags every browser suite uses (one place for all). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Where a failed test's Playwright trace is written (session 48, helper tidy: the cascade test failed rarely on a loaded
 * CI run, "waiting for element to be visible, enabled and stable", with nothing to read afterwards). Git-ignored (out/);
 * .ci/run clears it first and names what it holds at the end. Open one with `npx playwright-core show-trace <file>`.
 */
export const TRACE_DIR = join(ROOT, 'out/test-traces');

/** Traces are recorded under CI (`CI=true`, as .ci/run sets it) or with `POLICY_GRAPH_TRACE=1`; `=0` records none,
 *  `=snapshots` DOM snapshots without the screencast. Cost on the cascade suite (6 tests) at load 11–16 on 2 shared
 *  cores, four pairs: 164 s of tests without, 199 s with screenshots and snapshots (+21 %, from +3.5 % to +31 % a pair);
 *  one pair with snapshots only, +8 %. */
const TRACE_SETTING = process.env.POLICY_GRAPH_TRACE ?? (process.env.CI === 'true' ? '1' : '0');
const TRACING = TRACE_SETTING !== '0';
const SCREENSHOTS = TRACE_SETTING !== 'snapshots';

/** The contexts of newTestPage's pages, tracing (screenshots and DOM snapshots) into one chunk per test. */
const traced = new Set<BrowserContext>();

// After each test, each open page's trace chunk is written when the test failed, else discarded; a new chunk starts for
// the next test (startChunk discards a chunk still recording: a passing test costs the recording, not a file). The first
// chunk holds what beforeAll did on the page too. Registered on each test file that imports the harness.
afterEach(async ({ task }) => {
  if (!traced.size) return;
  const failed = task.result?.state === 'fail';
  const name = `${(task.file?.name ?? 'test').replace(/^.*\//, '').replace(/\.test\.ts$/, '')}--${task.name}`.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 120);
  let n = 0;
  for (const context of traced) {
    try {
      if (failed) {
        await mkdir(TRACE_DIR, { recursive: true });
        const path = join(TRACE_DIR, `${name}${n++ ? `-${n}` : ''}.zip`);
        await context.tracing.stopChunk({ path });
        console.error(`Playwright trace of the failed test: ${path}`);
      }
      await context.tracing.startChunk();
    } catch {
      traced.delete(context); // closed meanwhile
    }
  }
});

/** A page of `browser` whose uncaught errors (and console errors, unless `consoleErrors: false`) go to `errors`. Its
 *  context records a trace, written to TRACE_DIR when a test fails; closing the page closes its context, as
 *  browser.newPage's does. */
export async function newTestPage(
  browser: Browser,
  errors: string[],
  options: { width?: number; height?: number; acceptDownloads?: boolean; consoleErrors?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1440, height: options.height ?? 900 }, ...(options.acceptDownloads ? { acceptDownloads: true } : {}) });
  if (TRACING) {
    await context.tracing.start({ screenshots: SCREENSHOTS, snapshots: true });
    traced.add(context);
    context.on('close', () => traced.delete(context));
  }
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  page.on('pageerror', (e) => errors.push(e.message));
  if (options.consoleErrors !== false) page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return page;
}

/** The option of document `id` in a document combobox (DocumentCombobox: the document filter, the gap, cascade and
 *  matrix pickers) after typing `typed` into it, as a user finds a document: by its title. */
export async function typeInPicker(page: Page, testId: string, id: string, typed: string): Promise<Locator> {
  await page.getByTestId(testId).fill(typed);
  return page.getByTestId(`${testId}-list`).locator(`[role=option][data-id=${JSON.stringify(id)}]`);
}

/** Chooses document `id` in a document combobox by typing `typed` and clicking its option. */
export async function chooseInPicker(page: Page, testId: string, id: string, typed: string): Promise<void> {
  await (await typeInPicker(page, testId, id, typed)).click();
}

/** True when the element is seen whole: inside the window and inside every scrolled ancestor's visible box (waits up to 5 s for
 *  a late scroll to settle). */
export async function inView(page: Page, element: Locator): Promise<boolean> {
  const seen = () =>
    element.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const inside = (b: { top: number; bottom: number; left: number; right: number }) => r.top >= b.top - 1 && r.bottom <= b.bottom + 1 && r.left >= b.left - 1 && r.right <= b.right + 1;
      if (!inside({ top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth })) return false;
      for (let a = el.parentElement; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (/(auto|scroll)/.test(style.overflowY + style.overflowX) && !inside(a.getBoundingClientRect())) return false;
      }
      return true;
    });
  const until = Date.now() + 5_000;
  while (!(await seen())) {
    if (Date.now() > until) return false;
    await page.waitForTimeout(100);
  }
  return true;
}

const PAGE_CACHE = join(tmpdir(), 'policy-graph-test-page');

/**
 * The explorer page built with vite, once per content of PAGE_INPUTS: every browser suite used to
 * build it again (about 10–20 s each). A build whose modules come from outside PAGE_INPUTS (a new
 * import elsewhere) is not cached, so a stale page is never served.
 */
async function builtPage(): Promise<{ outDir: string; cached: boolean }> {
  const hash = createHash('sha256');
  for (const input of PAGE_INPUTS) {
    const path = join(ROOT, input);
    const files = statSync(path).isDirectory() ? readdirSync(path, { recursive: true, encoding: 'utf8' }).map((f) => join(input, f)).sort() : [input];
    for (const f of files) if (statSync(join(ROOT, f)).isFile()) hash.update(`${f}\0`).update(readFileSync(join(ROOT, f))).update('\0');
  }
  const cacheDir = join(PAGE_CACHE, hash.digest('hex').slice(0, 16));
  if (existsSync(join(cacheDir, 'index.html'))) return { outDir: cacheDir, cached: true };
  const outDir = await mkdtemp(join(tmpdir(), 'policy-graph-page-'));
  const output = await build({ configFile: join(ROOT, 'web/vite.config.ts'), build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
  const modules = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).flatMap((c) => ('moduleIds' in c ? c.moduleIds : []));
  const inside = (id: string) => {
    const file = id.replace(/[?#].*$/, '').replace(/^\0/, '');
    return !file.startsWith('/') || file.includes('/node_modules/') || PAGE_INPUTS.some((i) => file.startsWith(join(ROOT, i)));
  };
  if (!modules.every(inside)) return { outDir, cached: false };
  await mkdir(PAGE_CACHE, { recursive: true });
  try {
    await rename(outDir, cacheDir);
  } catch {
    await rm(outDir, { recursive: true, force: true }); // another suite cached the same build first
  }
  return { outDir: cacheDir, cached: true };
}

export interface Harness {
  served: Served;
  browser: Browser;
  close(): Promise<void>;
}

/** `app` adds server options (e.g. `neo4j`: a live link to Neo4j instead of a fixed service). */
export async function startHarness(
  snapshot: Snapshot,
  cypherOff: string,
  cypher: CypherService | null = null,
  app: Partial<AppOptions> = {},
): Promise<Harness> {
  const { outDir, cached } = await builtPage();
  const served = await serve(createApp({ snapshot, staticDir: outDir, cypher, ...(cypher ? {} : { cypherOff }), ...app }), { port: 0 });
  const browser = await launchChromium();
  return {
    served,
    browser,
    async close() {
      await browser.close();
      await served.close();
      if (!cached) await rm(outDir, { recursive: true, force: true });
    },
  };
}
