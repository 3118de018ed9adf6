// The higher article's duties shared out among a row's lower articles (ingest/link/units-carried.ts, the clause-part pass's
// `unitsSplit`, options.ts UNITS_SPLIT_MEASURED / CLAUSE_PARTS_READ58; session 58 helper grading, issue 13), on real
// articles of the dev families: 动物防疫法 第九十八条's seven listed conducts, each sanctioned by its own article of the
// 山东 regulation (one list item per lower article: weak per link in the gold), and 野生动物保护法 第二条's four paragraphs,
// two lower articles of 河南's 办法 carrying different paragraphs of it. A snapshot recorded without the rule replays as
// before; one recorded with it replays as ingested.
import { describe, expect, it } from 'vitest';
import { higherUnits, unitsCarried, unitsShared } from '../../../ingest/link/units-carried.js';
import { CLAUSE_PARTS_READ57, CLAUSE_PARTS_READ58, UNITS_SPLIT_MEASURED } from '../../../ingest/link/options.js';
import { article, real } from './real-article.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { ingestLinks, replayLinks } from './ingest-replay.js';
import type { Snapshot } from '../../../graph-schema/index.js';

const ANIMAL_LAW = 'animal/corpus/动物防疫法(2021-01-22).md';
const SHANDONG = 'animal/corpus/山东省动物防疫条例(2021-12-03).md';
const WILDLIFE_LAW = 'wildlife/corpus/野生动物保护法(2018-10-26).md';
const HENAN = 'wildlife/corpus/河南省实施《野生动物保护法》办法(2018-09-30).md';
const R = UNITS_SPLIT_MEASURED;
const plain = () => 1;

describe('the higher article as a list of units', () => {
  it('动物防疫法 第九十八条: its units are the seven listed conducts under the sanction', () => {
    expect(higherUnits(article(ANIMAL_LAW, '第九十八条'), R)).toHaveLength(7);
  });
  it('野生动物保护法 第二条 (no list): its units are its four paragraphs', () => {
    expect(higherUnits(article(WILDLIFE_LAW, '第二条'), R)).toHaveLength(4);
  });
});

describe('a row sharing the units out', () => {
  it('山东 第六十条 sanctions one conduct of 第九十八条 while 第五十五条 sanctions another: shared', () => {
    const [h, l, o] = [article(ANIMAL_LAW, '第九十八条'), article(SHANDONG, '第六十条'), article(SHANDONG, '第五十五条')];
    const u = unitsCarried(h, l, [o], plain, R);
    expect(u.here).toHaveLength(1);
    expect(u.others[0]).toHaveLength(1);
    expect(u.others[0]).not.toEqual(u.here);
    expect(unitsShared(h, l, [o], R)).toBe(true);
    // Alone in its row, the same article shares nothing out.
    expect(unitsShared(h, l, [], R)).toBe(false);
  });
  it('河南 第十七条 and 第三条 carry different paragraphs of 野生动物保护法 第二条: shared', () => {
    const [h, l, o] = [article(WILDLIFE_LAW, '第二条'), article(HENAN, '第十七条'), article(HENAN, '第三条')];
    expect(unitsShared(h, l, [o], R)).toBe(true);
  });
});


describe('the wildlife pair (野生动物保护法 → 河南省实施办法) ingested with and without the rule, and replayed', () => {
  it('河南 第十七条 → 第二条 is partial with the rule, implements without; coverage replays each as ingested', async () => {
    const lexicon = loadLexicon();
    const inputs = [real(WILDLIFE_LAW), real(HENAN)];
    const on = (await runIngest({ inputs, lexicon, link: { clauseParts: CLAUSE_PARTS_READ58 } })).snapshot;
    const off = (await runIngest({ inputs, lexicon, link: { clauseParts: CLAUSE_PARTS_READ57 } })).snapshot;
    const link = (s: Snapshot) => ingestLinks(s).filter((l) => /第十七条 > .*第二条 /.test(l));
    expect(link(off)).toHaveLength(1);
    expect(link(off)[0]).toMatch(/ implements /);
    expect(link(on)[0]).toMatch(/ partial /);
    expect(JSON.parse(JSON.stringify(on.attributes.linkSelection!.rules)).clauseParts.unitsSplit).toEqual(UNITS_SPLIT_MEASURED);
    expect(JSON.parse(JSON.stringify(off.attributes.linkSelection!.rules)).clauseParts.unitsSplit).toBeUndefined();
    expect(replayLinks(on)).toEqual(ingestLinks(on));
    expect(replayLinks(off)).toEqual(ingestLinks(off));
  }, 400_000);
});

describe('the default', () => {
  it('is session 57’s pass with the units-split reading (dev wildlife +1, the rest identical; held out identical)', async () => {
    const { DEFAULT_LINK_OPTIONS } = await import('../../../ingest/link/options.js');
    // Session 59 (helper grading2): with the supervision grading on top (session59-actors.test.ts).
    expect(DEFAULT_LINK_OPTIONS.clauseParts?.unitsSplit).toBe(UNITS_SPLIT_MEASURED);
    expect({ ...DEFAULT_LINK_OPTIONS.clauseParts, actorSupervision: undefined }).toEqual({ ...CLAUSE_PARTS_READ58, actorSupervision: undefined });
    expect({ ...CLAUSE_PARTS_READ58, unitsSplit: undefined }).toEqual({ ...CLAUSE_PARTS_READ57, unitsSplit: undefined });
  });
});
