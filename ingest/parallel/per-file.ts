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

/** Milliseconds this thread has spent in the synchronous stages (clean, structure, extract) of any
 *  file. Two files are in flight per thread, so one file's read (awaiting the disk, or mammoth's
 *  promises) spans the other's synchronous stages: that time is the other file's, not this one's
 *  read, and is taken off this file's read time and its per-file clock. */
let syncMs = 0;

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
  const syncAtStart = syncMs;
  let ownSync = 0;
  /** Time of other files' synchronous stages since this file started. */
  const others = () => syncMs - syncAtStart - ownSync;
  const time = <T>(stage: PerFileStage, f: () => T): T => {
    const s = performance.now();
    try {
      return f();
    } finally {
      const took = performance.now() - s;
      ms[stage] += took;
      ownSync += took;
      syncMs += took;
      if (performance.now() - started - others() > limits.maxFileMs) throw tooSlow(file.name, limits, stage);
    }
  };
  try {
    const s = performance.now();
    const r = await withDeadline(read(file.path, file.name), limits.maxFileMs, () => tooSlow(file.name, limits, 'read'), others);
    ms.read += performance.now() - s - others();
    guardText(file.name, r.text, limits);
    const c = time('clean', () => clean(r.text, lexicon));
    if (c.text.trim().length === 0) throw new IngestError(file.name, 'clean', 'empty', 'no text left after removing page chrome');
    const doc = time('structure', () => structure(file.name, c, lexicon));
    if (!doc) throw new IngestError(file.name, 'structure', 'no-structure', 'no title found: is this a policy document?');
    guardDocument(file.name, doc, lexicon, limits);
    // jieba's dictionaries load on first use (once per thread): not part of this file's time.
    const loading = performance.now();
    segmenter(lexicon);
    const loadMs = performance.now() - loading;
    started += loadMs;
    ownSync += loadMs;
    syncMs += loadMs;
    const extraction = time('extract', () => extract(doc, lexicon));
    return { doc: { sources: [file.name], clean: c, doc, extraction }, ms, chars: c.text.length };
  } catch (e) {
    return { error: toFileError(file.name, e), ms, chars: 0 };
  }
}

/** `work`, or `late()` once it has taken `ms` of its own: time the thread spent on other files'
 *  synchronous stages (`others`) does not count. */
function withDeadline<T>(work: Promise<T>, ms: number, late: () => Error, others: () => number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const start = performance.now();
  const deadline = new Promise<never>((_, reject) => {
    const check = () => {
      const left = ms - (performance.now() - start - others());
      if (left <= 0) reject(late());
      else timer = setTimeout(check, left);
    };
    timer = setTimeout(check, ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export function toFileError(file: string, e: unknown): FileError {
  if (e instanceof IngestError) return { file, stage: e.stage, reason: e.reason, message: e.message };
  return { file, stage: 'ingest', reason: 'unreadable', message: e instanceof Error ? e.message : String(e) };
}
