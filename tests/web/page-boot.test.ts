// Issue 11's budget (no main-thread task over 200 ms while loading) at the page's boot: the
// browser evaluates an entry's whole static import graph in one task, so what that graph holds is
// the boot task. Built with the page's own config, the boot is checked as a user's browser loads it:
// - the entry's static graph holds neither zod (the graph schemas' construction, tens of ms) nor
//   React DOM: the entry only starts the steps;
// - React DOM, then the loading page (src/mount.tsx), come in by dynamic imports, each its own task;
// - index.html modulepreloads every chunk of those steps, so no step waits for a fetch begun late;
// - the explorer's chunk, evaluated in a task of its own while the graph downloads, builds no node schema.
import { build, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';

type Chunk = Rolldown.OutputChunk;
let chunks: Chunk[] = [];
let html = '';

beforeAll(async () => {
  const out = (await build({
    configFile: join(import.meta.dirname, '../../web/vite.config.ts'),
    logLevel: 'silent',
    build: { write: false, minify: false },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  chunks = outputs.filter((o): o is Chunk => o.type === 'chunk');
  const page = outputs.find((o) => o.fileName === 'index.html');
  html = page && page.type === 'asset' ? String(page.source) : '';
}, 120_000);

const byFile = (f: string) => chunks.find((c) => c.fileName === f)!;
/** Every chunk evaluated with `root`: its static imports, transitively. */
function staticGraph(root: Chunk): Chunk[] {
  const seen = new Map<string, Chunk>();
  const visit = (c: Chunk) => {
    if (seen.has(c.fileName)) return;
    seen.set(c.fileName, c);
    for (const f of c.imports) visit(byFile(f));
  };
  visit(root);
  return [...seen.values()];
}
const modules = (cs: Chunk[]) => cs.flatMap((c) => Object.keys(c.modules));

describe('the page boot', () => {
  it('the entry evaluates neither zod nor React DOM; React DOM and the loading page are later dynamic imports', () => {
    const entry = chunks.find((c) => c.isEntry)!;
    expect(Object.keys(entry.modules).some((m) => m.endsWith('src/main.tsx'))).toBe(true);
    const first = modules(staticGraph(entry));
    expect(first.filter((m) => m.includes('/node_modules/zod/'))).toEqual([]);
    expect(first.filter((m) => /graph-schema\/(nodes|edges|snapshot|neo4j)\.ts/.test(m))).toEqual([]);
    expect(first.filter((m) => m.includes('/node_modules/react-dom/'))).toEqual([]);
    expect(first.filter((m) => m.endsWith('src/views/App.tsx'))).toEqual([]);
    const mount = chunks.find((c) => c.facadeModuleId?.endsWith('src/mount.tsx'))!;
    expect(entry.dynamicImports).toContain(mount.fileName);
    // The loading page's whole static graph (what its step evaluates) still holds no zod.
    const second = modules(staticGraph(mount));
    expect(second.some((m) => m.endsWith('src/views/App.tsx'))).toBe(true);
    expect(second.filter((m) => m.includes('/node_modules/zod/'))).toEqual([]);
  });

  it("the explorer's own chunk (evaluated while the graph downloads) builds no node or edge schema either", () => {
    const explorer = chunks.find((c) => c.facadeModuleId?.endsWith('src/views/Explorer.tsx'))!;
    expect(explorer).toBeDefined();
    expect(modules(staticGraph(explorer)).filter((m) => /graph-schema\/(nodes|edges|snapshot|neo4j)\.ts/.test(m))).toEqual([]);
  });

  it('index.html modulepreloads every chunk of the boot steps', () => {
    const entry = chunks.find((c) => c.isEntry)!;
    const mount = chunks.find((c) => c.facadeModuleId?.endsWith('src/mount.tsx'))!;
    const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]);
    const steps = staticGraph(mount).filter((c) => c !== entry);
    expect(steps.length).toBeGreaterThan(1);
    for (const c of steps) expect(preloaded).toContain(c.fileName);
  });
});
