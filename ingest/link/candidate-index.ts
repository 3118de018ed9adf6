// Compact inverted indexes for the IMPLEMENTS linker's candidate search, built once per link run:
// key (a shingle hash or a term id) → the units holding it, one index per partition (a region).
// The postings of a partition are two sorted typed arrays (keys, units) instead of a Map of
// arrays: 8 bytes a posting instead of ≈ 40, and no per-list object. A posting list longer than
// maxPostings within its partition is boilerplate of that region and is dropped while the index is
// built (the linker skipped such lists anyway, so keeping them only cost memory).
//
// Candidate search for one unit visits its keys' posting lists rarest first (the shortest lists are
// the most telling: inverse document frequency) and stops once `budget` postings have been visited:
// the work per unit is bounded whatever the corpus's size (prefix filtering, as in Bayardo,
// Ma & Srikant 2007, "Scaling up all pairs similarity search": frequent features are looked up
// last, or not at all).

/** Keys per unit as one flat array with offsets (unit u: keys[offsets[u] .. offsets[u + 1])). */
export interface UnitKeys {
  keys: Uint32Array;
  offsets: Uint32Array;
}

/** A typed array of n zeros, in shared memory (a SharedArrayBuffer) when `shared`. */
export function sharedOrNot<T extends Uint32Array | Int32Array>(C: { new (n: number): T; new (b: ArrayBufferLike): T; BYTES_PER_ELEMENT: number }, n: number, shared: boolean): T {
  return shared ? new C(new SharedArrayBuffer(n * C.BYTES_PER_ELEMENT)) : new C(n);
}

/** One partition's postings: sorted by key, then unit. */
export interface Postings {
  keys: Uint32Array;
  units: Int32Array;
  /** keyTable(this), made once with shared postings (shareTables, session 58): every link task of every thread reads it. */
  table?: Int32Array;
  /** docsOfPostings(this, docOfUnit) for the run's measures, made once with shared postings (shareTables, session 58). */
  docs?: { docOfUnit: Int32Array; ofPostings: Int32Array };
}

const UNIT_BITS = 2 ** 21; // units per link run < 2,097,152; key < 2^32: key·2^21 + unit < 2^53

/** Per-partition postings of every unit's keys; lists longer than maxPostings left out; in shared
 *  memory when `shared`. */
export function partitionedPostings(k: UnitKeys, partOf: string[], maxPostings: number, shared = false): Map<string, Postings> {
  const n = k.offsets.length - 1;
  if (n >= UNIT_BITS) throw new Error(`link: ${n} measures in one link run; at most ${UNIT_BITS - 1}`);
  // The units of each partition in one pass (in unit order), not one pass over every unit per
  // partition: a corpus of many regions has hundreds of partitions (session 19, gen-corpus 1,000,
  // 387 partitions: the three indexes' postings 335 → 118 ms of CPU, the same arrays).
  const partIndex = new Map<string, number>();
  const partOfUnit = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    let p = partIndex.get(partOf[u]);
    if (p === undefined) partIndex.set(partOf[u], (p = partIndex.size));
    partOfUnit[u] = p;
  }
  const unitsAt = new Int32Array(partIndex.size + 1);
  const sizeOf = new Float64Array(partIndex.size);
  for (let u = 0; u < n; u++) {
    unitsAt[partOfUnit[u] + 1]++;
    sizeOf[partOfUnit[u]] += k.offsets[u + 1] - k.offsets[u];
  }
  for (let p = 0; p < partIndex.size; p++) unitsAt[p + 1] += unitsAt[p];
  const byPart = new Int32Array(n);
  const fill = unitsAt.slice(0, partIndex.size);
  for (let u = 0; u < n; u++) byPart[fill[partOfUnit[u]]++] = u;
  const out = new Map<string, Postings>();
  for (const [part, pi] of partIndex) {
    const size = sizeOf[pi];
    // Packed (key, unit) pairs sorted as numbers: one typed-array sort per partition.
    const packed = new Float64Array(size);
    let at = 0;
    for (let x = unitsAt[pi]; x < unitsAt[pi + 1]; x++) {
      const u = byPart[x];
      for (let i = k.offsets[u]; i < k.offsets[u + 1]; i++) packed[at++] = k.keys[i] * UNIT_BITS + u;
    }
    packed.sort();
    let kept = 0;
    for (let s = 0; s < size; ) {
      const key = Math.floor(packed[s] / UNIT_BITS);
      let e = s + 1;
      while (e < size && Math.floor(packed[e] / UNIT_BITS) === key) e++;
      if (e - s <= maxPostings) kept += e - s;
      s = e;
    }
    const keys = sharedOrNot(Uint32Array, kept, shared);
    const units = sharedOrNot(Int32Array, kept, shared);
    let w = 0;
    for (let s = 0; s < size; ) {
      const key = Math.floor(packed[s] / UNIT_BITS);
      let e = s + 1;
      while (e < size && Math.floor(packed[e] / UNIT_BITS) === key) e++;
      if (e - s <= maxPostings) {
        for (let i = s; i < e; i++) {
          keys[w] = key;
          units[w++] = packed[i] - key * UNIT_BITS;
        }
      }
      s = e;
    }
    out.set(part, { keys, units });
  }
  return out;
}

