// Checks on an OLE2 compound file ([MS-CFB]: a .doc, .xls, .ppt or Kingsoft .wps) before word-extractor
// reads it. The library trusts the file: a sector chain that loops through two sectors makes it push
// sector numbers forever (unbounded memory), and a sector beyond the end of a cut-off file is read
// as zeros, so a truncated .doc gives part of its text with no error. Here every chain the library
// follows is walked once, with each sector owned by at most one chain, so the cost is linear in the
// file and a loop, a cross-link or a sector past the end is a one-line reason instead.
import { ReadProblem } from './problem.js';

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = -2;
const FREE = -1;
const HEADER_DIFAT_ENTRIES = 109;
const DIR_ENTRY_BYTES = 128;
const NO_STREAM = -1;

export interface CfbStream {
  name: string;
  /** First sector (regular or mini, by size) and size in bytes. */
  start: number;
  size: number;
}

export interface CfbFile {
  /** Streams directly under the root storage, by name (WordDocument, 1Table, Workbook …). */
  streams: Map<string, CfbStream>;
  /** The first bytes of a stream kept in regular sectors (a Word FIB is), or undefined. */
  head(stream: CfbStream, n: number): Buffer | undefined;
  /** A whole top-level stream (its chain checked above), as a copy of at most `size` bytes. */
  read(stream: CfbStream): Buffer;
}

const truncated = (what: string) =>
  new ReadProblem('truncated', `the compound file is cut off: ${what} is past its end; download it again`);
// Damage is reported as `truncated`, as the docx and PDF readers report a file they cannot parse as a whole
// (checkCfb's `corrupt`, which names the program to save the file again with).

