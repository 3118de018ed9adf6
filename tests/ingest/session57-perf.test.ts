// Session 57 (helper perf, issue 11): on the law mirror ≈ 15 % of the link thread was sharedKeys (candidate-index.ts),
// half of it finding each key's posting list in a partition's sorted keys (an interpolation and binary search, then the
// run's end by galloping: several cache misses a key) and a third reading each visited posting's document through its
// unit (a random read per posting). A partition's keys now sit in a hash table of (key, start, end) and each posting's
// document in an array beside its unit, both built once per partition and thread: the same lists, visited in the same
// order, so the same candidates and byte-identical snapshots (docs/history/performance.md, session 57). These tests keep
// what that rests on, on the articles of tests/real/corpus.
import { describe, expect, it } from 'vitest';
import { docsOfPostings, keyTable, postingRange, sharedKeys, type CandidateGate, type Postings, type UnitKeys } from '../../ingest/link/candidate-index.js';
import { buildLinkIndexes } from '../../ingest/link/implements.js';
import { linkOptions } from '../../ingest/link/options.js';
import { realCorpusUnits } from './link/units.js';

const { units } = realCorpusUnits();
// Three partitions (as regions would make), every unit's chain all three: lists split over partitions.
const partOf = units.map((u) => `p${u.docIndex % 3}`);
const chain = ['p0', 'p1', 'p2'];
const o = linkOptions();
const ix = buildLinkIndexes(units, [], o, partOf);
const indexes: [string, UnitKeys, Map<string, Postings>][] = [
  ['words', ix.wordKeys, ix.wordIndex],
  ['entities', ix.entKeys, ix.entIndex],
  ['shingles', ix.shingleKeys, ix.shingleIndex],
];
const docOfUnit = Int32Array.from(units, (u) => u.docIndex);
const docCount = Math.max(...docOfUnit) + 1;

/** sharedKeys as it was before session 57 (main 3a64e289), its search and loop verbatim over postingRange's search. */
function before(u: number, k: UnitKeys, index: Map<string, Postings>, budget: number, gate: CandidateGate, scratch: Int32Array): Map<number, number> {
  const runs: { p: Postings; s: number; e: number; r: number }[] = [];
  for (const part of chain) {
    const p = index.get(part);
    if (!p) continue;
    for (let i = k.offsets[u]; i < k.offsets[u + 1]; i++) {
      const [s, e] = postingRange(p, k.keys[i]);
      if (e > s) runs.push({ p, s, e, r: runs.length });
    }
  }
  runs.sort((a, b) => a.e - a.s - (b.e - b.s) || a.r - b.r);
  const touched: number[] = [];
  let visited = 0;
  for (const { p, s, e } of runs) {
    if (visited + (e - s) > budget) break;
    visited += e - s;
    for (let i = s; i < e; i++) {
      const j = p.units[i];
      if (j === u) continue;
      const d = gate.docOfUnit[j];
      let ok = gate.docOk[d];
      if (ok < 0) ok = gate.docOk[d] = gate.doc(d);
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

describe('sharedKeys by a key table and the postings’ documents (session 57)', () => {
  it('holds every key of every partition once, with the list postingRange finds, keys of 2^31 and more among them', () => {
    let [keys, high] = [0, 0];
    for (const [name, , index] of indexes) {
      for (const [part, p] of index) {
        const t = keyTable(p);
        const slots = t.length / 3;
        expect(slots & (slots - 1), `${name} ${part}: a power of two`).toBe(0);
        const held = new Map<number, [number, number]>();
        for (let s = 0; s < slots; s++) if (t[s * 3 + 2] !== 0) held.set(t[s * 3] >>> 0, [t[s * 3 + 1], t[s * 3 + 2]]);
        const distinct = new Set(p.keys);
        expect(held.size, `${name} ${part}`).toBe(distinct.size);
        expect(2 * held.size).toBeLessThanOrEqual(slots);
        for (const key of distinct) {
          expect(held.get(key), `${name} ${part} key ${key}`).toEqual(postingRange(p, key));
          if (key >= 2 ** 31) high++;
        }
        keys += distinct.size;
        expect(keyTable(p)).toBe(t);
      }
    }
    expect(keys).toBeGreaterThan(10_000);
    expect(high).toBeGreaterThan(1_000);
  });

  it('finds for every article the candidates and counts, and asks the same verdicts in the same order, as before', () => {
    let [calls, candidates] = [0, 0];
    for (const [name, k, index] of indexes) {
      for (const budget of [o.maxCandidatePostings, 40]) {
        for (let u = 0; u < units.length; u++) {
          const runs = [before, (...a: Parameters<typeof before>) => sharedKeys(a[0], a[1], a[2], chain, a[3], a[4], a[5])].map((f) => {
            const asked: string[] = [];
            const g: CandidateGate = {
              docOfUnit,
              docOk: new Int8Array(docCount).fill(-1),
              doc: (d) => (asked.push(`d${d}`), d !== docOfUnit[u] && (d * 7 + docOfUnit[u]) % 3 !== 0 ? 1 : 0),
              unit: (j) => (asked.push(`u${j}`), j % 5 !== 2),
            };
            const scratch = new Int32Array(units.length);
            return { got: [...f(u, k, index, budget, g, scratch)], asked, clean: scratch.every((x) => x === 0) };
          });
          if (JSON.stringify(runs[1]) !== JSON.stringify(runs[0])) expect(runs[1], `${name} unit ${u} budget ${budget}`).toEqual(runs[0]);
          calls++;
          candidates += runs[0].got.length;
        }
      }
    }
    expect(calls).toBeGreaterThan(1_000);
    expect(candidates).toBeGreaterThan(10_000);
  });

  it('reads a posting’s document from the array beside it, not through its unit: docOfUnit read once per posting, not per visit', () => {
    let reads = 0;
    const counted = new Proxy(docOfUnit, {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        const v = Reflect.get(target, key);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    }) as Int32Array;
    const [, k, index] = indexes[2];
    const visit = () => {
      const scratch = new Int32Array(units.length);
      for (let u = 0; u < units.length; u++) {
        const g: CandidateGate = { docOfUnit: counted, docOk: new Int8Array(docCount).fill(-1), doc: (d) => (d !== docOfUnit[u] ? 1 : 0), unit: () => true };
        sharedKeys(u, k, index, chain, o.maxCandidatePostings, g, scratch);
      }
    };
    visit();
    const postings = [...index.values()].reduce((n, p) => n + p.units.length, 0);
    // The first pass builds each partition's documents once: at most one read a posting (32,954 postings; main 3a64e289
    // read docOfUnit once per visited posting, 89,684 reads in this pass and as many in every pass after).
    expect(reads).toBeLessThanOrEqual(postings);
    reads = 0;
    visit();
    expect(reads).toBe(0);
    for (const p of index.values()) expect([...docsOfPostings(p, counted)]).toEqual([...p.units].map((j) => docOfUnit[j]));
  });
});