/** [start, end) of key's postings in p (empty when absent). */
export function postingRange(p: Postings, key: number): [number, number] {
  const lo = firstAtLeast(p.keys, key);
  return [lo, endOfRun(p.keys, lo, key)];
}

/** The first index of sorted `keys` holding `key` or more. Session 29 (perf): a few interpolation steps narrow the
 *  range first: the keys are shingle hashes and term ids spread over their range, so where a key would sit were
 *  they even is near its place (Perl, Itai & Avni 1978, "Interpolation search"). Each guess is checked with a
 *  window of about √n on the side of the key; a branch-free binary search then ends on what is left. Every step keeps
 *  keys[i] < key below lo and keys[i] ≥ key from hi, so the index is the binary search's whatever the keys. */
function firstAtLeast(keys: Uint32Array, key: number): number {
  let lo = 0;
  let hi = keys.length;
  for (let step = 0; step < INTERPOLATION_STEPS && hi - lo > INTERPOLATION_MIN; step++) {
    const a = keys[lo];
    if (a >= key) return lo;
    const b = keys[hi - 1];
    if (b < key) return hi;
    // a < key ≤ b, so b > a and the guess is in [lo, hi - 1].
    const span = hi - lo;
    const g = lo + Math.floor(((key - a) / (b - a)) * (span - 1));
    const w = Math.ceil(Math.sqrt(span));
    if (keys[g] < key) {
      lo = g + 1;
      const t = Math.min(hi - 1, g + w);
      if (t >= lo) {
        if (keys[t] >= key) hi = t;
        else lo = t + 1;
      }
    } else {
      hi = g;
      const t = Math.max(lo, g - w);
      if (t < hi) {
        if (keys[t] < key) lo = t + 1;
        else hi = t;
      }
    }
  }
  // The binary search on [lo, hi) without a branch on the comparison (a conditional move): the branch of the classic
  // loop is a coin toss the processor mispredicts half the time, and a partition's keys are mostly in cache (gen-corpus
  // 1,000: 1,161 partitions, at most 3,143 postings, median 1,428).
  if (lo >= hi) return lo;
  let base = lo;
  let n = hi - lo;
  while (n > 1) {
    const half = n >>> 1;
    base = keys[base + half] < key ? base + half : base;
    n -= half;
  }
  return keys[base] < key ? base + 1 : base;
}

// firstAtLeast's interpolation: at most this many steps, on ranges longer than INTERPOLATION_MIN (a shorter one is a
// few cache lines: the binary search alone). Session 29, gen-corpus 1,000: see docs/history/performance.md.
const INTERPOLATION_STEPS = 3;
const INTERPOLATION_MIN = 64;

/** The end of the run of `key` starting at `lo`, by galloping then a binary search, not a walk: a
 *  short list costs a step or two, and a long one (often far longer than the postings the budget
 *  lets sharedKeys visit) log2 of its length. */
function endOfRun(keys: Uint32Array, lo: number, key: number): number {
  const n = keys.length;
  let step = 1;
  let l = lo;
  while (lo + step < n && keys[lo + step] === key) {
    l = lo + step;
    step *= 2;
  }
  let end = Math.min(n, lo + step);
  while (l < end) {
    const mid = (l + end) >>> 1;
    if (keys[mid] === key) l = mid + 1;
    else end = mid;
  }
  return end;
}

/** Which candidates unit `u` may take, in two parts: its document's verdict on the candidate's
 *  document, asked once per document (`doc(d)`: 1 yes, 0 no; kept in `docOk`, where -1 is "not
 *  asked yet"; the caller resets it when the lower document changes), then, for allowed documents
 *  only, the candidate unit's own verdict (`unit(j)`, once per unit and call). A posting of a
 *  rejected document costs two typed-array reads: on the law mirror 99.3 % of the candidates met
 *  are rejected by their document (subject, level, date, region; session 20's profile: 84.5 M
 *  keep() calls in a 1,200-document slice). */
