// Ingest on several worker threads gives the same snapshot bytes as on one, and names the same
// refused files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../../ingest/pipeline.js';
import { generateCorpus } from '../../../bench/gen-corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest worker threads', () => {
  it('1 worker and 2 workers, spilled or held in memory, write byte-identical snapshots of the sample, with the same refusals', async () => {
    const corpus = join(dir, 'corpus');
    cpSync('corpus', corpus, { recursive: true });
    writeFileSync(join(corpus, 'zz-empty.txt'), '');
    writeFileSync(join(corpus, 'zz-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const one = await runIngest({ inputs: [corpus], out: join(dir, 'one.json'), workers: 1 });
    const two = await runIngest({ inputs: [corpus], out: join(dir, 'two.json'), workers: 2 });
    // Everything held in memory instead of spilled to disk (ingest/snapshot/spill.ts): same bytes.
    const held = await runIngest({ inputs: [corpus], out: join(dir, 'held.json'), workers: 1, spill: false });
    expect(one.report.workers).toBe(1);
    expect(two.report.workers).toBe(2);
    expect(one.report.documents).toBeGreaterThan(3);
    expect(readFileSync(join(dir, 'two.json')).equals(readFileSync(join(dir, 'one.json')))).toBe(true);
    expect(readFileSync(join(dir, 'held.json')).equals(readFileSync(join(dir, 'one.json')))).toBe(true);
    expect(held.report.snapshotSha256).toBe(one.report.snapshotSha256);
    expect(two.report.failed.map((f) => [f.file, f.reason])).toEqual(one.report.failed.map((f) => [f.file, f.reason]));
    expect(two.report.failed.map((f) => f.file).sort()).toEqual(['zz-binary.txt', 'zz-empty.txt']);
  }, 600_000);

  it('1 worker and 2 workers write byte-identical snapshots of a corpus in every format the reader decodes (GBK, HTML, .docx)', async () => {
    // gen-corpus mixes UTF-8 and GBK text, HTML pages and Word files: the read stage's encoding
    // detection and docx conversion run in each thread as on the main thread.
    const corpus = await generateCorpus(16, 5, join(dir, 'mixed'));
    expect(corpus.formats['txt-gbk']).toBeGreaterThan(0);
    expect(corpus.formats.html).toBeGreaterThan(0);
    expect(corpus.formats.docx).toBeGreaterThan(0);
    const one = await runIngest({ inputs: [corpus.dir], out: join(dir, 'mixed-one.json'), workers: 1 });
    const two = await runIngest({ inputs: [corpus.dir], out: join(dir, 'mixed-two.json'), workers: 2 });
    expect(two.report.workers).toBe(2);
    expect(one.report.documents + one.report.duplicatesMerged + one.report.failed.length).toBe(16);
    expect(one.report.documents).toBeGreaterThan(8);
    expect(two.report.failed).toEqual(one.report.failed);
    expect(readFileSync(join(dir, 'mixed-two.json')).equals(readFileSync(join(dir, 'mixed-one.json')))).toBe(true);
  }, 600_000);
});
