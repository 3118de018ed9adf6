// The link stage on every core: the lower documents are cut into contiguous ranges of about the same
// number of measures, one per worker thread; every thread reads the measures and the linker's
// indexes over every measure (the scores depend on the whole corpus), built once by the main thread
// in shared memory, and scores the lower measures of its range with the unchanged linker
// (linkFromInputs, restricted by `lowerDocs`): no thread gets the documents. A lower measure's links depend
// only on the corpus and itself, and the linker emits them in lower-measure order, so the ranges'
// links put end to end are the same links in the same order as one thread's, whatever the number
// of threads (tests/ingest/parallel/link.test.ts).
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Lexicon } from '../lexicon/load.js';
import type { ProcessedDoc } from '../snapshot/types.js';
import { bundleExecArgv, linkWorkerBundle } from '../parallel/bundle.js';
import { newFence, stopAndDrain } from '../parallel/native-fence.js';
import { citedInputs, documentFacts, linkImplements, linkOptions, profileFor, unitMaker, type ImplementsLink, type LinkInputs, type LinkOptions } from './index.js';
import { buildLinkIndexes, type LinkIndexes } from './implements.js';
import { NATIONWIDE } from './rules.js';
import { readUnitStore, UnitStoreBuilder, withoutWords, type UnitStore } from './unit-store.js';
import type { NearCut } from './select.js';
import type { LinkTaskResult } from '../parallel/link-task.js';

export const LINK_THREAD_OPTIONS = {
  /** Leaf measures below which one thread links alone: a thread's start and its copy of the
   *  documents cost seconds, the linking of a few thousand measures about as much. */
  minUnits: 4000,
  /** Leaf measures from which the link stage runs in a worker thread even when one thread links:
   *  on the main thread it blocks the event loop, so Ctrl-C or SIGTERM would wait for the whole
   *  stage (minutes at a few thousand measures on a loaded machine). */
  offMainUnits: 1000,
  provenance: 'link stage of 100 documents (≈ 3,000 measures) ≈ 50 s on the bench machine, thread start ≈ 5 s (bench/results.json, issue 11); offMainUnits: a 1,000-measure link ≈ 2–20 s (quiet / loaded machine)',
  /** A link thread's V8 old generation is bounded (Worker resourceLimits.maxOldGenerationSizeMb)
   *  to heapBaseMb + heapKbPerMeasure × the measures, at most heapMaxMb. A link thread holds
   *  little (the measures and indexes are in shared memory) but makes much short-lived garbage,
   *  and V8 lets a heap grow to up to 4× what is live between major collections when its bound is
   *  2 GB or more, 1.3–2× below (v8/src/heap/heap-controller: kMinSize 256 MB, kMaxSize 2 GB on
   *  64 bits). A thread that reaches the bound anyway is not an error: its part is linked again
   *  by a thread without one (the same links). */
  heapBaseMb: 256,
  heapKbPerMeasure: 2,
  heapMaxMb: 2000,
  heapProvenance: 'session 18 (h18-mem, bench/profile-memory.ts): link-thread heaps at gen-corpus 3,000 (78k measures, bound 409 MB) 251–289 → 130–148 MB, at 10,000 (224k measures, bound 693 MB) ≈ 560–600 → ≤ 290 MB, same links; a thread lives on ≈ 65 MB after a collection at 3,000 (session 17); session 62 (h62-perf), real text, every range linked in 16 parts a thread: the mixed corpus of tests/eval (220 documents, 11,367 measures, bound 278 MB) ≤ 111 MB after each part (one task a thread, as runIngest ran it before: past the bound, 303–346 MB at the end unbounded), the bench\'s mirror sample of 300 files (13,681 measures, bound 283 MB) ≤ 77 MB: the bound kept',
} as const;

/** The heap bound of a link thread for a corpus of `units` measures (LINK_THREAD_OPTIONS). */
export function linkThreadHeapMb(units: number): number {
  const o = LINK_THREAD_OPTIONS;
  return Math.min(o.heapMaxMb, Math.round(o.heapBaseMb + (o.heapKbPerMeasure * units) / 1024));
}

/** The link stage was stopped by a signal (Ctrl-C, SIGTERM): nothing of it is kept. */
export class LinkInterrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`stopped by ${signal} during the link stage; nothing was written (a previous snapshot is unchanged)`);
  }
}

export interface ParallelLinkOptions {
  /** Threads (default: every core above LINK_THREAD_OPTIONS.minUnits measures, else 1). */
  workers?: number;
  /** Lexicon folder the threads load (the lexicon object cannot cross into a thread). */
  lexiconDir?: string;
  /** The caller gives `docs` up: the array is emptied once the threads' copy is made, so that
   *  the documents are not held twice while the threads link (ingest/pipeline.ts). */
  release?: boolean;
  /** Memory (issue 11): each thread's links are handed over here a part at a time, as the part is
   *  done (in no set order; the links of a part in linkImplements' order), and not returned: the
   *  links of the whole corpus (≈ 0.6 GB at 10,000 documents) are never held at once. */
  onLinks?: (links: ImplementsLink[]) => void;
  /** A link thread's heap bound in MB (default linkThreadHeapMb of the corpus's measures). */
  heapMb?: number;
}

