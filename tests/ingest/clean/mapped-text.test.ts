// MappedText keeps its text as it goes (session 28: each operation makes the new text from slices of the old one
// instead of joining every character again). Whatever the steps, the text is its characters joined, and the
// origins are those of a value built from scratch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MappedText } from '../../../ingest/clean/mapped-text.js';

const CHARS = Array.from('科技\r\n 　,，(（a1') .concat(['\ud83d\ude00', '\ud842\udfb7', '\ud800', '\udc00']);
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 60 }).map((a) => a.join(''));

type Step = (t: MappedText) => MappedText;
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constantFrom<Step>((t) => t.remove(/\r(?=\n)/g), (t) => t.remove(/ +/g), (t) => t.remove(/^\n+|\n(?=\n)|\n+$/g), (t) => t.remove(/[\ud800-\udbff]/g)),
  fc.constantFrom<Step>(
    (t) => t.mapChars((c) => (c === '\r' ? '\n' : c)),
    (t) => t.mapChars((c) => (c === ',' ? '，' : c === '1' ? '' : c)),
    (t) => t.mapChars((c) => (c === '科' ? '科学' : c === '\ud83d\ude00' ? 'x' : c)),
    (t) => t.mapChars((c, i) => (i % 3 === 0 ? c : '技')),
  ),
  fc.array(fc.nat(70), { maxLength: 6 }).map((at): Step => (t) => t.insertBefore([...at].sort((a, b) => a - b), '\n')),
  fc.array(fc.boolean(), { maxLength: 70 }).map((bits): Step => (t) => t.dropUnits(Uint8Array.from(bits.map(Number).concat(Array(140).fill(0))))),
);

describe('MappedText', () => {
  it('has as text its characters joined, after any steps', () => {
    fc.assert(fc.property(text, fc.array(step, { maxLength: 8 }), (s, steps) => {
      let t = MappedText.from(s);
      expect(t.text).toBe(s);
      for (const f of steps) {
        t = f(t);
        expect(t.text).toBe(t.chars.join(''));
        // The same value rebuilt from its characters and origins (no text kept) reads the same.
        expect(new MappedText(t.chars, t.origin).text).toBe(t.text);
        expect(t.unitOrigins(s.length).length).toBe(t.text.length + 1);
      }
    }), { numRuns: 4000 });
  });
});
