// The explorer in headless Chromium (Debian's /usr/bin/chromium via playwright-core), on a
// snapshot of a given size: bytes transferred, time to the first drawn graph, time until a search
// typed during load shows its results, the longest main-thread task (PerformanceObserver
// 'longtask', while loading and panning) and frame times while panning.
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { Snapshot } from '../graph-schema/index.js';
import { createApp, serve } from '../web/server/index.js';
import { graphRoutes } from '../web/server/graph-routes.js';

export const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '..');

export interface ExplorerFigures {
  nodes: number;
  edges: number;
  bytesTransferred: number;
  snapshotEncoding: string;
  firstGraphMs: number | null;
  searchUsableMs: number | null;
  longestTaskMs: number;
  longTasks: number;
  /** Longest main-thread task while loading (navigation → first drawn graph) and while panning. */
  longestTaskLoadingMs?: number;
  longestTaskPanningMs?: number;
  /** When the panning started (ms since navigation). */
  panStartMs?: number;
  /** The ten longest main-thread tasks (start and duration, ms since navigation): the profile's outline. */
  longestTasks?: { start: number; duration: number }[];
  /** The server's one-time preparation of the payload (layout, compact graph, gzip) for this
   *  snapshot, before the page is opened; cached by snapshot hash afterwards. */
  serverPrepareMs?: number;
  /** The server's full-text index, built after the payload (also once per snapshot). */
  serverIndexMs?: number;
  /** Bytes of the graph payload on the wire, and uncompressed. */
  graphBytes?: { wire: number; json: number };
  /** Bytes of the view payload (GET /api/view: what is drawn first) on the wire, and uncompressed. */
  viewBytes?: { wire: number; json: number };
  /** The page's own marks (web/src/perf.ts): viewReceived, viewBuilt, sigmaStart, sigmaCreated, graphDrawn (nodes), graphReceived, dataBuilt, edgesDrawn, searchUsable. */
  pageMarks?: Record<string, number>;
  panFrameMs: { median: number; p95: number; max: number; frames: number } | null;
  error?: string;
}

/** Builds the page once into a temp folder; returns it (caller removes it). */
export async function buildPage(): Promise<string> {
  const { build } = await import('vite');
  const outDir = await mkdtemp(join(tmpdir(), 'policy-graph-bench-page-'));
  // BENCH_PAGE_MINIFY=0: readable function names in a trace or profile (timings then differ a little).
  const minify = process.env.BENCH_PAGE_MINIFY === '0' ? false : undefined;
  await build({ configFile: join(ROOT, 'web/vite.config.ts'), build: { outDir, emptyOutDir: true, ...(minify === false ? { minify } : {}) }, logLevel: 'warn' });
  return outDir;
}

