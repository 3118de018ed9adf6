// Session 48 (helper extract; options.ts lawProcurementLists): a procurement list a body puts a promoted good on, the way Chinese
// promotion laws write it — 将…产品纳入政府采购目录, 将…产品和服务列入全省集中采购目录 (lexicon procurement-lists.txt). Read on the
// digital set's 浙江 text and innovation3's 河南 text; checked on 120 free mirror texts of the genre and on the whole free mirror.
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';

/** Each procurement list a good is put on: a good word (`object`) right before a cue verb (纳入, 列入), up to one other list joined by
 *  和/、 (纳入建筑节能产品推荐目录和政府采购目录), then the owner words and the head (政府采购目录, 全省集中采购目录). The name is the list
 *  as written after the cue. An owner word is needed: a bare 采购目录 is a unit's own buying list (公共图书馆应当优先将…推荐书目纳入
 *  采购目录, a free mirror text). Not where a bound word follows (以外, 以内, 范围: the list as the limit of a procedure). */
export function procurementListHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const { cues, objects, owners, heads } = lexicon.procurementLists;
  const span = text.slice(from, to);
  if (!heads.some((h) => span.includes(h))) return [];
  const alt = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length).join('|');
  const re = new RegExp(`(?:${alt(objects)})(?:${alt(cues)})(?:[^，。；、和]{1,14}目录[和、])?((?:${alt(owners)})(?:${alt(heads)}))(?!以外|以内|范围)`, 'g');
  const hits: DictHit[] = [];
  for (const m of span.matchAll(re)) {
    const start = from + m.index! + m[0].length - m[1]!.length;
    hits.push({ type: 'Programme', canonical: m[1]!, start, end: start + m[1]!.length });
  }
  return hits;
}
