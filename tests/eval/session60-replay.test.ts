// Session 60 (helper ministry2, issue 13): with options.titleTerm on (MINISTRY_TITLE_TERM, tests/eval/ministry.ts 'term'), the
// calibration replay of the candidates recorded (links.ts select, which runs the title-term pass after siblingSecond's on the
// documents replayFacts records) is still the ingest; on price the rule moves the links (they differ from those with it off).
import { describe, expect, it } from 'vitest';
import { DEFAULT_LINK_OPTIONS, profileFor } from '../../ingest/link/options.js';
import { recordedIngest, select, type Selection } from './links.js';
import { SETS } from './sets.js';
import type { Genre, Snapshot } from '../../graph-schema/index.js';
import { ministryVariant } from './ministry.js';

const defaults = (genre: Genre): Selection => {
  const p = profileFor(DEFAULT_LINK_OPTIONS, genre);
  return { weights: p.weights, partial: p.thresholds.partial, implements: p.thresholds.implements, relative: p.relative, topK: p.topK, titleTerm: ministryVariant('term').titleTerm };
};
const linksOf = (s: Snapshot) =>
  s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [`${e.source} > ${e.target} ${e.attributes.verdict} ${e.attributes.score}`] : [])).sort();

describe('titleTerm on: the calibration replay of the recorded candidates is the ingest', () => {
  it('price', async () => {
    const on = await recordedIngest(SETS.price.corpus, ministryVariant('term'));
    const off = await recordedIngest(SETS.price.corpus, { titleTerm: null });
    const own = linksOf(on.snapshot);
    expect(select(on.cands, defaults).map((l) => `${l.lower} > ${l.higher} ${l.verdict} ${l.score}`).sort()).toEqual(own);
    expect(own).not.toEqual(linksOf(off.snapshot));
  }, 180_000);
});
