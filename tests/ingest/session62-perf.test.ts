// Session 62 (helper perf, issue 11): the in-memory ingest's link threads (runIngest: the eval, the tests, the server)
// link their ranges in parts, as the streamed ingest's do, so that a thread's heap stays inside its bound on a real
// corpus (the 220-document mixed corpus of tests/eval went past it as one task); and a stored unit's id, decoded once.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkInParallel } from '../../ingest/link/parallel.js';
import { buildUnitStore, readUnitStore } from '../../ingest/link/unit-store.js';
import type { LinkUnit } from '../../ingest/link/implements.js';
import { runPerFile } from '../../ingest/parallel/pool.js';
import { loadLexicon } from '../../ingest/lexicon/load.js';
import { listSources, readSource } from '../../ingest/read/index.js';
import { documentIds } from '../../ingest/snapshot/build.js';
import type { ProcessedDoc } from '../../ingest/snapshot/types.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-s62-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function processed(inputs: string[]): Promise<ProcessedDoc[]> {
  const lexicon = loadLexicon();
  const files = (await listSources(inputs)).map((p) => ({ path: p, name: p }));
  const docs: ProcessedDoc[] = [];
  const read = (path: string, name: string) => readSource(path, { root: undefined }).then((r) => ({ ...r, file: name }));
  await runPerFile(files, { workers: 1, lexicon, read, onResult: (r) => void (r.doc && docs.push(r.doc)) });
  return docs.sort((a, b) => a.sources[0].localeCompare(b.sources[0]));
}

describe('session 62: link threads in parts without onLinks; stored ids decoded once', () => {
  it('without onLinks each thread links its range in several parts: the same links in the same order as one thread', async () => {
    const lexicon = loadLexicon();
    const docs = await processed([join(import.meta.dirname, '../../corpus')]);
    const ids = documentIds(docs);
    const one = await linkInParallel(docs, ids, lexicon, {}, { workers: 1 });
    expect(one.links.length).toBeGreaterThan(10);
    // Every link task a thread runs leaves one line in the memory log (link-task.ts logMemory); the threads read the
    // variable from the environment they start with.
    const log = join(dir, 'memory.ndjson');
    process.env.POLICY_GRAPH_MEMORY_LOG = log;
    try {
      const two = await linkInParallel(docs, ids, lexicon, {}, { workers: 2 });
      expect(two.workers).toBe(2);
      expect(two.links).toEqual(one.links);
      expect(two.nearCut).toEqual(one.nearCut);
      const tasks = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { kind: string }).filter((l) => l.kind === 'link');
      // Two threads, one task each before session 62; now a part per document at most (six documents).
      expect(tasks.length).toBeGreaterThan(2);
    } finally {
      delete process.env.POLICY_GRAPH_MEMORY_LOG;
    }
  }, 600_000);

  it("a stored unit's id is its id at every read, and the kept id is no property of the unit", () => {
    const own: LinkUnit[] = [
      { id: '文件甲#第一条', docIndex: 0, offset: 0, text: '加强基层科普设施建设。', entities: new Set(), words: [] },
      { id: 'd3#𠀀', docIndex: 1, offset: 5, text: '𠀀𠀁', entities: new Set(), words: [] },
      { id: '', docIndex: 2, offset: 0, text: '', entities: new Set(), words: [] },
    ];
    const read = readUnitStore(structuredClone(buildUnitStore(own)));
    const keys = read.map((u) => Object.keys(u).sort());
    for (let round = 0; round < 3; round++) expect(read.map((u) => u.id)).toEqual(own.map((u) => u.id));
    // Reading the id adds nothing a copy, a comparison or a JSON of the unit would see.
    expect(read.map((u) => Object.keys(u).sort())).toEqual(keys);
    expect(read.filter((u) => u.id).every((u) => !Object.values(u).includes(u.id))).toBe(true);
  });
});
