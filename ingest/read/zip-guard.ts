// Zip-bomb checks for .docx, before any library inflates it. The central directory (APPNOTE.TXT
// 4.3.12–4.3.16, zip64 4.3.14/4.5.3) declares every entry's sizes: too many entries, an entry or a
// total too large, or a compression ratio no document reaches are refused there, without
// inflating. Declared sizes can lie, so each entry is then inflated once with its declared size
// as a hard cap (zlib's maxOutputLength): one that inflates to more is refused too.
import { inflateRawSync } from 'node:zlib';
import type { IngestLimits } from '../guard.js';
import { ReadProblem } from './problem.js';

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** What the zip holds, for the messages: a .docx (the default) or an OFD document. */
export interface ZipKind {
  /** "Word document", "OFD document". */
  what: string;
  /** The extension to save it again as. */
  ext: string;
  /** Who writes such packages, for "uses zip compression method N, which <writer> does not write". */
  writer: string;
}
export const DOCX_ZIP: ZipKind = { what: 'Word document', ext: '.docx', writer: 'Word' };

const truncatedAs = (kind: ZipKind) => (why: string) =>
  new ReadProblem('truncated', `not a complete ${kind.what} (${why}); save it again as ${kind.ext}`);
const mb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const u64 = (v: DataView, at: number) => Number(v.getBigUint64(at, true));

