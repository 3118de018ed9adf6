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
import { workerBundle } from '../parallel/bundle.js';
import { newFence, stopAndDrain } from '../parallel/native-fence.js';
import { linkImplements, linkInputs, linkOptions, profileFor, type ImplementsLink, type LinkInputs, type LinkOptions } from './index.js';
import { buildLinkIndexes, type LinkIndexes } from './implements.js';
import { NATIONWIDE } from './rules.js';
import { buildUnitStore } from './unit-store.js';

export const LINK_THREAD_OPTIONS = {
  /** Leaf measures below which one thread links alone: a thread's start and its copy of the
   *  documents cost seconds, the linking of a few thousand measures about as much. */
  minUnits: 4000,
  /** Leaf measures from which the link stage runs in a worker thread even when one thread links:
   *  on the main thread it blocks the event loop, so Ctrl-C or SIGTERM would wait for the whole
   *  stage (minutes at a few thousand measures on a loaded machine). */
  offMainUnits: 1000,
  provenance: 'link stage of 100 documents (≈ 3,000 measures) ≈ 50 s on the bench machine, thread start ≈ 5 s (bench/results.json, issue 11); offMainUnits: a 1,000-measure link ≈ 2–20 s (quiet / loaded machine)',
} as const;

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
}

/** With `onLinks`, each thread's range is linked in this many parts (a part's links are held by
 *  its thread and then by the caller until handed over: ≈ 1.8 KB a link, ≈ 20 MB a part at 10,000
 *  documents on 2 threads with 16 parts; 75 MB with 4, session 16). A thread reads the measures
 *  and checks the indexes once for all its parts (worker-task.ts), so a part costs little more
 *  than its links. Same links: a lower measure's links depend only on the corpus and itself. */
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
): Promise<{ links: ImplementsLink[]; workers: number }> {
  const units = docs.reduce((n, d) => n + leafCount(d), 0);
  const workers = Math.max(1, Math.floor(o.workers ?? (units >= LINK_THREAD_OPTIONS.minUnits ? availableParallelism() : 1)));
  const ranges = linkRanges(docs, workers);
  // A small corpus links on the main thread; from offMainUnits measures in a thread, so that the
  // main thread answers a signal at once.
  if (ranges.length < 2 && units < LINK_THREAD_OPTIONS.offMainUnits) {
    const links = linkImplements(docs, ids, lexicon, overrides);
    if (!o.onLinks) return { links, workers: 1 };
    o.onLinks(links);
    return { links: [], workers: 1 };
  }
  const threads = ranges.length;
  const tasks = o.onLinks ? linkRanges(docs, threads * PARTS_PER_THREAD) : ranges;
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
  try {
    const filename = (await Promise.race([workerBundle(), interrupted])) ?? fileURLToPath(new URL('../parallel/worker.mjs', import.meta.url));
    pool = new Piscina({ filename, minThreads: threads, maxThreads: threads, workerData: { fence } });
    // What the threads read, built here once in shared memory (issue 11): the measures (ids,
    // texts, entities, flags; unit-store.ts) and the linker's prepared texts, term keys and
    // candidate indexes over every measure, which every thread reads instead of building or
    // deserialising its own copy (≈ 2 GB and ≈ 1.3 GB a thread at 10,000 documents); the content
    // words only when a genre of the corpus compares measures pair by pair (pairIdf), else nothing
    // in a thread reads them. Besides, each document's rule facts and series and the cited
    // measure pairs (small, copied). No thread gets the documents; the caller's go as soon as
    // these inputs are taken from them, before the indexes are built (`release`).
    const { indexes, ...shared } = threadInputs(docs, ids, lexicon, overrides, o.release ? () => (docs.length = 0) : undefined);
    const parts: ImplementsLink[][] = await Promise.race([
      Promise.all(
        tasks.map((range) =>
          pool!.run({ kind: 'link', ...shared, overrides, range, lexiconDir: o.lexiconDir, indexes }).then((links: ImplementsLink[]) => {
            if (!o.onLinks) return links;
            o.onLinks(links);
            return [];
          }),
        ),
      ),
      interrupted,
    ]);
    return { links: parts.flat(), workers: threads };
  } finally {
    for (const s of signals) process.removeListener(s, onSignal);
    await stopAndDrain(fence);
    await pool?.destroy();
  }
}

/** What a link thread is given: the shared indexes and measures, the small per-document inputs.
 *  (The main thread's own LinkUnit objects, whose texts hold on to the documents' texts, end here.) */
function threadInputs(docs: ProcessedDoc[], ids: string[], lexicon: Lexicon, overrides: Partial<LinkOptions>, release?: () => void) {
  const { indexes, pairWords, inputs } = sharedLinkIndexes(docs, ids, lexicon, overrides, release);
  return { indexes, units: buildUnitStore(inputs.units, pairWords), rules: inputs.rules, series: inputs.series, cited: inputs.cited };
}

/** The indexes linkMeasures builds, as linkImplements would build them for these documents (the
 *  same units, options and partitions: the thread checks the fingerprint), in shared memory; with
 *  the link stage's inputs they were built from. `release` is called once the inputs are taken
 *  from the documents, before the indexes are built: the caller may let the documents go then, so
 *  that they and the building's transient arrays are not held at once (issue 11). */
export function sharedLinkIndexes(docs: ProcessedDoc[], ids: string[], lexicon: Lexicon, overrides: Partial<LinkOptions> = {}, release?: () => void): { indexes: LinkIndexes; pairWords: boolean; inputs: LinkInputs } {
  const options = linkOptions(overrides);
  const inputs = linkInputs(docs, ids, lexicon, overrides);
  release?.();
  const { units, rules } = inputs;
  return {
    indexes: buildLinkIndexes(units, lexicon.boilerplate, options, units.map((u) => rules[u.docIndex].region ?? NATIONWIDE), true),
    // linkMeasures compares pair by pair (pairCosines, from the units' words) when a unit's genre asks for it.
    pairWords: units.some((u) => profileFor(options, u.genre).pairIdf),
    inputs,
  };
}
