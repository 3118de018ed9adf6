// Session 49 (helper extract2; options.ts lawUnifiedFunctions): the one system of the whole region a body sets up or works through,
// named by the functions it serves joined by 、 before one head — 省专利行政部门应当建立健全全省统一的专利检索、咨询、服务信息平台, then
// 依托全省统一的专利检索、咨询、服务信息平台 — is one system, named with its 、 as written (as session 45 reads 统一的…管理和信息公开平台,
// discover.ts oneJoinedSystem, and session 45's 共性技术、关键技术研究开发指南). Read on the hightech set's 浙江 专利条例 第三十八条; checked on
// 120 free mirror texts of the genre and on 3,045 free mirror texts (统一的举报电话、网络举报平台: a telephone and a platform, two things).
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';

/** A part that names a thing of its own, not a function: the system words, a telephone, a window (two things set up, not one). */
const THING = /(平台|系统|网络|数据库|制度|体系|机制|基准|簿|库|中心|目录|名录|标准|规范|电话|热线|网站|窗口|信箱|邮箱|坐标系)$/;
/** Verbs of use beside the set-up verbs of designations.txt `systemCue` (unifiedChannelHits' list, session 47). */
const USE = ['使用', '通过', '依托', '利用', '接入', '纳入'];

/** Each name after a set-up or use verb, (region)统一的, two or more functions of 2–4 characters joined by 、, then the last function
 *  and a system head (平台, 系统) ending the phrase. */
export function unifiedFunctionHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const span = text.slice(from, to);
  if (!span.includes('统一的') || !span.includes('、')) return [];
  const verbs = [...lexicon.designations.systemCues, ...USE].sort((a, b) => b.length - a.length).join('|');
  const re = new RegExp(`(?:${verbs})(?:全国|全省|全市|全区|全县|本省|本市)?统一的((?:[\\u4e00-\\u9fff]{2,4}、)+[\\u4e00-\\u9fff]{2,12}?(?:平台|系统))(?![\\u4e00-\\u9fff、])`, 'g');
  const hits: DictHit[] = [];
  for (const m of span.matchAll(re)) {
    const name = m[1]!;
    const parts = name.split('、');
    if (parts.slice(0, -1).some((p) => THING.test(p)) || /[和及或的与]/.test(name)) continue;
    const end = from + m.index! + m[0].length;
    hits.push({ type: 'Programme', canonical: name, start: end - name.length, end });
  }
  return hits;
}
