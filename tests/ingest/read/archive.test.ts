// Zip archives of documents (ingest/read/archive.ts): a scraped notice's 附件.zip is read as the
// documents inside it, each named <archive>!/<member>, with the names a Chinese Windows zip writes.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../../ingest/pipeline.js';
import { listSources, readSource } from '../../../ingest/read/index.js';
import { writeZip, type ZipEntry } from '../../hostile/zip-writer.js';
import { sample, tempDir } from './fixtures.js';

const DOCX = new URL('./doc-fixtures/formats.docx', import.meta.url).pathname;
const gbk = (s: string) => iconv.encode(s, 'gbk');

/** An entry of `text` (or bytes) deflated, named by `name` (UTF-8, flagged) unless `raw` gives other bytes. */
function entry(name: string, data: string | Uint8Array, more: Partial<ZipEntry> = {}): ZipEntry {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  return { name, deflated: more.stored ? bytes : deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length, ...more };
}

let dir: string;
let dispose: () => Promise<void>;
let docxBytes: Buffer;
beforeAll(async () => {
  ({ dir, dispose } = await tempDir());
  docxBytes = Buffer.from(await import('node:fs/promises').then((fs) => fs.readFile(DOCX)));
  await mkdir(join(dir, 'corpus'));
  // As Windows Explorer writes it: GBK names, no UTF-8 flag, no Unicode field; a folder entry, a Mac fork, a README.
  const windows = writeZip([
    entry('通知附件/', '', { rawName: gbk('通知附件/'), flags: 0 }),
    entry('通知附件/附件1 工作要点.txt', sample('000'), { rawName: gbk('通知附件/附件1 工作要点.txt'), flags: 0 }),
    entry('通知附件/附件2 实施方案.txt', gbk(sample('001')), { rawName: gbk('通知附件/附件2 实施方案.txt'), flags: 0 }),
    entry('通知附件/附件3.docx', docxBytes, { rawName: gbk('通知附件/附件3.docx'), flags: 0, stored: true }),
    entry('__MACOSX/通知附件/._附件3.docx', 'fork'),
    entry('通知附件/说明.txt', '', { rawName: gbk('通知附件/说明.txt'), flags: 0 }),
    entry('README.txt', 'what this archive is'),
    entry('通知附件/加密.txt', sample('002'), { rawName: gbk('通知附件/加密.txt'), flags: 1 }),
  ]);
  await writeFile(join(dir, 'corpus', '附件.zip'), windows);
  await writeFile(join(dir, 'corpus', '坏.zip'), windows.subarray(0, windows.length - 30));
  await writeFile(join(dir, 'corpus', 'docx-named.zip'), docxBytes);
  await copyFile(join(import.meta.dirname, '../../../corpus/003_26ef23e71b9cbbbe.txt'), join(dir, 'corpus', '003.txt'));
});
afterAll(() => dispose());

