// The read stage on hostile files: zip bombs refused from the central directory before anything
// inflates, nesting refused before parse5 builds a tree, extension and content that disagree
// refused; while a large honest .docx and a page full of unclosed <p> still read.
import { describe, expect, it, afterAll } from 'vitest';
import { readSource } from '../../../ingest/read/index.js';
import { centralDirectory, checkDeclaredSizes, xmlDepthOver } from '../../../ingest/read/zip-guard.js';
import { DEFAULT_LIMITS } from '../../../ingest/guard.js';
import { docxOf, megabyteOfParagraphs, nestedHtml, nestedTablesDocx } from '../../hostile/generate.js';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runIngest } from '../../../ingest/pipeline.js';
import { deepPdf, flateBombPdf, manyObjectsPdf } from '../../hostile/pdf-writer.js';
import { buildDocx, buildPdf, sample, tempDir, writeFixture } from './fixtures.js';

const tmp = await tempDir();
afterAll(() => tmp.dispose());

async function refusal(name: string, content: string | Uint8Array): Promise<{ reason: string; message: string; ms: number; rssGrowthMB: number }> {
  const path = await writeFixture(tmp.dir, name, content);
  const rss = process.memoryUsage().rss;
  const t = performance.now();
  const e = await readSource(path).then(() => undefined, (err: { reason: string; message: string }) => err);
  expect(e, `${name} was read, not refused`).toBeDefined();
  return { reason: e!.reason, message: e!.message, ms: performance.now() - t, rssGrowthMB: (process.memoryUsage().rss - rss) / 1e6 };
}

