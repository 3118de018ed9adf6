// ProgressiveSigma (web/src/views/progressive-sigma.ts) when the graph changes or the instance is
// killed while a sliced pass runs or between passes: what the explorer meets when a graph is
// replaced (a reload, the console's result graph) or a controller's effect still holds a killed
// instance. A neo4j-loss browser run once logged `Cannot set properties of undefined (setting 'x')`:
// sigma's process() writing a position into display data that did not exist. Here every scenario
// must leave no page error, and a live instance must end with display data for every node and edge
// and every node drawn in the picking index.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newTestPage, SKIP_BROWSER } from './browser-harness.js';

/** The page's module (tests/web/progressive/page.ts) as one script defining `window.PS`. */
async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: { write: false, minify: false, lib: { entry: resolve('tests/web/progressive/page.ts'), formats: ['iife'], name: 'PS' } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('progressive page: no bundle');
  return chunk.code;
}

/** Runs in the page: helpers on window (graph builder, a check of sigma's state). */
const HELPERS = `
  window.makeGraph = (n, prefix = 'n') => {
    const g = new PS.MultiDirectedGraph();
    for (let i = 0; i < n; i++) g.addNode(prefix + i, { x: Math.cos(i) * i, y: Math.sin(i) * i, size: 2, color: '#3366cc', label: prefix + i });
    for (let i = 1; i < n; i++) g.addEdgeWithKey(prefix + 'e' + i, prefix + i, prefix + ((i * 7) % i), { size: 1, color: '#999999' });
    return g;
  };
  window.newSigma = (g) => {
    const box = document.getElementById('box');
    return new PS.ProgressiveSigma(g, box, { zIndex: false, hideEdgesOnMove: false, hideLabelsOnMove: false });
  };
  window.frames = (k) => new Promise((r) => { const step = () => (k-- <= 0 ? r() : requestAnimationFrame(step)); step(); });
  window.sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  // After k frames: what is not drawn, and the instance killed (a scenario's end).
  window.finish = async (s, k = 2) => { await frames(k); const m = missing(s); s.kill(); return m; };
  // Display data and picking index of every node and edge (what a drawn graph has).
  window.missing = (s) => {
    const g = s.getGraph();
    return [
      ...g.filterNodes((n) => !s.nodeDataCache[n] || s.nodeIndices[n] === undefined),
      ...g.filterEdges((e) => !s.edgeDataCache[e] || s.edgeIndices[e] === undefined),
    ];
  };
`;

