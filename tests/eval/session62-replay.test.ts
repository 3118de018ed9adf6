// Session 62 (helper ministry4, issue 13): with options.titleTerm.chapter (the chapter carrier and its swap) and
// clauseCover.pair.scored given, the calibration replay of the candidates recorded (links.ts select: the title-term pass
// drops and adds as the link stage does) is still the ingest; on cosmetics the reading moves the links.
import { describe, expect, it } from 'vitest';
import { CLAUSE_COVER, DEFAULT_LINK_OPTIONS, MINISTRY_CHAPTER_SWAP, MINISTRY_HEADING_REMIT, MINISTRY_TITLE_TERM, profileFor } from '../../ingest/link/options.js';
import { recordedIngest, select, type Selection } from './links.js';
import { SETS } from './sets.js';
import type { Genre, Snapshot } from '../../graph-schema/index.js';

const rule = { ...MINISTRY_TITLE_TERM, heading: MINISTRY_HEADING_REMIT, chapter: MINISTRY_CHAPTER_SWAP };
const pair = { ...CLAUSE_COVER.pair!, scored: true };
const given = (genre: Genre): Selection => {
  const p = profileFor(DEFAULT_LINK_OPTIONS, genre);
  return { weights: p.weights, partial: p.thresholds.partial, implements: p.thresholds.implements, relative: p.relative, topK: p.topK, titleTerm: rule, pair };
};
const linksOf = (s: Snapshot) =>
  s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [`${e.source} > ${e.target} ${e.attributes.verdict} ${e.attributes.score}`] : [])).sort();

describe('titleTerm.chapter with its swap on: the calibration replay of the recorded candidates is the ingest', () => {
  it('cosmetics', async () => {
    const on = await recordedIngest(SETS.cosmetics.corpus, { titleTerm: rule, clauseCover: { ...CLAUSE_COVER, pair } });
    const off = await recordedIngest(SETS.cosmetics.corpus, { titleTerm: MINISTRY_TITLE_TERM, clauseCover: CLAUSE_COVER });
    const own = linksOf(on.snapshot);
    expect(select(on.cands, given).map((l) => `${l.lower} > ${l.higher} ${l.verdict} ${l.score}`).sort()).toEqual(own);
    expect(own).not.toEqual(linksOf(off.snapshot));
  }, 240_000);
});
