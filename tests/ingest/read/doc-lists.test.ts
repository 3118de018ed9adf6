// Word's automatic list numbers in a .doc (ingest/read/doc-lists.ts): they are not in the text stream,
// so without them a regulation numbered by Word has no 第X条 for the structure stage to find. Fixtures:
// doc-fixtures/README.md (a LibreOffice-made Chinese regulation, and Word-made files from Apache POI).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../../ingest/read/index.js';
import { tempDir, writeFixture } from './fixtures.js';
import { outline } from './twins.js';

const FIXTURES = new URL('./doc-fixtures/', import.meta.url);
const fixture = (name: string) => new URL(name, FIXTURES).pathname;
const bytes = (name: string) => readFileSync(fixture(name));
const lines = (text: string) => text.split('\n').filter(Boolean);

let dir: string;
let dispose: () => Promise<void>;
beforeAll(async () => ({ dir, dispose } = await tempDir()));
afterAll(() => dispose());

describe('readSource restores Word list numbering in a .doc', () => {
  it('numbers a regulation whose chapters, articles and items are Word lists, as its typed twin', async () => {
    const [doc, txt] = await Promise.all(['lists.doc', 'lists.txt'].map((f) => readSource(fixture(f))));
    const text = lines(doc.text);
    expect(text.filter((l) => /^第[一二三四五六七八九十]+条 /.test(l))).toHaveLength(5);
    expect(text.filter((l) => /^第[一二三]章 /.test(l)).map((l) => l.slice(0, 3))).toEqual(['第一章', '第二章', '第三章']);
    // The article numbers come from the paragraph style; the items restart for the second article.
    expect(text).toContain('第五条 本办法自2026年1月1日起施行。');
    expect(text.filter((l) => l.startsWith('（')).map((l) => l.slice(0, 3))).toEqual(['（一）', '（二）', '（三）', '（一）', '（二）']);
    const fromDoc = outline('lists.doc', doc.text);
    expect(fromDoc).toEqual(outline('lists.txt', txt.text));
    expect(fromDoc.genre).toBe('regulation');
    expect(fromDoc.units.map(([path]) => path)).toEqual([
      '第一章', '第一章/第一条', '第一章/第二条', '第二章', '第二章/第三条', '第二章/第四条', '第三章', '第三章/第五条',
    ]);
  });

  it('numbers a plan nested 一、 > （一）, so the structure stage finds its items', async () => {
    const r = await readSource(fixture('numbered.doc'));
    expect(lines(r.text).slice(1, 4)).toEqual(['一、总体要求', '（一）指导思想', '二、重点任务']);
    expect(outline('numbered.doc', r.text).units.map(([path]) => path)).toEqual(['一', '一/（一）', '二']);
  });

  it('reads the .docx the .doc was saved from the same way, the list its paragraph style carries included', async () => {
    for (const name of ['lists', 'formats']) {
      const [doc, docx] = await Promise.all([`${name}.doc`, `${name}.docx`].map((f) => readSource(fixture(f))));
      expect(lines(docx.text)).toEqual(lines(doc.text));
    }
  });

  it('takes the list from the paragraph style when the paragraph itself names none', async () => {
    // LibreOffice writes the article list both in the style and in each paragraph: drop the paragraphs'
    // sprmPIlfo (0x460B, list 2) from the Word stream, leaving the style's.
    const doc = Buffer.from(bytes('lists.doc'));
    const word = streamOffsets(doc, 'WordDocument');
    let dropped = 0;
    for (let i = 0; i + 4 <= word.size; i++) {
      const at = [0, 1, 2, 3].map((k) => word.at(i + k));
      if (at.map((a) => doc[a]).join() !== [0x0b, 0x46, 0x02, 0x00].join()) continue;
      doc.writeUInt16LE(0x8411, at[0]); // sprmPDxaLeft1, the same operand size: an indent
      dropped++;
    }
    expect(dropped).toBe(5);
    const text = lines((await readSource(await writeFixture(dir, 'style-lists.doc', doc))).text);
    expect(text.filter((l) => /^第[一二三四五]条 /.test(l))).toHaveLength(5);
  });

  it('writes the other Chinese number formats as Word draws them: 壹、 甲、 1. ①', async () => {
    const [doc, txt] = await Promise.all(['formats.doc', 'formats.txt'].map((f) => readSource(fixture(f))));
    expect(lines(doc.text)).toEqual(lines(txt.text));
    expect(lines(doc.text).filter((l) => /^[壹贰甲乙①②]|^\d\./.test(l))).toHaveLength(9);
  });

  it('numbers Word-made ordered and multi-level lists and leaves bulleted ones alone', async () => {
    // In this file each ordered item's text names the number Word shows for it ("OL 2.2.1").
    const text = lines((await readSource(fixture('poi-lists.doc'))).text);
    const ordered = text.filter((l) => /^\d[\d.]*\. /.test(l));
    expect(ordered).toHaveLength(12);
    for (const line of ordered.filter((l) => l.includes(' OL '))) {
      const [label, , number] = line.split(' ');
      expect(label).toBe(number + '.');
    }
    expect(text).toContain('1. Ordered list 1');
    expect(text).toEqual(expect.arrayContaining(['Tick 1', 'UL 2', 'ML 2:3']));
    const simple = lines((await readSource(fixture('poi-simple-list.doc'))).text);
    expect(simple.slice(1, 4)).toEqual(['1. First item in list', '2. Second item in list', '3. Third item in list']);
  });

  it('follows a list override that restarts a level, and numbers Chinese headings', async () => {
    // Apache POI's own test of this file expects these numbers (its text converter writes a tab after them).
    const headings = lines((await readSource(fixture('poi-bug52311.doc'))).text);
    for (const n of ['2.1', '2.3.1', '2.99', '2.99.1', '2.100', '2.101']) expect(headings).toContain(`${n} Header ${n}`);
    const chinese = lines((await readSource(fixture('poi-61490.doc'))).text);
    expect(chinese.filter((l) => /^[\d.]+ 章节/.test(l))).toEqual(['1. 章节1', '1.1. 章节1.1', '1.2. 章节1.2']);
  });

  it('reads a document whose paragraphs name a list that the file does not have', async () => {
    const r = await readSource(fixture('poi-list-entry-no-list-table.doc'));
    expect(lines(r.text)).toEqual(['Coucou', 'Table 3. System capacity']);
  });
});

