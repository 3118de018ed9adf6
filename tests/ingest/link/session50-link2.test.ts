// A higher article that names a class by another of its own articles (本法第四十七条规定的高风险旅游项目), read with that
// article's words for the paragraph shares (options.paragraphCitedText, session 50 helper link2; ingest/link/cited-text.ts).
// Real texts: 旅游法 (2018) 第五十六条 and 第四十七条, 上海市旅游条例 (2020) 第五十二条 (gold strong → 第五十六条, tests/real/tourism);
// 国防教育法 (2018) 第二十八条 and 第二十三条, 浙江省国防教育条例 (2020) 第二十八条 (tests/real/corpus; its second paragraph
// restates 第二十三条's class alone).
import { describe, expect, it } from 'vitest';
import { citedLabels, citedTexts } from '../../../ingest/link/cited-text.js';
import { paragraphShares, paragraphsOf } from '../../../ingest/link/implements.js';
import { PARAGRAPH_CITED_TEXT_MEASURED } from '../../../ingest/link/options.js';

const law56 = '第五十六条 国家根据旅游活动的风险程度，对旅行社、住宿、旅游交通以及本法第四十七条规定的高风险旅游项目等经营者实施责任保险制度。';
const law47 = '第四十七条 经营高空、高速、水上、潜水、探险等高风险旅游项目，应当按照国家有关规定取得经营许可。';
const sh52 = '第五十二条 旅行社、住宿、旅游交通以及高空、高速、水上、潜水、探险等高风险旅游项目的经营者应当根据国家有关规定投保相关责任险。\n\n本市推行旅游经营者责任险统保制度，相关行业协会可以组织本市旅游经营者及外省市旅游经营者在沪分支机构集中投保相关责任险。';
const gf28 = '第二十八条 本法第二十三条规定的场所，具备下列条件的，经省、自治区、直辖市人民政府批准，可以命名为国防教育基地：\n\n（一）有明确的国防教育主题内容；\n\n（二）有健全的管理机构和规章制度；\n\n（三）有相应的国防教育设施；\n\n（四）有必要的经费保障；\n\n（五）有显著的社会教育效果。\n\n国防教育基地应当加强建设，不断完善，充分发挥国防教育的功能。被命名的国防教育基地不再具备前款规定条件的，由原批准机关撤销命名。';
const gf23 = '第二十三条 烈士陵园、革命遗址和其他具有国防教育功能的博物馆、纪念馆、科技馆、文化馆、青少年宫等场所，应当为公民接受国防教育提供便利，对有组织的国防教育活动实行优惠或者免费；依照本法第二十八条的规定被命名为国防教育基地的，应当对有组织的中小学生免费开放；在全民国防教育日向社会免费开放。';
const zj28 = '第二十八条 国防教育基地应当向社会免费开放。\n\n未被命名为国防教育基地的其他具有国防教育功能的场所，应当为单位和个人接受国防教育提供便利，对国防教育活动实行免费或者优惠。';

const candidates = (texts: string[]) => {
  const cited = citedTexts(texts.map((text) => ({ text })), texts.map((_, i) => i));
  return texts.map((text, i) => ({ id: text.slice(0, text.indexOf('条') + 1), text, ...(cited.has(i) ? { cited: cited.get(i)! } : {}) }));
};
const shares = (lower: string, texts: string[], on: boolean) =>
  Object.fromEntries([...paragraphShares(paragraphsOf(lower)!, candidates(texts), on ? { within: 1, cited: PARAGRAPH_CITED_TEXT_MEASURED } : undefined)].map(([k, v]) => [k, Math.round(v * 100) / 100]));

describe('a higher article read with the article it names as a class (session 50, link2)', () => {
  it('reads 本法第四十七条规定的 as a class cited, and a sanction’s 违反本法第…条规定的 or an 依照…的规定 not', () => {
    expect(citedLabels(law56)).toEqual(['第四十七条']);
    expect(citedLabels(gf28)).toEqual(['第二十三条']);
    expect(citedLabels(gf23)).toEqual([]);
    expect(citedLabels('第九十九条 旅行社未履行本法第五十五条规定的报告义务的，由旅游主管部门处五千元以上五万元以下罚款。')).toEqual([]);
    expect(citedLabels('第一百零一条 违反本法第四十七条规定的，由有关部门责令改正。')).toEqual([]);
  });

  it('credits 第五十六条, not only the short 第四十七条, with 上海 第五十二条’s first paragraph, which spells the cited list out', () => {
    // Without the option the paragraph's best is 第四十七条 (0.48 against 0.45): 第五十六条 keeps only the second
    // paragraph's 0.12, and the selection refuses it (extraLinksByParagraph.min 0.4).
    expect(shares(sh52, [law56, law47], false)['第五十六条']).toBeLessThan(0.4);
    expect(shares(sh52, [law56, law47], true)['第五十六条']).toBeGreaterThanOrEqual(0.7);
  });

  it('credits nothing new to a paragraph that restates the cited class alone (浙江 第二十八条’s second paragraph)', () => {
    expect(shares(zj28, [gf28, gf23], true)).toEqual(shares(zj28, [gf28, gf23], false));
    expect(shares(zj28, [gf28, gf23], true)['第二十八条']).toBeUndefined();
  });
});
