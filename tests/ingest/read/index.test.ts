// ingest/read/index.ts: each bad file gives an IngestError of stage read with its own reason.
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../../ingest/read/index.js';
import { buildDocx, buildPdf, garbage, imageOnlyPdf, sample, tempDir, writeFixture } from './fixtures.js';

let dir: string;
let dispose: () => Promise<void>;
beforeAll(async () => ({ dir, dispose } = await tempDir()));
afterAll(() => dispose());

const failure = (reason: string) => expect.objectContaining({ name: 'IngestError', stage: 'read', reason });

describe('readSource refuses bad files with a reason', () => {
  it('reports a missing file as not-found', async () => {
    await expect(readSource(join(dir, 'missing.txt'))).rejects.toEqual(failure('not-found'));
  });

  it('reports a 0-byte file as empty', async () => {
    await expect(readSource(await writeFixture(dir, 'zero.txt', ''))).rejects.toEqual(failure('empty'));
  });

  it('reports a file of only whitespace as empty', async () => {
    await expect(readSource(await writeFixture(dir, 'blank.txt', ' \n\t\u3000\u3000\r\n'))).rejects.toEqual(failure('empty'));
  });

  it('reports a page with no text in its body as empty', async () => {
    const page = '<html><head><title></title><script>var a = 1;</script></head><body><div class="nav"></div></body></html>';
    await expect(readSource(await writeFixture(dir, 'blank.html', page))).rejects.toEqual(failure('empty'));
  });

  it('reports garbage bytes named .txt as binary', async () => {
    await expect(readSource(await writeFixture(dir, 'garbage.txt', garbage(4096)))).rejects.toEqual(failure('binary'));
  });

  it('reports a .doc whose compound-file header is garbage as truncated (damaged)', async () => {
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), garbage(1024)]);
    await expect(readSource(await writeFixture(dir, 'plan.doc', doc))).rejects.toEqual(failure('truncated'));
  });

  it('reports a compound file that is no Office document we know, named .ole, as unsupported-format', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), garbage(1024)]);
    await expect(readSource(await writeFixture(dir, 'thing.ole', ole))).rejects.toEqual(failure('unsupported-format'));
  });

  it('reports non-text bytes with an unknown extension as unsupported-format', async () => {
    await expect(readSource(await writeFixture(dir, 'blob.dat', garbage(2048)))).rejects.toEqual(failure('unsupported-format'));
  });

  it('reports a .docx cut in half as truncated', async () => {
    const docx = await buildDocx(sample('001').split('\n').filter(Boolean));
    const path = await writeFixture(dir, 'cut.docx', docx.subarray(0, Math.floor(docx.length / 2)));
    await expect(readSource(path)).rejects.toEqual(failure('truncated'));
  });

  it('reports a PDF cut in half as truncated', async () => {
    const pdf = imageOnlyPdf();
    const path = await writeFixture(dir, 'cut.pdf', pdf.subarray(0, Math.floor(pdf.length / 2)));
    await expect(readSource(path)).rejects.toEqual(failure('truncated'));
  });

  it('reports a PDF whose pages are only images as no-text-layer', async () => {
    await expect(readSource(await writeFixture(dir, 'scan.pdf', imageOnlyPdf()))).rejects.toEqual(failure('no-text-layer'));
  });

  it('reports a PDF with no pages content at all as no-text-layer', async () => {
    const pdf = buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>']);
    await expect(readSource(await writeFixture(dir, 'blank.pdf', pdf))).rejects.toEqual(failure('no-text-layer'));
  });

  it('reports a file over maxBytes as too-large', async () => {
    const path = await writeFixture(dir, 'big.txt', sample('000'));
    await expect(readSource(path, { maxBytes: 1024 })).rejects.toEqual(failure('too-large'));
  });

  it('reports a directory named like a file as unreadable', async () => {
    await mkdir(join(dir, 'notice.txt'));
    await expect(readSource(join(dir, 'notice.txt'))).rejects.toEqual(failure('unreadable'));
  });

  it.skipIf(process.getuid?.() === 0)('reports a file without read permission as unreadable', async () => {
    const path = await writeFixture(dir, 'locked.txt', sample('001'));
    await chmod(path, 0o000);
    await expect(readSource(path)).rejects.toEqual(failure('unreadable'));
  });

  it('names the file relative to the corpus root in the error', async () => {
    await expect(readSource(join(dir, 'sub', 'gone.txt'), { root: dir })).rejects.toEqual(expect.objectContaining({ file: 'sub/gone.txt' }));
  });
});

describe('readSource on good files', () => {
  it('names the file relative to the corpus root', async () => {
    const path = await writeFixture(dir, '003.txt', sample('003'));
    expect((await readSource(path, { root: dir })).file).toBe('003.txt');
  });

  it('reads a .txt that holds a saved page as HTML', async () => {
    const page = `<!DOCTYPE html><html><head><title>t</title></head><body><div><p>${sample('001').split('\n')[0]}</p></div></body></html>`;
    expect((await readSource(await writeFixture(dir, 'page.txt', page))).format).toBe('html');
  });

  it('reads a .md without its markup', async () => {
    const r = await readSource(await writeFixture(dir, 'plan.md', '# 吉林省科协2020年科普工作要点\n\n**一、总体要求**'));
    expect([r.format, r.text]).toEqual(['md', '吉林省科协2020年科普工作要点\n\n一、总体要求']);
  });
});
