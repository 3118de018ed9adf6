// Session 50 (helper extract; issue 13): the one platform or system a body must work through, named right after 依托 (县级以上人民
// 政府应当依托政务服务平台…优化知识产权政务服务). The gold convention of session 23 (tests/gold/README.md, "Decisions of session 23,
// programmes") counts a system "a body must use as the one channel" (依托市大数据资源平台); a name whose head is short or generic
// (政务服务平台: 平台 needs a head of six characters, programme-suffixes.txt) was found only when a body set it up (system-set-up.txt).
// Called from discover.ts suffixHits, as setUpSystem is.

// The words are lexicon data since session 51 (helper tidy): ingest/lexicon/channel-cues.txt (`verb`, `kind`, `build`), the
// regexes built from them once per lexicon (memo.ts).
import type { Lexicon } from '../lexicon/load.js';
import { memoOnLists } from './memo.js';
import { escapeRegExp as esc } from './regex-words.js';

/** A head shorter than this names too little to be one system (依托监管平台, 依托应急平台: kinds). */
const MIN_HEAD = 4;

/** A head opened by a manner in 化 (网格化管理, 数字化服务) describes how a platform works, no one platform: 乡镇人民政府、街道办事处和
 *  村（居）民委员会依托网格化管理平台确定…楼长 (the fire set's 新乡 text, whose gold reads it as a platform without an owner or name). */
const MANNER = /^[\u4e00-\u9fff]{1,3}化/;

/** A regex of a text opened by one of `words` (none: one that never matches). */
const opening = (words: string[]) => (words.length ? new RegExp(`^(?:${words.map(esc).join('|')})`) : /(?!)/);

/** channel-cues.txt's `kind` words as a regex of what may follow a name (等, 之类), its `build` verbs as one of how a head opens. */
const cueRegexes = (lexicon: Lexicon) => {
  const cues = lexicon.channelCues;
  return memoOnLists(lexicon, cueRegexes, [cues.kinds, cues.builds], () => ({
    kindAfter: opening(cues.kinds),
    verbInHead: opening(cues.builds),
  }));
};

/** Whether the system named `name` at text[start, end) is the one channel a body must use: a `verb` of channel-cues.txt (依托)
 *  right before it (after the clause's subject or modal), a head of four characters or more, no `kind` word (等) after it, no
 *  `build` verb or manner in 化 opening it (option lawChannelSystem). */
export function channelSystem(text: string, start: number, end: number, name: string, lexicon: Lexicon): boolean {
  if (!/(平台|系统)$/.test(name)) return false;
  if (!lexicon.channelCues.verbs.some((v) => text.endsWith(v, start))) return false;
  const { kindAfter, verbInHead } = cueRegexes(lexicon);
  if (name.length - 2 < MIN_HEAD || verbInHead.test(name) || MANNER.test(name)) return false;
  return !kindAfter.test(text.slice(end, end + 2));
}