export async function measureExplorer(snapshot: Snapshot, pageDir: string, options: { port: number; searchFor: string; timeoutMs?: number }): Promise<ExplorerFigures> {
  const timeout = options.timeoutMs ?? 120_000;
  // The server prepares the payload once per snapshot (layout computed off the page, cached by
  // snapshot hash, shared by the apps of a process): measured apart, before the page is opened,
  // so the page is timed as a user opening a running server sees it.
  const t0 = performance.now();
  const routes = graphRoutes(snapshot);
  const ready = await routes.ready;
  const serverPrepareMs = Math.round(performance.now() - t0);
  // The search index follows the payload (chunked, shared by the apps of this process).
  await routes.searchReady;
  const serverIndexMs = Math.round(performance.now() - t0) - serverPrepareMs;
  const served = await serve(createApp({ snapshot, staticDir: pageDir, cypher: null, cypherOff: 'bench' }), { port: options.port });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
  const figures: ExplorerFigures = {
    nodes: snapshot.nodes.length,
    edges: snapshot.edges.length,
    bytesTransferred: 0,
    snapshotEncoding: 'identity',
    firstGraphMs: null,
    searchUsableMs: null,
    longestTaskMs: 0,
    longTasks: 0,
    panFrameMs: null,
    serverPrepareMs,
    serverIndexMs,
    graphBytes: { wire: ready.gzipBytes, json: ready.bytes },
    viewBytes: { wire: ready.view.gzipBytes, json: ready.view.bytes },
  };
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (figures.bytesTransferred += e.encodedDataLength));
    // The graph is downloaded by a web worker, whose requests this page session does not see.
    let graphSeen = false;
    cdp.on('Network.responseReceived', (e: { response: { url: string } }) => {
      if (e.response.url.includes('/api/graph')) graphSeen = true;
    });
    page.on('response', (r) => {
      if (r.url().includes('/api/snapshot') || r.url().includes('/api/graph')) {
        const enc = r.headers()['content-encoding'];
        if (enc) figures.snapshotEncoding = enc;
      }
    });
    // Strings, not functions, for everything run in the page: tsx compiles this file with
    // esbuild's keepNames, whose __name helper does not exist there (defined anyway, to be safe).
    await page.addInitScript(`(() => {
      window.__name = window.__name || ((f) => f);
      window.__bench = { longTasks: [] };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    })()`);
    // BENCH_EXPLORER_TRACE=<file>: a Chrome trace of the loading and the panning (navigation to
    // the end of the pan), for chrome://tracing or DevTools' Performance panel: what each long task holds.
    const traceTo = process.env.BENCH_EXPLORER_TRACE;
    if (traceTo) await browser.startTracing(page, { path: traceTo, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'gpu', 'disabled-by-default-v8.cpu_profiler'] });
    await page.goto(`${served.url}/`, { waitUntil: 'commit' });
    // A search typed as soon as the box exists, as an impatient user would. Everything the bench
    // does in the page while it loads is a plain CDP evaluation or input event: Playwright's
    // locators and waitForFunction install its injected script (selector engines, ~0.3 MB of
    // JavaScript) in the page, whose compilation was the 0.2-0.4 s task at 0.8-1.3 s after
    // navigation in every run, at 5k and 50k nodes alike (Chrome trace, session 16: InjectedScript,
    // createRoleEngine, SelectorEvaluatorImpl in that task). A user's page has no such task.
    const search = (async () => {
      await poll(page, `!!document.querySelector('[data-testid=search-input]')`, timeout);
      await page.evaluate(`document.querySelector('[data-testid=search-input]').focus()`);
      await page.keyboard.insertText(options.searchFor);
      return (await poll(page, `document.querySelector('[data-testid=search-result]') ? performance.now() : 0`, timeout)) as number;
    })();
    // Awaited below; when the run stops before that, its rejection is not the error to report.
    search.catch(() => undefined);
    await poll(
      page,
      `document.querySelectorAll('[data-testid=graph-canvas] canvas').length >= 2 && ((window.__policyGraph && window.__policyGraph.renderedNodeCount()) || 0) > 0`,
      timeout,
    );
    // The page's own mark when sigma drew its first frame (polling adds up to 50 ms otherwise).
    const now = (await page.evaluate('performance.now()')) as number;
    const marks = ((await page.evaluate('window.__policyGraphPerf?.marks ?? {}')) as Record<string, number>) ?? {};
    figures.firstGraphMs = Math.round(marks.graphDrawn ?? now);
    figures.searchUsableMs = Math.round(await search);
    figures.pageMarks = { ...marks, ...((await page.evaluate('window.__policyGraphPerf?.marks ?? {}')) as Record<string, number>) };
    await page.keyboard.press('Escape').catch(() => undefined);
    await poll(page, `!(window.__policyGraph && window.__policyGraph.layoutRunning())`, timeout).catch(() => undefined);
    // BENCH_EXPLORER_PROFILE=<file>: a CPU profile of the page while panning (Chromium DevTools format).
    const profileTo = process.env.BENCH_EXPLORER_PROFILE;
    if (profileTo) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    const panStart = (await page.evaluate('performance.now()')) as number;
    // Panning: drag across the canvas for ~2 s while counting frames.
    // Its box read by an evaluation, not a locator (no injected script while panning either).
    const box = (await page.evaluate(
      `(() => { const r = document.querySelector('[data-testid=graph-canvas]')?.getBoundingClientRect(); return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null; })()`,
    )) as { x: number; y: number; width: number; height: number } | null;
    if (box) {
      // A string, not a function: tsx's name helper (__name) does not exist in the page.
      await page.evaluate(`(() => {
        window.__frames = [];
        window.__framesOn = true;
        let last = performance.now();
        const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__framesOn) requestAnimationFrame(tick); };
        requestAnimationFrame(tick);
      })()`);
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let i = 0; i < 40; i++) {
        await page.mouse.move(cx + 200 * Math.sin(i / 6), cy + 120 * Math.cos(i / 6));
        await page.waitForTimeout(50);
      }
      await page.mouse.up();
      const frames = (await page.evaluate(`(() => { window.__framesOn = false; return window.__frames.slice(1); })()`)) as number[];
      const sorted = [...frames].sort((a, b) => a - b);
      const q = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] * 10) / 10;
      if (sorted.length > 0) figures.panFrameMs = { median: q(0.5), p95: q(0.95), max: q(1), frames: sorted.length };
    }
    // The trace runs through the panning: the tasks after the first drawing (edges, the data
    // graph's build, the first real frame) are in it too.
    if (traceTo) await browser.stopTracing();
    if (profileTo) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
      writeFileSync(profileTo, JSON.stringify(profile));
    }
    // Counted from what the server sent (the same gzip bytes) when the worker fetched them.
    if (!graphSeen) figures.bytesTransferred += ready.gzipBytes + ready.view.gzipBytes;
    const longTasks = (await page.evaluate('window.__bench.longTasks')) as { start: number; duration: number }[];
    const longest = (ts: { duration: number }[]) => Math.round(Math.max(0, ...ts.map((x) => x.duration)));
    figures.longTasks = longTasks.length;
    figures.longestTaskMs = longest(longTasks);
    // Loading: from navigation until both the graph is drawn and the search answers.
    figures.longestTaskLoadingMs = longest(longTasks.filter((x) => x.start < Math.max(figures.firstGraphMs ?? Infinity, figures.searchUsableMs ?? Infinity)));
    figures.longestTaskPanningMs = longest(longTasks.filter((x) => x.start >= panStart));
    figures.longestTasks = [...longTasks]
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 10)
      .map((x) => ({ start: Math.round(x.start), duration: Math.round(x.duration) }));
    figures.panStartMs = Math.round(panStart);
  } catch (err) {
    figures.error = (err as Error).message.split('\n')[0];
  } finally {
    await browser.close();
    await served.close();
  }
  return figures;
}

/**
 * Evaluates `expression` in the page every 50 ms until it is truthy, and returns it (a plain CDP
 * evaluation: no Playwright injected script in the page; see the search above).
 */
async function poll(page: Page, expression: string, timeoutMs: number): Promise<unknown> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    // A navigation under way (the page is opened with waitUntil 'commit') may destroy the context
    // between two polls: try again.
    const value = await page.evaluate(expression).catch((err: Error) => {
      if (/context was destroyed|navigat/i.test(err.message)) return null;
      throw err;
    });
    if (value) return value;
    if (performance.now() > end) throw new Error(`Timeout ${timeoutMs} ms waiting for ${expression.slice(0, 80)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function removePage(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
