// The documents a document says it is made under: its basis clause (立法依据), the sentence of Chinese legislative
// and administrative drafting that names them before 制定 (根据《中华人民共和国大气污染防治法》《河南省大气污染防治条例》等
// 法律、法规，结合本市实际，制定本条例). A document naming another there carries it out, whatever words each uses
// most: the subject gate (options.subjectGate, rules.ts subjectAllows) lets such a pair through. Session 23: on the law
// mirror 焦作市大气污染防治条例 linked to nothing, neither to 河南省大气污染防治条例 nor to 大气污染防治法, both named in
// its first article, because its subject words (洒水, 砖瓦, 飞絮 …) gave a cosine under the gate's 0.25.
import type { ProcessedDoc } from '../snapshot/types.js';

/** A basis clause: 根据/依据 (or 按照) … 制定/结合 within one sentence. */
const BASIS = /(?:根据|依据|依照|按照)[^。；;]*?(?:结合|制定)/g;

/** The key a title is compared by: without the state's name before a national law (《大气污染防治法》 cites
 *  中华人民共和国大气污染防治法). */
export const titleKey = (title: string): string => title.replace(/^中华人民共和国/, '');

/** The titles (titleKey) the document cites inside a basis clause. */
export function basisTitles(p: ProcessedDoc): string[] {
  const text = p.doc.text;
  const clauses: [number, number][] = [];
  for (const m of text.matchAll(BASIS)) clauses.push([m.index!, m.index! + m[0].length]);
  if (!clauses.length) return [];
  const out = new Set<string>();
  for (const c of p.extraction.citations) {
    if (clauses.some(([s, e]) => c.span[0] >= s && c.span[1] <= e)) out.add(titleKey(c.title));
  }
  return [...out].sort();
}
