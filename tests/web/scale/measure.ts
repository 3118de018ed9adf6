// Load figures of the explorer in headless Chromium against a running server (issue 11's
// explorer budget): bytes of the graph transferred, time to the first drawn graph, time until a
// typed search shows hits, the longest main-thread task, and frame times while panning.
//   npx tsx tests/web/scale/measure.ts http://127.0.0.1:5182/ [a name to search]
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://127.0.0.1:5182/';
const name = process.argv[3] ?? '中国科协';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  let graphBytes = 0;
  page.on('requestfinished', async (req) => {
    if (!req.url().includes('/api/graph')) return;
    const sizes = await req.sizes();
    graphBytes = sizes.responseBodySize;
  });
  const t0 = Date.now();
  await page.goto(url);
  await page.getByTestId('legend').waitFor({ timeout: 300_000 });
  const wall = Date.now() - t0;
  // Search usable: type a name, time until a hit shows.
  const s0 = Date.now();
  await page.getByTestId('search-input').fill(name);
  await page.getByTestId('search-result').first().waitFor({ timeout: 60_000 });
  const searchMs = Date.now() - s0;
  // Pan for two seconds, recording frame intervals.
  // A string, not a function: tsx would add helpers the page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__frames.length < 400) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(700, 450);
  await page.mouse.down();
  for (let i = 0; i < 40; i++) await page.mouse.move(700 + i * 5, 450 + i * 3);
  await page.mouse.up();
  const frames = ((await page.evaluate('window.__frames')) as number[]).slice(1).sort((a, b) => a - b);
  const perf = await page.evaluate(() => window.__policyGraphPerf);
  const counts = await page.getByTestId('stats').textContent();
  console.log(
    JSON.stringify(
      {
        url,
        counts,
        graphBytesTransferred: graphBytes,
        marksMs: perf?.marks,
        firstGraphDrawnMs: perf?.marks.graphDrawn,
        searchUsableMs: perf?.marks.searchUsable,
        searchFirstHitAfterTypingMs: searchMs,
        longestMainThreadTaskMs: perf?.longestTaskMs,
        longTasks: perf?.longTasks,
        panFrameMs: frames.length ? { median: Math.round(frames[Math.floor(frames.length / 2)]), p95: Math.round(frames[Math.floor(frames.length * 0.95)]) } : null,
        wallToLegendMs: wall,
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
}
