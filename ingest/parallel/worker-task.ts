// Piscina task (one per file) in a worker thread. The thread's lexicon and jieba dictionary are
// loaded once, as the thread starts (its lexicon folder comes in `workerData`), so that every
// thread of the pool prepares at the same time and a task only does its file's work.
// Every call into nodejieba passes the pool's fence and the running task's (native-fence.ts): the
// main thread stops a thread only between native calls, never inside one.
import { workerData } from 'node:worker_threads';
import nodejieba from 'nodejieba';
import type { IngestLimits } from '../guard.js';
import { loadLexicon, type Lexicon } from '../lexicon/load.js';
import { segmenter } from '../extract/segment.js';
import { readSource } from '../read/index.js';
import { processFile, type PerFileResult } from './per-file.js';
import { callFences, fenceFunctions, FenceStopped } from './native-fence.js';
import { linkFromInputs, type ImplementsLink, type LinkInputs, type LinkOptions } from '../link/index.js';
import { readUnitStore, type UnitStore } from '../link/unit-store.js';
import { withLinkIndexes, type LinkIndexes, type LinkUnit } from '../link/implements.js';

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

function linkTask(input: LinkTask): ImplementsLink[] {
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
  return withLinkIndexes(input.indexes, () => linkFromInputs(inputs, lexicon!.boilerplate, input.overrides, false, (d) => d >= a && d < b));
}

export default async function task(input: FileTask | LinkTask): Promise<PerFileResult | ImplementsLink[]> {
  if ('kind' in input && input.kind === 'link') return linkTask(input);
  return fileTask(input as FileTask);
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
  taskFence = input.fence;
  try {
    if (!lexicon || lexiconDir !== input.lexiconDir) {
      lexicon = loadLexicon(input.lexiconDir);
      lexiconDir = input.lexiconDir;
      segmenter(lexicon); // jieba's dictionaries, once per thread: not part of any file's time
    }
    // The pool's per-file clock starts now: not when the task was queued, nor with the thread's lexicon.
    if (input.started) input.started[0] = Date.now();
    return await processFile(input, lexicon, (path, name) => readSource(path, { root: undefined, limits: input.limits }).then((r) => ({ ...r, file: name })), input.limits);
  } finally {
    taskFence = undefined;
  }
}
