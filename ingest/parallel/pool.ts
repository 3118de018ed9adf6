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
import { bundleExecArgv, workerBundle } from './bundle.js';
import { newFence, quiet, stopAndDrain, stopFence } from './native-fence.js';
import { jiebaLoaded, releaseMainJieba } from '../extract/segment.js';

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
  /** With `workers` ≥ 2: the main thread takes files too, beside workers − 1 threads (default THREAD_OPTIONS.mainWorks). */
  mainWorks?: boolean;
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
  /** Session 63 (perf3), off: with N threads wanted, the main thread takes files as one of them beside N − 1 pool threads
   *  (each file to whichever is free, the main thread holding at most MAIN_IN_FLIGHT; results still in file order: the
   *  same snapshot bytes, gen-corpus 300 and the sample corpus). Measured on 2 cores (bench/profile-threads.ts, gen-corpus
   *  300, alternated, load 14–19): process CPU 10.28 / 9.49 s against 10.87 / 10.20 s for two pool threads (the main
   *  thread alone: 6.10 / 5.96 s) — one thread's start saved, the rest of the threads' cost stays (docs/history/
   *  performance.md, session 63). Off because a file on the main thread cannot be stopped at the per-file limit
   *  (limits.maxFileMs): its stage runs to its end before the clock is read, where a pool thread is stopped at the limit. */
  mainWorks: false,
  provenance: 'bench/results.json: per-file stage times and thread start-up on the 2-core bench machine (issue 11)',
} as const;

/** Files in flight on the main thread when it works beside the pool: the next file's read overlaps this one's stages. */
const MAIN_IN_FLIGHT = 2;

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
    // Two files in flight here too: the next file's disk read overlaps this one's synchronous stages.
    const limits = options.limits ?? DEFAULT_LIMITS;
    await inOrder(files.length, 2, (i) => processFile(files[i], options.lexicon, options.read, limits), options.onResult);
    return 1;
  }
  const limits = options.limits ?? DEFAULT_LIMITS;
  const mainWorks = options.mainWorks ?? THREAD_OPTIONS.mainWorks;
  const threads = mainWorks ? workers - 1 : workers;
  const lexiconDir = options.lexiconDir ?? process.env.POLICY_GRAPH_LEXICON;
  // The bundled worker (bundle.ts) loads one plain module; tsx in the thread only if it cannot be built.
  const bundled = await workerBundle();
  const filename = bundled ?? fileURLToPath(new URL('./worker.mjs', import.meta.url));
  // Threads are terminated only outside native calls (native-fence.ts): this fence covers every
  // thread of the pool, each task's its own thread.
  const fence = newFence();
  const pool = new Piscina({
    filename,
    minThreads: threads,
    maxThreads: threads,
    // Every thread loads its lexicon and jieba dictionary as it starts, all at once.
    workerData: { lexiconDir, warm: true, fence },
    // The bundle needs no tsx in its threads (bundle.ts bundleExecArgv).
    ...(bundled ? { execArgv: bundleExecArgv() } : {}),
  });
  const clock = fileClock(limits.maxFileMs);
  // The main thread's jieba dictionaries, if it loads them here, are given back at the end as the threads' are.
  const mainHadJieba = jiebaLoaded();
  try {
    // A window of 2 files per thread in flight; results handed on in file order.
    const launch = (i: number): Promise<PerFileResult> => {
      const { started, fence, signal, stopped, done } = clock.watch();
      const slow = (): PerFileResult => ({ error: toFileError(files[i].name, tooSlow(files[i].name, limits)), ms: { read: 0, clean: 0, structure: 0, extract: 0 }, chars: 0 });
      return (
        pool
          .run({ ...files[i], lexiconDir, limits, started, fence }, { signal })
          .finally(done)
          // A file stopped by the clock ends as too-slow, whether its thread was terminated or its
          // next jieba call was refused by the fence first.
          .then((r: PerFileResult) => (stopped() && r.error ? slow() : r))
          .catch((e: unknown) => (stopped() ? slow() : { error: toFileError(files[i].name, e), ms: { read: 0, clean: 0, structure: 0, extract: 0 }, chars: 0 }))
      );
    };
    let onMain = 0;
    const launchAny = (i: number): Promise<PerFileResult> => {
      if (!mainWorks || onMain >= MAIN_IN_FLIGHT) return launch(i);
      onMain++;
      return processFile(files[i], options.lexicon, options.read, limits).finally(() => onMain--);
    };
    await inOrder(files.length, (mainWorks ? MAIN_IN_FLIGHT : 0) + threads * 2, launchAny, options.onResult);
    await releaseJieba(pool, threads);
    if (mainWorks && !mainHadJieba) releaseMainJieba();
    return workers;
  } finally {
    clock.stop();
    // Threads may still be starting (loading jieba) or, after an error, working: destroy only once
    // none is inside a native call, and none can enter one.
    await stopAndDrain(fence);
    await pool.destroy();
  }
}

