// Session 51 (helper extract; issue 13): the persons a training names as its object noun — 开展境外员工培训 (上海市职业教育条例 第六十五
// 条), 开展家庭教育指导人才培训 (浙江省家庭教育促进条例 第十六条) — are trained, so served (tests/gold/README.md TargetGroup: "served,
// trained, …"; education's gold reads 境外员工 and 家庭教育指导人才). Chinese duties name a training by its trainees put before 培训 as a
// compound noun (X培训, X职业技能培训) after a verb that runs it (开展, 组织, 举办, 实施, 进行, 加强, 做好); the served object of session 37
// (对X进行培训) names them after a preposition instead. The noun phrase from right after the verb to a person head of group-objects.txt,
// a whole word span, acceptable as a served object (served.ts: no determiner, party, anaphor or bare head), then the training word (its
// kind words allowed between: 职业技能, 岗前 …). Called from index.ts (option lawTrainedObjects), in a regulation.
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import { acceptable } from './served.js';

/** A quantifier opening the persons (各类, 各级, 广大, 全体): every kind, no group. */
const QUANTIFIER = /^(?:各类|各级|各|广大|全体|全部|所有|一批)/;
/** The verbs that run a training, right before its object noun. */
const RUN = /(?:开展|组织|举办|实施|进行|加强|做好)$/;
/** After the persons: the training word, with the kinds of training a duty names between (职业技能培训, 岗前培训, 业务培训), closing
 *  its clause or followed by 工作, 活动 or a joiner; not a trade or its administration (开展机动车驾驶员培训业务, …驾驶员培训管理工作,
 *  …机动车驾驶员培训以及…经营: free texts, 杭州 and 山东 on driver training). */
const TRAINING = /^(?:职业技能|技能|职业|业务|专业|岗前|岗位|在岗|转岗|安全|继续教育)?(?:培训|轮训)(?=[，。；、：]|工作|活动|和|及|等)/;

export function trainedObjectHits(text: string, s: number, e: number, lexicon: Lexicon, words: { starts: { has(p: number): boolean }; ends: { has(p: number): boolean } }): DictHit[] {
  const out: DictHit[] = [];
  if (!/培训|轮训/.test(text.slice(s, e))) return out;
  for (let i = s + 2; i < e; i++) {
    if (!RUN.test(text.slice(Math.max(s, i - 2), i)) || !words.starts.has(i) || /[的和及与或对为]/.test(text[i] ?? '')) continue;
    // 组织 is the verb only after a clause's opening, a modal or a joiner (社会组织应当为…: a noun, 上海 终身教育促进条例, a free text).
    if (text.startsWith('组织', i - 2) && !/(?:^|[，。；：、\n]|应当|负责|定期|并|和|及|共同|统一)$/.test(text.slice(Math.max(s, i - 6), i - 2))) continue;
    for (const q of personEnds(text, i, e, lexicon)) {
      if (!words.ends.has(q) || !TRAINING.test(text.slice(q, q + 8))) continue;
      const phrase = text.slice(i, q);
      // (A stop opener that is only the start of a longer first word opens no anaphor or kin: 家庭|教育 in 家庭教育指导人才 is a field.)
      let w = i + 1;
      while (w < q && !words.starts.has(w)) w++;
      const first = text.slice(i, w);
      const own = { ...lexicon, objectStops: lexicon.objectStops.filter((x) => !(first.startsWith(x) && first.length > x.length)) };
      // (Nor a quantifier opening it: 举办各类公务员培训 names every kind, no one group — randoms' 行政学院工作条例.)
      if (phrase.length > 10 || !acceptable(phrase, own) || QUANTIFIER.test(phrase) || /应当|必须|可以|完善|建立|健全/.test(phrase)) break;
      out.push({ type: 'TargetGroup', canonical: phrase, start: i, end: q });
      break;
    }
  }
  return out;
}

/** Ends q (longest first) of a phrase of 2–10 CJK characters from `at` that ends in a person head of group-objects.txt or a group
 *  suffix of group-suffixes.txt or a worker word of the lexicon (人才, 员工 are no heads of a served object). */
function personEnds(text: string, at: number, e: number, lexicon: Lexicon): number[] {
  const out: number[] = [];
  for (let q = at + 2; q <= Math.min(e, at + 10); q++) {
    const ch = text[q - 1];
    if (!/[\u4e00-\u9fff]/.test(ch) || /[的和及与或]/.test(ch)) break;
    const phrase = text.slice(at, q);
    if (lexicon.objectHeads.some((h) => phrase.endsWith(h)) || lexicon.groupSuffixes.some((h) => phrase.endsWith(h)) || [...lexicon.workerGroups].some((h) => phrase.endsWith(h))) out.push(q);
  }
  return out.reverse();
}
