// ingest/read/list.ts: which files a run reads, in a fixed order.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSources } from '../../../ingest/read/index.js';
import { tempDir } from './fixtures.js';

let dir: string;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ dir, dispose } = await tempDir());
  await mkdir(join(dir, 'b', 'deep'), { recursive: true });
  await mkdir(join(dir, '.git'));
  for (const f of ['z.txt', 'a.html', 'README.md', '.DS_Store', 'b/deep/c.pdf', 'b/readme.txt', 'b/1.docx', '.git/config']) {
    await writeFile(join(dir, f), 'x');
  }
});
afterAll(() => dispose());

describe('listSources', () => {
  it('expands a directory recursively in sorted order', async () => {
    const files = await listSources([dir]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.html', 'b/1.docx', 'b/deep/c.pdf', 'z.txt']);
  });

  it('keeps a README that is given explicitly', async () => {
    expect(await listSources([join(dir, 'README.md')])).toEqual([join(dir, 'README.md')]);
  });

  it('keeps an input that does not exist, for the read stage to report', async () => {
    expect(await listSources([join(dir, 'gone.txt')])).toEqual([join(dir, 'gone.txt')]);
  });

  it('lists a file given twice once', async () => {
    expect(await listSources([join(dir, 'z.txt'), dir])).toHaveLength(4);
  });
});