/** Every thread of the pool gives its jieba dictionaries back (worker-task.ts releaseJieba) before
 *  the pool ends: else ≈ 220 MB a thread stay allocated in the process after the threads are gone,
 *  through the link stage (issue 11). One task per thread: each waits until all have started. A
 *  thread that does not take part (it failed) is ended by the pool as before. */
async function releaseJieba(pool: Piscina, threads: number): Promise<void> {
  const arrived = new Int32Array(new SharedArrayBuffer(4));
  await Promise.all(Array.from({ length: threads }, () => pool.run({ kind: 'release-jieba', arrived, threads, waitMs: 2000 }).catch(() => undefined)));
}

/**
 * Runs `run(0) … run(count - 1)` with at most `window` results in flight or waiting (never every
 * file's results at once), and hands each result to `onResult` in index order.
 */
async function inOrder<R>(count: number, window: number, run: (i: number) => Promise<R>, onResult: (r: R, i: number) => void): Promise<void> {
  const ready = new Map<number, R>();
  let next = 0;
  let handed = 0;
  const inFlight = new Set<Promise<void>>();
  const launch = (i: number) => {
    const p: Promise<void> = run(i).then((r) => {
      ready.set(i, r);
      while (ready.has(handed)) {
        const result = ready.get(handed)!;
        ready.delete(handed);
        onResult(result, handed++);
      }
    });
    const tracked = p.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };
  while (next < count || inFlight.size > 0) {
    while (next < count && inFlight.size + ready.size < window) launch(next++);
    await Promise.race(inFlight);
  }
}

/**
 * The per-file time limit across threads: each task gets a shared cell where its worker writes when
 * it started (a queued task's wait does not count), a native-call fence and a signal. A file past
 * `maxFileMs` has its fence stopped; once its thread is out of jieba the task is aborted, which
 * makes piscina stop the thread (synchronous work cannot be interrupted otherwise). Its fence is
 * then quiet, so the thread holds no native-call count, its pool's neither (native-fence.ts).
 */
function fileClock(maxFileMs: number) {
  type Task = { started: Float64Array; fence: Int32Array; abort: AbortController; stopped: boolean };
  const tasks = new Set<Task>();
  // Stopping and aborting both happen on this one timer: once stop() clears it, nothing waits on a
  // task's fence any more (a thread terminated when the pool closes may leave a count in it).
  const timer = setInterval(() => {
    const now = Date.now();
    for (const t of tasks) {
      if (!t.stopped && t.started[0] > 0 && now - t.started[0] > maxFileMs) {
        t.stopped = true;
        stopFence(t.fence);
      }
      if (t.stopped && quiet(t.fence)) {
        tasks.delete(t);
        t.abort.abort();
      }
    }
  }, Math.min(250, maxFileMs / 4));
  timer.unref();
  return {
    watch() {
      const task: Task = { started: new Float64Array(new SharedArrayBuffer(8)), fence: newFence(), abort: new AbortController(), stopped: false };
      tasks.add(task);
      return { started: task.started, fence: task.fence, signal: task.abort.signal, stopped: () => task.stopped, done: () => tasks.delete(task) };
    },
    stop: () => clearInterval(timer),
  };
}
