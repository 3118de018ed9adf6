// The streamed snapshot keeps an edge's key as three numbers (ingest/snapshot/record-file.ts) and
// must still write the edges in the order of their key strings `type|source|target`, as the
// in-memory export does: prefixes of one another (doc:a, doc:a#1), types that prefix each other,
// names with a `|` in them (a file may be so named), code units above the ASCII range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EdgeKeys, Names } from '../../../ingest/snapshot/record-file.js';

const order = (edges: [string, string, string][]) => {
  const keys = new EdgeKeys(new Names());
  for (const [t, s, x] of edges) keys.push(t, s, x);
  return [...keys.sorted()].map((i) => edges[i].join('|'));
};
const byString = (edges: [string, string, string][]) => edges.map((e) => e.join('|')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const name = fc.stringMatching(/^[a#:|1\u6587_]{1,5}$/);
const type = fc.constantFrom('CITES', 'CITES_X', 'IMPLEMENTS', 'MENTIONS', 'M');
const unique = (edges: [string, string, string][]) => [...new Map(edges.map((e) => [e.join('\u0000'), e])).values()];

describe('edge keys as numbers', () => {
  it('sort as their key strings', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(type, name, name), { maxLength: 60 }), (raw) => {
        const edges = unique(raw);
        expect(order(edges)).toEqual(byString(edges));
      }),
      { numRuns: 400 },
    );
  });

  it('sort as their key strings when no name has a | (the ranks path)', () => {
    const plain = fc.stringMatching(/^[a#:1\u6587_]{1,5}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(type, plain, plain), { maxLength: 60 }), (raw) => {
        const edges = unique(raw);
        expect(order(edges)).toEqual(byString(edges));
      }),
      { numRuns: 400 },
    );
  });

  it('refuse an edge written twice', () => {
    expect(() => order([['CITES', 'doc:a', 'doc:b'], ['CITES', 'doc:a', 'doc:c'], ['CITES', 'doc:a', 'doc:b']])).toThrow(/CITES\|doc:a\|doc:b was written twice/);
  });
});
