// A minimal zip writer for hostile test files: entries whose raw-deflate bytes are given (so a
// 2 GB entry is never held in memory), with honest or lying sizes in the headers. CRC-32 of a
// repeated chunk comes from crc32Combine (zlib's crc32_combine), not from hashing gigabytes.
import { deflateRawSync, constants } from 'node:zlib';

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

// GF(2) matrix helpers of zlib's crc32_combine (Mark Adler).
function gf2Times(mat: Uint32Array, vec: number): number {
  let sum = 0;
  for (let i = 0; vec; i++, vec >>>= 1) if (vec & 1) sum ^= mat[i];
  return sum >>> 0;
}
function gf2Square(square: Uint32Array, mat: Uint32Array) {
  for (let n = 0; n < 32; n++) square[n] = gf2Times(mat, mat[n]);
}

/** CRC-32 of A‖B from crc(A), crc(B) and len(B). */
export function crc32Combine(crc1: number, crc2: number, len2: number): number {
  if (len2 <= 0) return crc1;
  const even = new Uint32Array(32);
  const odd = new Uint32Array(32);
  odd[0] = 0xedb88320;
  for (let n = 1, row = 1; n < 32; n++, row <<= 1) odd[n] = row >>> 0;
  gf2Square(even, odd);
  gf2Square(odd, even);
  let c1 = crc1 >>> 0;
  let len = len2;
  do {
    gf2Square(even, odd);
    if (len % 2) c1 = gf2Times(even, c1);
    len = Math.floor(len / 2);
    if (!len) break;
    gf2Square(odd, even);
    if (len % 2) c1 = gf2Times(odd, c1);
    len = Math.floor(len / 2);
  } while (len);
  return (c1 ^ crc2) >>> 0;
}

export interface ZipEntry {
  name: string;
  /** Raw deflate stream (method 8). */
  deflated: Uint8Array;
  crc: number;
  /** Inflated size as it is; `declaredSize` overrides what the headers say (a lying archive). */
  size: number;
  declaredSize?: number;
  /** The name's bytes as written, when not the UTF-8 of `name` (a GBK name from Chinese Windows). */
  rawName?: Uint8Array;
  /** General purpose flags; default 0x0800 (UTF-8 names). Bit 0 marks an encrypted entry. */
  flags?: number;
  /** Stored (method 0) instead of deflated: `deflated` then holds the bytes as they are. */
  stored?: boolean;
}

/** Raw deflate of `text`, ended by a full flush (byte-aligned, no back-reference before it): such
 *  pieces concatenate into one valid stream, which `finishDeflate` closes. */
export function deflatePiece(data: Uint8Array | string): Uint8Array {
  return deflateRawSync(data, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
}
export const FINAL_BLOCK = deflateRawSync(Buffer.alloc(0)); // an empty final block

/** An entry made of head, `body` repeated `times`, tail: its deflate stream is the pieces repeated. */
export function repeatedEntry(name: string, head: string, body: string, times: number, tail: string): ZipEntry {
  const [h, b, t] = [head, body, tail].map((s) => Buffer.from(s, 'utf8'));
  const [dh, db, dt] = [h, b, t].map(deflatePiece);
  const parts: Uint8Array[] = [dh];
  for (let i = 0; i < times; i++) parts.push(db);
  parts.push(dt, FINAL_BLOCK);
  // crc(b^times) by doubling.
  let crcBody = 0;
  let lenBody = 0;
  let powCrc = crc32(b);
  let powLen = b.length;
  for (let n = times; n > 0; n = Math.floor(n / 2)) {
    if (n % 2) {
      crcBody = lenBody === 0 ? powCrc : crc32Combine(crcBody, powCrc, powLen);
      lenBody += powLen;
    }
    powCrc = crc32Combine(powCrc, powCrc, powLen);
    powLen *= 2;
  }
  let crc = crc32(h);
  if (lenBody) crc = crc32Combine(crc, crcBody, lenBody);
  crc = crc32Combine(crc, crc32(t), t.length);
  return { name, deflated: Buffer.concat(parts), crc, size: h.length + lenBody + t.length };
}

export function smallEntry(name: string, text: string): ZipEntry {
  const data = Buffer.from(text, 'utf8');
  return { name, deflated: deflateRawSync(data), crc: crc32(data), size: data.length };
}

/** Local headers, data, central directory and end record (no zip64: sizes must fit 32 bits). */
export function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.rawName ?? Buffer.from(e.name, 'utf8'));
    const flags = e.flags ?? 0x0800;
    const method = e.stored ? 0 : 8;
    const size = Math.min(e.declaredSize ?? e.size, 0xfffffffe);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(flags, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(e.crc, 16);
    cd.writeUInt32LE(e.deflated.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.deflated));
    central.push(cd, name);
    offset += 30 + name.length + e.deflated.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBuf, end]);
}
