// Session 51 (helper extract; issue 13): persons a duty obliges to accept a service of learning are its served parties. Chinese
// regulations name them as the subject of 应当 in a sentence whose duty is to take training, education or guidance — 新婚夫妻、孕期
// 夫妻、婴幼儿父母、学生家长，应当参加…开展的公益性家庭教育指导活动，接受家庭教育指导 (浙江省家庭教育促进条例 第九条) — where the served
// object of session 37 (为/对/向 X 提供/进行…) names them after a preposition. tests/gold/README.md reads the trained as a target group
// (TargetGroup: "served, trained, …"), and group-clause.txt already keeps a group whose duty is 接受…培训 (a cue, not only a duty).
// The subjects are a coordination (、 和 及 或者) of noun phrases ending in a person head of group-objects.txt, opening the sentence
// (after 。；： or the article's number), each a whole word span and acceptable as a served object (served.ts: no determiner, party,
// anaphor); then 应当 or 必须 (a comma may stand before it), and in the same sentence 接受 with a cue of learning within a few
// characters (培训, 教育, 指导, 辅导). Called from index.ts (option lawObligedLearners), in a regulation.
//
// The words are lexicon data since session 51 (helper tidy2): ingest/lexicon/learner-cues.txt (`joiner`, `duty`, `accept`,
// `learn`), the regexes built from them once per lexicon (memo.ts); the grammar stays here.
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import { acceptable, phraseEnds } from './served.js';
import { memoOnLists } from './memo.js';
import { escapeRegExp as esc, wordAlternation as alt } from './regex-words.js';

const CJK = /[\u4e00-\u9fff]/;
/** The sentence's opening: its unit's start, 。；： or a line, or the article's number (第九条 ). */
const OPENING = /(?:^|[。；：\n]|第[一二三四五六七八九十百零〇]+条[ 　]+)$/;

/** learner-cues.txt as regexes: JOINER a `joiner` opening a text; DUTY (，)? a `duty` word, then the rest of the sentence; DUTY_AT a
 *  `duty` word opening a text (a comma may stand before it); ACCEPT an `accept` verb with a `learn` word within eight characters. */
const cueRegexes = (lexicon: Lexicon) => {
  const cues = lexicon.learnerCues;
  return memoOnLists(lexicon, cueRegexes, [cues.joiners, cues.duties, cues.accepts, cues.learns], () => ({
    JOINER: new RegExp(`^${alt(cues.joiners)}`),
    DUTY: new RegExp(`^，?${alt(cues.duties)}([^。；\\n]{0,80})`),
    DUTY_AT: new RegExp(`^，?${alt(cues.duties)}`),
    ACCEPT: new RegExp(`${alt(cues.accepts)}[^，。；：\\n]{0,8}?${alt(cues.learns)}`),
  }));
};

export function obligedLearnerHits(text: string, s: number, e: number, lexicon: Lexicon, words: { starts: { has(p: number): boolean }; ends: { has(p: number): boolean } }): DictHit[] {
  const out: DictHit[] = [];
  const span = text.slice(s, e);
  if (!lexicon.learnerCues.accepts.some((w) => span.includes(w))) return out;
  const { DUTY, ACCEPT } = cueRegexes(lexicon);
  for (let i = s; i < e; i++) {
    if (!CJK.test(text[i] ?? '') || !OPENING.test(text.slice(Math.max(s, i - 8), i)) || (i > s && !/[。；：\n 　]/.test(text[i - 1]))) continue;
    const items = subjectList(text, i, e, lexicon, words);
    if (!items.length) continue;
    const last = items[items.length - 1]!;
    const duty = DUTY.exec(text.slice(last.end, Math.min(e, last.end + 90)));
    if (!duty || !ACCEPT.test(duty[1]!)) continue;
    for (const f of items) out.push({ type: 'TargetGroup', canonical: text.slice(f.start, f.end), start: f.start, end: f.end });
  }
  return out;
}

/** The coordinated phrases from p (up to six), each ending in a person head at a word end and starting at a word start, when every
 *  one is acceptable; the list ends at the first phrase not followed by a joiner. */
function subjectList(text: string, p: number, e: number, lexicon: Lexicon, words: { starts: { has(p: number): boolean }; ends: { has(p: number): boolean } }): { start: number; end: number }[] {
  const items: { start: number; end: number }[] = [];
  const { JOINER, DUTY_AT } = cueRegexes(lexicon);
  let at = p;
  for (let n = 0; n < 6; n++) {
    if (!words.starts.has(at)) return [];
    const ends = phraseEnds(text, at, e, lexicon).filter((q) => words.ends.has(q));
    let picked: { end: number; more?: number } | undefined;
    for (const q of ends) {
      const joiner = JOINER.exec(text.slice(q, q + 2))?.[0];
      if (joiner) { picked = { end: q, more: q + joiner.length }; break; }
      if (DUTY_AT.test(text.slice(q, q + 3))) { picked = { end: q }; break; }
    }
    if (!picked) return [];
    const phrase = text.slice(at, picked.end);
    // (A kind of eight characters at most: the sentence's opening subject is a noun phrase, 学生家长 a group of kin of a group.)
    if (!acceptable(phrase, lexicon) || phrase.length > 8) return [];
    items.push({ start: at, end: picked.end });
    if (picked.more === undefined) return items;
    at = picked.more;
  }
  return [];
}
