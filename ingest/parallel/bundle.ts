// The worker threads' code as one plain ES module, built once per process with esbuild (the
// bundler tsx and vite already use): a thread then loads one file instead of registering tsx and
// compiling every TypeScript module of the ingest on its own, which cost seconds per thread (and
// minutes on a loaded machine). Packages stay outside the bundle, imported by absolute URL, so
// the native nodejieba binding and pdf.js load exactly as in the main thread; `import.meta.url`
// of each source file is kept as its own (the lexicon folder is found from it).
// When esbuild cannot run, the pool falls back to worker.mjs (tsx in the thread): slower, same output.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

let built: Promise<string | null> | undefined;
let builtLink: Promise<string | null> | undefined;
const here = fileURLToPath(import.meta.url);

/** A package specifier as an absolute file URL, resolved the way an ES module here would. */
function resolvePackage(spec: string): string {
  // import.meta.resolve is Node's ESM resolution ("import" condition); test runners may not offer it.
  const resolve = (import.meta as { resolve?: (s: string) => string }).resolve;
  if (typeof resolve === 'function') return resolve(spec);
  return pathToFileURL(createRequire(here).resolve(spec)).href;
}

/** Path of the bundled worker (built on first call, then reused), or null when it cannot be built. */
export function workerBundle(): Promise<string | null> {
  built ??= build('./worker-task.ts').catch(() => null);
  return built;
}

/** Path of the link threads' bundle (link-task.ts alone: the linker, without the readers' packages and nodejieba that
 *  the per-file task loads; session 52, perf), or null when it cannot be built (the pool then runs worker.mjs, whose
 *  worker-task.ts answers link tasks too). */
export function linkWorkerBundle(): Promise<string | null> {
  builtLink ??= build('./link-task.ts').catch(() => null);
  return builtLink;
}

/**
 * The Node flags for a thread that runs the bundle (piscina's `execArgv`): the process's own, less
 * tsx's loader. A thread inherits the process's flags, so under `tsx` (npm run ingest) every thread
 * registered tsx again and compiled each package it loaded through esbuild, though the bundle is
 * plain JavaScript that imports packages by absolute URL: ≈ 2–5 s of a link thread's start, counted
 * in the link stage (session 26, perf: the link thread's CPU profile on 100 documents). The tsx
 * fallback (worker.mjs) keeps the inherited flags.
 * Flags a Worker refuses when they are given explicitly (V8's heap and stack sizes, the process title, gc
 * exposure: ERR_WORKER_INVALID_EXEC_ARGV, where inheriting them was silent) are dropped too: a thread's heap is
 * bounded by piscina's resourceLimits. Found by the hostile corpus test, whose child ingests run with
 * --max-old-space-size=1024 (session 26 CI).
 */
export function bundleExecArgv(argv: readonly string[] = process.execArgv): string[] {
  // tsx's own paths (the tsx command: …/tsx/dist/loader.mjs, …/preflight.cjs) or the bare name (node --import tsx).
  const tsx = /(^|[\\/=])tsx([\\/]|$)/;
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (PROCESS_ONLY.test(argv[i])) {
      if (!argv[i].includes('=') && /^\d+$/.test(argv[i + 1] ?? '')) i++;
      continue;
    }
    if (/^(--require|-r|--import|--loader|--experimental-loader)$/.test(argv[i]) && tsx.test(argv[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (/^(--require|-r|--import|--loader|--experimental-loader)=/.test(argv[i]) && tsx.test(argv[i])) continue;
    out.push(argv[i]);
  }
  return out;
}

/** Node's per-process options and the V8 flags Node documents as refused in a Worker's execArgv. */
const PROCESS_ONLY = /^--(max[-_]old[-_]space[-_]size|max[-_]semi[-_]space[-_]size|max[-_]young[-_]generation[-_]size|stack[-_]size|title|expose[-_]gc)(=|$)/;

/** Packages the link bundle holds itself instead of importing them: a link thread that ran out of memory under its
 *  heap bound while Node instantiated an imported package's modules aborted the whole process (v8::Module::IsGraphAsync
 *  on a module left uninstantiated, Node 20's require of an ES module; tests/ingest/parallel/link.test.ts, 8 MB bound),
 *  where the bundle alone is compiled and evaluated as any script (session 52). */
const INSIDE_LINK = new Set(['zod']);

async function build(task: './worker-task.ts' | './link-task.ts'): Promise<string> {
  const esbuild = await import('esbuild');
  const entry = fileURLToPath(new URL(task, import.meta.url));
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'policy-graph-worker',
        setup(b) {
          // Packages (bare specifiers): external, by absolute URL so the bundle may live anywhere.
          b.onResolve({ filter: /^[^./]/ }, (args) => {
            if (isBuiltin(args.path)) return { path: args.path, external: true };
            // The link bundle carries its one package inside (zod, which lexicon/load.ts validates with): see INSIDE_LINK.
            if (task === './link-task.ts' && INSIDE_LINK.has(args.path.split('/')[0])) return undefined;
            return { path: resolvePackage(args.path), external: true };
          });
          // Each source file keeps its own location for import.meta.url / dirname / filename.
          b.onLoad({ filter: /\.ts$/ }, (args) => {
            const src = readFileSync(args.path, 'utf8')
              .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
              .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
              .replaceAll('import.meta.filename', JSON.stringify(args.path));
            return { contents: src, loader: 'ts' };
          });
        },
      },
    ],
  });
  const code = result.outputFiles[0].contents;
  // Named by content: concurrent processes and repeated runs share one file, never a stale one.
  const dir = join(tmpdir(), 'policy-graph-worker');
  const file = join(dir, `worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, file);
  }
  return file;
}
