// sharedKeys (ingest/link/candidate-index.ts) with its two-part gate: a document's verdict is asked
// once per lower document, the unit's verdict only for candidates of allowed documents, and the
// shared-key counts are those a plain count over the keys gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionedPostings, postingRange, sharedKeys, type CandidateGate, type Postings, type UnitKeys } from '../../../ingest/link/candidate-index.js';

// 6 documents of 3 units each; unit u holds keys u % 5, (u * 7) % 11 + 5 and 20 (a key every unit has).
const DOCS = 6;
const PER_DOC = 3;
const n = DOCS * PER_DOC;
const docOf = (u: number) => Math.floor(u / PER_DOC);
const keysOf = (u: number) => [...new Set([u % 5, ((u * 7) % 11) + 5, 20])].sort((a, b) => a - b);
const unitKeys: UnitKeys = (() => {
  const offsets = new Uint32Array(n + 1);
  const keys: number[] = [];
  for (let u = 0; u < n; u++) {
    keys.push(...keysOf(u));
    offsets[u + 1] = keys.length;
  }
  return { keys: Uint32Array.from(keys), offsets };
})();
const index = partitionedPostings(unitKeys, Array(n).fill(''), 1000);

function gate(lowerDoc: number, docAllowed: (d: number) => boolean, unitAllowed: (j: number) => boolean) {
  const asked = { docs: [] as number[], units: [] as number[] };
  const g: CandidateGate = {
    docOfUnit: Int32Array.from({ length: n }, (_, u) => docOf(u)),
    docOk: new Int8Array(DOCS).fill(-1),
    doc: (d) => {
      asked.docs.push(d);
      return d !== lowerDoc && docAllowed(d) ? 1 : 0;
    },
    unit: (j) => {
      asked.units.push(j);
      return unitAllowed(j);
    },
  };
  return { g, asked };
}

