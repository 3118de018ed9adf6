// Piscina task (one per file) in a worker thread: the lexicon is loaded once per thread.
import type { IngestLimits } from '../guard.js';
import { loadLexicon, type Lexicon } from '../lexicon/load.js';
import { readSource } from '../read/index.js';
import { processFile, type PerFileResult } from './per-file.js';

let lexicon: Lexicon | undefined;

export default async function task(input: { path: string; name: string; lexiconDir?: string; limits: IngestLimits }): Promise<PerFileResult> {
  lexicon ??= loadLexicon(input.lexiconDir);
  return processFile(input, lexicon, (path, name) => readSource(path, { root: undefined, limits: input.limits }).then((r) => ({ ...r, file: name })), input.limits);
}
