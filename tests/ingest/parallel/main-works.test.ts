// THREAD_OPTIONS.mainWorks (session 63, off by default): the main thread takes files beside the pool's threads. The
// per-file results are the same as on the main thread alone, in file order, and the main thread gives back the jieba
// dictionaries it loaded for them (as the pool's threads do), so it does not hold them through the link stage.
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPerFile, THREAD_OPTIONS } from '../../../ingest/parallel/pool.js';
import type { PerFileResult } from '../../../ingest/parallel/per-file.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { listSources, readSource } from '../../../ingest/read/index.js';
import { jiebaLoaded } from '../../../ingest/extract/segment.js';

const CORPUS = join(import.meta.dirname, '../../../corpus');

describe('the main thread working beside the pool', () => {
  it('is off by default', () => {
    expect(THREAD_OPTIONS.mainWorks).toBe(false);
  });

  it('gives the same per-file results in file order as the main thread alone, and releases its jieba dictionaries', { timeout: 180_000 }, async () => {
    const files = (await listSources([CORPUS])).map((p) => ({ path: p, name: relative(CORPUS, p) }));
    const read = (path: string, name: string) => readSource(path, { root: undefined }).then((r) => ({ ...r, file: name }));
    const lexicon = loadLexicon();
    let heldDuringRun = false;
    const run = async (workers: number, mainWorks: boolean) => {
      const out: { i: number; doc: PerFileResult['doc']; error: PerFileResult['error'] }[] = [];
      await runPerFile(files, {
        workers,
        mainWorks,
        lexicon,
        read,
        onResult: (r, i) => {
          heldDuringRun ||= jiebaLoaded();
          out.push({ i, doc: r.doc, error: r.error });
        },
      });
      return out;
    };
    expect(jiebaLoaded()).toBe(false);
    const beside = await run(2, true);
    // The main thread took files (it held jieba's dictionaries for them) and gave them back at the end.
    expect(heldDuringRun).toBe(true);
    expect(jiebaLoaded()).toBe(false);
    const alone = await run(1, false);
    expect(beside.map((r) => r.i)).toEqual(files.map((_, i) => i));
    expect(beside.filter((r) => r.doc).length).toBeGreaterThan(0);
    expect(JSON.stringify(beside)).toBe(JSON.stringify(alone));
  });
});
