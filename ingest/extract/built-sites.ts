// Session 50 (helper extract2; options.ts lawBuiltSites): a designated site or network the region, a government or every school
// is bound to build — 本市建立青年见习基地, 学校应当建立家长学校, 县级以上人民政府应当…，建立家庭教育指导服务中心和服务站点 — is the
// one programme of the text that the duty creates (a facility network, as 微型消防站; tests/gold/README.md). Read on the education
// set's 上海 职业教育条例 第六十六条 and 浙江 家庭教育促进条例 第十四条, 第二十一条 (issue 13). The builder opens the sentence (the
// region, a government, schools); a supported or encouraged third party (支持企业建立…基地) is left alone, as session 49's
// guided-builders reads; the verb opens its clause or follows the builder (and 应当).
import type { DictHit } from './dictionary.js';

/** The builder opening a sentence: the region, a government (of a level or levels), or schools. */
const BUILDER = '(?:本市|本省|本自治区|(?:县级以上|市、区|市和区|市、县|各级|[市县区])?(?:地方)?人民政府|(?:各类|各级)?(?:中小|职业|高等)?学校)';
/** The sentence from its opening (after the article number, 。, ；, a line) to the verb: the builder, then the verb right after, or
 *  应当 and the verb, or 应当 and a clause of its own before a clause the verb opens (可以…，建设 is a permission, left alone). */
const BUILT_SITE = new RegExp(
  `(?<=^|[。；\\n\\s　])${BUILDER}(?:应当(?:[^。；\\n]{0,80}，)?)?(?:建立|设立|建设)([\\u4e00-\\u9fff]{2,10}?(?:基地|学校|中心|工作室))(?=[，。；、]|和|及|$)`,
  'g',
);

/** Session 54 (helper extract2; options.ts lawBuiltSiteLists): the builder a list of governments or school kinds (县（市、区）人民政府
 *  和乡镇人民政府、街道办事处应当…，建设社区居家养老服务照料中心; 中小学、幼儿园应当成立家长委员会、家长学校), the verb 成立 beside 建立,
 *  and the sites among the verb's listed objects (an organ of the list, 家长委员会, is passed over: its head is no site's). Read on
 *  promotion3's 浙江 社会养老服务促进条例 第八条 and 重庆 家庭教育促进条例 第二十二条, the class of education's 浙江 第二十一条 (学校应当建立
 *  家长学校) and reading's 温州 (乡镇人民政府、街道办事处应当…设立农家书屋). */
const LIST_ITEM = '(?:本市|本省|本自治区|(?:县级以上|市、区|市和区|市、县|各级|[市县区]|县（市、区）|区县（自治县）|乡镇|乡（镇）)?(?:地方)?人民政府|街道办事处|(?:各类|各级)?(?:中小|职业|高等)?学校|中小学|幼儿园)';
const LIST_BUILT_SITE = new RegExp(
  `(?<=^|[。；\\n\\s　])${LIST_ITEM}(?:(?:、|和|及)${LIST_ITEM})*(?:应当(?:[^。；\\n]{0,80}，)?)?(?:建立|设立|建设|成立)((?:[\\u4e00-\\u9fff]{2,10}?、)*[\\u4e00-\\u9fff]{2,10}?(?:基地|学校|中心|工作室))(?=[，。；、]|和|及|$)`,
  'g',
);

/** A site's name: no 的, joiner or 、 inside, and not opening with a word of description or quantity (相关, 各类, 一批 …). */
const siteName = (name: string) => !/[的和与及或、各等]/.test(name) && !/^(?:相关|有关|专门|各类|一批|若干|健全|完善|本区域|本地区|本行政区域|本辖区)/.test(name);
/** The clauses before the verb hand the building to another party or make it a permission (支持企业…, 鼓励…, 有条件的地方可以…, 委托…). */
const STEERED = /可以|有条件|支持|鼓励|引导|推动|指导|委托/;

/** Sites built by the region, a government or every school, in the text from..to. The name has no 的, joiner or 、 and is not a
 *  bare head (实训基地 is kept to a qualified name of four characters or more before the head: 青年见习基地, 家长学校). */
export function builtSiteHits(text: string, from: number, to: number, lists = false): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!/建立|设立|建设|兴办|举办/.test(span) && !(lists && span.includes('成立'))) return hits;
  for (const m of span.matchAll(BUILT_SITE)) {
    const name = m[1]!;
    if (!siteName(name)) continue;
    // the clauses in between must not hand the building to another party or make it a permission (支持企业…, 鼓励…, 有条件的地方可以…,
    // 山东 志愿服务条例 第二十七条), and the verb's own clause must not open with a steering verb (委托…建立).
    const between = m[0].slice(0, m[0].length - name.length).replace(/(?:建立|设立|建设)$/, '');
    if (STEERED.test(between)) continue;
    const end = from + m.index! + m[0].length;
    hits.push({ type: 'Programme', canonical: name, start: end - name.length, end });
  }
  if (lists) {
    for (const m of span.matchAll(LIST_BUILT_SITE)) {
      const between = m[0].slice(0, m[0].length - m[1]!.length);
      if (STEERED.test(between)) continue;
      let end = from + m.index! + m[0].length;
      // The listed objects from the last back; each one with a site's head is a site (家长委员会、家长学校 → 家长学校).
      for (const name of m[1]!.split('、').reverse()) {
        const start = end - name.length;
        if (/(?:基地|学校|中心|工作室)$/.test(name) && name.length >= 4 && siteName(name)) {
          hits.push({ type: 'Programme', canonical: name, start, end });
        }
        end = start - 1;
      }
    }
  }
  // 由政府投资兴办的公共实训基地 (上海 第三十四条): a site a government funds and runs, named after 的.
  for (const m of span.matchAll(FUNDED_SITE)) {
    const name = m[1]!;
    if (/[的和与及或、各等]/.test(name)) continue;
    const end = from + m.index! + m[0].length;
    hits.push({ type: 'Programme', canonical: name, start: end - name.length, end });
  }
  return hits;
}

/** 政府投资兴办的…基地 / 政府举办的…中心: the name (4–10 characters with its head) after a government's funding verb and 的. */
const FUNDED_SITE = /(?:人民政府|政府)(?:投资)?(?:兴办|举办|建设|设立)的([\u4e00-\u9fff]{2,8}?(?:基地|中心|工作室))(?=[，。；、]|和|及|应当|$)/g;
