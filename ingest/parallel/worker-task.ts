// Piscina task (one per file) in a worker thread: the lexicon is loaded once per thread.
import type { IngestLimits } from '../guard.js';
import { segmenter } from '../extract/segment.js';
import { loadLexicon, type Lexicon } from '../lexicon/load.js';
import { readSource } from '../read/index.js';
import { processFile, type PerFileResult } from './per-file.js';

let lexicon: Lexicon | undefined;

export default async function task(input: { path: string; name: string; lexiconDir?: string; limits: IngestLimits; started?: Float64Array }): Promise<PerFileResult> {
  if (!lexicon) {
    lexicon = loadLexicon(input.lexiconDir);
    segmenter(lexicon); // jieba's dictionaries, once per thread: not part of any file's time
  }
  // The pool's per-file clock starts now: not when the task was queued, nor with the thread's lexicon.
  if (input.started) input.started[0] = Date.now();
  return processFile(input, lexicon, (path, name) => readSource(path, { root: undefined, limits: input.limits }).then((r) => ({ ...r, file: name })), input.limits);
}
