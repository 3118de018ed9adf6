// Session 52 (helper extract; issue 13, options.ts lawRegimePlatforms): a platform named in a compressed coordination after a
// regime — 市图书馆应当会同县(市、区)图书馆,建设覆盖农村地区的公共图书馆数字资源联合采购机制和共享平台 (reading's 温州 全民阅读促进条例
// 第十五条) — shares the regime's object: the mechanism is 公共图书馆数字资源|联合采购|机制, the platform 公共图书馆数字资源|共享|平台.
// Chinese drafting writes the shared object once, before the first conjunct, and the function of each conjunct after it (the
// free 山东省台湾同胞投资保护条例 第二十条: 建立健全台湾同胞投资信息共享机制和信息服务平台, there every level's office's, so none). The platform a body builds by
// such a name is one system (the gold convention of session 23; the compressed form its alias). The regime is left to the rules
// that read regimes (none: a mechanism is no programme).
//
// Read: a verb of setting a system up (system-set-up.txt), a description ending in 的 allowed, then the object and the regime's
// function before a regime head (name-clauses.txt `regime`), 和, and a short function (two to four characters) before 平台 or
// 系统. The object is the first conjunct without its trailing verbs (jieba v, vn: 联合 采购, 合作, 共享): at least one such verb,
// and an object of four characters or more; a function that repeats the object's last word (信息|共享机制和信息服务平台) is not
// written twice. Not in a clause that encourages or supports others to build (鼓励, 支持, 引导, 可以: a kind, session 24), nor in
// one whose subject is every level (县级以上人民政府应当建立…: each level's own, a kind, as channelSystemHits reads it).
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import { memoOnLists } from './memo.js';
import type { Token } from './segment.js';
import { wordAlternation as alt } from './regex-words.js';

const regexes = (lexicon: Lexicon) =>
  memoOnLists(lexicon, regexes, [lexicon.systemSetUpVerbs, lexicon.nameClauses.regime], () => ({
    SHARED: new RegExp(
      `${alt(lexicon.systemSetUpVerbs)}(?:健全)?(?:[^。；，,、\\n]{0,20}的)?([\\u4e00-\\u9fff]{4,16}?)(${alt(lexicon.nameClauses.regime)})和([\\u4e00-\\u9fff]{2,4})(平台|系统)(?![\\u4e00-\\u9fff])`,
      'g',
    ),
  }));

/** Not a builder's clause: one that leaves the building to others or permits it. */
const OTHERS_BUILD = /鼓励|支持|引导|推动|可以|指导/;
/** Nor a clause whose subject is every level (县级以上人民政府…): each builds its own, a kind (discover.ts EVERY_LEVEL, session 29). */
const EVERY_LEVEL = /县级以上|各级|地方/;
/** Not an object opened by a determiner or quantifier (相关, 各类 …). */
const NOT_OBJECT = /^(?:相关|有关|各类|其他|其它|各|该|本级)/;

export function regimePlatformHits(text: string, from: number, to: number, tokens: Token[], lexicon: Lexicon): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!/和[\u4e00-\u9fff]{2,4}(?:平台|系统)/.test(span)) return hits;
  const { SHARED } = regexes(lexicon);
  for (const m of span.matchAll(SHARED)) {
    const [whole, first, regime, fn, head] = [m[0], m[1]!, m[2]!, m[3]!, m[4]!];
    const end = from + m.index! + whole.length;
    const firstStart = end - head.length - fn.length - 1 - regime.length - first.length;
    const clause = span.slice(0, m.index!).split(/[。；，,\n]/).pop() ?? '';
    // (The builder may stand clauses before: 县级以上人民政府台湾事务办事机构应当会同…部门，建立健全… — every level's office, a kind.)
    const sentence = span.slice(0, m.index!).split(/[。；\n]/).pop() ?? '';
    if (OTHERS_BUILD.test(clause) || EVERY_LEVEL.test(sentence) || NOT_OBJECT.test(first)) continue;
    // The first conjunct's words: it must open on a word's start, and its trailing verbs are the regime's function.
    const inside = tokens.filter((t) => t.start >= firstStart && t.start + t.word.length <= firstStart + first.length);
    if (!inside.length || inside[0].start !== firstStart) continue;
    let k = inside.length;
    while (k > 0 && /^(?:v|vn)$/.test(inside[k - 1].tag)) k--;
    if (k === inside.length || k === 0) continue;
    const object = text.slice(firstStart, inside[k].start);
    if (object.length < 4) continue;
    const last = inside[k - 1].word;
    const own = fn.startsWith(last) ? fn.slice(last.length) : fn;
    const name = object + own + head;
    hits.push({ type: 'Programme', canonical: name, start: firstStart, end });
  }
  return hits;
}