describe.skipIf(SKIP_BROWSER)('#browser ProgressiveSigma: graph changes and kill during and between passes', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const code = await bundle();
    browser = await launchChromium();
    page = await newTestPage(browser, errors, { width: 900, height: 700 });
    await page.setContent('<!doctype html><html><body style="margin:0"><div id="box" style="width:800px;height:600px"></div></body></html>');
    await page.addScriptTag({ content: code });
    await page.addScriptTag({ content: HELPERS });
    // A slice per 512 items whatever the machine's speed: every scenario below meets a pass mid-way.
    await page.evaluate('PS.PROGRESSIVE_DRAW_OPTIONS.sliceMs = 0');
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  const run = async (script: string): Promise<unknown> => {
    errors.length = 0;
    const result = await page.evaluate(`(async () => { ${script} })()`);
    // Whatever was scheduled (frames, timers, slices) has run.
    await page.evaluate('frames(10).then(() => sleep(300)).then(() => frames(5))');
    return result;
  };
  /** A scenario returning what is not drawn: no page error, and every node and edge drawn. */
  const expectAllDrawn = async (script: string) => {
    const missing = await run(script);
    expect(errors).toEqual([]);
    expect(missing).toEqual([]);
  };

  it('nodes and edges added and dropped while the first pass runs: all drawn, no error', async () => {
    await expectAllDrawn(`
      const g = makeGraph(6000);
      const s = newSigma(g);
      const drawn = s.drawProgressively();
      await sleep(0);
      g.addNode('late', { x: 1, y: 1, size: 3, color: '#ff0000', label: 'late' });
      g.addEdgeWithKey('late-e', 'late', 'n1', { size: 1, color: '#999999' });
      await frames(1);
      g.dropNode('n5');
      await frames(1);
      g.dropEdge('ne10');
      await drawn;
      await s.whenDrawn();
      await frames(2);
      const m = missing(s);
      window.s1 = s;
      return m;
    `);
  }, 120_000);

  it('the graph cleared and filled again (a reload) while a pass runs: all drawn, no error', async () => {
    await expectAllDrawn(`
      const g = makeGraph(5000);
      const s = newSigma(g);
      s.drawProgressively();
      await sleep(0);
      g.clear();
      await sleep(0);
      const next = makeGraph(4000, 'm');
      g.import(next);
      await s.whenDrawn();
      return finish(s);
    `);
  }, 120_000);

  it('a restyle (new reducer) and a layout step during a pass, then nodes added between passes: no error', async () => {
    await expectAllDrawn(`
      const g = makeGraph(5000);
      const s = newSigma(g);
      s.drawProgressively();
      await sleep(0);
      s.setSetting('nodeReducer', (n, a) => ({ ...a, color: '#00aa00' }));
      await sleep(0);
      g.updateEachNodeAttributes((n, a) => ({ ...a, x: a.x + 1 }), { attributes: ['x'] });
      await s.whenDrawn();
      for (let i = 0; i < 50; i++) g.addNode('between' + i, { x: i, y: -i, size: 2, color: '#000000' });
      await frames(3);
      await s.whenDrawn();
      s.refresh();
      await s.whenDrawn();
      return finish(s);
    `);
  }, 120_000);

  it('a small graph (sigma’s own synchronous refresh) changed between passes: no error', async () => {
    await expectAllDrawn(`
      const g = makeGraph(300);
      const s = newSigma(g);
      await s.drawProgressively();
      g.addNode('x1', { x: 3, y: 3, size: 2, color: '#000000' });
      g.dropNode('n7');
      s.setSetting('nodeReducer', (n, a) => ({ ...a, color: '#00aa00' }));
      s.refresh({ skipIndexation: true });
      return finish(s, 3);
    `);
  }, 120_000);

  it('killed between two items of a pass (a microtask, no slice ended): the pass stops, no error', async () => {
    await run(`
      // No slice ends: only what runs in the page's microtasks can meet the pass mid-way.
      PS.PROGRESSIVE_DRAW_OPTIONS.sliceMs = 1e9;
      try {
        // In the same task as the pass started.
        const a = newSigma(makeGraph(3000, 'a'));
        a.drawProgressively();
        a.kill();
        // Later, once the pass is writing positions (its normalisation is set just before).
        const s = newSigma(makeGraph(6000));
        const before = s.normalizationFunction;
        s.drawProgressively();
        await new Promise((done) => {
          let hops = 0;
          const hop = () => {
            if (++hops > 1e6) return done();
            if (s.normalizationFunction !== before && hops > 50) {
              s.kill();
              return done();
            }
            queueMicrotask(hop);
          };
          queueMicrotask(hop);
        });
      } finally {
        PS.PROGRESSIVE_DRAW_OPTIONS.sliceMs = 0;
      }
    `);
    expect(errors).toEqual([]);
  }, 120_000);

  it('killed during a pass, then refreshed and restyled as a controller effect still holding it would: no error', async () => {
    await run(`
      const g = makeGraph(6000);
      const s = newSigma(g);
      s.drawProgressively();
      await sleep(0);
      s.kill();
      s.setSetting('nodeReducer', (n, a) => ({ ...a, color: '#00aa00' }));
      s.refresh({ skipIndexation: true });
      s.refresh({ partialGraph: { nodes: ['n1'] } });
      g.addNode('after-kill', { x: 0, y: 0, size: 1 });
      // The same graph drawn by a new instance (a remount on the same view).
      const t = newSigma(g);
      await t.drawProgressively();
      window.t = t;
    `);
    expect(errors).toEqual([]);
    expect(await page.evaluate('missing(t)')).toEqual([]);
    await page.evaluate('t.kill()');
  }, 120_000);

  it('killed after its passes, then refreshed (small and large graphs): no error', async () => {
    await run(`
      for (const n of [300, 5000]) {
        const g = makeGraph(n);
        const s = newSigma(g);
        await s.drawProgressively();
        s.kill();
        s.refresh({ partialGraph: { nodes: ['n1'] } });
        s.setSettings({ nodeReducer: (k, a) => a });
        s.refresh();
        s.drawNow();
        await frames(3);
      }
    `);
    expect(errors).toEqual([]);
  }, 120_000);

  it('killed while the camera moves (the moved picture’s rest timer): no error', async () => {
    await run(`
      const g = makeGraph(5000);
      const s = newSigma(g);
      await s.drawProgressively();
      // A layout step leaves sigma a reprocessing to do at the next frame.
      g.updateEachNodeAttributes((n, a) => ({ ...a, y: a.y + 1 }), { attributes: ['y'] });
      s.getCamera().animate({ ratio: 0.5 }, { duration: 100 });
      await frames(2);
      s.kill();
      await sleep(400);
    `);
    expect(errors).toEqual([]);
  }, 120_000);

  it('adopts WebGL canvases prepared ahead (prepareLayers, fitLayers): the same contexts, in sigma’s layer order, sized to the box, drawn and picked', async () => {
    const result = (await run(`
      const box = document.getElementById('box');
      // Made at another size, then fitted to the box, as the page does.
      const made = await PS.prepareLayers(box, { width: 300, height: 200 });
      await PS.fitLayers(box, { width: box.offsetWidth, height: box.offsetHeight });
      const g = makeGraph(3000);
      g.addNode('hub', { x: 0, y: 0, size: 40, color: '#ff0000', label: 'hub' });
      const s = newSigma(g);
      await s.drawProgressively();
      await frames(2);
      const canvases = s.getCanvases();
      const order = [...box.children].map((c) => c.className);
      const sizes = ['edges', 'nodes', 'hoverNodes'].map((id) => canvases[id].width + 'x' + canvases[id].height);
      // Sigma draws on the canvases made ahead, with their contexts (getContext returns the one made then).
      const same = ['edges', 'nodes', 'hoverNodes'].every((id) => canvases[id] === made.get(id) && (s.webGLContexts[id] === made.get(id).getContext('webgl2') || s.webGLContexts[id] === made.get(id).getContext('webgl')));
      const p = s.graphToViewport(s.getNodeDisplayData('hub'));
      const picked = s.getNodeAtPosition(p);
      const m = missing(s);
      s.kill();
      // A second sigma in the same box (nothing prepared any more) makes its own canvases.
      const t = newSigma(makeGraph(10));
      const own = Object.keys(t.getCanvases()).length;
      t.kill();
      return { order, sizes, same, picked, missing: m, own };
    `)) as { order: string[]; sizes: string[]; same: boolean; picked: string | null; missing: string[]; own: number };
    expect(errors).toEqual([]);
    expect(result.order).toEqual(['sigma-edges', 'sigma-edgeLabels', 'sigma-nodes', 'sigma-labels', 'sigma-hovers', 'sigma-hoverNodes', 'sigma-mouse']);
    expect(result.sizes).toEqual(['800x600', '800x600', '800x600']);
    expect(result.same).toBe(true);
    expect(result.picked).toBe('hub');
    expect(result.missing).toEqual([]);
    expect(result.own).toBe(7);
  }, 120_000);
});