/** Each thread's range is linked in this many parts (a part's links are held by its thread and
 *  then by the caller until handed over: ≈ 1.8 KB a link, ≈ 20 MB a part at 10,000 documents on 2
 *  threads with 16 parts; 75 MB with 4, session 16). A thread reads the measures and checks the
 *  indexes once for all its parts (link-task.ts), so a part costs little more than its links.
 *  Same links: a lower measure's links depend only on the corpus and itself. Since session 62
 *  without `onLinks` too (runIngest: the eval, the tests, the server): a thread's range linked as
 *  one task held more than the heap bound on the 220-document mixed corpus of tests/eval
 *  (11,367 measures, bound 278 MB; the part relinked without the bound), in 16 parts ≤ 111 MB
 *  after each part, the same links (docs/history/performance.md, session 62). */
const PARTS_PER_THREAD = 16;

const leafCount = (d: ProcessedDoc) => d.doc.units.filter((u) => u.kind !== 'notice' && u.leaf).length;

/** Contiguous document ranges [start, end) with about the same number of leaf measures each. */
export function linkRanges(docs: ProcessedDoc[], parts: number): [number, number][] {
  const counts = docs.map(leafCount);
  const total = counts.reduce((a, b) => a + b, 0);
  const ranges: [number, number][] = [];
  let start = 0;
  let sum = 0;
  for (let i = 0; i < docs.length && ranges.length < parts - 1; i++) {
    sum += counts[i];
    if (sum >= (total * (ranges.length + 1)) / parts) {
      ranges.push([start, i + 1]);
      start = i + 1;
    }
  }
  ranges.push([start, docs.length]);
  return ranges.filter(([a, b]) => b > a);
}

