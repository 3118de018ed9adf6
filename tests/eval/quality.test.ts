// The extractor against the gold: ingest corpus/, score, and fail when any category drops below
// its floor in floors.json. A missing or failing pipeline fails every check with its reason.
import { beforeAll, describe, expect, it } from 'vitest';
import { collect } from './collect.js';
import { FLOOR_KEYS, measured, readFloors, type FloorKey } from './floors.js';
import { formatReport } from './format.js';
import { loadGold } from './gold.js';
import { scoreCorpus, type CorpusScore } from './score.js';
import { ingestSnapshot } from './snapshot-source.js';
import { formatLinkScore, readGoldLinks, scoreLinks, type LinkScore } from './links.js';

let score: CorpusScore | undefined;
let links: LinkScore | undefined;
let failure: Error | undefined;

beforeAll(async () => {
  try {
    const snapshot = await ingestSnapshot();
    score = scoreCorpus(await loadGold(), collect(snapshot));
    links = scoreLinks(readGoldLinks(), snapshot);
    console.log(formatReport(score) + '\n' + formatLinkScore(links));
  } catch (e) {
    failure = e as Error;
  }
}, 600_000);

function scored(): CorpusScore {
  if (failure) throw failure;
  return score!;
}

describe('#quality extraction vs. tests/gold', () => {
  const floors = readFloors();

  it('ingests the corpus and finds a document for every gold file', () => {
    expect(scored().documents.filter((d) => !d.docId).map((d) => d.file)).toEqual([]);
  });

  it('merges every duplicate into the document it copies', () => {
    expect(scored().duplicates.filter((d) => !d.merged)).toEqual([]);
  });

  it.each(FLOOR_KEYS.map((k) => [k] as [FloorKey]))('keeps %s at or above its floor', (key) => {
    expect(measured(scored().overall, links?.f1)[key]).toBeGreaterThanOrEqual(floors[key]);
  });
});
