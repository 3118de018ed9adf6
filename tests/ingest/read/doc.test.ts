// ingest/read/doc.ts and cfb-guard.ts: a Word 97-2003 .doc made by LibreOffice from a corpus regulation
// reads as its .txt and .docx twins do; damaged, cut-off, encrypted and non-Word compound files are
// refused with a one-line reason. Fixtures: doc-fixtures/README.md.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../../ingest/read/index.js';
import { fixtureFolder, tempDir, writeFixture } from './fixtures.js';
import { failure, outline, survivesDamage } from './twins.js';

const { path: fixture, bytes } = fixtureFolder(new URL('./doc-fixtures/', import.meta.url));

let dir: string;
let dispose: () => Promise<void>;
beforeAll(async () => ({ dir, dispose } = await tempDir()));
afterAll(() => dispose());

describe('readSource on a Word 97-2003 .doc', () => {
  it('gives the text of the regulation it was saved from, paragraph for paragraph', async () => {
    const doc = await readSource(fixture('volunteer.doc'));
    const txt = await readSource(fixture('volunteer.txt'));
    expect([doc.format, doc.encoding]).toEqual(['doc', 'binary']);
    expect(doc.text).toBe(txt.text);
  });

  it('gives the same title, history and measures as its .txt and .docx twins', async () => {
    const [doc, txt, docx] = await Promise.all(['volunteer.doc', 'volunteer.txt', 'volunteer.docx'].map((f) => readSource(fixture(f))));
    const fromDoc = outline('volunteer.doc', doc.text);
    expect(fromDoc.title).toBe('上海市志愿服务条例');
    expect(fromDoc.units.length).toBeGreaterThan(30);
    expect(fromDoc).toEqual(outline('volunteer.txt', txt.text));
    expect(fromDoc).toEqual(outline('volunteer.docx', docx.text));
  });

  it('keeps Chinese quotation marks and dashes as written', async () => {
    // word-extractor's default filter would give "志愿上海"--到2025年.
    const r = await readSource(fixture('numbered.doc'));
    expect(r.text).toContain('推进“志愿上海”建设——到2025年，注册志愿者达到600万人。');
  });

  it('drops Word optional hyphens inside a word', async () => {
    // word-extractor alone gives Interundefinednational (see doc.ts).
    const r = await readSource(fixture('numbered.doc'));
    expect(r.text).toContain('开展International志愿服务交流。');
  });

  it('writes one paragraph per line and a table row per line with cells separated by tabs', async () => {
    const r = await readSource(fixture('numbered.doc'));
    const lines = r.text.split('\n').filter(Boolean);
    expect(lines[0]).toBe('关于推进志愿服务发展的实施意见');
    expect(lines).toContain('任务\t牵头单位');
    expect(lines).toContain('志愿服务日\t市文明办');
    expect(lines.at(-1)).toBe('本意见自发布之日起施行。');
  });

  it('reads a .doc by its content when it is named .txt, and a Kingsoft .wps in Word format', async () => {
    const asTxt = await readSource(await writeFixture(dir, 'saved.txt', bytes('volunteer.doc')));
    const asWps = await readSource(await writeFixture(dir, 'saved.wps', bytes('volunteer.doc')));
    expect([asTxt.format, asWps.format]).toEqual(['doc', 'doc']);
    expect(asWps.text).toBe(asTxt.text);
  });

  it('reads a .docx named .doc as a .docx', async () => {
    const r = await readSource(await writeFixture(dir, 'really-docx.doc', bytes('volunteer.docx')));
    expect(r.format).toBe('docx');
  });

  it('refuses a .doc named .docx as format-mismatch', async () => {
    const path = await writeFixture(dir, 'really-doc.docx', bytes('volunteer.doc'));
    await expect(readSource(path)).rejects.toEqual(failure('format-mismatch', /Word 97-2003 document \(\.doc\)/));
  });
});

describe('readSource refuses damaged and non-Word compound files', () => {
  it('reports a cut-off download as truncated', async () => {
    await expect(readSource(fixture('volunteer-cut.doc'))).rejects.toEqual(failure('truncated', /cut off/));
  });

  it('reports every cut of the file as truncated, never as part of its text', async () => {
    const full = bytes('volunteer.doc');
    for (const n of [600, 4096, 10_000, 19_000, full.length - 100]) {
      const path = await writeFixture(dir, `cut-${n}.doc`, full.subarray(0, n));
      await expect(readSource(path)).rejects.toEqual(failure('truncated', /cut off/));
    }
  });

  it('reads an Excel 97-2003 workbook as a workbook, also when named .doc or .wps', async () => {
    for (const name of ['sheet.xls', 'sheet.doc', 'sheet.wps']) {
      const r = await readSource(await writeFixture(dir, name, bytes('sheet.xls')));
      expect([r.format, r.text]).toEqual(['xls', '任务\t牵头单位\n志愿服务日\t市文明办']);
    }
  });

  it('reports a password-protected .doc as unreadable', async () => {
    // The FIB (first bytes of the WordDocument stream, never encrypted) has fEncrypted set, as Word writes it.
    const doc = Buffer.from(bytes('volunteer.doc'));
    const fib = fibOffset(doc);
    doc.writeUInt16LE(doc.readUInt16LE(fib + 10) | 0x0100, fib + 10);
    const path = await writeFixture(dir, 'locked.doc', doc);
    await expect(readSource(path)).rejects.toEqual(failure('unreadable', /password/));
  });

  it('reports a Word 6.0/95 document as unsupported-format', async () => {
    const doc = Buffer.from(bytes('volunteer.doc'));
    doc.writeUInt16LE(0xa5dc, fibOffset(doc));
    const path = await writeFixture(dir, 'word95.doc', doc);
    await expect(readSource(path)).rejects.toEqual(failure('unsupported-format', /Word 6\.0\/95/));
  });

  it('reports a sector chain that loops as damaged, at once (the library alone runs out of memory)', async () => {
    const doc = Buffer.from(bytes('volunteer.doc'));
    // Point the directory's second sector back to its first.
    const fat = (doc.readInt32LE(76) + 1) * 512;
    const first = doc.readInt32LE(48);
    const second = doc.readInt32LE(fat + 4 * first);
    doc.writeInt32LE(first, fat + 4 * second);
    const path = await writeFixture(dir, 'loop.doc', doc);
    const started = performance.now();
    await expect(readSource(path)).rejects.toEqual(failure('truncated', /damaged \(the directory loops/));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('readSource on a .doc with random damage', () => {
  it('gives text or a named refusal, never an unexpected failure, and in bounded time', async () => {
    await survivesDamage({
      dir,
      name: 'damaged.doc',
      full: bytes('volunteer.doc'),
      values: fc.nat(255),
      reasons: ['truncated', 'unsupported-format', 'unreadable', 'empty', 'no-structure'],
      runs: 150,
      check: (reason, message) => {
        if (reason === 'unreadable') expect(message).toMatch(/password/);
      },
    });
  });
});

/** Byte offset of the WordDocument stream's first sector (LibreOffice writes it as a regular stream). */
function fibOffset(doc: Buffer): number {
  const name = Buffer.from('WordDocument', 'utf16le');
  const entry = doc.indexOf(name);
  return (doc.readInt32LE(entry + 116) + 1) * 512;
}
