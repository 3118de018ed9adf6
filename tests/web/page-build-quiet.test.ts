// `npm start` rebuilds the page with web/vite.config.ts when it is stale: on a loaded machine a slow
// rebuild printed Rolldown's [PLUGIN_TIMINGS] warning into the user's terminal (session 22 qa), a
// breakdown of plugin times nobody starting the explorer can act on. The config turns that check off.
// A tiny page with a plugin that takes 3.5 s stands in for a slow rebuild (the check needs a 3 s build).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger } from 'vite';
import { afterAll, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'policy-graph-quiet-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("a slow build with the page's config prints no [PLUGIN_TIMINGS] warning", async () => {
  writeFileSync(join(dir, 'main.js'), 'export const x = 1;\nconsole.log(x);\n');
  writeFileSync(join(dir, 'index.html'), '<script type="module" src="./main.js"></script>\n');
  const warnings: string[] = [];
  const logger = createLogger('warn');
  logger.warn = (msg) => void warnings.push(msg);
  logger.warnOnce = (msg) => void warnings.push(msg);
  await build({
    configFile: join(import.meta.dirname, '../../web/vite.config.ts'),
    root: dir,
    customLogger: logger,
    logLevel: 'warn',
    build: { outDir: join(dir, 'dist'), write: false },
    plugins: [{ name: 'slow', transform: async (_code, id) => void (id.endsWith('main.js') && (await new Promise((r) => setTimeout(r, 3500)))) }],
  });
  expect(warnings.filter((w) => w.includes('PLUGIN_TIMINGS'))).toEqual([]);
}, 60_000);
