// The link stage on several threads (ingest/link/parallel.ts) finds the same IMPLEMENTS links in
// the same order as on one: the snapshots are the same bytes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../../ingest/pipeline.js';
import { linkInParallel, linkRanges } from '../../../ingest/link/parallel.js';
import { runPerFile } from '../../../ingest/parallel/pool.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { listSources, readSource } from '../../../ingest/read/index.js';
import { documentIds } from '../../../ingest/snapshot/build.js';
import type { ProcessedDoc } from '../../../ingest/snapshot/types.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-link-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('link stage on worker threads', () => {
  it('1 and 3 link threads give the same links in the same order (same snapshot bytes)', async () => {
    const one = await runIngest({ inputs: ['corpus'], out: join(dir, 'one.json'), workers: 1, linkWorkers: 1 });
    const three = await runIngest({ inputs: ['corpus'], out: join(dir, 'three.json'), workers: 1, linkWorkers: 3 });
    expect(one.report.linkWorkers).toBe(1);
    expect(three.report.linkWorkers).toBe(3);
    expect(one.report.implements).toBeGreaterThan(10);
    expect(three.report.implements).toBe(one.report.implements);
    const links = (s: typeof one.snapshot) => s.edges.filter((e) => e.attributes.type === 'IMPLEMENTS').map((e) => [e.source, e.target, (e.attributes as { score?: number }).score]);
    expect(links(three.snapshot)).toEqual(links(one.snapshot));
    expect(readFileSync(join(dir, 'three.json')).equals(readFileSync(join(dir, 'one.json')))).toBe(true);
  }, 600_000);

  // Regulations carry what plans do not: penalty articles, the actors they sanction, procedure
  // steps (issue 13). A thread reads them from shared memory (unit-store.ts) and must not lose them.
  it('on real regulations too: 1 and 2 link threads give the same links', async () => {
    const inputs = [join(import.meta.dirname, '../../real/legalaid/corpus')];
    const one = await runIngest({ inputs, workers: 1, linkWorkers: 1 });
    const two = await runIngest({ inputs, workers: 1, linkWorkers: 2 });
    expect(two.report.linkWorkers).toBe(2);
    const links = (s: typeof one.snapshot) => s.edges.filter((e) => e.attributes.type === 'IMPLEMENTS').map((e) => [e.source, e.target, (e.attributes as { score?: number }).score]);
    expect(links(one.snapshot).length).toBeGreaterThan(50);
    expect(links(two.snapshot)).toEqual(links(one.snapshot));
  }, 600_000);

  // Each link thread's heap is bounded (LINK_THREAD_OPTIONS.heapBaseMb…, issue 11). A corpus whose
  // parts need more must still link, the same links: a part whose thread runs out of memory is
  // linked again, with the rest, on threads without the bound.
  it('a link thread that runs out of memory under its heap bound: the same links, none lost', async () => {
    const lexicon = loadLexicon();
    const files = (await listSources([join(import.meta.dirname, '../../real/legalaid/corpus')])).map((p) => ({ path: p, name: p }));
    const docs: ProcessedDoc[] = [];
    const read = (path: string, name: string) => readSource(path, { root: undefined }).then((r) => ({ ...r, file: name }));
    await runPerFile(files, { workers: 1, lexicon, read, onResult: (r) => void (r.doc && docs.push(r.doc)) });
    const ids = documentIds(docs);
    const free = await linkInParallel(docs, ids, lexicon, {}, { workers: 2 });
    expect(free.links.length).toBeGreaterThan(50);
    // 8 MB: no link thread can even start in it.
    const bounded = await linkInParallel(docs, ids, lexicon, {}, { workers: 2, heapMb: 8 });
    expect(bounded.workers).toBe(2);
    expect(bounded.links).toEqual(free.links);
  }, 600_000);

  it('cuts the documents into contiguous ranges covering all of them', () => {
    const doc = (n: number) => ({ doc: { units: Array.from({ length: n }, () => ({ kind: 'article', leaf: true })) } }) as never;
    const docs = [5, 1, 1, 1, 5, 2, 0, 3].map(doc);
    for (const parts of [1, 2, 3, 8, 20]) {
      const r = linkRanges(docs, parts);
      expect(r[0][0]).toBe(0);
      expect(r.at(-1)![1]).toBe(docs.length);
      r.slice(1).forEach(([a], i) => expect(a).toBe(r[i][1]));
      expect(r.length).toBeLessThanOrEqual(parts);
    }
  });
});
