// Session 61 (helper ministry3, issue 13): with options.titleTerm.heading and options.citedBareTitles given, the calibration
// replay of the candidates recorded (links.ts select: the title-term pass on the documents and headings replayFacts
// records) is still the ingest; on foodcheck the two readings move the links (they differ from those with both off).
import { describe, expect, it } from 'vitest';
import { DEFAULT_LINK_OPTIONS, MINISTRY_HEADING_TERM, MINISTRY_TITLE_TERM, profileFor } from '../../ingest/link/options.js';
import { recordedIngest, select, type Selection } from './links.js';
import { SETS } from './sets.js';
import type { Genre, Snapshot } from '../../graph-schema/index.js';

const rule = { ...MINISTRY_TITLE_TERM, heading: MINISTRY_HEADING_TERM };
const given = (genre: Genre): Selection => {
  const p = profileFor(DEFAULT_LINK_OPTIONS, genre);
  return { weights: p.weights, partial: p.thresholds.partial, implements: p.thresholds.implements, relative: p.relative, topK: p.topK, titleTerm: rule };
};
const linksOf = (s: Snapshot) =>
  s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [`${e.source} > ${e.target} ${e.attributes.verdict} ${e.attributes.score}`] : [])).sort();

describe('titleTerm.heading and citedBareTitles on: the calibration replay of the recorded candidates is the ingest', () => {
  it('foodcheck', async () => {
    const on = await recordedIngest(SETS.foodcheck.corpus, { titleTerm: rule, citedBareTitles: true });
    const off = await recordedIngest(SETS.foodcheck.corpus, { titleTerm: MINISTRY_TITLE_TERM, citedBareTitles: false });
    const own = linksOf(on.snapshot);
    expect(select(on.cands, given).map((l) => `${l.lower} > ${l.higher} ${l.verdict} ${l.score}`).sort()).toEqual(own);
    expect(own).not.toEqual(linksOf(off.snapshot));
  }, 240_000);
});
