// Bigram sets (and term vectors) as integer ids, for the link rules that test one set against many (issue 11, session 56): a clause pair's
// shared bigrams found by typed-array reads instead of a `Set<string>.has` per bigram (a string hash look-up and compare).
// Each thread interns the bigrams it meets once (a bigram is two Han characters: the id space is bounded by the
// vocabulary, a few hundred thousand at most; the ranking's terms have their own space, so the bigrams' table stays small and
// in cache); a set's ids are kept while the set lives (the linker hands the same clause
// sets for a higher article to every lower article it compares with them). Nothing here changes an answer: ids only say
// "the same bigram".

/** One id space: strings to ids 1, 2, … (0 is never an id), given on first sight. */
export class Ids {
  private ids = new Map<string, number>();
  private ofSets = new WeakMap<Set<string>, Int32Array>();

  id(x: string): number {
    let id = this.ids.get(x);
    if (id === undefined) this.ids.set(x, (id = this.ids.size + 1));
    return id;
  }

  /** The ids of a set's members, in the set's order, kept while the set lives. */
  ofSet(s: Set<string>): Int32Array {
    let a = this.ofSets.get(s);
    if (a === undefined) {
      a = new Int32Array(s.size);
      let i = 0;
      for (const x of s) a[i++] = this.id(x);
      this.ofSets.set(s, a);
    }
    return a;
  }

  /** The ids of an array's members, in order. */
  of(xs: readonly string[]): Int32Array {
    const a = new Int32Array(xs.length);
    for (let i = 0; i < xs.length; i++) a[i] = this.id(xs[i]);
    return a;
  }

  /** One more than the largest id given so far (the length a table indexed by id needs). */
  bound(): number {
    return this.ids.size + 1;
  }
}

/** A bigram set `a` (its ids, in order) marked in a table indexed by id, so that which of its members another set holds is read
 *  with one typed-array read per member of the other set: `mark(aIds)`, then `hits(bIds)` any number of times (the positions in a
 *  of the shared members, flagged with a fresh stamp in `hit`), then `unmark(aIds)`. One marker per thread at a time. */
export class BigramMarker {
  constructor(private readonly space: Ids) {}
  private at = new Int32Array(1024);
  /** hit[i] === stamp: a's member i is in the last set `hits` read. */
  hit = new Uint32Array(256);
  /** With `hitValues`: the other set's value of a's member i (where hit[i] === stamp). */
  value = new Float64Array(256);
  stamp = 0;

  mark(a: Int32Array): void {
    const bound = this.space.bound();
    if (this.at.length < bound) {
      const grown = new Int32Array(Math.max(bound, 2 * this.at.length));
      grown.set(this.at);
      this.at = grown;
    }
    if (this.hit.length < a.length) {
      this.hit = new Uint32Array(Math.max(a.length, 2 * this.hit.length));
      this.value = new Float64Array(this.hit.length);
      this.stamp = 0;
    }
    for (let i = 0; i < a.length; i++) this.at[a[i]] = i + 1;
  }

  /** Flags a's members that b holds (hit[i] === stamp) and returns how many. b's ids must have been given before `mark`. */
  hits(b: Int32Array): number {
    if (++this.stamp === 0xffffffff) {
      this.hit.fill(0);
      this.stamp = 1;
    }
    const { at, hit, stamp } = this;
    let n = 0;
    for (let j = 0; j < b.length; j++) {
      const p = at[b[j]];
      if (p !== 0) {
        hit[p - 1] = stamp;
        n++;
      }
    }
    return n;
  }

  /** As `hits`, keeping b's value of each shared member (vals[j] for b[j]) in value[i]. */
  hitValues(b: Int32Array, vals: Float64Array): number {
    if (++this.stamp === 0xffffffff) {
      this.hit.fill(0);
      this.stamp = 1;
    }
    const { at, hit, value, stamp } = this;
    let n = 0;
    for (let j = 0; j < b.length; j++) {
      const p = at[b[j]];
      if (p !== 0) {
        hit[p - 1] = stamp;
        value[p - 1] = vals[j];
        n++;
      }
    }
    return n;
  }

  unmark(a: Int32Array): void {
    for (let i = 0; i < a.length; i++) this.at[a[i]] = 0;
  }
}
