// Session 50 (helper link2, issue 13): a higher article that names a class by another of its own articles
// (本法第四十七条规定的高风险旅游项目, 本法第十七条规定的终止情形) asks its carriers to spell that class out, and a lower
// paragraph that carries it writes the cited article's words in place of the reference (上海市旅游条例 第五十二条: 旅行社、住宿、
// 旅游交通以及高空、高速、水上、潜水、探险等高风险旅游项目的经营者…投保相关责任险, for 旅游法 第五十六条 …本法第四十七条规定的
// 高风险旅游项目等经营者…责任保险). Compared with the citing article's own words, such a paragraph finds more of its bigrams in
// the short cited article (第四十七条, 高空、高速、水上、潜水、探险等高风险旅游项目) and credits it, not the article it carries.
// options.paragraphCitedText: for the paragraph shares (implements.ts paragraphShares), a higher article is read with the
// words of the articles it cites so. A sanction's reference (违反本法第X条规定的, 未履行本法第X条规定的…义务) names the
// conduct it punishes, not a class the lower spells out, and is left as it is.

import { ARTICLE_LABEL } from './article-label.js';

/** A Chinese numeral of an article, paragraph or item number (第三十七条, 第二款). */
export const NUM = '[一二三四五六七八九十百零〇]+';
/** A reference to an article of the document itself, with its paragraph or item, that names a class (…规定的, 所列的). */
const CITED = new RegExp(`本(?:法|条例|办法|规定)(第${NUM}条)(?:第${NUM}[款项])*(?:规定|所列|所称)的`, 'g');
/** The clause before the reference: a sanction's conduct (违反, 未履行, 未依照, 不符合 …) is not a class spelled out. */
const SANCTION = /(?:违反|未履行|未依照|未按照|不履行|不符合|未经)[^，。；：]*$/;

/** The labels (第四十七条) of the articles of its own document that `text` names as a class, in order, without repeats.
 *  The article's own label is never one. */
export function citedLabels(text: string): string[] {
  const own = text.match(ARTICLE_LABEL)?.[0].trim();
  const out: string[] = [];
  for (const m of text.matchAll(CITED)) {
    if (SANCTION.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    const label = m[1];
    if (label !== own && !out.includes(label)) out.push(label);
  }
  return out;
}

/** For each unit (by index) of a document that cites articles of its own document as a class, the cited articles' texts
 *  (their labels stripped), joined: what paragraphShares reads besides the unit's own words. `units` are one document's
 *  measures in any order; units that are not articles are never cited. */
export function citedTexts(units: { text: string }[], indices: number[]): Map<number, string> {
  const byLabel = new Map<string, number>();
  for (const i of indices) {
    const label = units[i].text.match(ARTICLE_LABEL)?.[0].trim();
    if (label && !byLabel.has(label)) byLabel.set(label, i);
  }
  const out = new Map<number, string>();
  for (const i of indices) {
    const labels = citedLabels(units[i].text);
    const texts = labels.map((l) => byLabel.get(l)).filter((j): j is number => j !== undefined && j !== i).map((j) => units[j].text.replace(ARTICLE_LABEL, ''));
    if (texts.length) out.set(i, texts.join('\n'));
  }
  return out;
}
