// A typed array of unknown final length, filled one number at a time, then copied once into an
// array of exactly its length (in shared memory when asked). It grows by chunks kept side by
// side, not by doubling one array: no chunk is copied while filling, and at the end the chunks
// and the result are held at once (≈ 2× the data) instead of the old array, its doubled copy and
// the result (up to 4×; issue 11: the link stage's largest arrays are ≈ 100 MB at 10,000 documents).
export type Numbers = Int32Array | Uint16Array | Uint32Array | Float64Array;

type Maker<T extends Numbers> = { new (n: number): T; new (b: ArrayBufferLike): T; BYTES_PER_ELEMENT: number };

const FIRST_CHUNK = 1 << 12;
const MAX_CHUNK = 1 << 22;

export class Grow<T extends Numbers> {
  length = 0;
  private readonly full: T[] = [];
  private chunk: T;
  private at = 0;
  constructor(private readonly C: Maker<T>) {
    this.chunk = new C(FIRST_CHUNK);
  }
  push(x: number): void {
    if (this.at === this.chunk.length) {
      this.full.push(this.chunk);
      this.chunk = new this.C(Math.min(MAX_CHUNK, this.chunk.length * 2));
      this.at = 0;
    }
    this.chunk[this.at++] = x;
    this.length++;
  }
  /** Every number pushed, in order; the chunks are let go. */
  done(shared = false): T {
    const out = shared ? new this.C(new SharedArrayBuffer(this.length * this.C.BYTES_PER_ELEMENT)) : new this.C(this.length);
    let o = 0;
    for (const c of this.full) {
      out.set(c as never, o);
      o += c.length;
    }
    out.set(this.chunk.subarray(0, this.at) as never, o);
    this.full.length = 0;
    this.chunk = new this.C(0);
    this.at = 0;
    this.length = 0;
    return out;
  }
}