describe('sharedKeys with a document and a unit verdict', () => {
  it('counts the keys each allowed candidate shares, as a plain count does, and nothing for the others', () => {
    const scratch = new Int32Array(n);
    for (let u = 0; u < n; u++) {
      const docAllowed = (d: number) => d % 2 === 0;
      const unitAllowed = (j: number) => j % 3 !== 1;
      const { g } = gate(docOf(u), docAllowed, unitAllowed);
      const got = sharedKeys(u, unitKeys, index, [''], 1_000_000, g, scratch);
      const want = new Map<number, number>();
      for (let j = 0; j < n; j++) {
        if (docOf(j) === docOf(u) || !docAllowed(docOf(j)) || !unitAllowed(j)) continue;
        const shared = keysOf(j).filter((k) => keysOf(u).includes(k)).length;
        if (shared) want.set(j, shared);
      }
      expect(new Map([...got].sort((a, b) => a[0] - b[0])), `unit ${u}`).toEqual(want);
      expect(scratch.every((x) => x === 0)).toBe(true);
    }
  });

  it('asks each document once and never asks the units of a rejected document', () => {
    const u = 4; // document 1
    const { g, asked } = gate(docOf(u), (d) => d === 3, () => true);
    const got = sharedKeys(u, unitKeys, index, [''], 1_000_000, g, new Int32Array(n));
    expect([...got.keys()].every((j) => docOf(j) === 3)).toBe(true);
    expect(got.size).toBe(PER_DOC); // key 20 is in every unit
    expect(asked.docs.sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(new Set(asked.units.map(docOf))).toEqual(new Set([3]));
    // The verdicts stay in docOk for the next unit of the same document: not asked again.
    sharedKeys(u + 1, unitKeys, index, [''], 1_000_000, g, new Int32Array(n));
    expect(asked.docs.length).toBe(DOCS);
  });

  it('counts a rejected document’s postings against the budget, as before the gate', () => {
    // Budget 1 posting short of every list: the key every unit has (20, n postings, the longest
    // list, visited last) is not visited, whatever the verdicts.
    const u = 0;
    const lists = keysOf(u).map((k) => Array.from({ length: n }, (_, j) => j).filter((j) => keysOf(j).includes(k)).length);
    const budget = lists.reduce((a, b) => a + b, 0) - 1;
    const none = gate(docOf(u), () => false, () => true);
    const odd = gate(docOf(u), (d) => d % 2 === 1, () => true);
    expect(sharedKeys(u, unitKeys, index, [''], budget, none.g, new Int32Array(n)).size).toBe(0);
    // Were only the allowed documents' postings counted, the budget would reach key 20.
    const got = sharedKeys(u, unitKeys, index, [''], budget, odd.g, new Int32Array(n));
    expect(got.size).toBeGreaterThan(0);
    for (const [j, c] of got) expect(c, `unit ${j}`).toBe(keysOf(j).filter((k) => k !== 20 && keysOf(u).includes(k)).length);
  });
});

describe('postingRange', () => {
  it('gives every key its postings, lists of 1 to 300 postings and keys absent before, between and after', () => {
    const lengths = [1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 31, 64, 100, 300];
    const keys: number[] = [];
    lengths.forEach((len, i) => keys.push(...Array(len).fill(10 + 2 * i)));
    const p = { keys: Uint32Array.from(keys), units: new Int32Array(keys.length) };
    for (let key = 0; key <= 12 + 2 * lengths.length; key++) {
      const first = keys.indexOf(key);
      const want = first < 0 ? keys.filter((k) => k < key).length : first;
      expect(postingRange(p, key), `key ${key}`).toEqual([want, want + keys.filter((k) => k === key).length]);
    }
    expect(postingRange({ keys: new Uint32Array(0), units: new Int32Array(0) }, 3)).toEqual([0, 0]);
  });

  it('finds the same range as a plain scan in partitions of thousands of keys, present or absent keys', () => {
    const run = fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 150 })), { minLength: 1, maxLength: 120 });
    fc.assert(fc.property(run, fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 40 }), (runs, probes) => {
      // Keys rising by 1–3, each repeated 1–150 times: lists that span, start and end at the sample's blocks.
      const keys: number[] = [];
      let key = 0;
      for (const [gap, len] of runs) {
        key += gap;
        for (let i = 0; i < len; i++) keys.push(key);
      }
      const p = { keys: Uint32Array.from(keys), units: new Int32Array(keys.length) };
      for (const probe of [...probes, 0, key, key + 1, keys[keys.length >> 1]]) {
        let s = 0;
        while (s < keys.length && keys[s] < probe) s++;
        let e = s;
        while (e < keys.length && keys[e] === probe) e++;
        expect(postingRange(p, probe), `key ${probe}`).toEqual([s, e]);
      }
    }), { numRuns: 300 });
  });

  // Session 29: the search guesses a key's place by interpolation before its binary search; keys spread over the
  // whole 32-bit range (shingle hashes), bunched at one end, in a few clusters, or all equal must give the same ranges.
  it('finds the same range as a plain scan whatever the spread of the keys over 32 bits', () => {
    const TOP = 2 ** 32 - 1;
    const spread = fc.constantFrom('even', 'low', 'high', 'clusters', 'equal');
    fc.assert(fc.property(spread, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 65, maxLength: 800, size: 'max' }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }), (kind, xs, ps) => {
      const place = (x: number) => {
        if (kind === 'even') return Math.floor(x * TOP);
        if (kind === 'low') return Math.floor(x ** 8 * TOP);
        if (kind === 'high') return TOP - Math.floor(x ** 8 * TOP);
        if (kind === 'clusters') return Math.floor(x * 4) * 2 ** 30 + Math.floor(x * 1000) % 50;
        return 7;
      };
      const keys = Uint32Array.from(xs.map(place)).sort();
      const p = { keys, units: new Int32Array(keys.length) };
      // Every key held, its neighbours and keys between: a guess's window ending one short of the place is caught.
      const probes = [...ps.map(place), ...[...keys].flatMap((k) => [k - 1, k, k + 1]), 0, TOP];
      for (const probe of probes.filter((x) => x >= 0 && x <= TOP)) {
        // The classic binary search as the reference (what the linker used before), then the run by a walk.
        let s = 0;
        let hi = keys.length;
        while (s < hi) {
          const mid = (s + hi) >>> 1;
          if (keys[mid] < probe) s = mid + 1;
          else hi = mid;
        }
        let e = s;
        while (e < keys.length && keys[e] === probe) e++;
        const [gs, ge] = postingRange(p, probe);
        if (gs !== s || ge !== e) expect([gs, ge], `key ${probe} (${kind}, ${keys.length} keys)`).toEqual([s, e]);
      }
    }), { numRuns: 300, endOnFailure: true });
  });
});