/** IMPLEMENTS links as linkImplements gives them, computed on `workers` threads. */
export async function linkInParallel(
  docs: ProcessedDoc[],
  ids: string[],
  lexicon: Lexicon,
  overrides: Partial<LinkOptions> = {},
  o: ParallelLinkOptions = {},
): Promise<{ links: ImplementsLink[]; workers: number; nearCut: NearCut[] }> {
  const units = docs.reduce((n, d) => n + leafCount(d), 0);
  const workers = Math.max(1, Math.floor(o.workers ?? (units >= LINK_THREAD_OPTIONS.minUnits ? availableParallelism() : 1)));
  const ranges = linkRanges(docs, workers);
  // A small corpus links on the main thread; from offMainUnits measures in a thread, so that the
  // main thread answers a signal at once.
  if (ranges.length < 2 && units < LINK_THREAD_OPTIONS.offMainUnits) {
    const nearCut: NearCut[] = [];
    const links = linkImplements(docs, ids, lexicon, overrides, false, undefined, nearCut);
    if (!o.onLinks) return { links, workers: 1, nearCut };
    o.onLinks(links);
    return { links: [], workers: 1, nearCut };
  }
  const threads = ranges.length;
  const tasks = linkRanges(docs, threads * PARTS_PER_THREAD);
  // Ctrl-C / SIGTERM while linking: the threads are stopped and the stage fails with one line;
  // the snapshot is written only after this stage, so nothing is half-written.
  let onSignal: (s: NodeJS.Signals) => void = () => {};
  const interrupted = new Promise<never>((_, reject) => (onSignal = (s) => reject(new LinkInterrupted(s))));
  interrupted.catch(() => {});
  const signals = ['SIGINT', 'SIGTERM'] as const;
  for (const s of signals) process.once(s, onSignal);
  process.stderr.write(`ingest: linking ${units} measures on ${ranges.length} thread${ranges.length > 1 ? 's' : ''}…\n`);
  const fence = newFence();
  let pool: Piscina | undefined;
  // Threads without the heap bound, started only if a bounded one runs out of memory.
  let unbounded: Piscina | undefined;
  try {
    const bundled = await Promise.race([linkWorkerBundle(), interrupted]);
    const filename = bundled ?? fileURLToPath(new URL('../parallel/worker.mjs', import.meta.url));
    // The bundle needs no tsx in its threads (bundle.ts bundleExecArgv).
    const execArgv = bundled ? { execArgv: bundleExecArgv() } : {};
    const maxOldGenerationSizeMb = o.heapMb ?? linkThreadHeapMb(units);
    pool = new Piscina({ filename, minThreads: threads, maxThreads: threads, workerData: { fence }, resourceLimits: { maxOldGenerationSizeMb }, ...execArgv });
    // A thread that failed outside any task (as it started) fails the stage, unless it ran out of
    // memory (a bounded thread started again after one did: no part is sent to it any more).
    const outOfMemory = (e: unknown) => (e as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    let onPoolError: (e: unknown) => void = () => {};
    const poolFailed = new Promise<never>((_, reject) => (onPoolError = reject));
    poolFailed.catch(() => {});
    pool.on('error', (e) => {
      if (!outOfMemory(e)) onPoolError(e);
    });
    // What the threads read, built here once in shared memory (issue 11): the measures (ids,
    // texts, entities, flags; unit-store.ts) and the linker's prepared texts, term keys and
    // candidate indexes over every measure, which every thread reads instead of building or
    // deserialising its own copy (≈ 2 GB and ≈ 1.3 GB a thread at 10,000 documents); the content
    // words only when a genre of the corpus compares measures pair by pair (pairIdf), else nothing
    // in a thread reads them. Besides, each document's rule facts and series and the cited
    // measure pairs (small, copied). No thread gets the documents; the caller's go as soon as
    // these inputs are taken from them, before the indexes are built (`release`).
    const { indexes, ...shared } = threadInputs(docs, ids, lexicon, overrides, o.release ? () => (docs.length = 0) : undefined);
    // A part that ran out of memory is linked again, with the parts after it, on threads without
    // the bound (the same links: a part's links depend only on the corpus and its range).
    const link = (range: [number, number]): Promise<LinkTaskResult> => {
      const task = { kind: 'link', ...shared, overrides, range, lexiconDir: o.lexiconDir, indexes };
      const again = () => {
        if (!unbounded) {
          process.stderr.write(`ingest: a link thread reached its ${maxOldGenerationSizeMb} MB heap bound; its part and the rest are linked without it\n`);
          unbounded = new Piscina({ filename, minThreads: threads, maxThreads: threads, workerData: { fence }, ...execArgv });
          unbounded.on('error', (e) => onPoolError(e));
        }
        return unbounded.run(task) as Promise<LinkTaskResult>;
      };
      if (unbounded) return again();
      return pool!.run(task).catch((e: unknown) => {
        if (!outOfMemory(e)) throw e;
        return again();
      });
    };
    // Parts are sent at most `threads` at a time, so that none waits in a pool's queue (a
    // thread started again after running out of memory may fail as it starts, and a part queued
    // for it would wait forever); the parts' links in their order.
    const parts: ImplementsLink[][] = new Array(tasks.length);
    // Each part's lower measures' candidates near the cut (select.ts nearCutRecord), in the parts' order.
    const nearCuts: NearCut[][] = new Array(tasks.length);
    let next = 0;
    const lane = async () => {
      while (next < tasks.length) {
        const i = next++;
        const { links, nearCut } = await link(tasks[i]);
        if (o.onLinks) o.onLinks(links);
        parts[i] = o.onLinks ? [] : links;
        nearCuts[i] = nearCut;
      }
    };
    await Promise.race([Promise.all(Array.from({ length: threads }, lane)), interrupted, poolFailed]);
    return { links: parts.flat(), workers: threads, nearCut: nearCuts.flat() };
  } finally {
    for (const s of signals) process.removeListener(s, onSignal);
    await stopAndDrain(fence);
    await pool?.destroy();
    await unbounded?.destroy();
  }
}

/** What a link thread is given: the shared indexes and measures, the small per-document inputs. */
function threadInputs(docs: ProcessedDoc[], ids: string[], lexicon: Lexicon, overrides: Partial<LinkOptions>, release?: () => void) {
  const { indexes, pairWords, store, inputs } = sharedLinkIndexes(docs, ids, lexicon, overrides, release);
  // Nothing in a thread reads the words unless a genre compares measures pair by pair.
  return { indexes, units: pairWords ? store : withoutWords(store), rules: inputs.rules, series: inputs.series, cited: inputs.cited };
}

/** The indexes linkMeasures builds, as linkImplements would build them for these documents (the
 *  same units, options and partitions: the thread checks the fingerprint), in shared memory; with
 *  the link stage's inputs they were built from and the measures in shared memory (unit-store.ts).
 *  The measures are made one document at a time straight into the store, and the indexes are
 *  built from the store's measures, so that no LinkUnit of the whole corpus is held at once
 *  (issue 11). `release` is called once the inputs are taken from the documents, before the
 *  indexes are built: the caller may let the documents go then. */
export function sharedLinkIndexes(docs: ProcessedDoc[], ids: string[], lexicon: Lexicon, overrides: Partial<LinkOptions> = {}, release?: () => void): { indexes: LinkIndexes; pairWords: boolean; store: UnitStore; inputs: LinkInputs } {
  const options = linkOptions(overrides);
  const { rules, series } = documentFacts(docs, lexicon, options);
  const make = unitMaker(options.frameHeadings, options);
  const builder = new UnitStoreBuilder();
  // linkMeasures compares pair by pair (pairCosines, from the units' words) when a unit's genre asks for it.
  let pairWords = false;
  docs.forEach((d, di) => {
    for (const u of make(d, di, ids[di])) {
      builder.add(u);
      pairWords ||= Boolean(profileFor(options, u.genre).pairIdf);
    }
  });
  const store = builder.done();
  // The measures as a thread reads them: their strings made from the store when asked for.
  const units = readUnitStore(store);
  const cited = citedInputs(docs, ids, units, rules, options);
  release?.();
  return {
    indexes: buildLinkIndexes(units, lexicon.boilerplate, options, units.map((u) => rules[u.docIndex].region ?? NATIONWIDE), true),
    pairWords,
    store,
    inputs: { units, rules, series, cited },
  };
}
