// Session 59 (helper ministry, issue 13): with options.penaltyArticles titles and dual on (tests/eval/ministry.ts 'both', off
// by default), the calibration replay of the candidates recorded is still the ingest: the penalty group is decided when the
// units are made, before any candidate is recorded, so coverage's replay needs no step of its own. On the three dev sets the
// readings move (price, leave, mental), and the readings do move them (the links differ from those with both absent).
import { describe, expect, it } from 'vitest';
import { DEFAULT_LINK_OPTIONS, profileFor } from '../../ingest/link/options.js';
import { recordedIngest, select, type Selection } from './links.js';
import { SETS } from './sets.js';
import type { Genre, Snapshot } from '../../graph-schema/index.js';
import { ministryVariant } from './ministry.js';

const defaults = (genre: Genre): Selection => {
  const p = profileFor(DEFAULT_LINK_OPTIONS, genre);
  return { weights: p.weights, partial: p.thresholds.partial, implements: p.thresholds.implements, relative: p.relative, topK: p.topK };
};
const linksOf = (s: Snapshot) =>
  s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [`${e.source} > ${e.target} ${e.attributes.verdict} ${e.attributes.score}`] : [])).sort();

describe('penaltyArticles titles and dual on: the replay of the recorded candidates is the ingest', () => {
  it.each(['price', 'leave', 'mental'] as const)('%s', async (id) => {
    const on = await recordedIngest(SETS[id].corpus, ministryVariant('both'));
    const off = await recordedIngest(SETS[id].corpus, ministryVariant('off'));
    const own = linksOf(on.snapshot);
    expect(select(on.cands, defaults).map((l) => `${l.lower} > ${l.higher} ${l.verdict} ${l.score}`).sort()).toEqual(own);
    expect(own).not.toEqual(linksOf(off.snapshot));
  }, 180_000);
});