export interface CandidateGate {
  docOfUnit: Int32Array;
  docOk: Int8Array;
  doc: (d: number) => number;
  unit: (j: number) => boolean;
}

/** Counts, per candidate unit, the keys it shares with unit `u` over the partitions of `chain`,
 *  rarest lists first, at most `budget` postings visited (a rejected candidate's postings count
 *  too); `gate` filters the candidates (their document may be implemented by u's). Returns
 *  candidate → shared keys. `scratch` is a counter array of one slot per unit, all zero, left all zero. */
export function sharedKeys(
  u: number,
  k: UnitKeys,
  index: Map<string, Postings>,
  chain: string[],
  budget: number,
  gate: CandidateGate,
  scratch: Int32Array,
): Map<number, number> {
  const { docOfUnit, docOk } = gate;
  // The posting lists of u's keys in each partition of the chain, as (partition, start, end) in
  // scratch typed arrays (session 23: no array per key and partition, no object per list), then
  // visited shortest first, lists of equal length in the order found, as the stable sort of the
  // list objects before did: each list's length and number packed into one double, sorted as numbers.
  const k0 = k.offsets[u];
  const k1 = k.offsets[u + 1];
  let found = 0;
  let partCount = 0;
  for (const part of chain) {
    const p = index.get(part);
    if (!p) continue;
    const pi = partCount++;
    parts[pi] = p;
    partDocs[pi] = docsOfPostings(p, docOfUnit);
    if (runStart.length < found + (k1 - k0)) growRuns(found + (k1 - k0));
    // Each key's list found by the partition's key table (one probe, start and end side by side),
    // the same [start, end) as firstAtLeast and endOfRun found (session 57).
    const t = keyTable(p);
    const mask = t.length / 3 - 1;
    for (let i = k0; i < k1; i++) {
      const key = k.keys[i] | 0;
      let slot = (Math.imul(key, HASH_MUL) >>> 0) & mask;
      for (;;) {
        const at = slot * 3;
        const end = t[at + 2];
        if (end === 0) break;
        if (t[at] === key) {
          runPart[found] = pi;
          runStart[found] = t[at + 1];
          runEnd[found] = end;
          found++;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }
  const order = runOrder.subarray(0, found);
  for (let r = 0; r < found; r++) order[r] = (runEnd[r] - runStart[r]) * RUN_BITS + r;
  order.sort();
  const touched: number[] = [];
  let visited = 0;
  for (let x = 0; x < found; x++) {
    const r = order[x] % RUN_BITS;
    const units = parts[runPart[r]]!.units;
    const docs = partDocs[runPart[r]]!;
    const s = runStart[r];
    const e = runEnd[r];
    if (visited + (e - s) > budget) break;
    visited += e - s;
    // The posting's document read in order beside its unit (docsOfPostings), not through the unit
    // (a random read per posting); gate.doc is asked as before: for a posting not of u itself, its
    // document not asked yet.
    for (let i = s; i < e; i++) {
      const d = docs[i];
      let ok = docOk[d];
      if (ok === 0) continue;
      const j = units[i];
      if (j === u) continue;
      if (ok < 0) {
        ok = docOk[d] = gate.doc(d);
        if (ok === 0) continue;
      }
      if (scratch[j] === 0) {
        if (!gate.unit(j)) {
          scratch[j] = -1;
          touched.push(j);
          continue;
        }
        touched.push(j);
      } else if (scratch[j] < 0) continue;
      scratch[j]++;
    }
  }
  const out = new Map<number, number>();
  for (const j of touched) {
    if (scratch[j] > 0) out.set(j, scratch[j]);
    scratch[j] = 0;
  }
  parts.fill(undefined, 0, partCount);
  partDocs.fill(undefined, 0, partCount);
  return out;
}

// Session 57 (perf): sharedKeys found each key's list by an interpolation and binary search in the
// partition's sorted keys, then the run's end by galloping — several cache misses a key, ≈ half of
// sharedKeys' time on the law mirror — and read each posting's document through its unit. Both are
// now read from tables built once per partition and Postings object on first use (kept while the postings
// live): the lists are the same [start, end), visited in the same order, so the counts are the same.
// Since session 58 the shared indexes carry them, made once by the main thread (shareTables): a link task's
// Postings objects are new (a message's clone), so "once per object" had meant once per task.

/** Knuth's multiplicative hash constant (2^32 / φ). */
const HASH_MUL = 0x9e3779b1 | 0;

const keyTables = new WeakMap<Postings, Int32Array>();

/** A partition's distinct keys in an open-addressing table of (key, start, end) triples, at most
 *  half full, linear probing; end 0 marks an empty slot (a list's end is at least 1). Key 0 and keys
 *  of 2^31 or more are stored as their 32 bits (`key | 0`). */
export function keyTable(p: Postings): Int32Array {
  let t = p.table ?? keyTables.get(p);
  if (t) return t;
  t = buildKeyTable(p.keys, false);
  keyTables.set(p, t);
  return t;
}

/** The key table of a partition's sorted keys (keyTable), in shared memory when `shared`. */
function buildKeyTable(keys: Uint32Array, shared: boolean): Int32Array {
  let distinct = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) distinct++;
  let slots = 16;
  while (slots < 2 * distinct) slots *= 2;
  const t = sharedOrNot(Int32Array, slots * 3, shared);
  const mask = slots - 1;
  for (let s = 0; s < keys.length; ) {
    const key = keys[s];
    let e = s + 1;
    while (e < keys.length && keys[e] === key) e++;
    let slot = (Math.imul(key | 0, HASH_MUL) >>> 0) & mask;
    while (t[slot * 3 + 2] !== 0) slot = (slot + 1) & mask;
    t[slot * 3] = key | 0;
    t[slot * 3 + 1] = s;
    t[slot * 3 + 2] = e;
    s = e;
  }
  return t;
}

const postingDocs = new WeakMap<Postings, WeakMap<Int32Array, Int32Array>>();

/** The document of each posting of p (docOfUnit[p.units[i]]), one array per postings and
 *  docOfUnit. */
export function docsOfPostings(p: Postings, docOfUnit: Int32Array): Int32Array {
  if (p.docs && sameDocs(p.docs.docOfUnit, docOfUnit)) return p.docs.ofPostings;
  let byDocs = postingDocs.get(p);
  if (!byDocs) postingDocs.set(p, (byDocs = new WeakMap()));
  let docs = byDocs.get(docOfUnit);
  if (docs) return docs;
  docs = new Int32Array(p.units.length);
  for (let i = 0; i < docs.length; i++) docs[i] = docOfUnit[p.units[i]];
  byDocs.set(docOfUnit, docs);
  return docs;
}

/** The shared docOfUnit a thread's own (built per link task from its measures) was found equal to, element by element: the
 *  check made once per array, not per partition. */
const checkedDocs = new WeakMap<Int32Array, Int32Array>();
function sameDocs(shared: Int32Array, own: Int32Array): boolean {
  if (shared === own || checkedDocs.get(own) === shared) return true;
  if (shared.length !== own.length) return false;
  for (let i = 0; i < own.length; i++) if (shared[i] !== own[i]) return false;
  checkedDocs.set(own, shared);
  return true;
}

/**
 * Session 58 (perf, issue 11): each partition's key table and postings' documents made once, in shared memory, by the main
 * thread that builds the shared indexes (implements.ts buildLinkIndexes). A link task receives the indexes as a structured
 * clone — new Postings objects over the same shared buffers — so the tables kept per Postings object (keyTables, postingDocs)
 * were made again by every task (16 a thread) for every partition it met. The tables are the same numbers: keyTable and
 * docsOfPostings read them when present (docs only for a docOfUnit equal to the one they were made for).
 */
export function shareTables(index: Map<string, Postings>, docOfUnit: Int32Array): void {
  for (const p of index.values()) {
    p.table = buildKeyTable(p.keys, true);
    const ofPostings = sharedOrNot(Int32Array, p.units.length, true);
    for (let i = 0; i < ofPostings.length; i++) ofPostings[i] = docOfUnit[p.units[i]];
    p.docs = { docOfUnit, ofPostings };
  }
}

// sharedKeys' scratch, grown as needed (a thread runs one call at a time). A list's length is at
// most the units of a link run (< 2^21, UNIT_BITS) and a call finds fewer than RUN_BITS lists, so
// length · RUN_BITS + number is exact in a double.
const RUN_BITS = 2 ** 30;
const parts: (Postings | undefined)[] = [];
const partDocs: (Int32Array | undefined)[] = [];
let runPart = new Int32Array(0);
let runStart = new Int32Array(0);
let runEnd = new Int32Array(0);
let runOrder = new Float64Array(0);
function growRuns(n: number): void {
  if (n >= RUN_BITS) throw new Error(`link: ${n} posting lists for one measure; at most ${RUN_BITS - 1}`);
  const size = Math.max(n, 2 * runStart.length, 1024);
  const grown = (a: Int32Array) => {
    const b = new Int32Array(size);
    b.set(a);
    return b;
  };
  [runPart, runStart, runEnd] = [grown(runPart), grown(runStart), grown(runEnd)];
  runOrder = new Float64Array(size);
}
