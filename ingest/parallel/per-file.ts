// The per-file stages, read → clean → structure → extract, for one file: what a worker thread
// runs (and the main thread, with one worker). Only this file's text and results are held; the
// read text is dropped once cleaned. A bad file becomes a FileError with its reason.
import type { FileError } from '../../graph-schema/index.js';
import { IngestError } from '../errors.js';
import { DEFAULT_LIMITS, guardDocument, guardText, tooSlow, type IngestLimits } from '../guard.js';
import type { Lexicon } from '../lexicon/load.js';
import { clean } from '../clean/index.js';
import { structure } from '../structure/index.js';
import { extract } from '../extract/index.js';
import { segmenter } from '../extract/segment.js';
import type { ProcessedDoc } from '../snapshot/types.js';
import type { ReadResult } from '../read/types.js';

export type PerFileStage = 'read' | 'clean' | 'structure' | 'extract';
export interface PerFileResult {
  doc?: ProcessedDoc;
  error?: FileError;
  /** Milliseconds spent in each stage on this file. */
  ms: Record<PerFileStage, number>;
  /** Characters of cleaned text (0 when the file failed). */
  chars: number;
}

export async function processFile(
  file: { path: string; name: string },
  lexicon: Lexicon,
  read: (path: string, name: string) => Promise<ReadResult>,
  limits: IngestLimits = DEFAULT_LIMITS,
): Promise<PerFileResult> {
  const ms: Record<PerFileStage, number> = { read: 0, clean: 0, structure: 0, extract: 0 };
  // The per-file clock (limits.maxFileMs): a slow read is cut at the limit; the synchronous stages
  // are checked as each ends (in a worker thread, the pool also stops the thread at the limit).
  let started = performance.now();
  const time = <T>(stage: PerFileStage, f: () => T): T => {
    const s = performance.now();
    try {
      return f();
    } finally {
      ms[stage] += performance.now() - s;
      if (performance.now() - started > limits.maxFileMs) throw tooSlow(file.name, limits, stage);
    }
  };
  try {
    const s = performance.now();
    const r = await withDeadline(read(file.path, file.name), limits.maxFileMs, () => tooSlow(file.name, limits, 'read'));
    ms.read += performance.now() - s;
    guardText(file.name, r.text, limits);
    const c = time('clean', () => clean(r.text, lexicon));
    if (c.text.trim().length === 0) throw new IngestError(file.name, 'clean', 'empty', 'no text left after removing page chrome');
    const doc = time('structure', () => structure(file.name, c, lexicon));
    if (!doc) throw new IngestError(file.name, 'structure', 'no-structure', 'no title found: is this a policy document?');
    guardDocument(file.name, doc, lexicon, limits);
    // jieba's dictionaries load on first use (once per thread): not part of this file's time.
    const loading = performance.now();
    segmenter(lexicon);
    started += performance.now() - loading;
    const extraction = time('extract', () => extract(doc, lexicon));
    return { doc: { sources: [file.name], clean: c, doc, extraction }, ms, chars: c.text.length };
  } catch (e) {
    return { error: toFileError(file.name, e), ms, chars: 0 };
  }
}

function withDeadline<T>(work: Promise<T>, ms: number, late: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export function toFileError(file: string, e: unknown): FileError {
  if (e instanceof IngestError) return { file, stage: e.stage, reason: e.reason, message: e.message };
  return { file, stage: 'ingest', reason: 'unreadable', message: e instanceof Error ? e.message : String(e) };
}
