// Checks a PDF's structure before pdf.js parses it, as zip-guard.ts does for a .docx: pdf.js
// inflates every compressed stream it meets, whole and in memory, and parses nested arrays and
// dictionaries recursively. One pass over the bytes (strings, comments and stream bodies skipped)
// measures the nesting of arrays and dictionaries and counts the objects (also those packed in
// object streams); each FlateDecode stream is then inflated with a cap on its output, so a stream
// that would inflate to gigabytes is refused after at most `maxEntryBytes`, not held whole.
// Limits: ingest/guard.ts (the zip limits serve for compressed streams too, and `maxPdfObjects`).
import { constants, inflateSync } from 'node:zlib';
import type { IngestLimits } from '../guard.js';
import { ReadProblem } from './problem.js';

const C = (s: string) => s.charCodeAt(0);
const [PERCENT, LPAREN, RPAREN, BACKSLASH, LT, GT, LBRACKET, RBRACKET, CR, LF] = ['%', '(', ')', '\\', '<', '>', '[', ']', '\r', '\n'].map(C);
const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');
const OBJ = /(?:^|[\s>\]])\d{1,10}\s+\d{1,5}\s+obj\b/g;
const FLATE = /\/Filter\s*(?:\[\s*)?\/(?:FlateDecode|Fl)\b/;
const OBJSTM = /\/Type\s*\/ObjStm\b/;
const OBJSTM_COUNT = /\/N\s+(\d{1,10})\b/;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Refuses (ReadProblem) a PDF nested too deep, with too many objects, or with a stream that inflates past the limits. */
export function checkPdfStructure(bytes: Uint8Array, limits: IngestLimits): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let depth = 0;
  let objects = 0;
  let inflated = 0;
  /** Where the outermost dictionary now open (or last closed) began: a stream's dictionary. */
  let dictStart = -1;
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const c = buf[i];
    if (c === PERCENT) {
      while (i < n && buf[i] !== CR && buf[i] !== LF) i++;
    } else if (c === LPAREN) {
      i = skipLiteralString(buf, i);
    } else if (c === LT && buf[i + 1] === LT) {
      if (depth === 0) dictStart = i;
      depth++;
      i += 2;
    } else if (c === LT) {
      const end = buf.indexOf(GT, i + 1);
      i = end < 0 ? n : end + 1;
    } else if (c === GT && buf[i + 1] === GT) {
      depth = Math.max(0, depth - 1);
      i += 2;
    } else if (c === LBRACKET) {
      depth++;
      i++;
    } else if (c === RBRACKET) {
      depth = Math.max(0, depth - 1);
      i++;
    } else if (c === 0x73 /* s */ && depth === 0 && buf.subarray(i, i + 6).equals(STREAM) && (i === 0 || !isWordChar(buf[i - 1])) && !isWordChar(buf[i + 6])) {
      let start = i + 6;
      if (buf[start] === CR) start++;
      if (buf[start] === LF) start++;
      const end = buf.indexOf(ENDSTREAM, start);
      const stop = end < 0 ? n : end;
      const dict = dictStart >= 0 ? buf.subarray(dictStart, i).toString('latin1') : '';
      if (OBJSTM.test(dict)) objects += Number(OBJSTM_COUNT.exec(dict)?.[1] ?? 0);
      if (FLATE.test(dict)) inflated += inflatedSize(buf.subarray(start, stop), limits, inflated);
      dictStart = -1;
      i = end < 0 ? n : end + ENDSTREAM.length;
      continue;
    } else {
      i++;
    }
    if (depth > limits.maxDepth) {
      throw new ReadProblem('too-deep', `arrays and dictionaries nested more than ${limits.maxDepth} deep in the PDF; a real document nests fewer than 10`);
    }
  }
  objects += countObjects(buf);
  if (objects > limits.maxPdfObjects) {
    throw new ReadProblem('too-long', `${objects.toLocaleString('en')} objects in the PDF, over the limit of ${limits.maxPdfObjects.toLocaleString('en')}; split the file`);
  }
}

function isWordChar(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
}

/** Index after a literal string `( … )`: nested parentheses, backslash escapes. */
function skipLiteralString(buf: Buffer, i: number): number {
  let level = 0;
  for (; i < buf.length; i++) {
    const c = buf[i];
    if (c === BACKSLASH) i++;
    else if (c === LPAREN) level++;
    else if (c === RPAREN && --level === 0) return i + 1;
  }
  return buf.length;
}

function countObjects(buf: Buffer): number {
  // Object headers are ASCII; latin1 keeps one character per byte. Stream bodies may match by
  // chance, which only over-counts binary noise, far below the limit.
  let count = 0;
  const text = buf.toString('latin1');
  OBJ.lastIndex = 0;
  while (OBJ.exec(text)) count++;
  return count;
}

/**
 * Inflated size of one FlateDecode stream, inflating at most up to what the limits allow: the
 * stream's own cap (`maxEntryBytes`, and `maxInflateRatio` × its compressed size beyond
 * `inflateGraceBytes`) and what is left of the file's total (`maxInflatedBytes`).
 */
function inflatedSize(data: Buffer, limits: IngestLimits, soFar: number): number {
  const byRatio = Math.max(limits.inflateGraceBytes, data.length * limits.maxInflateRatio);
  const cap = Math.min(limits.maxEntryBytes, byRatio, limits.maxInflatedBytes - soFar);
  try {
    // Sync flush: a stream cut short (pdf.js tolerates those) gives what it has instead of failing.
    return inflateSync(data, { maxOutputLength: cap + 1, finishFlush: constants.Z_SYNC_FLUSH }).length;
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') return 0; // not valid deflate: pdf.js decides
    const which =
      cap === limits.maxInflatedBytes - soFar
        ? `the file's compressed streams inflate past ${mb(limits.maxInflatedBytes)} in all`
        : cap === limits.maxEntryBytes
          ? `a compressed stream inflates past ${mb(limits.maxEntryBytes)}`
          : `a compressed stream of ${data.length.toLocaleString('en')} bytes inflates more than ${limits.maxInflateRatio} times`;
    throw new ReadProblem('zip-bomb', `${which} (a decompression bomb?); nothing was inflated beyond that`);
  }
}