describe('zip archives of documents', () => {
  it('lists the documents inside, with GBK names decoded, folders, forks and READMEs left out', async () => {
    const files = (await listSources([join(dir, 'corpus')])).map((f) => f.slice(dir.length + '/corpus/'.length));
    expect(files).toEqual([
      '003.txt',
      'docx-named.zip',
      '坏.zip',
      '附件.zip!/通知附件/加密.txt',
      '附件.zip!/通知附件/说明.txt',
      '附件.zip!/通知附件/附件1 工作要点.txt',
      '附件.zip!/通知附件/附件2 实施方案.txt',
      '附件.zip!/通知附件/附件3.docx',
    ]);
  });

  it('reads a member as the same file outside the archive would be read', async () => {
    const zip = join(dir, 'corpus', '附件.zip');
    const inside = await readSource(`${zip}!/通知附件/附件1 工作要点.txt`);
    await writeFile(join(dir, 'alone.txt'), sample('000'));
    expect(inside.text).toBe((await readSource(join(dir, 'alone.txt'))).text);
    expect(inside.text.length).toBeGreaterThan(1000);
    // GBK bytes inside are decoded as a GBK file is.
    const gbkPlan = await readSource(`${zip}!/通知附件/附件2 实施方案.txt`);
    expect(gbkPlan.encoding).not.toBe('utf-8');
    expect(gbkPlan.text.replace(/\s/g, '')).toBe(sample('001').replace(/\s/g, ''));
    // A stored .docx member is read by its extension and content.
    const docx = await readSource(`${zip}!/通知附件/附件3.docx`);
    await writeFile(join(dir, 'alone.docx'), docxBytes);
    expect(docx.format).toBe('docx');
    expect(docx.text).toBe((await readSource(join(dir, 'alone.docx'))).text);
  });

  it('ingests the documents of an archive beside the files of the folder, and names each bad one with its reason', async () => {
    const { snapshot, report } = await runIngest({ inputs: [join(dir, 'corpus')] });
    const sources = snapshot.nodes.filter((n) => n.attributes?.type === 'Document').map((n) => (n.attributes as { textSource?: string }).textSource);
    expect(sources).toEqual(
      expect.arrayContaining(['003.txt', 'docx-named.zip', '附件.zip!/通知附件/附件1 工作要点.txt', '附件.zip!/通知附件/附件2 实施方案.txt']),
    );
    const failed = Object.fromEntries(report.failed.map((f) => [f.file, f.reason]));
    expect(failed).toMatchObject({ '坏.zip': 'truncated', '附件.zip!/通知附件/加密.txt': 'unreadable', '附件.zip!/通知附件/说明.txt': 'empty' });
    for (const f of report.failed) expect(f.message).not.toMatch(/\n\s+at /);
  }, 120_000);

  it('takes names as the writer marked them: UTF-8 without the flag (Mac, Linux), a Unicode Path field only when its CRC fits', async () => {
    const plain = writeZip([entry('规划/一.txt', '第一条 内容', { flags: 0 })]);
    await writeFile(join(dir, 'mac.zip'), plain);
    expect((await listSources([join(dir, 'mac.zip')])).map((f) => f.split('!/')[1])).toEqual(['规划/一.txt']);
    // As WinRAR and JSZip with a custom encoding write it: GBK in the header, the UTF-8 name in field 0x7075.
    const rar = new JSZip();
    rar.file('方案（2024年）.txt', '第一条 内容');
    const bytes = await rar.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', encodeFileName: (s) => gbk(s) as unknown as string }); // JSZip takes bytes too (its types say string)
    await writeFile(join(dir, 'winrar.zip'), bytes);
    expect((await listSources([join(dir, 'winrar.zip')])).map((f) => f.split('!/')[1])).toEqual(['方案（2024年）.txt']);
    // A tool renamed the entry (new GBK header name) and left the old field: the header name counts.
    const at = bytes.indexOf(gbk('方案（2024年）.txt'), bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    const renamed = Buffer.from(bytes);
    gbk('规划（2024年）.txt').copy(renamed, at);
    await writeFile(join(dir, 'renamed.zip'), renamed);
    expect((await listSources([join(dir, 'renamed.zip')])).map((f) => f.split('!/')[1])).toEqual(['规划（2024年）.txt']);
  });

  it('refuses a member by its ratio before inflating it, and one whose header lies about its size', async () => {
    const big = '第一条 '.repeat(400_000);
    const bomb = writeZip([entry('a.txt', big), entry('b.txt', '第一条 内容。', { declaredSize: 3 })]);
    await writeFile(join(dir, 'bomb.zip'), bomb);
    const [a, b] = await listSources([join(dir, 'bomb.zip')]);
    await expect(readSource(a)).rejects.toMatchObject({ reason: 'zip-bomb' });
    await expect(readSource(b)).rejects.toMatchObject({ reason: 'zip-bomb' });
  });

  it('reads a .docx named .zip as the document it is, and says why an archive with nothing to read gives nothing', async () => {
    expect(await listSources([join(dir, 'corpus', 'docx-named.zip')])).toEqual([join(dir, 'corpus', 'docx-named.zip')]);
    expect((await readSource(join(dir, 'corpus', 'docx-named.zip'))).format).toBe('docx');
    await writeFile(join(dir, 'folders.zip'), writeZip([entry('空/', ''), entry('__MACOSX/x', 'y')]));
    await expect(readSource((await listSources([join(dir, 'folders.zip')]))[0])).rejects.toMatchObject({ reason: 'empty', file: join(dir, 'folders.zip') });
    await expect(readSource(join(dir, 'corpus', '坏.zip'))).rejects.toMatchObject({ reason: 'truncated' });
  });
});

describe('damaged zip archives (fast-check)', () => {
  it('list and read as documents or named refusals, whatever bytes are changed or cut', async () => {
    const fc = (await import('fast-check')).default;
    const { IngestError, INGEST_REASONS } = await import('../../../ingest/errors.js');
    const reasons = new Set<string>(INGEST_REASONS);
    const good = writeZip([
      entry('附件1.txt', sample('000'), { rawName: gbk('附件1.txt'), flags: 0 }),
      entry('附件2.txt', sample('001')),
      entry('附件3.docx', docxBytes, { stored: true }),
    ]);
    const path = join(dir, 'damaged.zip');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.nat({ max: good.length }),
        async (changes, cut) => {
          const bytes = Buffer.from(good.subarray(0, Math.max(1, cut === 0 ? good.length : cut)));
          for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
          await writeFile(path, bytes);
          const t0 = performance.now();
          for (const source of await listSources([path])) {
            try {
              expect((await readSource(source)).text.length).toBeGreaterThan(0);
            } catch (e) {
              expect(e).toBeInstanceOf(IngestError);
              expect(reasons.has((e as InstanceType<typeof IngestError>).reason)).toBe(true);
            }
          }
          expect(performance.now() - t0).toBeLessThan(5_000);
        },
      ),
      // 300 runs here (under a second); ARCHIVE_FUZZ_RUNS=10000 was run once by hand (29 s, all held).
      { numRuns: Number(process.env.ARCHIVE_FUZZ_RUNS ?? 300), seed: 20261203 },
    );
  }, 120_000);
});
