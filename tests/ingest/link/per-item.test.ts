// Per-item selection (options.perItem, session 34, off by default: measured on the dev link sets it lowers some set at
// every setting tried, ingest/link/options.ts): each 款 and 项 of a lower article keeps the aligned candidate it names best,
// as a partial link, with the evidence passages on that item. Here the article's second paragraph restates a higher
// article that the article-level selection (one link an article) cuts.
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { itemBests, lowerItems, pairBigramWeights } from '../../../ingest/link/item-best.js';
import { regulationUnit, textOnlyRegulation } from './units.js';

const lowerText =
  '第五条 县级以上人民政府统计机构应当建立统计工作检查制度，定期对本行政区域内的统计工作进行检查，并可以根据实际情况，组织专项检查。\n统计机构、统计人员不得泄露在统计调查中知悉的国家秘密、统计调查对象的商业秘密。';
const units = [
  regulationUnit('law#第九条', 0, '第九条 统计机构和统计人员对在统计工作中知悉的国家秘密、商业秘密和个人信息，应当予以保密。'),
  regulationUnit('law#第三十三条', 0, '第三十三条 县级以上人民政府统计机构应当建立统计工作检查制度，定期对本行政区域内的统计工作进行检查，并可以根据实际情况，组织专项检查。'),
  regulationUnit('law#第二十三条', 0, '第二十三条 县级以上人民政府统计机构按照国家有关规定，定期公布统计资料。'),
  regulationUnit('prov#第五条', 1, lowerText),
];
const allowed = (lowerDoc: number, higherDoc: number) => lowerDoc === 1 && higherDoc === 0;
const links = (perItem: { genres: ['regulation']; min: number; margin: number; minScore: number; sentences: boolean } | null) =>
  linkMeasures(units, allowed, [], textOnlyRegulation({ perItem }));

describe('per-item selection', () => {
  it('splits an article into its paragraphs and items (a list lead is an item), one paragraph into none', () => {
    expect(lowerItems(lowerText)).toHaveLength(2);
    expect(lowerItems('第八条 监督检查的范围是：\n（一）填报统计资料是否准确、及时；（二）制发统计调查表是否经过审查、批准。')).toHaveLength(3);
    expect(lowerItems('第三条 统计工作必须坚持实事求是的原则，运用科学的方法。')).toHaveLength(0);
    expect(lowerItems('第三条 统计工作必须坚持实事求是的原则。运用科学的方法，保障统计资料的准确性。', 4, true)).toHaveLength(2);
  });

  it('takes an item’s best candidate only when it reaches min and beats the second best by margin', () => {
    const w = pairBigramWeights(units)(1, 0);
    const [, second] = lowerItems(lowerText);
    const cands = [units[0], units[1], units[2]].map((u) => new Set([...u.text.matchAll(/(?=([\u4e00-\u9fff]{2}))/g)].map((m) => m[1])));
    expect(itemBests([second], cands, w, 0.3, 0.1).map((b) => b.k)).toEqual([0]);
    expect(itemBests([second], cands, w, 0.99, 0.1)).toEqual([]);
  });

  it('keeps the second paragraph’s own article as a partial link, its evidence on that paragraph; not without the option', () => {
    const off = links(null).map((l) => l.higher);
    expect(off).toEqual(['law#第三十三条']);
    expect(off).not.toContain('law#第九条');
    const on = links({ genres: ['regulation'], min: 0.3, margin: 0.1, minScore: 0, sentences: false });
    const item = on.find((l) => l.higher === 'law#第九条');
    expect(item?.verdict).toBe('partial');
    const start = lowerText.indexOf('\n');
    expect(item!.passages.length).toBeGreaterThan(0);
    for (const p of item!.passages) expect(p.lower[1]).toBeGreaterThan(start);
  });
});
