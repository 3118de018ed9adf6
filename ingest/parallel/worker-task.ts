// Piscina task (one per file) in a worker thread: the lexicon is loaded once per thread.
import { loadLexicon, type Lexicon } from '../lexicon/load.js';
import { readSource } from '../read/index.js';
import { processFile, type PerFileResult } from './per-file.js';

let lexicon: Lexicon | undefined;

export default async function task(input: { path: string; name: string; lexiconDir?: string }): Promise<PerFileResult> {
  lexicon ??= loadLexicon(input.lexiconDir);
  return processFile(input, lexicon, (path, name) => readSource(path, { root: undefined }).then((r) => ({ ...r, file: name })));
}
