// Session 49 (helper extract3; issue 13, recall on free text): two classes of names missed in free mirror texts nobody here
// had read (山东省新旧动能转换促进条例, 杭州市智慧经济促进条例, 浙江省快递业促进条例) and in the development set digital, each
// general to Chinese administrative writing rather than to one document. Called from discover.ts suffixHits.
import type { Lexicon } from '../lexicon/load.js';
import { memoOnLists } from './memo.js';
import type { Token } from './segment.js';
import { wordAlternation as alt } from './regex-words.js';

/** The words that end the head of a data platform: a platform is named by the data it pools (公共数据平台, 政务大数据平台,
 *  能耗大数据平台). 公共数据 is a term regulations define (本条例所称公共数据，是指…), 政务/能耗 name the class of data: a four- or
 *  five-character head so ended names one platform, where 平台's minimum head (programme-suffixes.txt `平台 | 6`) keeps other
 *  short heads (信息服务平台, 交流合作平台: descriptions) out. */
const DATA_HEAD = /^[\u4e00-\u9fff]{2,4}数据$/;
const LEVEL_OPEN = /^(?:省|市|县|区|乡|镇|各)级/;

/** Whether `name` is a platform named by its data (option dataPlatformHead): its head (before 平台) of four characters or more ends
 *  in 数据 after at least two characters (公共|数据, 政务大|数据; not 大数据 alone, 数据 alone). */
export function dataPlatform(name: string): boolean {
  if (!name.endsWith('平台')) return false;
  const head = name.slice(0, -2);
  // (A level word opens no data platform's name: 市级大数据平台 in a province's law is every city's, discover.ts lawCityLevelSystems.)
  return head.length >= 4 && DATA_HEAD.test(head) && !LEVEL_OPEN.test(head);
}

/** Heads of persons named by the work they do (人员, 从业人员 …), as discover.ts PROFESSION_HEADS. */
const WORK_HEADS = new Set(['人员', '从业人员', '工作人员']);

/** Whether the token before tokens[j] is a work word jieba does not know (tag x: 快件|收派/x|人员), right after a noun of what the
 *  work handles and right before a head of persons named by their work: the three name one occupation (快件收派人员, the couriers
 *  a 快递业 regulation trains and protects), as 法律|服务|工作者 does with a known verbal noun (option groupUnknownWorkWord). The walk
 *  otherwise stops at the unknown word and the bare head is no group. Only a two-to-four character word of Chinese characters. */
export function unknownWorkWord(tokens: Token[], j: number): boolean {
  if (j < 2 || !WORK_HEADS.has(tokens[j].word)) return false;
  const work = tokens[j - 1];
  const noun = tokens[j - 2];
  if (work.tag !== 'x' || !/^[\u4e00-\u9fff]{2,4}$/.test(work.word) || work.start + work.word.length !== tokens[j].start) return false;
  return /^(n|nz|vn)$/.test(noun.tag) && noun.start + noun.word.length === work.start;
}

/** Whether the token before tokens[j] is the trade a law is named by (`subject`, discover.ts lawSubject: 快递业促进条例 → 快递业):
 *  the subject without its 业, which jieba tags as a verb (快递/v), right before a group's first word: the trade qualifies the persons
 *  (快递|从业人员, 快递|工程专业技术人才), as a noun before them does. A noun-tagged trade word is taken by the walk anyway. */
export function subjectTrade(tokens: Token[], j: number, subject: readonly string[]): boolean {
  // (Only a subject that names a trade by 业, 快递业 → 快递: a title's verb of promotion, 促进高新技术产业发展 → 促进, is no trade.)
  if (j < 1 || subject.length === 0 || !subject[0].endsWith('业')) return false;
  const trade = subject[0].slice(0, -1);
  const prev = tokens[j - 1];
  return trade.length >= 2 && prev.word === trade && /^(v|vn)$/.test(prev.tag) && prev.start + prev.word.length === tokens[j].start;
}