export function checkCfb(bytes: Uint8Array, program = 'Word or WPS'): CfbFile {
  const corrupt = (what: string) =>
    new ReadProblem('truncated', `the compound file is damaged (${what}); open it in ${program} and save it again`);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (buf.length < 512) throw truncated('its 512-byte header');
  if (!MAGIC.every((b, i) => buf[i] === b)) throw corrupt('no OLE2 signature');
  const sectorShift = buf.readUInt16LE(30);
  if (buf.readUInt16LE(32) !== 6 || (sectorShift !== 9 && sectorShift !== 12)) throw corrupt('sector sizes out of range');
  const secSize = 1 << sectorShift;
  // Sector n starts at (n + 1) * secSize. The tables (allocation, directory) must be whole sectors; a stream's last
  // sector may be short, as Excel writes a workbook whose stream ends the file: its bytes are checked against the
  // stream's size below, so a file cut inside a stream's data is still cut off.
  const whole = Math.max(0, Math.floor(buf.length / secSize) - 1);
  const sectors = Math.max(0, Math.ceil(buf.length / secSize) - 1);
  const inFile = (n: number, what: string) => {
    if (n < 0) throw corrupt(`${what} has sector number ${n}`);
    if (n >= whole) throw truncated(`${what} (sector ${n}, the file has ${whole})`);
  };
  const sector = (n: number) => buf.subarray((n + 1) * secSize, (n + 2) * secSize);
  /** Bytes present in a chain of sectors (the last may be short). */
  const present = (parts: number[], unit: number, at: (n: number) => Buffer) =>
    parts.length === 0 ? 0 : (parts.length - 1) * unit + at(parts[parts.length - 1]).length;

  // The allocation table's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatCount = buf.readInt32LE(44);
  if (fatCount < 0 || fatCount > sectors) throw truncated(`an allocation table of ${fatCount} sectors`);
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(fatCount, HEADER_DIFAT_ENTRIES); i++) fatSectors.push(buf.readInt32LE(76 + 4 * i));
  let difat = buf.readInt32LE(68);
  for (let hops = 0; fatSectors.length < fatCount; hops++) {
    if (hops > sectors) throw corrupt('the DIFAT chain loops');
    inFile(difat, 'the DIFAT');
    const s = sector(difat);
    for (let o = 0; o < secSize - 4 && fatSectors.length < fatCount; o += 4) fatSectors.push(s.readInt32LE(o));
    difat = s.readInt32LE(secSize - 4);
  }
  const fat = new Int32Array(fatCount * (secSize / 4));
  fatSectors.forEach((n, i) => {
    inFile(n, 'the allocation table');
    const s = sector(n);
    for (let o = 0; o < secSize; o += 4) fat[i * (secSize / 4) + o / 4] = s.readInt32LE(o);
  });

  // Each sector belongs to at most one chain: a chain that meets a sector already taken loops or is cross-linked.
  // A stream's chain is walked only as far as its size needs: writers leave a longer chain behind (the sectors past
  // its end may belong to the directory), and a stream of size 0 may name any start.
  const owner = new Uint8Array(sectors);
  const chain = (start: number, table: Int32Array, taken: Uint8Array, limit: number, what: string, need = Infinity): number[] => {
    const out: number[] = [];
    for (let n = start; n !== END_OF_CHAIN && n !== FREE && out.length < need; n = table[n]) {
      if (n < 0 || n >= table.length) throw corrupt(`${what} points to sector ${n}`);
      if (n >= limit) throw truncated(`${what} (sector ${n}, the file has ${limit})`);
      if (taken[n]) throw corrupt(`${what} loops or shares sector ${n}`);
      taken[n] = 1;
      out.push(n);
    }
    return out;
  };

  // The directory: 128-byte entries; a red-black tree of siblings under each storage.
  const dirChain = chain(buf.readInt32LE(48), fat, owner, whole, 'the directory');
  const dir = Buffer.concat(dirChain.map(sector));
  const entries = Math.floor(dir.length / DIR_ENTRY_BYTES);
  const entry = (i: number) => {
    const o = i * DIR_ENTRY_BYTES;
    const nameBytes = Math.min(64, Math.max(0, dir.readUInt16LE(o + 64) - 2));
    return {
      // Names as stored: \x01CompObj, \x05SummaryInformation have a control character in front.
      name: dir.toString('utf16le', o, o + nameBytes),
      type: dir[o + 66],
      left: dir.readInt32LE(o + 68),
      right: dir.readInt32LE(o + 72),
      child: dir.readInt32LE(o + 76),
      start: dir.readInt32LE(o + 116),
      size: dir.readUInt32LE(o + 120),
    };
  };
  if (entries === 0 || entry(0).type !== 5) throw corrupt('no root entry in the directory');
  const root = entry(0);
  const seen = new Uint8Array(entries);
  const top: ReturnType<typeof entry>[] = [];
  // Iterative walk of every storage's tree: an index out of range or met twice is a damaged tree.
  const stack: Array<{ i: number; atRoot: boolean }> = root.child === NO_STREAM ? [] : [{ i: root.child, atRoot: true }];
  while (stack.length) {
    const { i, atRoot } = stack.pop()!;
    if (i < 0 || i >= entries || seen[i]) throw corrupt(`directory entry ${i} is out of range or reached twice`);
    seen[i] = 1;
    const e = entry(i);
    if (atRoot) top.push(e);
    for (const next of [e.left, e.right]) if (next !== NO_STREAM) stack.push({ i: next, atRoot });
    if (e.type === 1 && e.child !== NO_STREAM) stack.push({ i: e.child, atRoot: false });
  }

  // Streams under the cutoff (4096) live in 64-byte mini sectors inside the root's stream.
  const cutoff = buf.readUInt32LE(56);
  const miniChain = chain(root.start, fat, owner, sectors, 'the mini stream', Math.ceil(root.size / secSize));
  if (present(miniChain, secSize, sector) < root.size) throw truncated('the end of the mini stream');
  const miniFatChain = chain(buf.readInt32LE(60), fat, owner, whole, 'the mini allocation table');
  const miniFat = new Int32Array(miniFatChain.length * (secSize / 4));
  miniFatChain.forEach((n, i) => {
    const s = sector(n);
    for (let o = 0; o < secSize; o += 4) miniFat[i * (secSize / 4) + o / 4] = s.readInt32LE(o);
  });
  const miniSectors = Math.floor(Math.min(root.size, present(miniChain, secSize, sector)) / 64);
  const miniOwner = new Uint8Array(miniFat.length);
  // The streams the library may open (those at the top level) have their chains checked.
  const streams = new Map<string, CfbStream>();
  const miniParts = new Map<string, number[]>();
  const regularParts = new Map<string, number[]>();
  for (const e of top) {
    if (e.type !== 2) continue;
    const mini = e.size < cutoff;
    const unit = mini ? 64 : secSize;
    const parts = mini
      ? chain(e.start, miniFat, miniOwner, miniSectors, `stream ${e.name}`, Math.ceil(e.size / 64))
      : chain(e.start, fat, owner, sectors, `stream ${e.name}`, Math.ceil(e.size / secSize));
    if ((mini ? parts.length * unit : present(parts, unit, sector)) < e.size) throw truncated(`the end of stream ${e.name}`);
    (mini ? miniParts : regularParts).set(e.name, parts);
    streams.set(e.name, { name: e.name, start: e.start, size: e.size });
  }
  return {
    streams,
    head(stream, n) {
      if (stream.size === 0 || stream.start < 0) return undefined;
      if (!miniParts.has(stream.name)) return Buffer.from(sector(stream.start).subarray(0, Math.min(n, secSize, stream.size)));
      const at = stream.start * 64;
      const s = sector(miniChain[Math.floor(at / secSize)]);
      return Buffer.from(s.subarray(at % secSize, (at % secSize) + Math.min(n, 64, stream.size)));
    },
    read(stream) {
      const regular = regularParts.get(stream.name);
      if (regular) return Buffer.concat(regular.map(sector)).subarray(0, stream.size);
      const mini = (miniParts.get(stream.name) ?? []).map((m) => {
        const at = m * 64;
        return sector(miniChain[Math.floor(at / secSize)]).subarray(at % secSize, (at % secSize) + 64);
      });
      return Buffer.concat(mini).subarray(0, stream.size);
    },
  };
}