describe('zip bombs (.docx)', () => {
  const mb = megabyteOfParagraphs();

  it('a 2 MB .docx inflating to 2 GB is refused as a zip bomb, without inflating it', async () => {
    const bomb = docxOf(mb, 2040);
    expect(bomb.length).toBeLessThan(2.5e6);
    const r = await refusal('bomb.docx', bomb);
    expect(r.reason).toBe('zip-bomb');
    expect(r.message).toMatch(/word\/document\.xml inflates to 2040\.0 MB, over the limit of 64\.0 MB per entry; refused before inflating/);
    expect(r.rssGrowthMB).toBeLessThan(100);
  });

  it('a 0.4 MB .docx inflating to 400 MB is refused', async () => {
    const r = await refusal('inflates.docx', docxOf(mb, 400));
    expect(r.reason).toBe('zip-bomb');
    expect(r.rssGrowthMB).toBeLessThan(100);
  });

  it('a ratio no document reaches is refused even under the size limits', async () => {
    const r = await refusal('ratio.docx', docxOf(mb, 8)); // 8 MB at about 1000:1
    expect(r.reason).toBe('zip-bomb');
    expect(r.message).toMatch(/inflates \d+:1 .* over the limit of 100:1/);
  });

  it('headers that under-declare the size are caught while inflating, capped at the declared size', async () => {
    const r = await refusal('lying.docx', docxOf(mb, 200, 20_000));
    expect(r.reason).toBe('zip-bomb');
    expect(r.message).toMatch(/inflates to more than the 20 KB its header declares/);
    expect(r.rssGrowthMB).toBeLessThan(100);
  });

  it('the central directory gives every entry with its declared sizes', () => {
    const entries = centralDirectory(docxOf(mb, 3));
    expect(entries.map((e) => e.name)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(entries[2].size).toBeGreaterThan(3 * 1024 * 1024);
    expect(() => checkDeclaredSizes(entries, { ...DEFAULT_LIMITS, maxInflateRatio: 2000 })).not.toThrow();
  });

  it('20,000 nested tables are refused as too deep', async () => {
    const r = await refusal('tables.docx', nestedTablesDocx(20_000));
    expect(r.reason).toBe('too-deep');
  });

  it('a large honest .docx (1,500 paragraphs) still reads in full', async () => {
    const lines = sample('002').split('\n').filter(Boolean);
    const blocks = Array.from({ length: 1500 }, (_, i) => lines[i % lines.length]);
    const path = await writeFixture(tmp.dir, 'large.docx', await buildDocx(blocks));
    const r = await readSource(path);
    expect(r.format).toBe('docx');
    expect(r.text.split('\n').length).toBeGreaterThanOrEqual(1450);
  });

  it('the XML depth scan counts start and end tags, not empty elements or declarations', () => {
    expect(xmlDepthOver('<?xml?><a><b/><b/><!-- <c> --><c><d></d></c></a>', 3)).toBe(false);
    expect(xmlDepthOver('<a><b><c><d>', 3)).toBe(true);
    expect(xmlDepthOver('<a><![CDATA[<b><c><d>]]><?pi <b><c><d> ?></a>', 1)).toBe(false);
  });
});

describe('deeply nested HTML', () => {
  it('10,000 nested <div>s are refused as too deep in seconds (was a stack overflow)', async () => {
    const r = await refusal('deep10k.html', nestedHtml(10_000));
    expect(r.reason).toBe('too-deep');
    expect(r.ms).toBeLessThan(5000);
  });

  it('100,000 nested <div>s are refused as too deep in seconds (was 305 s, then a stack overflow)', async () => {
    const r = await refusal('deep100k.html', nestedHtml(100_000));
    expect(r.reason).toBe('too-deep');
    expect(r.ms).toBeLessThan(5000);
  });

  it('400 nested <div>s, deeper than any real page, still read', async () => {
    const path = await writeFixture(tmp.dir, 'deep400.html', nestedHtml(400));
    expect((await readSource(path)).text).toContain('科普');
  });

  it('3,000 unclosed <p> (closed by the parser, not nested) still read', async () => {
    const html = `<html><body><h1>某省科普工作方案</h1>${Array.from({ length: 3000 }, (_, i) => `<p>一、第${i}段加强科普工作`).join('\n')}</body></html>`;
    const path = await writeFixture(tmp.dir, 'unclosed.html', html);
    expect((await readSource(path)).text.split('\n').length).toBeGreaterThan(3000);
  });

  it('400,000 elements are refused as too-long before a tree is built', async () => {
    const r = await refusal('many.html', `<html><body>${'<p><span>一</span></p>'.repeat(400_000)}</body></html>`);
    expect(r.reason).toBe('too-long');
  });
});

describe('extension and content that disagree', () => {
  it.each([
    ['not-a-pdf.pdf', 'not a pdf at all\n', /named \.pdf but its content is plain text/],
    ['plan.docx', sample('001'), /named \.docx but its content is plain text/],
  ])('%s is refused as format-mismatch', async (name, content, message) => {
    const r = await refusal(name, content);
    expect(r.reason).toBe('format-mismatch');
    expect(r.message).toMatch(message);
  });

  it('a PDF named .docx is refused as format-mismatch', async () => {
    const r = await refusal('pdf.docx', buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']));
    expect(r.reason).toBe('format-mismatch');
    expect(r.message).toMatch(/its content is a PDF/);
  });

  it('a saved page named .txt is still read as a page (text formats are sniffed, not refused)', async () => {
    const path = await writeFixture(tmp.dir, 'page.txt', '<!DOCTYPE html><html><body><h1>某省科普工作方案</h1><p>一、总体要求</p></body></html>');
    expect((await readSource(path)).format).toBe('html');
  });
});

describe('hostile PDFs (checked before pdf.js parses them)', () => {
  it('a 4 MB PDF whose content stream inflates to 2 GB is refused as a bomb, having inflated at most 64 MB', async () => {
    const bomb = flateBombPdf(2);
    expect(bomb.length).toBeLessThan(5e6);
    const r = await refusal('bomb.pdf', bomb);
    expect(r.reason).toBe('zip-bomb');
    expect(r.message).toMatch(/bomb\.pdf: a compressed stream inflates past 64 MB/);
    expect(r.rssGrowthMB).toBeLessThan(400);
    expect(r.ms).toBeLessThan(30_000);
  });

  it('a stream inflating more than 100 times its size is refused under the size limits too', async () => {
    const r = await refusal('ratio.pdf', flateBombPdf(0.03)); // 32 MB from about 70 KB
    expect(r.reason).toBe('zip-bomb');
    expect(r.message).toMatch(/inflates more than 100 times/);
  });

  it('arrays nested 100,000 deep are refused as too deep (pdf.js parses them recursively)', async () => {
    const r = await refusal('deep.pdf', deepPdf(100_000));
    expect(r.reason).toBe('too-deep');
    expect(r.ms).toBeLessThan(5000);
  });

  it('300,000 objects are refused as too long', async () => {
    const r = await refusal('objects.pdf', manyObjectsPdf(300_000));
    expect(r.reason).toBe('too-long');
    expect(r.message).toMatch(/300,004 objects in the PDF, over the limit of 200,000/);
  });

  it('a PDF under every limit (a 50 KB inflated stream, nesting 20, 1,000 objects) passes the check and reaches pdf.js', async () => {
    for (const pdf of [flateBombPdf(0.00005), deepPdf(20), manyObjectsPdf(1000)]) {
      const e = await readSource(await writeFixture(tmp.dir, 'fine.pdf', pdf)).then(() => undefined, (err: { reason: string }) => err);
      // No text operators with text in them: pdf.js reads it and finds no text layer.
      expect(e?.reason).toBe('no-text-layer');
    }
  });

  it('the rest of the batch goes in: the bomb is named with its reason, the plan beside it is a document', async () => {
    const dir = join(tmp.dir, 'batch');
    await mkdir(dir, { recursive: true });
    await writeFixture(dir, 'bomb.pdf', flateBombPdf(2));
    await writeFixture(dir, 'plan.txt', sample('003'));
    const { report } = await runIngest({ inputs: [dir], workers: 1 });
    expect(report.failed).toEqual([expect.objectContaining({ file: 'bomb.pdf', reason: 'zip-bomb' })]);
    expect(report.documents).toBe(1);
  }, 120_000);
});
