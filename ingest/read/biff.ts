// The record layer of an Excel 97-2003 workbook stream ([MS-XLS] §2.1.4, BIFF8): records of a 2-byte type and a
// 2-byte length, a record longer than 8,224 bytes carried on in CONTINUE records, and the strings, which may cross
// from one record into its CONTINUE: there the continuation starts with one byte saying whether the rest of the
// characters are stored one byte each (the low byte of UTF-16) or two. Every read is bounds-checked: a field past
// the end of its record gives a `truncated` refusal, never a read past the stream or an unbounded loop.
import { ReadProblem } from './problem.js';

export const REC = {
  BOF: 0x0809,
  EOF: 0x000a,
  CONTINUE: 0x003c,
  FILEPASS: 0x002f,
  DATEMODE: 0x0022,
  FORMAT: 0x041e,
  XF: 0x00e0,
  BOUNDSHEET: 0x0085,
  SST: 0x00fc,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RSTRING: 0x00d6,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  BOOLERR: 0x0205,
  FORMULA: 0x0006,
  STRING: 0x0207,
} as const;

export interface BiffRecord {
  type: number;
  /** Offset of the record's header in the stream. */
  at: number;
  /** The record's data, then the data of each CONTINUE record right after it. */
  parts: Buffer[];
}

const damaged = (what: string) =>
  new ReadProblem('truncated', `the workbook stream is damaged or cut off (${what}); open it in Excel or WPS and save it again`);

/** The records from `from` to the stream's end, each with its CONTINUE records. */
export function* records(stream: Buffer, from = 0): Generator<BiffRecord> {
  let at = from;
  let pending: BiffRecord | undefined;
  while (at + 4 <= stream.length) {
    const type = stream.readUInt16LE(at);
    const size = stream.readUInt16LE(at + 2);
    if (at + 4 + size > stream.length) throw damaged(`record 0x${type.toString(16)} at ${at} runs past the stream's end`);
    const data = stream.subarray(at + 4, at + 4 + size);
    if (type === REC.CONTINUE && pending) pending.parts.push(data);
    else {
      if (pending) yield pending;
      pending = { type, at, parts: [data] };
    }
    at += 4 + size;
  }
  if (pending) yield pending;
}

/** A cursor over a record and its CONTINUE parts. */
export class BiffReader {
  private part = 0;
  private off = 0;
  constructor(private readonly parts: Buffer[]) {}

  /** Bytes left in the current part (a string's characters stop at its end). */
  private here(): number {
    return this.parts[this.part].length - this.off;
  }

  private next(): boolean {
    if (this.part + 1 >= this.parts.length) return false;
    this.part++;
    this.off = 0;
    return true;
  }

  get done(): boolean {
    for (let p = this.part, o = this.off; p < this.parts.length; p++, o = 0) if (this.parts[p].length > o) return false;
    return true;
  }

  /** `n` bytes as one buffer, across parts (fields other than characters are split with no flag byte). */
  bytes(n: number): Buffer {
    const out: Buffer[] = [];
    let left = n;
    while (left > 0) {
      if (this.here() === 0 && !this.next()) throw damaged(`a field of ${n} bytes runs past its record`);
      const take = Math.min(left, this.here());
      out.push(this.parts[this.part].subarray(this.off, this.off + take));
      this.off += take;
      left -= take;
    }
    return out.length === 1 ? out[0] : Buffer.concat(out);
  }

  u8(): number {
    return this.bytes(1)[0];
  }
  u16(): number {
    return this.bytes(2).readUInt16LE(0);
  }
  u32(): number {
    return this.bytes(4).readUInt32LE(0);
  }
  f64(): number {
    return this.bytes(8).readDoubleLE(0);
  }
  skip(n: number): void {
    this.bytes(n);
  }

  /** `count` characters, one or two bytes each by `high`; where the record ends mid-string, the next CONTINUE's
   *  first byte says how the rest is stored. */
  chars(count: number, high: boolean): string {
    let out = '';
    let left = count;
    let wide = high;
    while (left > 0) {
      if (this.here() === 0) {
        if (!this.next()) throw damaged(`a string of ${count} characters runs past its record`);
        wide = (this.u8() & 1) === 1;
        continue;
      }
      const width = wide ? 2 : 1;
      const n = Math.min(left, Math.floor(this.here() / width));
      if (n === 0) throw damaged('a two-byte character split across records');
      const raw = this.parts[this.part].subarray(this.off, this.off + n * width);
      out += wide ? raw.toString('utf16le') : raw.toString('latin1');
      this.off += n * width;
      left -= n;
    }
    return out;
  }

  /** XLUnicodeString (a 2-byte count, LABEL, STRING, FORMAT) or ShortXLUnicodeString (a 1-byte count, BOUNDSHEET). */
  string(countBytes: 1 | 2 = 2): string {
    const count = countBytes === 1 ? this.u8() : this.u16();
    const flags = this.u8();
    return this.chars(count, (flags & 1) === 1);
  }

  /** XLUnicodeRichExtendedString (the shared-string table): rich-text runs and phonetic data skipped. */
  richString(): string {
    const count = this.u16();
    const flags = this.u8();
    const runs = flags & 0x08 ? this.u16() : 0;
    const ext = flags & 0x04 ? this.u32() : 0;
    const text = this.chars(count, (flags & 1) === 1);
    this.skip(runs * 4 + ext);
    return text;
  }
}

/** An RK number ([MS-XLS] §2.5.217): 30 bits of an integer or of a double's high bits, maybe ×100. */
export function rkNumber(rk: number): number {
  const scaled = (rk & 0x01) === 1;
  let value: number;
  if (rk & 0x02) value = rk >> 2;
  else {
    const b = Buffer.alloc(8);
    b.writeUInt32LE((rk & 0xfffffffc) >>> 0, 4);
    value = b.readDoubleLE(0);
  }
  return scaled ? value / 100 : value;
}
