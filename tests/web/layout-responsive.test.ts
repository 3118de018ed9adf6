// The server answers /api while it lays out a large graph (issue 11: on a 28k-node corpus the first
// /api/health answer came 23 s after start, ForceAtlas2 slices held the event loop 4–6 s each).
// The layout now runs in a worker thread; this server computes it from scratch (an empty layout
// cache) for a 20k-node generated graph and is asked for its health every 20 ms meanwhile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphRoutes } from '../../web/server/graph-routes.js';
import { createApp } from '../../web/server/index.js';
import { serve, type Served } from '../../web/server/serve.js';
import { fixtureSnapshot } from './fixtures.js';
import { growSnapshot } from './scale/grow.js';

/** Slowest /api/health answer allowed while the layout runs. Session 23, load average 2.6–2.9,
 *  20k nodes: the layout in the server's thread held answers 5,053 ms; in a worker, 361 ms (the
 *  seed, built in the server's thread, and the first request). */
const BOUND_MS = 2_000;

const cacheDir = mkdtempSync(join(tmpdir(), 'policy-graph-layout-responsive-'));
const before = process.env.POLICY_GRAPH_LAYOUT_CACHE;
let served: Served | undefined;

beforeAll(() => {
  process.env.POLICY_GRAPH_LAYOUT_CACHE = cacheDir;
});
afterAll(async () => {
  await served?.close();
  if (before === undefined) delete process.env.POLICY_GRAPH_LAYOUT_CACHE;
  else process.env.POLICY_GRAPH_LAYOUT_CACHE = before;
  rmSync(cacheDir, { recursive: true, force: true });
});

it('answers /api/health within the bound all through the layout of a 20k-node graph', async () => {
  const snapshot = growSnapshot(fixtureSnapshot(), 20_000);
  served = await serve(createApp({ snapshot }), { port: 0 });
  // The app's graph routes and these share the payload of this snapshot (one per process).
  const { ready } = graphRoutes(snapshot);
  let laidOut = false;
  const done = ready.then(() => void (laidOut = true));
  const answers: number[] = [];
  while (!laidOut) {
    const t0 = performance.now();
    const res = await fetch(served.url + '/api/health');
    expect(res.status).toBe(200);
    await res.json();
    answers.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 20));
  }
  await done;
  expect(answers.length).toBeGreaterThan(5);
  expect(Math.max(...answers)).toBeLessThan(BOUND_MS);
  // And the graph the page asks for next is there, laid out.
  const view = await fetch(served.url + '/api/view');
  expect(view.status).toBe(200);
}, 120_000);
