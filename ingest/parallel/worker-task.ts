// Piscina task (one per file) in a worker thread. The thread's lexicon and jieba dictionary are
// loaded once, as the thread starts (its lexicon folder comes in `workerData`), so that every
// thread of the pool prepares at the same time and a task only does its file's work.
import { workerData } from 'node:worker_threads';
import type { IngestLimits } from '../guard.js';
import { loadLexicon, type Lexicon } from '../lexicon/load.js';
import { segmenter } from '../extract/segment.js';
import { readSource } from '../read/index.js';
import { processFile, type PerFileResult } from './per-file.js';

const startDir = (workerData as { lexiconDir?: string } | undefined)?.lexiconDir;
let lexicon: Lexicon | undefined;
let lexiconDir: string | undefined;
if (workerData && typeof workerData === 'object' && 'warm' in workerData) {
  lexicon = loadLexicon(startDir);
  lexiconDir = startDir;
  segmenter(lexicon);
}

export default async function task(input: { path: string; name: string; lexiconDir?: string; limits: IngestLimits; started?: Float64Array }): Promise<PerFileResult> {
  if (!lexicon || lexiconDir !== input.lexiconDir) {
    lexicon = loadLexicon(input.lexiconDir);
    lexiconDir = input.lexiconDir;
    segmenter(lexicon); // jieba's dictionaries, once per thread: not part of any file's time
  }
  // The pool's per-file clock starts now: not when the task was queued, nor with the thread's lexicon.
  if (input.started) input.started[0] = Date.now();
  return processFile(input, lexicon, (path, name) => readSource(path, { root: undefined, limits: input.limits }).then((r) => ({ ...r, file: name })), input.limits);
}
