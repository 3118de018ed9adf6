// Session 51 (helper extract2; options.ts lawTieredSystems): a network a law builds whose tiers it names as facilities —
// 建立以市级公共图书馆为中心馆、县级公共图书馆为总馆，乡镇（街道）公共图书馆为分馆，村（社区）图书室为基层服务点的公共图书馆服务体系 —
// is the one programme of its subject the text sets up (a facility network, as session 34's 监测网络; tests/gold/README.md), where
// the same words after 以…为… with roles and no facilities (以企业为主体、市场为导向…的技术创新体系) name an abstract system, none.
// Read on the reading set's 宁波 全民阅读促进条例 第八条 and 温州 全民阅读促进条例 第九条 (issue 13). The tiers are the evidence: two or
// more "X为Y" whose X ends in a facility word (…馆, …站, …室, …中心, …院, …所, 书屋, 书房). The builder need not be a government
// (宁波's 文化旅游主管部门应当…建立…); an encouraged or permitted party (鼓励…, 可以…) is left alone.
//
// The words are lexicon data since session 51 (helper tidy2): ingest/lexicon/tier-cues.txt (`build`, `facility`, `encourage`,
// `tierName`), the regexes built from them once per lexicon (memo.ts); the grammar (以…为…的, the name's length and ending) stays here.
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import { memoOnLists } from './memo.js';
import { escapeRegExp as esc, wordAlternation as alt } from './regex-words.js';

/** tier-cues.txt as regexes. TIERED: a `build` verb, 以, the tiers up to the last 的, and the system's name (4–12 characters ending in
 *  体系 or 网络). TIER: one tier, a facility (its last characters a `facility` word) before 为. ENCOURAGED: an `encourage` word.
 *  TIER_ONLY: a name made only of `tierName` words. */
const cueRegexes = (lexicon: Lexicon) => {
  const c = lexicon.tierCues;
  return memoOnLists(lexicon, cueRegexes, [c.builds, c.facilities, c.encourages, c.tierNames], () => ({
    TIERED: new RegExp(`${alt(c.builds)}以([^。；\\n]{6,160}?)的([\\u4e00-\\u9fff]{2,10}?(?:体系|网络))(?=[，。；、]|$)`, 'g'),
    TIER: new RegExp(`${alt(c.facilities)}(?:[)）])?为`, 'g'),
    ENCOURAGED: new RegExp(c.encourages.map(esc).join('|') || '(?!)'),
    TIER_ONLY: new RegExp(`^${alt(c.tierNames)}+(?:制)?(?:体系|网络)$`),
  }));
};

/** Tiered facility systems built in the text from..to. */
export function tieredSystemHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!span.includes('以')) return hits;
  const { TIERED, TIER, ENCOURAGED, TIER_ONLY } = cueRegexes(lexicon);
  for (const m of span.matchAll(TIERED)) {
    const tiers = m[1]!;
    const name = m[2]!;
    if ((tiers.match(TIER) ?? []).length < 2) continue;
    if (/[的和与及或、各等]/.test(name) || /^(?:相关|有关|各类|本市|全市|本省|全省)/.test(name)) continue;
    // A name made only of the tier words (总分馆体系) names the arrangement, the national 总分馆 model, not the network of a subject:
    // the spent randomj's 烟台 全民阅读促进条例 第十一条 gold (session 33) reads none there.
    if (TIER_ONLY.test(name)) continue;
    // the sentence before the verb must not encourage, permit or support another party's building.
    const open = span.slice(0, m.index!).split(/[。；\n]/).pop() ?? '';
    if (ENCOURAGED.test(open)) continue;
    const end = from + m.index! + m[0].length;
    hits.push({ type: 'Programme', canonical: name, start: end - name.length, end });
  }
  return hits;
}
