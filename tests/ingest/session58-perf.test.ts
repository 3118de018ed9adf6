// Session 58 (helper perf, issue 11): a link task receives the shared indexes as a message — new Postings objects over the
// same shared buffers — so sharedKeys' key tables and postings' documents (session 57), kept per Postings object, were made
// again by every task (16 a thread) for every partition it met. buildLinkIndexes now makes them once, in shared memory, for
// every task of every thread (candidate-index.ts shareTables): the same numbers, so the same candidates and byte-identical
// snapshots (docs/history/performance.md, session 58). These tests keep what that rests on, on the articles of tests/real/corpus.
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { docsOfPostings, keyTable, sharedKeys, type CandidateGate, type Postings, type UnitKeys } from '../../ingest/link/candidate-index.js';
import { buildLinkIndexes, type LinkIndexes } from '../../ingest/link/implements.js';
import { linkOptions } from '../../ingest/link/options.js';
import { realCorpusUnits } from './link/units.js';

const { units } = realCorpusUnits();
const partOf = units.map((u) => `p${u.docIndex % 3}`);
const chain = ['p0', 'p1', 'p2'];
const o = linkOptions();
const shared = buildLinkIndexes(units, [], o, partOf, true);
const own = buildLinkIndexes(units, [], o, partOf);
/** The indexes as a link task receives them (ingest/link/parallel.ts sends them with every task). */
function asReceived(ix: LinkIndexes): LinkIndexes {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(ix);
  const got = receiveMessageOnPort(port2)!.message as LinkIndexes;
  port1.close();
  return got;
}
const names = ['wordIndex', 'entIndex', 'shingleIndex'] as const;
const keysOf = { wordIndex: 'wordKeys', entIndex: 'entKeys', shingleIndex: 'shingleKeys' } as const;
/** linkMeasures' docOfUnit, made per call from the measures (implements.ts). */
const docOfUnit = () => Int32Array.from(units, (u) => u.docIndex);

describe('session 58: sharedKeys tables made once in shared memory', () => {
  it('every partition of the shared indexes holds its key table and postings\' documents, in shared memory, the numbers a task would make', () => {
    let partitions = 0;
    for (const name of names) {
      expect(shared[name].size).toBe(own[name].size);
      for (const [part, p] of shared[name]) {
        partitions++;
        expect(p.table!.buffer).toBeInstanceOf(SharedArrayBuffer);
        expect(p.docs!.ofPostings.buffer).toBeInstanceOf(SharedArrayBuffer);
        // What keyTable and docsOfPostings make for postings without the shared tables (main's code path).
        const plain: Postings = { keys: own[name].get(part)!.keys, units: own[name].get(part)!.units };
        expect([...p.table!]).toEqual([...keyTable(plain)]);
        expect([...p.docs!.ofPostings]).toEqual([...docsOfPostings(plain, docOfUnit())]);
      }
    }
    expect(partitions).toBe(9);
    // The indexes built for the main thread alone make their tables lazily, as before.
    for (const name of names) for (const p of own[name].values()) expect(p.table).toBeUndefined();
  });

  it('a task reads the shared tables and makes none of its own', () => {
    for (let task = 0; task < 2; task++) {
      const got = asReceived(shared);
      const mine = docOfUnit();
      for (const name of names) {
        for (const p of got[name].values()) {
          expect(p.table!.buffer).toBeInstanceOf(SharedArrayBuffer);
          expect(keyTable(p)).toBe(p.table);
          expect(docsOfPostings(p, mine)).toBe(p.docs!.ofPostings);
        }
      }
    }
  });

  it('a docOfUnit other than the one the documents were made for gets its own array', () => {
    const got = asReceived(shared);
    const other = docOfUnit().map((d) => d + 1);
    const p = [...got.shingleIndex.values()][0]!;
    const docs = docsOfPostings(p, other);
    expect(docs).not.toBe(p.docs!.ofPostings);
    expect([...docs]).toEqual([...p.units].map((j) => other[j]!));
  });

  it('sharedKeys through the received indexes gives the candidates and counts, and asks the same verdicts, as through the main thread\'s', () => {
    const got = asReceived(shared);
    const mine = docOfUnit();
    const docCount = Math.max(...mine) + 1;
    const scratch = new Int32Array(units.length);
    let candidates = 0;
    for (const name of names) {
      const k: UnitKeys = own[keysOf[name]];
      for (const budget of [50, 5_000]) {
        for (let u = 0; u < units.length; u++) {
          const run = (index: Map<string, Postings>) => {
            const asked: string[] = [];
            const gate: CandidateGate = {
              docOfUnit: mine,
              docOk: new Int8Array(docCount).fill(-1),
              doc: (d) => (asked.push(`d${d}`), d !== units[u]!.docIndex && d % 2 === 0 ? 1 : 0),
              unit: (j) => (asked.push(`u${j}`), j % 5 !== 0),
            };
            return { found: [...sharedKeys(u, k, index, chain, budget, gate, scratch)], asked };
          };
          const a = run(own[name]);
          const b = run(got[name]);
          expect(b).toEqual(a);
          candidates += a.found.length;
        }
      }
    }
    expect(candidates).toBeGreaterThan(10_000);
  });
});
