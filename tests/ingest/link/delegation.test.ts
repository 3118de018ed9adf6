// Delegating provisions (options.delegation): a provincial article that sets the standard a national
// text leaves to the provincial level is raised against that article.
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS, linkOptions } from '../../../ingest/link/options.js';
import { regulationUnit } from './units.js';

const unit = regulationUnit;

describe('delegation', () => {
  const rule = DEFAULT_LINK_OPTIONS.delegation!;
  it('recognises the delegating and the standard-setting forms', () => {
    const [higher, lower] = [new RegExp(rule.higher), new RegExp(rule.lower)];
    expect(higher.test('本条例所称公民经济困难的标准，由省、自治区、直辖市人民政府根据本行政区域经济发展状况规定。')).toBe(true);
    expect(higher.test('省、自治区、直辖市人民政府可以对前款规定以外的事项作出补充规定。')).toBe(true);
    expect(higher.test('法律援助机构应当及时决定提供法律援助。')).toBe(false);
    expect(lower.test('经济困难的标准，由县级以上人民政府按家庭人均收入不低于当地最低工资标准确定。')).toBe(true);
    expect(lower.test('法律援助人员不得向受援人收取钱物。')).toBe(false);
  });

  it('raises a standard-setting article against the article that delegates it, and only there', () => {
    const units = [
      unit('law#第十三条', 0, '第十三条 公民经济困难的标准，由省、自治区、直辖市人民政府规定。'),
      unit('law#第六条', 0, '第六条 律师应当为经济困难的公民提供法律服务，接受监督。'),
      unit('prov#第八条', 1, '第八条 经济困难的公民可以申请援助。经济困难的标准，由县级以上人民政府确定。'),
    ];
    const o = (delegation: typeof rule | null) => linkOptions({ delegation, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.9, partial: 0.001 }, relative: 0, topK: 5, pairIdf: false } } });
    const scores = (d: typeof rule | null) => Object.fromEntries(linkMeasures(units, (l, h) => l === 1 && h === 0, [], o(d)).map((l) => [l.higher, l.score]));
    const [off, on] = [scores(null), scores(rule)];
    expect(on['law#第十三条']).toBeCloseTo(off['law#第十三条'] * rule.factor, 2);
    expect(off['law#第六条']).toBeGreaterThan(0);
    expect(on['law#第六条']).toBe(off['law#第六条']);
  });
});
