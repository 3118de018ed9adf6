// The explorer in headless Chromium (Debian's /usr/bin/chromium via playwright-core), on a
// snapshot of a given size: bytes transferred, time to the first drawn graph, time until a search
// typed during load shows its results, the longest main-thread task (PerformanceObserver
// 'longtask', while loading and panning) and frame times while panning.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Snapshot } from '../graph-schema/index.js';
import { createApp, serve } from '../web/server/index.js';

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
  panFrameMs: { median: number; p95: number; max: number; frames: number } | null;
  error?: string;
}

/** Builds the page once into a temp folder; returns it (caller removes it). */
export async function buildPage(): Promise<string> {
  const { build } = await import('vite');
  const outDir = await mkdtemp(join(tmpdir(), 'policy-graph-bench-page-'));
  await build({ configFile: join(ROOT, 'web/vite.config.ts'), build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
  return outDir;
}

export async function measureExplorer(snapshot: Snapshot, pageDir: string, options: { port: number; searchFor: string; timeoutMs?: number }): Promise<ExplorerFigures> {
  const timeout = options.timeoutMs ?? 120_000;
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
  };
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (figures.bytesTransferred += e.encodedDataLength));
    page.on('response', (r) => {
      if (r.url().includes('/api/snapshot') || r.url().includes('/api/graph')) {
        const enc = r.headers()['content-encoding'];
        if (enc) figures.snapshotEncoding = enc;
      }
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __bench: { longTasks: number[] } };
      w.__bench = { longTasks: [] };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__bench.longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${served.url}/`, { waitUntil: 'commit' });
    // A search typed as soon as the box exists, as an impatient user would.
    const search = (async () => {
      const input = page.getByTestId('search-input');
      await input.waitFor({ timeout });
      await input.fill(options.searchFor, { timeout });
      await page.getByTestId('search-result').first().waitFor({ timeout });
      return page.evaluate(() => performance.now());
    })();
    await page.waitForFunction(
      () => {
        const hook = (window as unknown as { __policyGraph?: { renderedNodeCount(): number } }).__policyGraph;
        return document.querySelectorAll('[data-testid=graph-canvas] canvas').length >= 2 && (hook?.renderedNodeCount() ?? 0) > 0;
      },
      null,
      { timeout, polling: 50 },
    );
    figures.firstGraphMs = Math.round(await page.evaluate(() => performance.now()));
    figures.searchUsableMs = Math.round(await search);
    await page.keyboard.press('Escape').catch(() => undefined);
    await page
      .waitForFunction(() => !(window as unknown as { __policyGraph?: { layoutRunning(): boolean } }).__policyGraph?.layoutRunning(), null, { timeout })
      .catch(() => undefined);
    // Panning: drag across the canvas for ~2 s while counting frames.
    const box = await page.getByTestId('graph-canvas').boundingBox();
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
      const frames = await page.evaluate(() => {
        const w = window as unknown as { __frames: number[]; __framesOn: boolean };
        w.__framesOn = false;
        return w.__frames.slice(1);
      });
      const sorted = [...frames].sort((a, b) => a - b);
      const q = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] * 10) / 10;
      if (sorted.length > 0) figures.panFrameMs = { median: q(0.5), p95: q(0.95), max: q(1), frames: sorted.length };
    }
    const longTasks = await page.evaluate(() => (window as unknown as { __bench: { longTasks: number[] } }).__bench.longTasks);
    figures.longTasks = longTasks.length;
    figures.longestTaskMs = Math.round(Math.max(0, ...longTasks));
  } catch (err) {
    figures.error = (err as Error).message.split('\n')[0];
  } finally {
    await browser.close();
    await served.close();
  }
  return figures;
}

export async function removePage(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
