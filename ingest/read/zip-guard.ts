// Zip-bomb checks for .docx, before any library inflates it. The central directory (APPNOTE.TXT
// 4.3.12–4.3.16, zip64 4.3.14/4.5.3) declares every entry's sizes: too many entries, an entry or a
// total too large, or a compression ratio no document reaches are refused there, without
// inflating. Declared sizes can lie, so each entry is then inflated once with its declared size
// as a hard cap (zlib's maxOutputLength): one that inflates to more is refused too.
import { crc32, inflateRawSync } from 'node:zlib';
import type { IngestLimits } from '../guard.js';
import { ReadProblem } from './problem.js';

export interface ZipEntryInfo {
  /** The name as UTF-8 (what Office and OFD writers use); `rawName` holds the bytes for other encodings. */
  name: string;
  /** The name's bytes as stored in the central directory (a Chinese Windows zip writes GBK there). */
  rawName: Uint8Array;
  /** General purpose bit flags (APPNOTE 4.4.4): bit 0 encrypted, bit 11 the name is UTF-8. */
  flags: number;
  /** The UTF-8 name of an Info-ZIP Unicode Path extra field (0x7075, APPNOTE 4.6.9), when there is one. */
  unicodeName?: string;
  method: number;
  /** CRC-32 of the inflated bytes. */
  crc: number;
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

/** Bytes `length` from `offset` of a zip (the whole file in memory, or read from disk on demand). */
export type ZipBytes = (offset: number, length: number) => Uint8Array;

/** The entries the central directory lists, with their declared sizes (zip64 extra fields read). */
export function centralDirectory(bytes: Uint8Array, kind: ZipKind = DOCX_ZIP): ZipEntryInfo[] {
  return zipDirectory((offset, length) => bytes.subarray(offset, offset + length), bytes.length, kind);
}

/**
 * The central directory of a zip of `size` bytes read through `at`: only the end records and the
 * directory itself are asked for, so an archive on disk need not be read whole.
 */
export function zipDirectory(at: ZipBytes, size: number, kind: ZipKind = DOCX_ZIP): ZipEntryInfo[] {
  const truncated = truncatedAs(kind);
  // The end record is the last 22 bytes plus a comment of at most 65,535 bytes.
  const tailStart = Math.max(0, size - 22 - 0xffff);
  const tail = at(tailStart, size - tailStart);
  const t = view(tail);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (t.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw truncated('no end of central directory');
  let count = t.getUint16(eocd + 10, true);
  let cdSize = t.getUint32(eocd + 12, true);
  let cdOffset = t.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = tailStart + eocd - 20;
    const locator = loc >= 0 ? at(loc, 20) : new Uint8Array(0);
    if (locator.length < 20 || view(locator).getUint32(0, true) !== ZIP64_LOCATOR) throw truncated('zip64 locator missing');
    const rec = u64(view(locator), 8);
    const record = rec + 56 <= size ? at(rec, 56) : new Uint8Array(0);
    if (record.length < 56 || view(record).getUint32(0, true) !== ZIP64_EOCD) throw truncated('zip64 end record missing');
    const r = view(record);
    count = u64(r, 32);
    cdSize = u64(r, 40);
    cdOffset = u64(r, 48);
  }
  if (cdOffset + cdSize > size) throw truncated('central directory cut off');
  const cd = at(cdOffset, cdSize);
  const v = view(cd);
  const entries: ZipEntryInfo[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || v.getUint32(p, true) !== CENTRAL) throw truncated('central directory damaged');
    const flags = v.getUint16(p + 8, true);
    const method = v.getUint16(p + 10, true);
    const crc = v.getUint32(p + 16, true);
    let compressedSize = v.getUint32(p + 20, true);
    let size = v.getUint32(p + 24, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    let localHeaderOffset = v.getUint32(p + 42, true);
    if (p + 46 + nameLen + extraLen > cd.length) throw truncated('central directory damaged');
    const rawName = cd.subarray(p + 46, p + 46 + nameLen);
    const name = Buffer.from(rawName.buffer, rawName.byteOffset, nameLen).toString('utf8');
    let unicodeName: string | undefined;
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = v.getUint16(x, true);
      const len = v.getUint16(x + 2, true);
      if (id === 1) {
        // Zip64 extended information: the fields that are 0xFFFFFFFF above, in order.
        let f = x + 4;
        const next = () => {
          const value = f + 8 <= x + 4 + len ? u64(v, f) : 0;
          f += 8;
          return value;
        };
        if (size === 0xffffffff) size = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
      } else if (id === 0x7075 && len > 5 && x + 4 + len <= cd.length && v.getUint8(x + 4) === 1 && v.getUint32(x + 5, true) === crc32(rawName)) {
        // Info-ZIP Unicode Path: version 1, the CRC-32 of the header's name (a tool that renamed the entry
        // without updating this field breaks it, and the field is then ignored), then the name in UTF-8.
        unicodeName = Buffer.from(cd.buffer, cd.byteOffset + x + 9, len - 5).toString('utf8');
      }
      x += 4 + len;
    }
    entries.push({ name, rawName, flags, unicodeName, method, crc, compressedSize, size, localHeaderOffset });
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
  const at: ZipBytes = (offset, length) => bytes.subarray(offset, offset + length);
  const out = new Map<string, Buffer>();
  for (const e of entries) {
    if (e.name.endsWith('/') || !wanted(e.name)) continue; // a folder, or a part the reader does not need
    out.set(e.name, inflateEntry(at, e, kind));
  }
  return out;
}

/**
 * One entry's bytes, read through `at` and inflated with its declared size as the cap: an entry that inflates to
 * more is refused as a bomb, one cut off or damaged as truncated, a method other than store and deflate by name.
 * `label` names the entry in the messages (a member's decoded name; the header's UTF-8 name by default).
 */
export function inflateEntry(at: ZipBytes, e: ZipEntryInfo, kind: ZipKind = DOCX_ZIP, label = e.name): Buffer {
  const truncated = truncatedAs(kind);
  const local = at(e.localHeaderOffset, 30);
  if (local.length < 30 || view(local).getUint32(0, true) !== LOCAL) throw truncated(`${label}: local header missing`);
  const start = e.localHeaderOffset + 30 + view(local).getUint16(26, true) + view(local).getUint16(28, true);
  const stored = at(start, e.compressedSize);
  if (stored.length < e.compressedSize) throw truncated(`${label} cut off`);
  const data = Buffer.from(stored.buffer, stored.byteOffset, stored.length);
  let inflated: Buffer;
  if (e.method === 0) inflated = data;
  else if (e.method === 8) {
    try {
      // One byte over the declared size is enough to know it lies.
      inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size + 1) });
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ReadProblem('zip-bomb', `${label} inflates to more than the ${mb(e.size)} its header declares; refused (a zip bomb?)`, { cause });
      }
      throw truncated(`${label}: ${(cause as Error).message}`);
    }
  } else throw new ReadProblem('unsupported-format', `${label} uses zip compression method ${e.method}, which ${kind.writer} does not write; save it again as ${kind.ext}`);
  if (inflated.length !== e.size) {
    if (inflated.length > e.size) throw new ReadProblem('zip-bomb', `${label} inflates to more than the ${mb(e.size)} its header declares; refused (a zip bomb?)`);
    throw truncated(`${label} inflates to ${inflated.length} bytes, its header declares ${e.size}`);
  }
  return inflated;
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