/** sharedKeys before session 23, verbatim: an array per list found and a stable sort of the list objects. */
function refSharedKeys(u: number, k: UnitKeys, index: Map<string, Postings>, chain: string[], budget: number, gate: CandidateGate, scratch: Int32Array): Map<number, number> {
  const { docOfUnit, docOk } = gate;
  const runs: { p: Postings; s: number; e: number }[] = [];
  for (const part of chain) {
    const p = index.get(part);
    if (!p) continue;
    for (let i = k.offsets[u]; i < k.offsets[u + 1]; i++) {
      const [s, e] = postingRange(p, k.keys[i]);
      if (e > s) runs.push({ p, s, e });
    }
  }
  runs.sort((a, b) => a.e - a.s - (b.e - b.s));
  const touched: number[] = [];
  let visited = 0;
  for (const { p, s, e } of runs) {
    if (visited + (e - s) > budget) break;
    visited += e - s;
    for (let i = s; i < e; i++) {
      const j = p.units[i];
      if (j === u) continue;
      const d = docOfUnit[j];
      let ok = docOk[d];
      if (ok < 0) ok = docOk[d] = gate.doc(d);
      if (ok === 0) continue;
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
  return out;
}

describe('sharedKeys over typed scratch arrays (session 23)', () => {
  it('gives the counts, their order and the verdicts asked exactly as before, over partitions, chains and budgets', () => {
    const world = fc.record({
      keys: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }), { minLength: 2, maxLength: 40 }),
      parts: fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 40, maxLength: 40 }),
      chain: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'missing'), { maxLength: 4 }),
      docs: fc.integer({ min: 1, max: 6 }),
      maxPostings: fc.integer({ min: 1, max: 40 }),
      budget: fc.integer({ min: 0, max: 200 }),
      docMask: fc.nat(63),
      unitMask: fc.nat(),
    });
    fc.assert(fc.property(world, (w) => {
      const n = w.keys.length;
      const offsets = new Uint32Array(n + 1);
      const flat: number[] = [];
      w.keys.forEach((ks, u) => {
        flat.push(...[...ks].sort((a, b) => a - b));
        offsets[u + 1] = flat.length;
      });
      const uk: UnitKeys = { keys: Uint32Array.from(flat), offsets };
      const idx = partitionedPostings(uk, w.parts.slice(0, n), w.maxPostings);
      const docOfUnit = Int32Array.from({ length: n }, (_, u) => u % w.docs);
      for (let u = 0; u < n; u++) {
        const runs = [refSharedKeys, sharedKeys].map((f) => {
          const asked: string[] = [];
          const g: CandidateGate = {
            docOfUnit,
            docOk: new Int8Array(w.docs).fill(-1),
            doc: (d) => (asked.push(`d${d}`), d !== docOfUnit[u] && (w.docMask >> d) & 1 ? 1 : 0),
            unit: (j) => (asked.push(`u${j}`), ((w.unitMask >> (j % 30)) & 1) === 1),
          };
          const scratch = new Int32Array(n);
          return { got: [...f(u, uk, idx, w.chain, w.budget, g, scratch)], asked, clean: scratch.every((x) => x === 0) };
        });
        expect(runs[1]).toEqual(runs[0]);
      }
    }), { numRuns: 300 });
  });
});
