// pdf.js's legacy build replaces native built-ins as it loads (core-js: Array.prototype.push and
// JSON.parse as JavaScript functions), which slowed the whole ingest several times over.
// ingest/read/pdfjs.ts loads it on the first PDF and gives the built-ins back; pdf.js still reads.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { loadPdfJs } from '../../../ingest/read/pdfjs.js';
import { readSource } from '../../../ingest/read/index.js';
import { tempDir } from './fixtures.js';

const nativeParse = JSON.parse;

/** A one-page PDF with the text "Hello 2024" in Helvetica, offsets computed. */
function helloPdf(): string {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = 'BT /F1 18 Tf 20 100 Td (Hello 2024) Tj ET';
  objs[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return out;
}

describe('pdf.js leaves the built-ins of the process alone', () => {
  it('keeps the native Array.prototype.push, JSON.parse and Function.prototype.toString after loading', async () => {
    const before = { push: Array.prototype.push, parse: JSON.parse, toString: Function.prototype.toString };
    await loadPdfJs();
    expect(Array.prototype.push).toBe(before.push);
    expect(JSON.parse).toBe(before.parse);
    expect(Function.prototype.toString).toBe(before.toString);
    expect(Array.prototype.push.toString()).toContain('[native code]');
  });

  it('still reads a PDF afterwards', async () => {
    const t = await tempDir();
    try {
      const path = join(t.dir, 'hello.pdf');
      await writeFile(path, helloPdf(), 'latin1');
      const r = await readSource(path);
      expect(r.format).toBe('pdf');
      expect(r.text).toContain('Hello 2024');
      expect(JSON.parse).toBe(nativeParse);
    } finally {
      await t.dispose();
    }
  });
});
