// Session 50 (helper extract; issue 13): the one platform or system a body must work through, named right after 依托 (县级以上人民
// 政府应当依托政务服务平台…优化知识产权政务服务). The gold convention of session 23 (tests/gold/README.md, "Decisions of session 23,
// programmes") counts a system "a body must use as the one channel" (依托市大数据资源平台); a name whose head is short or generic
// (政务服务平台: 平台 needs a head of six characters, programme-suffixes.txt) was found only when a body set it up (system-set-up.txt).
// Called from discover.ts suffixHits, as setUpSystem is.

/** The verb of working through one channel, right before the system's name. */
const CHANNEL_VERB = '依托';
/** A head shorter than this names too little to be one system (依托监管平台, 依托应急平台: kinds). */
const MIN_HEAD = 4;
/** What follows a name that makes it one of a list of kinds (依托世界乡村旅游大会等平台, 依托…平台等渠道). */
const KIND_AFTER = /^(?:等|之类)/;
/** A verb of building jieba may leave inside the head (依托构建服务平台): the name is then no channel's. */
const VERB_IN_HEAD = /^(?:构建|建设|建立|搭建|打造|完善|利用|发挥)/;

/** A head opened by a manner in 化 (网格化管理, 数字化服务) describes how a platform works, no one platform: 乡镇人民政府、街道办事处和
 *  村（居）民委员会依托网格化管理平台确定…楼长 (the fire set's 新乡 text, whose gold reads it as a platform without an owner or name). */
const MANNER = /^[\u4e00-\u9fff]{1,3}化/;

/** Whether the system named `name` at text[start, end) is the one channel a body must use: 依托 right before it (after the clause's
 *  subject or modal), a head of four characters or more, no 等 after it, no verb of building or manner in 化 opening it (option lawChannelSystem). */
export function channelSystem(text: string, start: number, end: number, name: string): boolean {
  if (!/(平台|系统)$/.test(name)) return false;
  if (!text.endsWith(CHANNEL_VERB, start)) return false;
  if (name.length - 2 < MIN_HEAD || VERB_IN_HEAD.test(name) || MANNER.test(name)) return false;
  return !KIND_AFTER.test(text.slice(end, end + 2));
}
