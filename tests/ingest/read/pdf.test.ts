// ingest/read/pdf.ts on a PDF that Chromium prints from sample 003 (running header and footer included).
// Needs Chromium and a CJK font; without them the suite is skipped locally and fails under CI.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../../ingest/read/index.js';
import type { ReadResult } from '../../../ingest/read/types.js';
import { canPrintChinese, contentLines, printToPdf, sample, tempDir, writeFixture } from './fixtures.js';

const printer = await canPrintChinese();
const lines = contentLines(sample('003'));
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe.skipIf(!printer.ok && process.env.CI !== 'true')('readSource on a PDF printed by Chromium', () => {
  let result: ReadResult;
  let dispose = async () => {};
  beforeAll(async () => {
    if (!printer.ok) throw new Error(`cannot print the PDF fixture: ${printer.why}`);
    const t = await tempDir();
    dispose = t.dispose;
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>003</title>
<style>body { font-family: "WenQuanYi Micro Hei", sans-serif; font-size: 12pt; }</style></head>
<body>${lines.map((l) => `<p>${escape(l)}</p>`).join('\n')}</body></html>`;
    const htmlPath = await writeFixture(t.dir, '003.html', html);
    const pdfPath = join(t.dir, '003.pdf');
    await printToPdf(htmlPath, pdfPath, join(t.dir, 'profile'));
    result = await readSource(pdfPath);
  }, 120_000);
  afterAll(() => dispose());

  it('reads it as a pdf', () => {
    expect(result.format).toBe('pdf');
  });

  it('gives every paragraph of 003 back as one line', () => {
    expect(result.text.split('\n')).toEqual(lines);
  });

  it('joins a paragraph that the page width broke over several lines without spaces', () => {
    const longest = [...lines].sort((a, b) => b.length - a.length)[0];
    expect(result.text.split('\n')).toContain(longest);
  });

  it('drops the printed date, URL and page numbers that repeat on every page', () => {
    expect(result.text).not.toMatch(/file:\/\/|\d+\/\d+\/\d+|^\d+\/\d+$/m);
  });
});