/** A thing a place sets up or has (a body, a hall, a capability, a technique, a centre …) before 和/及/与 inside a platform's or
 *  system's name: the name coordinates two things, and only the part after the joiner is the platform (研发机构和|融资平台,
 *  测试技术和|服务平台, 政务服务大厅和|在线政务服务平台, 支撑能力和|移动政务服务平台). A joiner after a function (信息公开和服务管理平台) or
 *  after the goods or field the one platform serves (电子元器件和集成电路交易平台, 细胞和基因产业外包服务平台) stays inside. */
// (Regime words, 制度和|…系统, are name-clauses.txt `regime`'s, option lawProgrammeNotClause: not repeated here.)
const THING_JOINED = /(?:机构|大厅|能力|技术|中心|基地|设施|园区)[和及与]/g;

/** Where a platform's or system's name starts after a thing coordinated before it (option joinedThingCut): after the last such
 *  joiner between start and limit (the suffix's start), else start. */
export function afterJoinedThing(text: string, start: number, limit: number): number {
  let at = start;
  for (const m of text.slice(start, limit).matchAll(THING_JOINED)) at = start + m.index + m[0].length;
  return at;
}

/** Whether a system's name holds a thing coordinated before its head (THING_JOINED: 信息技术和|新媒体平台): it names two things, and
 *  channelSystemHits leaves it to the suffix rules, which cut it (option channelJoinedThing; session 52, helper extract, reading's
 *  温州 全民阅读促进条例 第二十条 应当利用信息技术和新媒体平台…开展数字阅读推广服务: a means, no one platform). */
export function holdsJoinedThing(name: string): boolean {
  return new RegExp(THING_JOINED.source).test(name);
}

/** A class of actors and a joiner (joined-cues.txt) right before `at`, or inside text[from, at): 新闻媒体和|互联网信息服务平台. */
const actorJoinedRegexes = (lexicon: Lexicon) =>
  memoOnLists(lexicon, actorJoinedRegexes, [lexicon.joinedCues.actors, lexicon.joinedCues.joiners], () => {
    const joined = `${alt(lexicon.joinedCues.actors)}${alt(lexicon.joinedCues.joiners)}`;
    return { BEFORE: new RegExp(`${joined}$`), INSIDE: new RegExp(joined) };
  });

/** Whether a platform's or system's name (from..limit, the suffix's start) is coordinated with a class of actors named before it —
 *  the joiner right before the name or inside it (option actorJoinedPlatformOut; joined-cues.txt): 报刊、广播电视等新闻媒体和互联网
 *  信息服务平台应当… lists the platforms a duty binds as one more kind of actor, no one system (session 52, helper extract, reading's
 *  宁波 全民阅读促进条例 第二十八条; free: 经营者和餐饮外卖平台, 单位和网络视听平台, 企业及各类科技创新平台). */
export function actorJoined(text: string, from: number, limit: number, lexicon: Lexicon): boolean {
  const { BEFORE, INSIDE } = actorJoinedRegexes(lexicon);
  return BEFORE.test(text.slice(Math.max(0, from - 6), from)) || INSIDE.test(text.slice(from, limit));
}

/** A cue of being served that another party owns in a duty's sentence: a person noun (a word ending in 人, 者, 员, 客, 众, 民, 工 that is
 *  no group found, so not masked) then 的 and optionally 合法 before 权益/权利/利益 (维护…旅客的合法权益): the rights are that party's,
 *  not the subject's, and make no cue for the subject of the duty (option otherPartyCueOut; groups.ts obligedOnlyGroups). */
const OTHERS_RIGHTS = /[人者员客众民工]的(?:合法)?(?:权益|权利|利益)/g;

/** `s` without the rights other parties own (see OTHERS_RIGHTS). */
export function withoutOthersRights(s: string): string {
  return s.replace(OTHERS_RIGHTS, '');
}
