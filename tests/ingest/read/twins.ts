// What the read tests of saved-as formats (.doc, web archives) compare with a twin of the same document
// (its .txt or .html), and how they expect a refusal.
import { expect } from 'vitest';
import { structured } from '../helpers.js';

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
