// Session 50 (helper extract; issue 13): an organisation "named" by a verb and a body's suffix only (为了规范|基金会的组织和活动,
// 不得经营|广播电视台) is the verb and its object, a kind of body, not one body's name. Read in free mirror texts (session 49's
// helper extract listed 规范基金会 and 经营广播电视台 among the wrong names of its 120 free texts). A committee may hold the verb of
// its work (选举委员会, 管理委员会: org-functions.txt `head`), so those stay. Called from discover.ts suffixHits.
import type { Token } from './segment.js';

/** Words after which the next verbal noun is the verb of the clause (不得|经营, 擅自|经营); a verb coordinated before it by 、 or 和
 *  does the same (设立、|经营). */
const MODAL = new Set(['不得', '禁止', '严禁', '擅自', '可以', '应当', '必须', '负责', '依法']);

/** Whether the head of an organisation's name, text[start, limit), is made of verbs only (option orgVerbHead): whole tokens, each a
 *  lead verb (lead-verbs.txt: 规范 is tagged n) or tagged v, or, in a head opened right after a modal, a verbal noun (vn: 不得|经营|广播|电视台); and the name ends in
 *  no committee head that may hold a verb of its work (`functionHeads`, org-functions.txt). */
export function verbOnlyHead(tokens: Token[], first: number, start: number, limit: number, name: string, leadVerbs: Set<string>, functionHeads: string[]): boolean {
  if (limit <= start || functionHeads.some((h) => name.endsWith(h))) return false;
  if (first < 0 || tokens[first]?.start !== start) return false;
  // (Or right after a verb coordinated with it: 设立、|经营|广播电视台, 浙江省广播电视管理条例.)
  const prev = tokens[first - 1];
  const afterModal = first > 0 && (MODAL.has(prev.word) || (/^(、|和|或者|或)$/.test(prev.word) && first > 1 && tokens[first - 2].tag === 'v'));
  let k = first;
  for (; k < tokens.length && tokens[k].start < limit; k++) {
    const t = tokens[k];
    if (t.start + t.word.length > limit) return false;
    const verbal = leadVerbs.has(t.word) || t.tag === 'v' || (t.tag === 'vn' && afterModal);
    if (!verbal) return false;
  }
  return k > first && tokens[k - 1].start + tokens[k - 1].word.length === limit;
}
