// Streaming the snapshot (issue 11): the in-place JSON normalisation and the piecewise writer give
// exactly what the one-string JSON round trip gave, for any plain data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asJsonValue, jsonPieces } from '../../../ingest/snapshot/write.js';

const plain = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(undefined),
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 5 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('snapshot JSON in place and in pieces', () => {
  it('asJsonValue(v) equals JSON.parse(JSON.stringify(v)) and keeps the key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 5 }), plain, { maxKeys: 6 }), (v) => {
        const expected = JSON.stringify(JSON.parse(JSON.stringify(v)));
        expect(JSON.stringify(asJsonValue(structuredClone(v)))).toBe(expected);
        expect(asJsonValue(structuredClone(v))).toStrictEqual(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 300 },
    );
  });

  it('jsonPieces(v) joined is JSON.stringify(v) plus a newline', () => {
    fc.assert(
      fc.property(fc.oneof(plain, fc.record({ nodes: fc.array(plain), edges: fc.array(plain), attributes: plain })), (v) => {
        expect([...jsonPieces(v)].join('')).toBe(JSON.stringify(v) + '\n');
      }),
      { numRuns: 300 },
    );
  });
});
