// A lower measure much shorter than the higher one it matches carries out only part of it
// (options.partialBelowShare): its link is partial, whatever its score; a link by citation of the
// article's number stays strong; a plan (no share) keeps its verdict.
import { describe, expect, it } from 'vitest';
import { partialWhenShort } from '../../../ingest/link/index.js';
import type { LinkUnit, ReuseLink } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS, linkOptions } from '../../../ingest/link/options.js';

const unit = (id: string, text: string, genre: 'plan' | 'regulation'): LinkUnit => ({ id, docIndex: id === 'h' ? 0 : 1, offset: 0, text, entities: new Set(), words: [], genre });
const link = (lower: string, extra: Partial<ReuseLink> & { citedArticle?: true } = {}): ReuseLink & { citedArticle?: true } => ({
  lower, higher: 'h', verdict: 'implements', score: 0.5, passages: [], sharedEntities: [], signals: { reuse: 0, text: 0.5, entities: 0 }, ...extra,
});

// A long higher article (four duties) and a lower article restating one of them.
const higherText = '县级以上人民政府应当加强法律援助工作，将法律援助相关经费列入本级政府预算，建立动态调整机制，保障法律援助工作需要，促进法律援助均衡发展。司法行政部门应当加强监督管理。';
const shortText = '法律援助经费列入本级预算。';
const longText = '市、县人民政府应当将法律援助经费列入本级财政预算，根据经济社会发展水平建立动态调整机制，保障法律援助工作需要。';

describe('partialWhenShort', () => {
  const units = (genre: 'plan' | 'regulation') => [unit('h', higherText, genre), unit('s', shortText, genre), unit('l', longText, genre)];

  it('makes a short regulation article’s strong link partial and leaves a long one strong', () => {
    const out = partialWhenShort([link('s'), link('l')], units('regulation'), DEFAULT_LINK_OPTIONS.partialBelowShare);
    expect(out.map((l) => `${l.lower}:${l.verdict}`)).toEqual(['s:partial', 'l:implements']);
    expect(out[0].score).toBe(0.5);
  });

  it('keeps a link by citation of the article’s number strong', () => {
    const out = partialWhenShort([link('s', { citedArticle: true })], units('regulation'), DEFAULT_LINK_OPTIONS.partialBelowShare);
    expect(out[0].verdict).toBe('implements');
  });

  it('changes nothing for a genre without a share, or with the knob off', () => {
    expect(partialWhenShort([link('s')], units('plan'), DEFAULT_LINK_OPTIONS.partialBelowShare)[0].verdict).toBe('implements');
    expect(partialWhenShort([link('s')], units('regulation'), linkOptions({ partialBelowShare: { regulation: 0 } }).partialBelowShare)[0].verdict).toBe('implements');
  });

  it('is on for regulations by default', () => {
    expect(DEFAULT_LINK_OPTIONS.partialBelowShare.regulation).toBeGreaterThan(0);
  });
});

describe('the calibration’s selection (tests/eval/links.ts select) applies the same rule', () => {
  it('grades a short lower measure’s strong candidate partial only when the share is set', async () => {
    const { select } = await import('../../eval/links.js');
    const cand = (lower: string, lengthShare: number) => ({ lower, higher: 'h', lowerDoc: 'L', higherDoc: 'H', signals: { reuse: 0, text: 0.5, entities: 0 }, lengthShare });
    const s = { weights: { reuse: 0, text: 1, entities: 0 }, partial: 0.1, implements: 0.2, relative: 0.5, topK: 1 };
    const on = select([cand('s', 0.1), cand('l', 0.8)], { ...s, partialBelowShare: 0.3 });
    expect(on.map((x) => `${x.lower}:${x.verdict}`).sort()).toEqual(['l:implements', 's:partial']);
    const off = select([cand('s', 0.1)], s);
    expect(off[0].verdict).toBe('implements');
  });
});
