// The explorer's code runs in the browser: no module it reaches by a static or dynamic import may import a Node builtin
// (node:fs, node:path …), which Vite externalizes so that the page fails at run time ("Module "node:fs" has been externalized
// for browser compatibility"). Session 58: a link rule coverage's replay runs (ingest/link/remainder-second.ts) read its
// lexicon file at module load and every browser test of the explorer failed; this test walks the import graph from the page's
// entries and names the module and the chain that would break it.
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRIES = ['web/src/main.tsx', 'web/src/mount.tsx'].map((f) => join(ROOT, f)).filter(existsSync);
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
// import … from '…', export … from '…', import('…'), new Worker(new URL('…', import.meta.url)); type-only imports are erased.
const SPECIFIERS = /(?:^|[^\w$.])(?:import|export)(?!\s+type\b)[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]|new URL\(\s*['"]([^'"]+\.[jt]sx?)['"],\s*import\.meta\.url/gm;

function resolveLocal(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  const stem = base.replace(/\.(js|jsx|mjs)$/, '');
  for (const c of [base, `${stem}.ts`, `${stem}.tsx`, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(c) && /\.(ts|tsx|js|mjs)$/.test(c)) return c;
  }
  return undefined;
}

/** Every module the entries reach, with the chain that reached it, and each Node builtin import found on the way. */
function walk(): { reached: number; bad: string[] } {
  const seen = new Map<string, string[]>();
  const bad: string[] = [];
  const queue: [string, string[]][] = ENTRIES.map((e) => [e, [relative(ROOT, e)]]);
  for (const [e, chain] of queue) seen.set(e, chain);
  while (queue.length) {
    const [file, chain] = queue.shift()!;
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
    for (const m of text.matchAll(SPECIFIERS)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? m[4]!;
      if (BUILTINS.has(spec)) bad.push(`${chain.join(' → ')} imports ${spec}`);
      if (!spec.startsWith('.')) continue;
      const to = resolveLocal(file, spec);
      if (!to || seen.has(to)) continue;
      const next = [...chain, relative(ROOT, to)];
      seen.set(to, next);
      queue.push([to, next]);
    }
  }
  return { reached: seen.size, bad };
}

describe("the explorer's modules", () => {
  it('import no Node builtin, however deep (coverage replay, link rules, graph schema)', () => {
    expect(ENTRIES.length).toBeGreaterThan(0);
    const { reached, bad } = walk();
    // The page reaches the coverage replay and the link rules it runs: a walk that stops at the entries proves nothing.
    expect(reached).toBeGreaterThan(50);
    expect(bad).toEqual([]);
  });
});
