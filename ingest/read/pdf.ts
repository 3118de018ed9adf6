// PDF bytes → text with pdf.js (legacy build: the one that runs in Node 20). pdf.js gives positioned
// text items; pdf-layout.ts makes paragraphs of them. pdf.js is loaded by pdfjs.ts, on the first PDF.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DEFAULT_LIMITS, type IngestLimits } from '../guard.js';
import { checkPdfStructure } from './pdf-guard.js';
import { layoutText, noReadableText, type PdfPage } from './pdf-layout.js';
import { ReadProblem } from './problem.js';
import { loadPdfJs } from './pdfjs.js';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** A complete PDF ends with %%EOF; pdf.js would silently rebuild a cut-off file from what is left. */
function assertComplete(bytes: Uint8Array): void {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).subarray(-4096).toString('latin1');
  if (!tail.includes('%%EOF')) {
    throw new ReadProblem('truncated', 'the PDF has no end-of-file marker (%%EOF): the file is cut off; download it again');
  }
}

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
}

function toPage(items: RawItem[], width: number): PdfPage {
  const out: PdfPage = { items: [], width };
  for (const it of items) {
    if (typeof it.str !== 'string' || !it.transform) continue;
    const [a, b, , , x, y] = it.transform;
    out.items.push({ str: it.str, x, y, width: it.width ?? 0, size: Math.hypot(a, b) || 1 });
  }
  return out;
}

export async function pdfToText(bytes: Uint8Array, limits: IngestLimits = DEFAULT_LIMITS): Promise<string> {
  assertComplete(bytes);
  // Nesting, object count and every compressed stream's inflated size, before pdf.js builds anything.
  checkPdfStructure(bytes, limits);
  // Loaded on the first PDF, the built-ins its polyfills replaced given back (pdfjs.ts).
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (cause) {
    const name = (cause as Error)?.name;
    if (name === 'PasswordException') {
      throw new ReadProblem('unreadable', 'the PDF is password-protected: remove the password and save it again', { cause });
    }
    throw new ReadProblem('truncated', `pdf.js cannot parse the file as a whole (${(cause as Error)?.message})`, { cause });
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(toPage(content.items as RawItem[], page.getViewport({ scale: 1 }).width));
      page.cleanup();
    }
    const text = layoutText(pages);
    if (noReadableText(text)) {
      throw new ReadProblem('no-text-layer', `no extractable text on ${doc.numPages} page(s): scanned PDF: run OCR first`);
    }
    return text;
  } catch (cause) {
    if (cause instanceof ReadProblem) throw cause;
    throw new ReadProblem('truncated', `pdf.js failed while reading the pages (${(cause as Error)?.message})`, { cause });
  } finally {
    await doc.destroy();
  }
}