/** The entries the central directory lists, with their declared sizes (zip64 extra fields read). */
export function centralDirectory(bytes: Uint8Array, kind: ZipKind = DOCX_ZIP): ZipEntryInfo[] {
  const truncated = truncatedAs(kind);
  const v = view(bytes);
  // The end record is the last 22 bytes plus a comment of at most 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (v.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw truncated('no end of central directory');
  let count = v.getUint16(eocd + 10, true);
  let cdSize = v.getUint32(eocd + 12, true);
  let cdOffset = v.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || v.getUint32(loc, true) !== ZIP64_LOCATOR) throw truncated('zip64 locator missing');
    const rec = u64(v, loc + 8);
    if (rec + 56 > bytes.length || v.getUint32(rec, true) !== ZIP64_EOCD) throw truncated('zip64 end record missing');
    count = u64(v, rec + 32);
    cdSize = u64(v, rec + 40);
    cdOffset = u64(v, rec + 48);
  }
  if (cdOffset + cdSize > bytes.length) throw truncated('central directory cut off');
  const entries: ZipEntryInfo[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || v.getUint32(p, true) !== CENTRAL) throw truncated('central directory damaged');
    const method = v.getUint16(p + 10, true);
    let compressedSize = v.getUint32(p + 20, true);
    let size = v.getUint32(p + 24, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    let localHeaderOffset = v.getUint32(p + 42, true);
    if (p + 46 + nameLen + extraLen > bytes.length) throw truncated('central directory damaged');
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + p + 46, nameLen).toString('utf8');
    // Zip64 extended information (header id 1): the fields that are 0xFFFFFFFF above, in order.
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = v.getUint16(x, true);
      const len = v.getUint16(x + 2, true);
      if (id === 1) {
        let f = x + 4;
        const next = () => {
          const value = f + 8 <= x + 4 + len ? u64(v, f) : 0;
          f += 8;
          return value;
        };
        if (size === 0xffffffff) size = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
      }
      x += 4 + len;
    }
    entries.push({ name, method, compressedSize, size, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Refuses on declared sizes alone: entry count, entry and total size, compression ratio. */
export function checkDeclaredSizes(entries: ZipEntryInfo[], limits: IngestLimits): void {
  const bomb = (why: string) => new ReadProblem('zip-bomb', `${why}; refused before inflating (a zip bomb?)`);
  if (entries.length > limits.maxZipEntries) throw bomb(`${entries.length} entries, over the limit of ${limits.maxZipEntries}`);
  let total = 0;
  for (const e of entries) {
    if (e.size > limits.maxEntryBytes) throw bomb(`${e.name} inflates to ${mb(e.size)}, over the limit of ${mb(limits.maxEntryBytes)} per entry`);
    const ratio = e.size / Math.max(1, e.compressedSize);
    if (e.size > limits.inflateGraceBytes && ratio > limits.maxInflateRatio) {
      throw bomb(`${e.name} inflates ${Math.round(ratio)}:1 (${mb(e.compressedSize)} → ${mb(e.size)}), over the limit of ${limits.maxInflateRatio}:1`);
    }
    total += e.size;
  }
  if (total > limits.maxInflatedBytes) throw bomb(`its entries inflate to ${mb(total)}, over the limit of ${mb(limits.maxInflatedBytes)}`);
}

/**
 * Each entry inflated with its declared size as the cap: an entry that lies about its size is refused.
 * `wanted` leaves entries out unread (an OFD's fonts and images): what is never inflated cannot be a bomb.
 */
export function checkInflatedSizes(
  bytes: Uint8Array,
  entries: ZipEntryInfo[],
  kind: ZipKind = DOCX_ZIP,
  wanted: (name: string) => boolean = () => true,
): Map<string, Buffer> {
  const truncated = truncatedAs(kind);
  const v = view(bytes);
  const out = new Map<string, Buffer>();
  for (const e of entries) {
    if (e.name.endsWith('/') || !wanted(e.name)) continue; // a folder, or a part the reader does not need
    const at = e.localHeaderOffset;
    if (at + 30 > bytes.length || v.getUint32(at, true) !== LOCAL) throw truncated(`${e.name}: local header missing`);
    const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
    if (start + e.compressedSize > bytes.length) throw truncated(`${e.name} cut off`);
    const data = Buffer.from(bytes.buffer, bytes.byteOffset + start, e.compressedSize);
    let inflated: Buffer;
    if (e.method === 0) inflated = data;
    else if (e.method === 8) {
      try {
        // One byte over the declared size is enough to know it lies.
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size + 1) });
      } catch (cause) {
        if ((cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new ReadProblem('zip-bomb', `${e.name} inflates to more than the ${mb(e.size)} its header declares; refused (a zip bomb?)`, { cause });
        }
        throw truncated(`${e.name}: ${(cause as Error).message}`);
      }
    } else throw new ReadProblem('unsupported-format', `${e.name} uses zip compression method ${e.method}, which ${kind.writer} does not write; save it again as ${kind.ext}`);
    if (inflated.length !== e.size) {
      if (inflated.length > e.size) throw new ReadProblem('zip-bomb', `${e.name} inflates to more than the ${mb(e.size)} its header declares; refused (a zip bomb?)`);
      throw truncated(`${e.name} inflates to ${inflated.length} bytes, its header declares ${e.size}`);
    }
    out.set(e.name, inflated);
  }
  return out;
}

/**
 * Nesting depth of an XML text, by counting start and end tags (comments, processing instructions,
 * CDATA and declarations do not nest). Stops as soon as `max` is passed. Linear, no parse tree.
 */
export function xmlDepthOver(xml: string, max: number): boolean {
  let depth = 0;
  for (let i = xml.indexOf('<'); i !== -1; i = xml.indexOf('<', i + 1)) {
    const next = xml.charCodeAt(i + 1);
    if (next === 0x2f /* / */) depth--;
    else if (next === 0x3f /* ? */) i = skipTo(xml, '?>', i);
    else if (next === 0x21 /* ! */) i = skipTo(xml, xml.startsWith('<!--', i) ? '-->' : xml.startsWith('<![CDATA[', i) ? ']]>' : '>', i);
    else {
      const end = xml.indexOf('>', i);
      if (end === -1) break;
      if (xml.charCodeAt(end - 1) !== 0x2f) depth++;
      if (depth > max) return true;
      i = end;
    }
    if (i === -1) break;
  }
  return false;
}

function skipTo(xml: string, close: string, from: number): number {
  const end = xml.indexOf(close, from + 2);
  return end === -1 ? -1 : end + close.length - 1;
}
