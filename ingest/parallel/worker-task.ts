// Piscina task (one per file) in a worker thread. The thread's lexicon and jieba dictionary are
// loaded once, as the thread starts (its lexicon folder comes in `workerData`), so that every
// thread of the pool prepares at the same time and a task only does its file's work.
// Every call into nodejieba passes the pool's fence and the running task's (native-fence.ts): the
// main thread stops a thread only between native calls, never inside one.
import { appendFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { threadId, workerData } from 'node:worker_threads';
import nodejieba from 'nodejieba';
import type { IngestLimits } from '../guard.js';
import { loadLexicon, type Lexicon } from '../lexicon/load.js';
import { segmenter } from '../extract/segment.js';
import { readSource } from '../read/index.js';
import { panelProbe } from '../structure/panel.js';
import { processFile, type PerFileResult } from './per-file.js';
import { callFences, fenceFunctions, FenceStopped } from './native-fence.js';
import { linkFromInputs, type ImplementsLink, type LinkInputs, type LinkOptions } from '../link/index.js';
import { readUnitStore, type UnitStore } from '../link/unit-store.js';
import { withLinkIndexes, type LinkIndexes, type LinkUnit } from '../link/implements.js';
import type { NearCut } from '../link/select.js';

const data = (workerData ?? {}) as { lexiconDir?: string; warm?: boolean; fence?: Int32Array };
let taskFence: Int32Array | undefined;
fenceFunctions(
  nodejieba as unknown as Record<string, unknown>,
  ['load', 'cut', 'cutAll', 'cutHMM', 'cutForSearch', 'cutSmall', 'tag', 'extract', 'textRankExtract', 'insertWord'],
  () => callFences(data.fence, taskFence),
);

let lexicon: Lexicon | undefined;
let lexiconDir: string | undefined;
if (data.warm) {
  try {
    lexicon = loadLexicon(data.lexiconDir);
    lexiconDir = data.lexiconDir;
    segmenter(lexicon);
  } catch (e) {
    // The pool is closing before this thread finished starting: it will get no work.
    if (!(e instanceof FenceStopped)) throw e;
    lexicon = undefined;
  }
}

/** A link task's links and its lower measures' candidates near the cut (ingest/link/select.ts nearCutRecord). */
export interface LinkTaskResult {
  links: ImplementsLink[];
  nearCut: NearCut[];
}

/** A range of lower documents for the link stage (ingest/link/parallel.ts). */
interface LinkTask extends Omit<LinkInputs, 'units'> {
  kind: 'link';
  /** The measures, in shared memory (ingest/link/unit-store.ts): no thread gets the documents. */
  units: UnitStore;
  overrides: Partial<LinkOptions>;
  range: [number, number];
  lexiconDir?: string;
  /** The linker's prepared texts and indexes, built once by the main thread in shared memory. */
  indexes?: LinkIndexes;
}

/** The measures this thread last read from a unit store, and the indexes' fingerprint they came with. */
let readUnits: { fingerprint: string; units: LinkUnit[] } | undefined;

function linkTask(input: LinkTask): LinkTaskResult {
  if (!lexicon || lexiconDir !== input.lexiconDir) {
    lexicon = loadLexicon(input.lexiconDir);
    lexiconDir = input.lexiconDir;
  }
  const [a, b] = input.range;
  // The measures are read from the shared store once per thread and link run (the same
  // fingerprint), not once per task: a run's parts are many (ingest/link/parallel.ts).
  const fingerprint = input.indexes?.fingerprint;
  const units = fingerprint && readUnits?.fingerprint === fingerprint ? readUnits.units : readUnitStore(input.units);
  readUnits = fingerprint ? { fingerprint, units } : undefined;
  const inputs: LinkInputs = { units, rules: input.rules, series: input.series, cited: input.cited };
  const nearCut: NearCut[] = [];
  const links = withLinkIndexes(input.indexes, () => linkFromInputs(inputs, lexicon!.boilerplate, input.overrides, false, (d) => d >= a && d < b, nearCut));
  return { links, nearCut };
}

/** jieba's dictionaries were given back (releaseJieba): this thread segments no more files. */
let released = false;

/** The pool's last task on each of its threads (ingest/parallel/pool.ts releaseJieba). */
interface ReleaseTask {
  kind: 'release-jieba';
  /** Tasks of this kind started so far; each waits (at most waitMs) until there are `threads`. */
  arrived: Int32Array;
  threads: number;
  waitMs: number;
}

/** Gives jieba's dictionaries back before the thread ends (issue 11): nodejieba keeps them in
 *  objects its addon never deletes, so a thread's ≈ 220 MB stayed allocated after the thread was
 *  gone, through the link stage. jieba's load() deletes the old ones: loading a one-word dictionary
 *  frees all but its own few megabytes. The task waits until every thread of the pool holds one
 *  (a thread never gets two), at most `waitMs`. Returns this thread's id. */
function releaseJieba(input: ReleaseTask): number {
  const { arrived, threads } = input;
  Atomics.add(arrived, 0, 1);
  Atomics.notify(arrived, 0);
  const until = Date.now() + input.waitMs;
  for (let n = Atomics.load(arrived, 0); n < threads && Date.now() < until; n = Atomics.load(arrived, 0)) Atomics.wait(arrived, 0, n, 20);
  const tiny = fileURLToPath(new URL('./jieba-release.dict.utf8', import.meta.url));
  const unused = (name: string) => fileURLToPath(new URL(`../extract/jieba-unused.${name}.utf8`, import.meta.url));
  nodejieba.load({ dict: tiny, userDict: tiny, idfDict: unused('idf'), stopWordDict: unused('stop') });
  released = true;
  return threadId;
}

export default async function task(input: FileTask | LinkTask | ReleaseTask): Promise<PerFileResult | LinkTaskResult | number> {
  if ('kind' in input && input.kind === 'release-jieba') return releaseJieba(input);
  const link = 'kind' in input && input.kind === 'link';
  try {
    return link ? linkTask(input as LinkTask) : await fileTask(input as FileTask);
  } finally {
    logMemory(link ? 'link' : 'file');
  }
}

/** bench/profile-memory.ts: this thread's V8 heap after each task, one JSON line appended to the
 *  file POLICY_GRAPH_MEMORY_LOG names (nothing when it is unset). */
const memoryLog = process.env.POLICY_GRAPH_MEMORY_LOG;
function logMemory(kind: string): void {
  if (!memoryLog) return;
  const h = getHeapStatistics();
  appendFileSync(memoryLog, JSON.stringify({ t: Date.now(), thread: threadId, kind, total: h.total_heap_size, used: h.used_heap_size, external: h.external_memory, malloced: h.malloced_memory }) + '\n');
}

interface FileTask {
  path: string;
  name: string;
  lexiconDir?: string;
  limits: IngestLimits;
  started?: Float64Array;
  fence?: Int32Array;
}

async function fileTask(input: FileTask): Promise<PerFileResult> {
  if (released) throw new Error('this thread gave its jieba dictionaries back: it takes no more files');
  taskFence = input.fence;
  try {
    if (!lexicon || lexiconDir !== input.lexiconDir) {
      lexicon = loadLexicon(input.lexiconDir);
      lexiconDir = input.lexiconDir;
      segmenter(lexicon); // jieba's dictionaries, once per thread: not part of any file's time
    }
    // The pool's per-file clock starts now: not when the task was queued, nor with the thread's lexicon.
    if (input.started) input.started[0] = Date.now();
    return await processFile(input, lexicon, (path, name) => readSource(path, { root: undefined, limits: input.limits, panel: panelProbe(lexicon!) }).then((r) => ({ ...r, file: name })), input.limits);
  } finally {
    taskFence = undefined;
  }
}
