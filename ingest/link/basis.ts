// The documents a document says it is made under: its basis clause (立法依据), the sentence of Chinese legislative
// and administrative drafting that names them before 制定 (根据《中华人民共和国大气污染防治法》《河南省大气污染防治条例》等
// 法律、法规，结合本市实际，制定本条例). A document naming another there carries it out, whatever words each uses
// most: the subject gate (options.subjectGate, rules.ts subjectAllows) lets such a pair through. Session 23: on the law
// mirror 焦作市大气污染防治条例 linked to nothing, neither to 河南省大气污染防治条例 nor to 大气污染防治法, both named in
// its first article, because its subject words (洒水, 砖瓦, 飞絮 …) gave a cosine under the gate's 0.25.
import type { ProcessedDoc } from '../snapshot/types.js';
import { NUMERAL_CHARS } from '../extract/numerals.js';

/** A basis clause: 根据/依据 (or 按照) … 制定/结合 within one sentence; or the purpose form that names the text carried out
 *  (为了贯彻实施《中华人民共和国劳动合同法》…，制定本条例; 为实施《…》, 为了执行《…》): the title right after the verb, so a plan's
 *  为贯彻落实…精神 or 为了加强…管理 names none. Session 60 (lead): 劳动合同法实施条例 (the development set `labour`) was linked to
 *  nothing, its law named only in that form. */
const BASIS = /(?:根据|依据|依照|按照|为了?(?:贯彻)?(?:实施|执行)(?=《))[^。；;]*?(?:结合|制定)/g;

/** The key a title is compared by: without the state's name before a national law (《大气污染防治法》 cites
 *  中华人民共和国大气污染防治法). */
export const titleKey = (title: string): string => title.replace(/^中华人民共和国/, '');

/** Where a document of articles states its basis: before its second article (the basis clause is its first article or
 *  preamble). A body article with 依据…制定 (专利代理条例 第三十条: 律师事务所可以依据《律师法》…开展…业务，…具体办法由…另行
 *  制定) names no basis of the document: read there, 专利代理条例 was linked to 律师法 by the legal-rank rule (session 37, lead:
 *  on the law mirror, 33 titles of 28 documents were read from such articles; none a basis). */
function basisEnd(p: ProcessedDoc): number {
  const articles = (p.doc.units ?? []).filter((u) => u.kind === 'article').map((u) => u.span[0]).sort((a, b) => a - b);
  return articles.length > 1 ? articles[1] : Infinity;
}

/** The titles (titleKey) the document cites inside a basis clause. With `companion` (options.basisCompanion, session 62):
 *  a title followed by the drafting formula 及其实施条例 (及其实施细则, 及其实施办法: the pattern's first group) names also
 *  the text of that title + the group (根据《中华人民共和国道路交通安全法》及其实施条例 names 道路交通安全法实施条例). */
export function basisTitles(p: ProcessedDoc, companion?: string | null): string[] {
  const text = p.doc.text;
  const clauses: [number, number][] = [];
  const end = basisEnd(p);
  for (const m of text.matchAll(BASIS)) if (m.index! < end) clauses.push([m.index!, m.index! + m[0].length]);
  if (!clauses.length) return [];
  const out = new Set<string>();
  for (const c of p.extraction.citations) {
    if (!clauses.some(([s, e]) => c.span[0] >= s && c.span[1] <= e)) continue;
    out.add(titleKey(c.title));
    const m = companion ? text.slice(c.span[1], c.span[1] + 12).match(new RegExp(companion)) : null;
    if (m?.[1]) out.add(titleKey(c.title) + m[1]);
  }
  return [...out].sort();
}

/** After a title: an article number (《…》第十条, 个人所得税法第六条: a citation, cite.ts) or a longer title of which it is
 *  the head (个人所得税法实施条例 is another document). */
const NOT_THE_DOCUMENT_ITSELF = new RegExp(`^》?(?:第[${NUMERAL_CHARS}]+条|实施(?:条例|细则|办法|规定))`);

/** Before a title: the violation formula of a penalty article (违反招标投标法和本条例规定的, 违反《中华人民共和国…法》), which
 *  names the law as a whole, not what the article carries out of it. */
const VIOLATION_BEFORE = /违反《?(?:中华人民共和国)?$/;

/** Whether the text names the document of this title (titleKey: 个人所得税法 for 中华人民共和国个人所得税法, the short name
 *  a 实施条例 declares for its law) somewhere other than before an article number: 个人所得税法所称在中国境内有住所，是指…;
 *  个人所得税法规定的各项个人所得的范围 (options.sameLevel.named); not in a violation formula (VIOLATION_BEFORE). With the
 *  higher article's text, a definition (…法所称T，是指…) names it only when T occurs in that article (session 39: of 14 links
 *  `named` added on six mirror law + 实施条例 pairs, 3 were definitions linked to an article without the defined term). */
export function namesDocument(text: string, title: string | undefined, higherText?: string): boolean {
  if (!title || title.length < 3) return false;
  for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + title.length)) {
    if (VIOLATION_BEFORE.test(text.slice(Math.max(0, at - 10), at))) continue;
    const after = text.slice(at + title.length);
    if (NOT_THE_DOCUMENT_ITSELF.test(after.slice(0, 12))) continue;
    // A definition of one of the law's terms (审计法所称财政收支，是指…) carries out an article that uses the term.
    const term = higherText === undefined ? undefined : after.match(DEFINED_TERM)?.[1];
    if (term !== undefined && !higherText!.replace(/\s+/g, '').includes(term)) continue;
    return true;
  }
  return false;
}

/** After a title: 所称 and the term the lower article defines, up to 是指 or 包括 (session 39). */
const DEFINED_TERM = /^所称([\u4e00-\u9fff]{2,20}?)，?(?:是指|包括)/;
