// ingest/read/ofd.ts: OFD (GB/T 33190), the fixed-layout format of China's electronic official documents.
// Sample 003 set as an official document by two kinds of writer (a TextObject per line, or a paragraph's
// lines in one TextCode wrapped by DeltaY), real files of another producer (ofdrw, ofd-fixtures/README.md),
// and the ways a file can be bad.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../../ingest/errors.js';
import { expandDeltas, pageItems, resolvePart } from '../../../ingest/read/ofd.js';
import { readSource } from '../../../ingest/read/index.js';
import { sniffBytes } from '../../../ingest/read/sniff.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { buildOfd, contentLines, officialLayout, sample, tempDir, writeFixture } from './fixtures.js';

const FIXTURES = new URL('./ofd-fixtures/', import.meta.url);
const fixture = (name: string) => new URL(name, FIXTURES).pathname;
const lines = contentLines(sample('003'));
/** 003 opens with its four title lines: centred, in the title's size. */
const TITLE_LINES = 4;

let dir = '';
let dispose = async () => {};
beforeAll(async () => {
  ({ dir, dispose } = await tempDir());
});
afterAll(() => dispose());

async function failure(path: string): Promise<IngestError> {
  try {
    await readSource(path);
  } catch (e) {
    return e as IngestError;
  }
  throw new Error(`${path} was read`);
}

describe('an official document written as OFD', () => {
  for (const writer of ['line', 'paragraph'] as const) {
    it(`gives every paragraph of 003 back as one line (a writer putting a ${writer} in each text object)`, async () => {
      const pages = officialLayout(lines, writer, TITLE_LINES);
      expect(pages.length).toBeGreaterThan(3); // the page breaks and page numbers are exercised
      const path = await writeFixture(dir, `003-${writer}.ofd`, await buildOfd(pages));
      const result = await readSource(path);
      expect(result.format).toBe('ofd');
      expect(result.text.split('\n')).toEqual(lines);
    });
  }

  it('reads elements without the ofd: prefix, and page paths given from the package root', async () => {
    const pages = officialLayout(lines, 'paragraph', TITLE_LINES);
    const bytes = await buildOfd(pages, { prefix: '', pageLoc: (i) => `/Doc_0/Pages/Page_${i}/Content.xml` });
    const result = await readSource(await writeFixture(dir, '003-plain.ofd', bytes));
    expect(result.text.split('\n')).toEqual(lines);
  });

  it('drops the page numbers (— 2 —) at the foot of each page', async () => {
    const path = await writeFixture(dir, '003-numbers.ofd', await buildOfd(officialLayout(lines, 'line', TITLE_LINES)));
    expect((await readSource(path)).text).not.toMatch(/—\s*\d+\s*—/);
  });

  it('is told by its content: an OFD named .zip or with no extension is read as OFD', async () => {
    const bytes = await buildOfd(officialLayout(lines.slice(0, 8), 'line', TITLE_LINES));
    expect(sniffBytes(bytes, '.zip')).toEqual({ kind: 'ofd' });
    for (const name of ['003.zip', '003']) {
      const result = await readSource(await writeFixture(dir, name, bytes));
      expect(result.format).toBe('ofd');
      expect(result.text.split('\n')).toEqual(lines.slice(0, 8));
    }
  });
});

describe('OFD files of another producer (ofdrw)', () => {
  it('reads the official document n.ofd in reading order, its 版记 on the second page too', async () => {
    const result = await readSource(fixture('ofdrw-n.ofd'));
    const text = result.text.split('\n');
    expect(text.slice(0, 4)).toEqual(['测试符路桥区卫生局文件', '路卫发〔2011〕76号', '关于同意张阿三同志辞职的批复', '区中医院：']);
    expect(text).toContain('你院《关于给张阿三同志辞职的请示》（路中医发〔2011〕10号）收悉。');
    expect(text.slice(-3)).toEqual(['测试符路桥区卫生局办公室', '2011年3月10日', '测试符路桥区卫生局办公室 2011年3月10日印发']);
    expect(result.text).not.toMatch(/—\s*\d\s*—/);
  });

  it('gives the whole pipeline its document number, title and date', async () => {
    const { snapshot, report } = await runIngest({ inputs: [fixture('ofdrw-n.ofd')] });
    expect(report.failed).toEqual([]);
    const doc = snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.inCorpus)?.attributes;
    expect(doc).toMatchObject({ name: '关于同意张阿三同志辞职的批复', docNumber: '路卫发〔2011〕76号', issuedOn: '2011-03-10' });
  });

  it('joins the lines of an essay set over two pages into its paragraphs', async () => {
    const text = (await readSource(fixture('ofdrw-nalai-page6.ofd'))).text.split('\n');
    expect(text[1]).toMatch(/^中国一向是所谓“闭关主义”，自己不去，别人也不许来。.*显出一点进步了。$/);
    expect(text).toContain('所以我们要运用脑髓，放出眼光，自己来拿！');
  });

  it('refuses a page whose only text is turned a quarter turn, as having no readable text', async () => {
    const error = await failure(fixture('ofdrw-turned-text.ofd'));
    expect(error.reason).toBe('no-text-layer');
    expect(error.message).toMatch(/turned text/);
  });
});

