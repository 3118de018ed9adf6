// Session 48 (helper extract2; options.ts compressedStaff): categories of persons written as one compressed coordination that shares
// the head 人员, the way Chinese drafting writes 专利管理人员、技术转移人员 as 专利管理、技术转移人员 and 企业人员、事业单位人员 as
// 企业、事业单位人员. Read on the techmarket set's 北京 专利保护和促进 条例 (issue 13: rewarded 专利管理、技术转移人员, three times;
// 加强对企业、事业单位人员的培训). The talent form (数字技术、技能和管理人才) is compressed-groups.ts.
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import type { Token } from './segment.js';

const HEAD = '人员';
/** Words a conjunct may be made of: nouns, verbal nouns and verbs (专利|管理, 技术|转移, 事业单位). */
const PART = /^(n|vn|v|nz)$/;
/** An employer's kind ends a conjunct of the employer sort (企业, 事业单位, 机关, 社会团体 …). */
const EMPLOYER = /(企业|单位|机关|团体|组织)$/;
/** What may stand right before the first conjunct: its phrase opens there (的, a preposition, a verb, punctuation, a clause). */
const OPENER = /^(uj|p|v|x|c|d)$/;

/** One conjunct ending at token `end` (inclusive): one or two words of PART without 人, at most six characters. Returns its first
 *  token's index, or -1. The longest such run that an opener precedes. */
function conjunctStart(tokens: Token[], end: number): number {
  for (let n = 2; n >= 1; n--) {
    const first = end - n + 1;
    if (first < 0) continue;
    const run = tokens.slice(first, end + 1);
    if (!run.every((t) => PART.test(t.tag) && !t.word.includes('人'))) continue;
    if (run.map((t) => t.word).join('').length > 6) continue;
    const before = tokens[first - 1];
    if (before && !(before.word === '、' || OPENER.test(before.tag))) continue;
    return first;
  }
  return -1;
}

/** The sort of a conjunct: an employer (企业, 事业单位) or a line of work, a field and its verb (专利|管理, 技术|转移); else none. A bare
 *  verb is no line of work: 离休、退休、退职人员 are statuses, 招收、录用、招聘人员 the persons hired, 艾滋病咨询、检测人员 leaves the
 *  field of the second conjunct unsaid (read on the spent randomv's 上海 归侨侨眷, randomu's 重庆 散居少数民族 and randomj's 浙江 艾滋病 texts). */
function sortOf(run: Token[]): 'employer' | 'work' | undefined {
  if (EMPLOYER.test(run.map((t) => t.word).join(''))) return 'employer';
  if (run.length === 2 && /^(n|nz)$/.test(run[0]!.tag) && /^(vn|v)$/.test(run[1]!.tag)) return 'work';
  return undefined;
}

/** Each category of X、Y(、Z)人员: two or more conjuncts joined by 、 only (a 和 list names whole professions, session 47), each of
 *  the same sort — all employers (企业、事业单位人员 → 企业人员, 事业单位人员) or all lines of work, each a field and its verb
 *  (专利管理、技术转移人员 → 专利管理人员, 技术转移人员). Not a list of a body and a profession (医疗机构、医务人员: 医务 is neither), nor a head longer than 人员
 *  (国家机关、事业单位工作人员: jieba's 工作人员, a staff word the other rules judge). Only in a sentence that serves persons (a cue of
 *  group-served.txt: 培训, 奖励, 职称 …) and not where the phrase is the subject of a duty or a ban (…人员应当, 不得). Each
 *  mention spans its conjunct, the last one running to the head's end. */
export function compressedStaffHits(tokens: Token[], text: string, lexicon: Lexicon): DictHit[] {
  const hits: DictHit[] = [];
  for (let h = 1; h < tokens.length; h++) {
    if (tokens[h]!.word !== HEAD) continue;
    const conjuncts: { first: number; last: number }[] = [];
    let end = h - 1;
    for (;;) {
      const first = conjunctStart(tokens, end);
      if (first < 0) break;
      conjuncts.unshift({ first, last: end });
      if (first >= 2 && tokens[first - 1]!.word === '、') { end = first - 2; continue; }
      break;
    }
    if (conjuncts.length < 2) continue;
    const words = conjuncts.map((c) => tokens.slice(c.first, c.last + 1).map((t) => t.word).join(''));
    const sorts = conjuncts.map((c) => sortOf(tokens.slice(c.first, c.last + 1)));
    if (!sorts[0] || sorts.some((s) => s !== sorts[0])) continue;
    const headEnd = tokens[h]!.start + HEAD.length;
    // The sentence: it must serve persons; the phrase must not be the subject of a duty or ban.
    const from = Math.max(text.lastIndexOf('。', tokens[conjuncts[0]!.first]!.start), text.lastIndexOf('\n', tokens[conjuncts[0]!.first]!.start)) + 1;
    const stop = text.slice(headEnd).search(/[。\n]/);
    const sentence = text.slice(from, stop < 0 ? text.length : headEnd + stop);
    if (!lexicon.servedCues.some((c) => sentence.includes(c))) continue;
    if (/^(?:应当|应|必须|不得|可以|须)/.test(text.slice(headEnd, headEnd + 2))) continue;
    conjuncts.forEach((c, k) => {
      const start = tokens[c.first]!.start;
      const last = k === conjuncts.length - 1;
      hits.push({ type: 'TargetGroup', canonical: words[k]! + HEAD, start, end: last ? headEnd : start + words[k]!.length });
    });
  }
  return hits;
}
