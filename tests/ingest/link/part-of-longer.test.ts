// A one-paragraph lower article linked to a higher article of several paragraphs (options.partOfLonger): strong only
// from the rule's own threshold, so a middling score (it restates one of the longer article's paragraphs) is partial.
import { describe, expect, it } from 'vitest';
import { withBigrams } from '../../../ingest/link/index.js';
import { linkMeasures, type LinkUnit } from '../../../ingest/link/implements.js';
import { linkOptions, type LinkOptions } from '../../../ingest/link/options.js';

const unit = (id: string, docIndex: number, text: string): LinkUnit => ({
  id, docIndex, offset: 0, text, entities: new Set(), words: withBigrams([], text, true), genre: 'regulation',
});

// The law's article has two paragraphs: the donors' duty, then the certificate. The province restates the second in
// one paragraph of its own (a side paragraph: weak), and the whole article in two paragraphs of its own.
const law = unit('law#第十四条', 0, '第十四条 公民临床用血时只交付用于血液的采集、储存、分离、检验等费用。\n无偿献血者临床需要用血时，免交前款规定的费用；无偿献血者的配偶和直系亲属临床需要用血时，可以按照省、自治区、直辖市人民政府的规定免交或者减交前款规定的费用。');
const side = unit('prov#第二十条', 1, '第二十条 无偿献血者临床需要用血时，凭无偿献血证免交血液的采集、储存、分离、检验等费用。');
const whole = unit('prov#第二十一条', 1, '第二十一条 公民临床用血时，只交付血液的采集、储存、分离、检验等费用。\n无偿献血者及其配偶和直系亲属临床需要用血时，按照本省规定免交或者减交前款规定的费用。');
const lawShort = unit('law#第十五条', 0, '第十五条 无偿献血者临床需要用血时，免交血液的采集、储存、分离、检验等费用。');
const sideShort = unit('prov#第二十二条', 1, '第二十二条 无偿献血者临床需要用血时，凭证免交血液的采集、储存、分离、检验等费用。');

const options = (partOfLonger: LinkOptions['partOfLonger']) =>
  linkOptions({ partOfLonger, topKPerClause: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.01, partial: 0.001 }, relative: 0, topK: 5, pairIdf: false } } });
const verdicts = (units: LinkUnit[], o: LinkOptions) =>
  Object.fromEntries(linkMeasures(units, (l, h) => l === 1 && h === 0, [], o).map((l) => [`${l.lower} > ${l.higher}`, { verdict: l.verdict, score: l.score }]));

describe('partOfLonger', () => {
  const units = [law, side, whole];
  const off = verdicts(units, options(null));

  it('turns a one-paragraph lower article linked to a longer higher one partial under the threshold', () => {
    expect(off['prov#第二十条 > law#第十四条'].verdict).toBe('implements');
    const s = off['prov#第二十条 > law#第十四条'].score;
    const on = verdicts(units, options({ genres: ['regulation'], implements: s + 0.01 }));
    expect(on['prov#第二十条 > law#第十四条'].verdict).toBe('partial');
    // Same link, same score: only the verdict moves.
    expect(on['prov#第二十条 > law#第十四条'].score).toBe(s);
    // At or above the threshold it stays strong.
    expect(verdicts(units, options({ genres: ['regulation'], implements: s }))['prov#第二十条 > law#第十四条'].verdict).toBe('implements');
  });

  it('leaves a lower article of several paragraphs strong whatever its score', () => {
    const on = verdicts(units, options({ genres: ['regulation'], implements: 1 }));
    expect(off['prov#第二十一条 > law#第十四条'].verdict).toBe('implements');
    expect(on['prov#第二十一条 > law#第十四条'].verdict).toBe('implements');
  });

  it('leaves a one-paragraph pair strong (the higher article is not longer)', () => {
    const on = verdicts([lawShort, sideShort], options({ genres: ['regulation'], implements: 1 }));
    expect(on['prov#第二十二条 > law#第十五条'].verdict).toBe('implements');
  });

  it('applies to the genres it names only', () => {
    const on = verdicts(units, options({ genres: ['plan'], implements: 1 }));
    expect(on['prov#第二十条 > law#第十四条'].verdict).toBe('implements');
  });
});