describe('bad OFD files', () => {
  it('refuses a scan (images only) with advice to run OCR', async () => {
    const bytes = await buildOfd([[], []], { image: true });
    const error = await failure(await writeFixture(dir, 'scan.ofd', bytes));
    expect(error.reason).toBe('no-text-layer');
    expect(error.message).toMatch(/OCR/);
  });

  it('refuses a cut-off download as truncated, naming OFD', async () => {
    const bytes = await buildOfd(officialLayout(lines, 'line', TITLE_LINES));
    const error = await failure(await writeFixture(dir, 'cut.ofd', bytes.subarray(0, Math.floor(bytes.length / 2))));
    expect(error.reason).toBe('truncated');
    expect(error.message).toMatch(/OFD document.*\.ofd/);
  });

  it('refuses a package whose document lists a page that is not there', async () => {
    const pages = officialLayout(lines, 'line', TITLE_LINES);
    const bytes = await buildOfd(pages, { pageLoc: (i) => (i === 1 ? 'Pages/Missing/Content.xml' : `Pages/Page_${i}/Content.xml`) });
    const zip = await JSZip.loadAsync(bytes);
    zip.remove('Doc_0/Pages/Missing/Content.xml');
    const error = await failure(await writeFixture(dir, 'missing-page.ofd', await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })));
    expect(error.reason).toBe('truncated');
    expect(error.message).toMatch(/page Pages\/Missing\/Content\.xml is missing/);
  });

  it('refuses a file named .ofd whose content is something else', async () => {
    const error = await failure(await writeFixture(dir, 'text.ofd', '关于印发工作方案的通知\n一、总体要求\n'));
    expect(error.reason).toBe('format-mismatch');
  });

  it('refuses an entry over the inflate limits before inflating it', async () => {
    const bytes = await buildOfd(officialLayout(lines, 'line', TITLE_LINES));
    const path = await writeFixture(dir, 'bomb.ofd', bytes);
    await expect(readSource(path, { limits: { maxEntryBytes: 1000 } })).rejects.toMatchObject({ reason: 'zip-bomb' });
  });

  it('bounds a repeat count whatever it says: "g 1000000000 5" gives as many advances as there are gaps', () => {
    expect(expandDeltas('g 1000000000 5', 3)).toEqual([5, 5, 5]);
    expect(expandDeltas('1 g 2 3 4 junk 5', 10)).toEqual([1, 3, 3, 4, 5]);
    const xml = '<Page><Content><Layer><TextObject Boundary="10 10 100 10" Size="5"><TextCode X="0" Y="5" DeltaX="g 1000000000 5">第一条 通则</TextCode></TextObject></Layer></Content></Page>';
    const items = pageItems(xml, 297, 1000);
    expect(items.map((i) => i.str)).toEqual(['第一条 通则']);
  });

  it('stops a page of more runs than a document may have characters', () => {
    const objects = Array.from({ length: 50 }, (_, i) => `<TextObject Boundary="10 ${10 + i} 100 10" Size="5"><TextCode X="0" Y="5">第${i}条</TextCode></TextObject>`).join('');
    expect(() => pageItems(`<Page><Content><Layer>${objects}</Layer></Content></Page>`, 297, 20)).toThrow(/more than 20/);
  });
});

describe('resolvePart', () => {
  const names = new Set(['OFD.xml', 'Doc_0/Document.xml', 'Doc_0/Pages/Page_0/Content.xml']);
  it('reads a location relative to the part that names it, from the root with "/", and forgives case and backslashes', () => {
    expect(resolvePart(names, 'Doc_0/Document.xml', 'Pages/Page_0/Content.xml')).toBe('Doc_0/Pages/Page_0/Content.xml');
    expect(resolvePart(names, 'Doc_0/Document.xml', '/Doc_0/Pages/Page_0/Content.xml')).toBe('Doc_0/Pages/Page_0/Content.xml');
    expect(resolvePart(names, 'Doc_0/Document.xml', 'Doc_0\\pages\\page_0\\content.xml')).toBe('Doc_0/Pages/Page_0/Content.xml');
    expect(resolvePart(names, 'Doc_0/Document.xml', '../Doc_0/./Pages/Page_0/Content.xml')).toBe('Doc_0/Pages/Page_0/Content.xml');
    expect(resolvePart(names, 'Doc_0/Document.xml', 'Pages/Page_9/Content.xml')).toBeUndefined();
  });
});

describe('sniffing', () => {
  it('tells the real files of another producer by their OFD.xml entry', () => {
    for (const f of ['ofdrw-n.ofd', 'ofdrw-nalai-page6.ofd', 'ofdrw-turned-text.ofd']) {
      expect(sniffBytes(readFileSync(fixture(f)), '.bin')).toEqual({ kind: 'ofd' });
    }
  });
});
