// Session 51 (helper extract; issue 13): the persons a training names as its object noun — 开展境外员工培训 (上海市职业教育条例 第六十五
// 条), 开展家庭教育指导人才培训 (浙江省家庭教育促进条例 第十六条) — are trained, so served (tests/gold/README.md TargetGroup: "served,
// trained, …"; education's gold reads 境外员工 and 家庭教育指导人才). Chinese duties name a training by its trainees put before 培训 as a
// compound noun (X培训, X职业技能培训) after a verb that runs it (开展, 组织, 举办, 实施, 进行, 加强, 做好); the served object of session 37
// (对X进行培训) names them after a preposition instead. The noun phrase from right after the verb to a person head of group-objects.txt,
// a whole word span, acceptable as a served object (served.ts: no determiner, party, anaphor or bare head), then the training word (its
// kind words allowed between: 职业技能, 岗前 …). Called from index.ts (option lawTrainedObjects), in a regulation.
//
// The words are lexicon data since session 51 (helper tidy2): ingest/lexicon/training-cues.txt (`run`, `organise`,
// `organiseAfter`, `quantifier`, `kind`, `training`, `follower`), the regexes built from them once per lexicon (memo.ts); the
// grammar (punctuation, length bounds) stays here.
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import { acceptable } from './served.js';
import { memoOnLists } from './memo.js';
import { escapeRegExp as esc, wordAlternation as alt } from './regex-words.js';

/** The length of the longest of `words`. */
const longest = (words: string[]) => Math.max(0, ...words.map((w) => w.length));

/** training-cues.txt as regexes. QUANTIFIER: a `quantifier` opening the persons (各类, 各级, 广大, 全体): every kind, no group. RUN: a
 *  `run` verb right before the object noun (read on the `runLength` characters before it). ORGANISE_AFTER: a clause's opening or an
 *  `organiseAfter` word right before the `organise` verb (组织 is a noun elsewhere). TRAINING: after the persons, a `training` word,
 *  with a `kind` of training a duty names between (职业技能培训, 岗前培训, 业务培训), closing its clause or followed by a `follower`
 *  (工作, 活动, a joiner); not a trade or its administration (开展机动车驾驶员培训业务, …驾驶员培训管理工作, …机动车驾驶员培训以及…经营:
 *  free texts, 杭州 and 山东 on driver training). TRAINED: a `training` word anywhere. */
const cueRegexes = (lexicon: Lexicon) => {
  const c = lexicon.trainingCues;
  return memoOnLists(lexicon, cueRegexes, [c.runs, c.organises, c.organiseAfters, c.quantifiers, c.kinds, c.trainings, c.followers], () => ({
    QUANTIFIER: new RegExp(`^${alt(c.quantifiers)}`),
    RUN: new RegExp(`${alt(c.runs)}$`),
    RUN_ANY: new RegExp(alt(c.runs.filter((w) => !c.organises.includes(w)))),
    runLength: longest(c.runs),
    ORGANISE_AFTER: new RegExp(`(?:^|[，。；：、\\n]|${c.organiseAfters.map(esc).join('|') || '(?!)'})$`),
    TRAINING: new RegExp(`^${alt(c.kinds)}?${alt(c.trainings)}(?=[，。；、：]|${c.followers.map(esc).join('|') || '(?!)'})`),
    TRAINED: new RegExp(alt(c.trainings)),
  }));
};

