// Session 56 (helper programme; issue 13, options.ts lawNamedDesignatedSites, lawListKindTailOut, lawCreatedTitles): named designated
// sites, the kind at a list's tail, and the titles a 创建 campaign confers (ingest/lexicon/site-designations.txt).
// The gold decision of session 56 (tests/gold/README.md): a named designated site — a proper name (a place, mountain, river, lake …)
// and a designation head of China's protected-area system with its rank (宝天曼国家级自然保护区, 寺山国家森林公园, 南阳伏牛山世界地质
// 公园) — is a Programme where the text manages it (session 33: a national designation a site holds stays a programme), read on
// promotion4's 南阳 生态文明建设促进条例 第十七条 (对下列区域实行重点保护：…（二）宝天曼国家级自然保护区、…等自然保护区；（三）寺山国家森林
// 公园、淮河源国家森林公园、独山森林公园、紫山森林公园等森林公园；…). The name opens a list item or a clause and ends at a list or clause
// boundary (、，；。等 和 及), so a site named inside another name or phrase (东营 湿地保护条例 第四十八条 山东黄河三角洲国家级自然保护区湿地
// 的保护管理，《…管理条例》已规定的，从其规定: the scope of another regulation, a place) is not read. A name holds a rank, or stands in a
// clause beside a ranked name of the same head (独山森林公园 beside 淮河源国家森林公园): a kind with a description before it (湿地自然保护区,
// 滨河森林公园) is no name. Items sharing one head (宝天曼、伏牛山国家级自然保护区) are not restored: neither a development text nor the
// free mirror writes a site list so, and the shape's free-mirror matches are verbs (盗伐、滥伐国家级自然保护区).
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import { memoOnLists } from './memo.js';
import { wordAlternation as alt } from './regex-words.js';

const regexes = (lexicon: Lexicon) => {
  const { heads, ranks, created, steers } = lexicon.siteDesignations;
  return memoOnLists(lexicon, regexes, [heads, ranks, created, steers], () => ({
    HEAD: new RegExp(alt([...heads].sort((a, b) => b.length - a.length))),
    SITE: new RegExp(
      `(?<=^|[、，；：。）)\\s　])([\\u4e00-\\u9fff]{2,14}?)(${alt([...ranks].sort((a, b) => b.length - a.length))})?(${alt([...heads].sort((a, b) => b.length - a.length))})(?=[、，；。：）)]|等|和|及|$)`,
      'g',
    ),
    RANK_ONLY: new RegExp(`^(?:${alt(ranks)})$`),
    CREATED: new RegExp(`创建([\\u4e00-\\u9fff]{2,12}?(?:${alt([...created].sort((a, b) => b.length - a.length))}))(?=[，。；、]|和|及|$)`, 'g'),
    STEER: new RegExp(alt(steers)),
  }));
};

/** The clause around an offset of the span: from after the last ；。： or line break before it to the next ；。 or line break. */
function clauseOf(span: string, at: number): [number, number] {
  let a = at;
  while (a > 0 && !/[；。：\n]/.test(span[a - 1]!)) a--;
  let b = at;
  while (b < span.length && !/[；。\n]/.test(span[b]!)) b++;
  return [a, b];
}

/** Named designated sites in the text from..to (lawNamedDesignatedSites). */
export function namedSiteHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const { heads, ranks, stops } = lexicon.siteDesignations;
  if (!heads.length || !ranks.length) return [];
  const span = text.slice(from, to);
  const { HEAD, SITE, RANK_ONLY } = regexes(lexicon);
  if (!HEAD.test(span)) return [];
  const found: { name: string; head: string; ranked: boolean; at: number }[] = [];
  for (const m of span.matchAll(SITE)) {
    const prefix = m[1]!;
    // a proper name: no stop word, no rank or head of its own, not a rank word's tail (省级以上 …级)
    if (stops.some((w) => prefix.includes(w)) || RANK_ONLY.test(prefix) || prefix.endsWith('级') || HEAD.test(prefix)) continue;
    found.push({ name: m[0], head: m[3]!, ranked: m[2] !== undefined, at: m.index! });
  }
  const hits: DictHit[] = [];
  for (const f of found) {
    if (!f.ranked) {
      const [a, b] = clauseOf(span, f.at);
      if (!found.some((g) => g.ranked && g.head === f.head && g.at >= a && g.at < b)) continue;
    }
    const start = from + f.at;
    hits.push({ type: 'Programme', canonical: f.name, start, end: start + f.name.length });
  }
  return hits;
}

/** The written word start..end closes a list of its own named instances (…、唐河友兰国家湿地公园等湿地公园): a kind of place in a list
 *  of places (session 23), no designation there (lawListKindTailOut). */
export function listKindTail(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== '等') return false;
  const word = text.slice(start, end);
  return text.slice(0, start - 1).endsWith(word) && /[\u4e00-\u9fff]/.test(text[start - 2 - word.length] ?? '');
}

/** The title a 创建 campaign confers, right after 创建, its clause not handing the creating to another party (lawCreatedTitles):
 *  市、县（市、区）人民政府应当…，创建生态旅游示范区 (promotion4's 南阳 第四十四条); not 支持创建农业高新技术产业示范区 (innovation3's 北京). */
export function createdTitleHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const { created, steers } = lexicon.siteDesignations;
  const span = text.slice(from, to);
  if (!created.length || !span.includes('创建')) return [];
  const { CREATED, STEER } = regexes(lexicon);
  const hits: DictHit[] = [];
  for (const m of span.matchAll(CREATED)) {
    const name = m[1]!;
    if (/[的和与及或、等]/.test(name)) continue;
    let a = m.index!;
    while (a > 0 && !/[，。；：\n]/.test(span[a - 1]!)) a--;
    if (steers.length && STEER.test(span.slice(a, m.index!))) continue;
    const start = from + m.index! + 2;
    hits.push({ type: 'Programme', canonical: name, start, end: start + name.length });
  }
  return hits;
}
