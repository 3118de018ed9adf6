// The streamed snapshot's temporary record files (stream.ts) and the compact keys of its edges.
// Memory (issue 11, session 19): an edge's key `type|source|target` (edgeKey) was kept as a string
// per edge until the end, ≈ 1.4 M strings at 10,000 documents (≈ 105 B a MENTIONS key, 132 B an
// IMPLEMENTS key); it is now three numbers in typed arrays, the type's and the two ends' indexes
// in a table of names each kept once, and the edges are put in key order by the names' ranks.
import { readSync, writeSync } from 'node:fs';

/** A typed array that grows (doubling) as values are pushed. */
class Grow<A extends Uint8Array | Uint32Array | Float64Array> {
  length = 0;
  constructor(public data: A) {}
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new (this.data.constructor as new (n: number) => A)(Math.max(1024, this.data.length * 2));
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
}

/** JSON texts on a temporary file, record i at offsets[i] (bytes), read back in a given order. */
export class RecordFile {
  private readonly offsets = new Grow(new Float64Array(0));
  private readonly lengths = new Grow(new Uint32Array(0));
  private at = 0;
  // Records are encoded once, straight into this block, which goes to the file when full (session 27,
  // perf: measuring each record's UTF-8 length, then joining and encoding the block again, was
  // ≈ 1 s of the snapshot stage at 1,000 documents).
  private block = Buffer.allocUnsafe(BLOCK_BYTES);
  private blockBytes = 0;
  private blockStart = 0;

  constructor(private readonly fd: number) {}

  get count(): number {
    return this.lengths.length;
  }

  /** Appends a record; returns its index. */
  add(json: string): number {
    // At most 3 bytes a UTF-16 code unit in UTF-8: the record fits in what is left of the block, or
    // the block goes to the file first (and grows for a record bigger than it).
    const room = 3 * json.length;
    if (this.blockBytes + room > this.block.length) {
      this.flush();
      if (room > this.block.length) this.block = Buffer.allocUnsafe(room);
    }
    const length = this.block.write(json, this.blockBytes);
    this.blockBytes += length;
    this.offsets.push(this.at);
    this.lengths.push(length);
    this.at += length;
    return this.lengths.length - 1;
  }

  flush(): void {
    const n = this.blockBytes;
    for (let done = 0; done < n; ) done += writeSync(this.fd, this.block, done, n - done, this.blockStart + done);
    this.blockStart += n;
    this.blockBytes = 0;
  }

  /** The records' JSON, as the UTF-8 bytes written (never decoded: the snapshot writes them as they are). Records
   *  that follow each other in the file as in `order` (a document's measures and their edges, written together and
   *  sorted by key together: about half the edges and two thirds of the nodes of gen-corpus 300) are read at once, up to
   *  READ_BYTES a read, each a view of that read's own buffer (session 59, perf: one read a record before). */
  *texts(order: Uint32Array): Generator<Buffer> {
    this.flush();
    const [offsets, lengths] = [this.offsets.data, this.lengths.data];
    for (let k = 0; k < order.length; ) {
      const start = offsets[order[k]];
      let end = start + lengths[order[k]];
      let last = k + 1;
      while (last < order.length && offsets[order[last]] === end && end + lengths[order[last]] - start <= READ_BYTES) end += lengths[order[last++]];
      const length = end - start;
      const buf = Buffer.allocUnsafe(length);
      for (let done = 0; done < length; ) {
        const n = readSync(this.fd, buf, done, length - done, start + done);
        if (n === 0) throw new Error('snapshot: the temporary record file ended early');
        done += n;
      }
      for (; k < last; k++) {
        const at = offsets[order[k]] - start;
        yield buf.subarray(at, at + lengths[order[k]]);
      }
    }
  }
}

const BLOCK_BYTES = 1 << 22;
const READ_BYTES = 1 << 16;

/** Strings kept once each, numbered in the order first seen. */
export class Names {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  id(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(name, i);
      this.list.push(name);
    }
    return i;
  }
  has(name: string): boolean {
    return this.index.has(name);
  }
  /** Rank of each name (by its index) in the order of `name + suffix` (UTF-16 code units). */
  ranks(suffix = ''): Uint32Array {
    const s = suffix ? this.list.map((n) => n + suffix) : this.list;
    const order = Uint32Array.from(s.keys()).sort((a, b) => cmp(s[a], s[b]));
    const rank = new Uint32Array(s.length);
    order.forEach((id, r) => (rank[id] = r));
    return rank;
  }
}

/** Each edge record's key as (type, source, target) indexes into tables of names. */
export class EdgeKeys {
  private readonly type = new Grow(new Uint8Array(0));
  private readonly source = new Grow(new Uint32Array(0));
  private readonly target = new Grow(new Uint32Array(0));
  private readonly types = new Names();

  constructor(private readonly ends: Names) {}

  /** The key of the next record (records are numbered in the order added). */
  push(type: string, source: string, target: string): void {
    this.pushIds(type, this.ends.id(source), this.ends.id(target));
  }

  /** push, the ends given as their numbers in `ends` (Names.id). */
  pushIds(type: string, source: number, target: number): void {
    const t = this.types.id(type);
    if (t > 255) throw new Error('snapshot: more than 256 edge types');
    this.type.push(t);
    this.source.push(source);
    this.target.push(target);
  }

  private key(i: number): string {
    return `${this.types.list[this.type.data[i]]}|${this.ends.list[this.source.data[i]]}|${this.ends.list[this.target.data[i]]}`;
  }

  /** Record indexes in the order of their keys `type|source|target` as strings (edgeKey), without
   *  making them: `type|`, then `source|`, then `target` decide, each by its rank among the
   *  names, unless a name has a `|` in it (then the strings are compared). Throws on a key
   *  written twice (a record split by mistake). `plainRank`: the ends' ranks (Names.ranks()), if
   *  already made. */
  sorted(plainRank = this.ends.ranks()): Uint32Array {
    const n = this.type.length;
    const order = Uint32Array.from({ length: n }, (_, i) => i);
    const [type, source, target] = [this.type.data, this.source.data, this.target.data];
    const pipes = this.types.list.some((x) => x.includes('|')) || this.ends.list.some((x) => x.includes('|'));
    if (pipes) {
      const keys = Array.from({ length: n }, (_, i) => this.key(i));
      order.sort((a, b) => cmp(keys[a], keys[b]));
    } else {
      const typeRank = this.types.ranks('|');
      const sourceRank = this.ends.ranks('|');
      const targetRank = plainRank;
      order.sort((a, b) => typeRank[type[a]] - typeRank[type[b]] || sourceRank[source[a]] - sourceRank[source[b]] || targetRank[target[a]] - targetRank[target[b]]);
    }
    for (let k = 1; k < n; k++) {
      const [a, b] = [order[k - 1], order[k]];
      if (type[a] === type[b] && source[a] === source[b] && target[a] === target[b]) throw new Error(`snapshot: the edge ${this.key(b)} was written twice`);
    }
    return order;
  }
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