export function trainedObjectHits(text: string, s: number, e: number, lexicon: Lexicon, words: { starts: { has(p: number): boolean }; ends: { has(p: number): boolean } }, listItems = false, found: { start: number; end: number; type: string }[] = [], parties = false): DictHit[] {
  const out: DictHit[] = [];
  const { QUANTIFIER, RUN, RUN_ANY, runLength, ORGANISE_AFTER, TRAINING, TRAINED } = cueRegexes(lexicon);
  if (!TRAINED.test(text.slice(s, e))) return out;
  /** The persons from i to q, or undefined: a whole word span acceptable as a served object, no quantifier, modal or verb of building. */
  const trainee = (i: number, q: number): string | undefined => {
    const phrase = text.slice(i, q);
    // (A stop opener that is only the start of a longer first word opens no anaphor or kin: 家庭|教育 in 家庭教育指导人才 is a field.)
    let w = i + 1;
    while (w < q && !words.starts.has(w)) w++;
    const first = text.slice(i, w);
    // (The lexicon is copied only when such a stop is there: rare, so most candidates read the lexicon as it is.)
    let own = lexicon.objectStops.some((x) => first.startsWith(x) && first.length > x.length)
      ? { ...lexicon, objectStops: lexicon.objectStops.filter((x) => !(first.startsWith(x) && first.length > x.length)) }
      : lexicon;
    // (Session 53, trainedParties: a party of a market named as a training's trainees, 初创经营者培训, is an economic role the duty
    // serves — tests/gold/README.md, session 23 — so agent-stops.txt does not refuse it here; the copy again only when it applies.)
    if (parties && phrase.endsWith('者') && lexicon.agentStops.some((x) => phrase.slice(0, -1).endsWith(x))) own = { ...own, agentStops: [] };
    // (Nor a quantifier opening it: 举办各类公务员培训 names every kind, no one group — randoms' 行政学院工作条例.)
    if (phrase.length > 10 || !acceptable(phrase, own) || QUANTIFIER.test(phrase) || /应当|必须|可以|完善|建立|健全/.test(phrase)) return undefined;
    return phrase;
  };
  for (let i = s + 2; i < e; i++) {
    const afterRun = RUN.test(text.slice(Math.max(s, i - runLength), i));
    // (Session 52, trainedListItems: or an item of a list of activities a run verb opens in the clause — 开展阅读宣传指导、…、阅读推广人和
    // 阅读服务志愿者培训、… (reading's 宁波 全民阅读促进条例 第二十六条), 开展医学教育、医疗卫生人员培训 (a free text); the item names more
    // than a bare head.)
    const listed = !afterRun && listItems && text[i - 1] === '、' && RUN_ANY.test(/[^，。；：\n]*$/.exec(text.slice(s, i - 1))![0]);
    if (!(afterRun || listed) || !words.starts.has(i) || /[的和及与或对为]/.test(text[i] ?? '')) continue;
    // The `organise` verb (组织) is the verb only after a clause's opening, a modal or a joiner (社会组织应当为…: a noun, 上海 终身教育
    // 促进条例, a free text).
    const organise = afterRun ? lexicon.trainingCues.organises.find((w) => text.startsWith(w, i - w.length)) : undefined;
    if (organise && !ORGANISE_AFTER.test(text.slice(Math.max(s, i - organise.length - 4), i - organise.length))) continue;
    // A run verb right after another (组织开展专利代理师业务培训, 专利代理条例 第二十一条): the object starts after the last one, where
    // the loop comes next; read from the first, the persons would open with 开展 (found by session 51's helper tidy2).
    if (lexicon.trainingCues.runs.some((w) => text.startsWith(w, i))) continue;
    // (A listed or coordinated item names more than a bare head, 人员培训, and holds no summary of a list, 营销等方面人才培训: a free text.)
    // (Nor one ending in a group another rule found inside it, 阅读服务|志愿者: that rule reads its kinds and canonical name, as the served
    // objects leave such a phrase, served.ts.)
    const bare = (i0: number, q: number) => (listed || i0 !== i) && (/等|方面/.test(text.slice(i0, q)) || found.some((g) => g.type === 'TargetGroup' && g.end === q && g.start > i0) || (listed && lexicon.objectHeads.concat(lexicon.groupSuffixes).some((h) => text.slice(i0, q) === h)));
    for (const q of personEnds(text, i, e, lexicon)) {
      if (!words.ends.has(q)) continue;
      if (TRAINING.test(text.slice(q, q + 8))) {
        const phrase = trainee(i, q);
        if (phrase && !bare(i, q)) out.push({ type: 'TargetGroup', canonical: phrase, start: i, end: q });
        break;
      }
      // (Session 52, trainedListItems: two kinds of persons joined by 和/及 before one training, 阅读推广人和阅读服务志愿者培训: both trained.)
      if (!listItems || !/[和及]/.test(text[q] ?? '')) continue;
      const second = personEnds(text, q + 1, e, lexicon).find((q2) => words.starts.has(q + 1) && words.ends.has(q2) && TRAINING.test(text.slice(q2, q2 + 8)));
      if (second === undefined) continue;
      const a = trainee(i, q);
      const b = trainee(q + 1, second);
      const inList = (i0: number, q0: number) => (listed || i0 !== i) ? !bare(i0, q0) : !/等|方面/.test(text.slice(i0, q0)) && !found.some((g) => g.type === 'TargetGroup' && g.end === q0 && g.start > i0);
      if (a && inList(i, q)) out.push({ type: 'TargetGroup', canonical: a, start: i, end: q });
      if (b && !bare(q + 1, second)) out.push({ type: 'TargetGroup', canonical: b, start: q + 1, end: second });
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
    if (lexicon.objectHeads.some((h) => phrase.endsWith(h)) || lexicon.groupSuffixes.some((h) => phrase.endsWith(h)) || endsInWorker(phrase, lexicon.workerGroups)) out.push(q);
  }
  return out.reverse();
}

/** Whether `phrase` ends in one of the worker words (read in place: the set is not copied per candidate end). */
function endsInWorker(phrase: string, workers: Set<string>): boolean {
  for (const w of workers) if (phrase.endsWith(w)) return true;
  return false;
}
