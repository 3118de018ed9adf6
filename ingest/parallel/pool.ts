// Runs the per-file stages on every core: a piscina pool of worker threads, at most a few files
// in flight per thread (streaming: never every file's text at once), results handed on in file
// order, so the snapshot is the same bytes whatever the number of workers.
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { DEFAULT_LIMITS, tooSlow, type IngestLimits } from '../guard.js';
import type { Lexicon } from '../lexicon/load.js';
import type { ReadResult } from '../read/types.js';
import { processFile, toFileError, type PerFileResult } from './per-file.js';
import { workerBundle } from './bundle.js';

export interface PerFileOptions {
  /** Worker threads; 1 runs on the main thread (default: every core). */
  workers?: number;
  lexicon: Lexicon;
  /** Bounds on the work per file (ingest/guard.ts); plain data, so it crosses into the threads. */
  limits?: IngestLimits;
  /** Lexicon folder for the workers (they load their own copy); default POLICY_GRAPH_LEXICON or ingest/lexicon. */
  lexiconDir?: string;
  /** Run on the main thread whatever `workers` says (a custom reader or lexicon object). */
  mainThread?: boolean;
  /** The reader the main thread uses; workers use ingest/read. */
  read: (path: string, name: string) => Promise<ReadResult>;
  onResult: (result: PerFileResult, index: number) => void;
}

export const defaultWorkers = (): number => availableParallelism();

/** Threads pay off only past a few megabytes: see THREAD_OPTIONS. */
export const THREAD_OPTIONS = {
  /** Input bytes below which the main thread does the per-file stages alone. A thread's start
   *  (its modules, lexicon and jieba dictionary: ≈ 5 s of one core, measured on the bench
   *  machine) costs what ≈ 400k characters of per-file work cost (≈ 12 µs a character), so a
   *  second thread gains only past twice that: ≈ 800k characters, ≈ 2.4 MB of UTF-8 text. */
  minBytes: 2_400_000,
  /** And no more threads than batches of this many files. */
  filesPerThread: 8,
  provenance: 'bench/results.json: per-file stage times and thread start-up on the 2-core bench machine (issue 11)',
} as const;

/** Every core for a big batch, one (the main thread) for a small one. */
export async function autoWorkers(files: { path: string }[], o: { minBytes: number; filesPerThread: number } = THREAD_OPTIONS): Promise<number> {
  let bytes = 0;
  for (const f of files) {
    bytes += await stat(f.path).then((s) => s.size, () => 0);
    if (bytes >= o.minBytes) return Math.max(1, Math.min(defaultWorkers(), Math.ceil(files.length / o.filesPerThread)));
  }
  return 1;
}

export async function runPerFile(files: { path: string; name: string }[], options: PerFileOptions): Promise<number> {
  const workers = options.mainThread ? 1 : Math.max(1, Math.floor(options.workers ?? (await autoWorkers(files))));
  if (workers === 1 || files.length < 2) {
    for (const [i, f] of files.entries()) options.onResult(await processFile(f, options.lexicon, options.read, options.limits ?? DEFAULT_LIMITS), i);
    return 1;
  }
  const lexiconDir = options.lexiconDir ?? process.env.POLICY_GRAPH_LEXICON;
  // The bundled worker (bundle.ts) loads one plain module; tsx in the thread only if it cannot be built.
  const filename = (await workerBundle()) ?? fileURLToPath(new URL('./worker.mjs', import.meta.url));
  const pool = new Piscina({
    filename,
    minThreads: workers,
    maxThreads: workers,
    // Every thread loads its lexicon and jieba dictionary as it starts, all at once.
    workerData: { lexiconDir, warm: true },
  });
  const limits = options.limits ?? DEFAULT_LIMITS;
  const clock = fileClock(limits.maxFileMs);
  try {
    // A window of 2 files per thread in flight; results wait in `ready` until their turn.
    const window = workers * 2;
    const ready = new Map<number, PerFileResult>();
    let next = 0;
    let handed = 0;
    const inFlight = new Set<Promise<void>>();
    const launch = (i: number) => {
      const { started, signal, done } = clock.watch();
      const run: Promise<PerFileResult> = pool
        .run({ ...files[i], lexiconDir, limits, started }, { signal })
        .finally(done)
        .catch((e: unknown) => ({ error: toFileError(files[i].name, signal.aborted ? tooSlow(files[i].name, limits) : e), ms: { read: 0, clean: 0, structure: 0, extract: 0 }, chars: 0 }));
      const p: Promise<void> = run.then((r: PerFileResult) => {
        ready.set(i, r);
        while (ready.has(handed)) {
          const result = ready.get(handed)!;
          ready.delete(handed);
          options.onResult(result, handed++);
        }
      });
      const tracked = p.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
    };
    while (next < files.length || inFlight.size > 0) {
      while (next < files.length && inFlight.size + ready.size < window) launch(next++);
      await Promise.race(inFlight);
    }
    return workers;
  } finally {
    clock.stop();
    await pool.destroy();
  }
}

/**
 * The per-file time limit across threads: each task gets a shared cell where its worker writes when
 * it started (a queued task's wait does not count) and a signal; a file past `maxFileMs` is aborted,
 * which makes piscina stop its thread (synchronous work cannot be interrupted otherwise).
 */
function fileClock(maxFileMs: number) {
  const tasks = new Set<{ started: Float64Array; abort: AbortController }>();
  const timer = setInterval(() => {
    const now = Date.now();
    for (const t of tasks) {
      if (t.started[0] > 0 && now - t.started[0] > maxFileMs) {
        tasks.delete(t);
        t.abort.abort();
      }
    }
  }, Math.min(250, maxFileMs / 4));
  timer.unref();
  return {
    watch() {
      const task = { started: new Float64Array(new SharedArrayBuffer(8)), abort: new AbortController() };
      tasks.add(task);
      task.abort.signal.addEventListener('abort', () => tasks.delete(task));
      return { started: task.started, signal: task.abort.signal, done: () => tasks.delete(task) };
    },
    stop: () => clearInterval(timer),
  };
}
