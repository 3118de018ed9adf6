// What the read tests of saved-as formats (.doc, web archives) compare with a twin of the same document
// (its .txt or .html), and how they expect a refusal.
import fc from 'fast-check';
import { expect } from 'vitest';
import { IngestError } from '../../../ingest/errors.js';
import { readSource } from '../../../ingest/read/index.js';
import { structured } from '../helpers.js';
import { writeFixture } from './fixtures.js';

/** A refusal of the read stage with this reason and a message matching `message`. */
export const failure = (reason: string, message: RegExp) =>
  expect.objectContaining({ name: 'IngestError', stage: 'read', reason, message: expect.stringMatching(message) });

/** What a reader of the structure sees: title, genre, history, and each measure's path and words. */
export function outline(file: string, text: string) {
  const doc = structured(file, text);
  return {
    title: doc.title,
    genre: doc.genre,
    history: doc.history.length,
    units: doc.units.map((u) => [u.path, doc.text.slice(u.span[0], u.span[1]).replace(/\s+/g, '')]),
  };
}

/** Random damage to a file (a cut, then up to 8 bytes overwritten with `values`): reading it gives text
 *  or one of `reasons` on one line (`check` may ask more of the message), within 2 s each time. */
export async function survivesDamage(o: { dir: string; name: string; full: Buffer; values: fc.Arbitrary<number>; reasons: string[]; runs: number; check?: (reason: string, message: string) => void }) {
  const damage = fc.array(fc.tuple(fc.nat(o.full.length - 1), o.values), { minLength: 1, maxLength: 8 });
  await fc.assert(
    fc.asyncProperty(damage, fc.integer({ min: 1, max: o.full.length }), async (flips, keep) => {
      const bytes = Buffer.from(o.full.subarray(0, keep));
      for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
      const path = await writeFixture(o.dir, o.name, bytes);
      const started = performance.now();
      try {
        await readSource(path);
      } catch (e) {
        expect(e).toBeInstanceOf(IngestError);
        const { reason, message } = e as IngestError;
        expect(o.reasons).toContain(reason);
        o.check?.(reason, message);
        expect(message).not.toMatch(/\n|    at /);
      }
      expect(performance.now() - started).toBeLessThan(2000);
    }),
    { numRuns: o.runs },
  );
}
