// A lower measure is scored by the profile of its document's genre: a regulation's articles share
// legal wording with every article of the law they implement, so their scores need other
// thresholds than a plan's items; the snapshot records both.
import { describe, expect, it } from 'vitest';
import { linkMeasures, type LinkUnit } from '../../../ingest/link/implements.js';
import { linkOptions, profileFor, snapshotThresholds } from '../../../ingest/link/options.js';

const unit = (id: string, docIndex: number, text: string, genre?: 'plan' | 'regulation'): LinkUnit => ({
  id, docIndex, offset: 0, text, entities: new Set(), words: text.match(/.{2}/g) ?? [], genre,
});

// One higher article and a lower one that shares a little of its wording (a loose restatement).
const higher = '县级以上人民政府应当将志愿服务事业纳入国民经济和社会发展规划，合理安排志愿服务所需资金';
const lower = '市人民政府应当建立志愿服务激励制度，对表现突出的志愿者给予表彰，所需资金列入预算';

describe('genre profiles', () => {
  it('take the genre’s values over the plans’ defaults', () => {
    const o = linkOptions({ genres: { regulation: { thresholds: { implements: 0.5, partial: 0.3 }, topK: 3 } } });
    expect(profileFor(o, 'regulation')).toMatchObject({ thresholds: { implements: 0.5, partial: 0.3 }, topK: 3, relative: o.relative, weights: o.weights });
    expect(profileFor(o, 'plan')).toMatchObject({ thresholds: o.thresholds, topK: o.topK });
    expect(profileFor(o, undefined)).toMatchObject({ thresholds: o.thresholds });
  });

  it('decide whether a loose restatement is a link: yes in a plan, no in a regulation with a higher partial threshold', () => {
    // clearBest off: this is the partial threshold's test (an article's clearly best candidate has a test of its own).
    const o = linkOptions({ clearBest: null, thresholds: { implements: 0.9, partial: 0.01 }, genres: { regulation: { thresholds: { implements: 0.95, partial: 0.9 } } } });
    const asPlan = linkMeasures([unit('h', 0, higher, 'plan'), unit('l', 1, lower, 'plan')], (l, h) => l === 1 && h === 0, [], o);
    const asRegulation = linkMeasures([unit('h', 0, higher, 'regulation'), unit('l', 1, lower, 'regulation')], (l, h) => l === 1 && h === 0, [], o);
    expect(asPlan.map((l) => `${l.lower}>${l.higher}`)).toEqual(['l>h']);
    expect(asPlan[0].score).toBeLessThan(0.9);
    expect(asRegulation).toEqual([]);
  });

  it('are written into the snapshot’s thresholds, with their provenance', () => {
    const t = snapshotThresholds();
    const o = linkOptions();
    expect(t).toMatchObject({ implements: o.thresholds.implements, partial: o.thresholds.partial });
    expect(t.byGenre?.regulation).toEqual({ implements: profileFor(o, 'regulation').thresholds.implements, partial: profileFor(o, 'regulation').thresholds.partial });
    expect(t.provenance).toMatch(/tests\/real\/gold\/links\.json/);
    expect(snapshotThresholds({ genres: { regulation: { thresholds: { implements: 0.7, partial: 0.2 } } } })).toMatchObject({ provenance: 'set by the ingest options', byGenre: { regulation: { implements: 0.7, partial: 0.2 } } });
  });
});
