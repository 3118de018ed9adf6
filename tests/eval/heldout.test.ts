// The extractor on documents it was not built on (tests/heldout: another province, a city, a
// regulation, another year): the same scoring, with its own floors.
import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { collect } from './collect.js';
import { FLOOR_KEYS, measured, readFloors, type FloorKey } from './floors.js';
import { formatReport } from './format.js';
import { loadGold } from './gold.js';
import { scoreCorpus, type CorpusScore } from './score.js';
import { ingestSnapshot } from './snapshot-source.js';

const HELDOUT = new URL('../heldout/', import.meta.url);
let score: CorpusScore;

beforeAll(async () => {
  const snapshot = await ingestSnapshot([fileURLToPath(new URL('corpus/', HELDOUT))]);
  score = scoreCorpus(await loadGold(new URL('gold/', HELDOUT)), collect(snapshot));
  console.log(`held-out:\n${formatReport(score)}`);
}, 600_000);

describe('#quality extraction vs. tests/heldout', () => {
  const floors = readFloors(new URL('./heldout-floors.json', import.meta.url));
  const keys = FLOOR_KEYS.filter((k) => k !== 'implements');

  it('finds a document for every held-out gold file', () => {
    expect(score.documents.filter((d) => !d.docId).map((d) => d.file)).toEqual([]);
  });

  it.each(keys.map((k) => [k] as [FloorKey]))('keeps %s at or above its held-out floor', (key) => {
    expect(measured(score.overall)[key]).toBeGreaterThanOrEqual(floors[key]);
  });
});
