// Links that only the per-paragraph widening admits (options.extraLinksByParagraph): a long article keeps
// a third link, or a second one far under its best, only when one of its paragraphs matches that higher
// article best. A trust article (设立慈善信托…书面形式 / 七日内…备案 / the 备案 of each kind of trustee) carries
// out the law's article on setting up and filing a trust; the law's neighbouring articles on who may be the
// trustee and on changing the trustee share its words (受托人, 慈善组织, 信托公司, 七日内, 备案) but no
// paragraph restates them.
import { describe, expect, it } from 'vitest';
import { linkMeasures, paragraphShares, paragraphsOf } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS, linkOptions } from '../../../ingest/link/options.js';
import { regulationUnit } from './units.js';

const unit = regulationUnit;

const law = [
  '第四十五条 设立慈善信托、确定受托人和监察人，应当采取书面形式。受托人应当在慈善信托文件签订之日起七日内，将相关文件向受托人所在地县级以上人民政府民政部门备案。\n未按照前款规定将相关文件报民政部门备案的，不享受税收优惠。',
  '第四十六条 慈善信托的受托人，可以由委托人确定其信赖的慈善组织或者信托公司担任。',
  '第四十七条 慈善信托的受托人违反信托义务或者难以履行职责的，委托人可以变更受托人。变更后的受托人应当自变更之日起七日内，将变更情况报原备案的民政部门重新备案。',
  '第八条 慈善组织的章程应当符合法律法规的规定。',
  '第三十条 发生重大自然灾害、事故灾难和公共卫生事件等突发事件，需要迅速开展救助时，有关人民政府应当建立协调机制。',
];
const lower = '第十九条 设立慈善信托、确定受托人和监察人，应当采取信托合同、遗嘱或者法律、行政法规规定的其他书面形式。\n受托人应当在慈善信托文件签订之日起七日内，按照下列规定进行备案：\n（一）慈善组织担任受托人的，向其登记的民政部门备案；\n（二）信托公司担任受托人的，向其登记注册地的设区的市人民政府民政部门备案。';
const units = [...law.map((t, i) => unit(`law#${t.split(' ')[0]}`, 0, t)), unit('prov#第十九条', 1, lower)];
const linked = (extraLinksByParagraph: typeof DEFAULT_LINK_OPTIONS.extraLinksByParagraph) =>
  linkMeasures(units, (l, h) => l === 1 && h === 0, [], linkOptions({
    extraLinksByParagraph,
    paragraphBest: null,
    procedureStages: null,
    // A two-document corpus scores lower than a whole law family: the cuts are scaled down with it.
    topKPerClause: { per: 0.5, max: 3, genres: ['regulation'], relative: 0.25 },
    genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.2, partial: 0.05 }, relative: 0.8, topK: 2, pairIdf: true } },
  }))
    .map((l) => l.higher)
    .sort();

describe('extraLinksByParagraph', () => {
  it('is on by default for regulations', () => {
    expect(DEFAULT_LINK_OPTIONS.extraLinksByParagraph?.genres).toContain('regulation');
  });

  it('gives each candidate its best share over the paragraphs it matches best', () => {
    const shares = paragraphShares(paragraphsOf(lower)!, law.slice(0, 3).map((t, i) => ({ id: String(i), text: t })));
    expect(shares.get('0')).toBeGreaterThan(0.6);
    expect([...shares.keys()]).toContain('0');
  });

  it('drops the neighbouring articles that only the widening kept', () => {
    const without = linked(null);
    expect(without).toContain('law#第四十五条');
    expect(without.length).toBeGreaterThan(1);
    expect(linked(DEFAULT_LINK_OPTIONS.extraLinksByParagraph)).toEqual(['law#第四十五条']);
  });
});