describe('a damaged list table costs the numbers, never the text', () => {
  const doc = bytes('lists.doc');
  const fib = streamOffsets(doc, 'WordDocument').at(0);
  const table = streamOffsets(doc, doc.readUInt16LE(fib + 10) & 0x0200 ? '1Table' : '0Table');
  // FibRgFcLcb97 pairs: STSH at 0xA2, PlfLst at 0x2E2, PlfLfo at 0x2EA (the LVLs follow the PlfLst).
  const pair = (at: number) => [doc.readUInt32LE(fib + at), doc.readUInt32LE(fib + at + 4)];
  const [stsh, stshLength] = pair(0xa2);
  const [lst] = pair(0x2e2);
  const [lfo, lfoLength] = pair(0x2ea);
  const listBytes = [...range(stsh, stsh + stshLength), ...range(Math.min(lst, lfo), Math.max(lst, lfo + lfoLength))].map(table.at);

  let plain: string[];
  beforeAll(async () => {
    // Today's output: the same file with no list table.
    const noLists = Buffer.from(doc);
    noLists.writeUInt32LE(0, fib + 0x2e6);
    plain = (await readSource(await writeFixture(dir, 'no-lists.doc', noLists))).text.split('\n');
  });

  it('gives the text without numbers when the list table points past its stream', async () => {
    const broken = Buffer.from(doc);
    broken.writeUInt32LE(0x7fff_fff0, fib + 0x2e2);
    const r = await readSource(await writeFixture(dir, 'lists-out-of-range.doc', broken));
    expect(r.text.split('\n')).toEqual(plain);
    expect(plain).toContain('本办法自2026年1月1日起施行。');
  });

  it('never throws and only ever puts something in front of a line, for random damage to the tables', async () => {
    const damage = fc.array(fc.tuple(fc.constantFrom(...listBytes), fc.nat(255)), { minLength: 1, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(damage, async (flips) => {
        const bytes = Buffer.from(doc);
        for (const [at, value] of flips) bytes[at] = value;
        const started = performance.now();
        const r = await readSource(await writeFixture(dir, 'lists-damaged.doc', bytes));
        expect(performance.now() - started).toBeLessThan(2000);
        const out = r.text.split('\n');
        expect(out).toHaveLength(plain.length);
        out.forEach((line, i) => expect(line.endsWith(plain[i])).toBe(true));
      }),
      { numRuns: 200 },
    );
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** File offset of each byte of a stream kept in regular 512-byte sectors (the FAT read from the header). */
function streamOffsets(doc: Buffer, name: string): { size: number; at: (offset: number) => number } {
  const entry = doc.indexOf(Buffer.from(name + '\0', 'utf16le'));
  const size = doc.readUInt32LE(entry + 120);
  if (entry < 0 || size < 4096) throw new Error(`${name} is not a regular stream of this fixture`);
  const fatEntry = (n: number) => doc.readInt32LE((doc.readInt32LE(76 + 4 * Math.floor(n / 128)) + 1) * 512 + (n % 128) * 4);
  const chain: number[] = [];
  for (let n = doc.readInt32LE(entry + 116); n >= 0 && chain.length < 10_000; n = fatEntry(n)) chain.push(n);
  return { size, at: (offset) => (chain[Math.floor(offset / 512)] + 1) * 512 + (offset % 512) };
}
