// Piscina task (one per file) in a worker thread. The thread's lexicon and jieba dictionary are
// loaded once, as the thread starts (its lexicon folder comes in `workerData`), so that every
// thread of the pool prepares at the same time and a task only does its file's work.
// Every call into nodejieba passes the pool's fence and the running task's (native-fence.ts): the
// main thread stops a thread only between native calls, never inside one.
import { fileURLToPath } from 'node:url';
import { threadId, workerData } from 'node:worker_threads';
import nodejieba from 'nodejieba';
import type { IngestLimits } from '../guard.js';
import { loadLexicon } from '../lexicon/load.js';
import { segmenter } from '../extract/segment.js';
import { readSource } from '../read/index.js';
import { panelProbe } from '../structure/panel.js';
import { processFile, type PerFileResult } from './per-file.js';
import { callFences, fenceFunctions, FenceStopped } from './native-fence.js';
import { linkTask, logMemory, type LinkTask, type LinkTaskResult, type ThreadLexicon } from './link-task.js';

import { logThreadCpu } from './thread-cpu.js';

export type { LinkTaskResult } from './link-task.js';

// The thread's modules are loaded (bench/profile-threads.ts; nothing unless POLICY_GRAPH_THREAD_CPU_LOG is set).
logThreadCpu('imported');

const data = (workerData ?? {}) as { lexiconDir?: string; warm?: boolean; fence?: Int32Array };
let taskFence: Int32Array | undefined;
fenceFunctions(
  nodejieba as unknown as Record<string, unknown>,
  ['load', 'cut', 'cutAll', 'cutHMM', 'cutForSearch', 'cutSmall', 'tag', 'extract', 'textRankExtract', 'insertWord'],
  () => callFences(data.fence, taskFence),
);

// The thread's lexicon and its folder, shared by its file and link tasks.
const held: ThreadLexicon = {};
if (data.warm) {
  try {
    held.lexicon = loadLexicon(data.lexiconDir);
    held.dir = data.lexiconDir;
    logThreadCpu('lexicon');
    segmenter(held.lexicon);
    logThreadCpu('warm');
  } catch (e) {
    // The pool is closing before this thread finished starting: it will get no work.
    if (!(e instanceof FenceStopped)) throw e;
    held.lexicon = undefined;
  }
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
  if ('kind' in input && input.kind === 'release-jieba') {
    logThreadCpu('release');
    return releaseJieba(input);
  }
  const link = 'kind' in input && input.kind === 'link';
  try {
    return link ? linkTask(input as LinkTask, held) : await fileTask(input as FileTask);
  } finally {
    logMemory(link ? 'link' : 'file');
    if (!link) logThreadCpu('file');
  }
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
    if (!held.lexicon || held.dir !== input.lexiconDir) {
      held.lexicon = loadLexicon(input.lexiconDir);
      held.dir = input.lexiconDir;
      segmenter(held.lexicon); // jieba's dictionaries, once per thread: not part of any file's time
    }
    const lexicon = held.lexicon;
    // The pool's per-file clock starts now: not when the task was queued, nor with the thread's lexicon.
    if (input.started) input.started[0] = Date.now();
    return await processFile(input, lexicon, (path, name) => readSource(path, { root: undefined, limits: input.limits, panel: panelProbe(lexicon) }).then((r) => ({ ...r, file: name })), input.limits);
  } finally {
    taskFence = undefined;
  }
}
