// Session 53 (helper extract2; issue 13, options.ts lawSetUpFacilityNetworks): a designated facility network of a national programme
// (ingest/lexicon/facility-networks.txt `network`: 农家书屋, 职工书屋, 技能大师工作室 …) is a Programme where a verb sets it up, builds,
// supports or uses it (a `cue` right before the word, or before other networks listed before it): 乡镇人民政府…应当…设立农家书屋、
// 公共图书室 (reading's 温州 全民阅读促进条例 第十一条), 鼓励…利用本单位场地和设施设立职工书屋 (宁波 第十三条), 本市支持…建设高技能人才
// 培养基地 and 企业、事业单位可以依托首席技师工作室、技能大师工作室…，开展职工职业培训 (education's 上海 职业教育条例 第三十三条,
// 第五十八条). The gold decisions of session 52 (农家书屋 and 职工书屋) and of session 23 (a designation counts where the text sets it
// up or manages it; a designation word in a list of kinds or places is none). Not an item of a list that opens with a kind (联合建立
// 实习实训基地、实验室、生产车间、技能大师工作室等产教联合体: education's 宁波 text, the items kinds of a cooperation's forms), nor a word the
// verb does not govern (完善农家书屋、村（社区）图书室等全民阅读设施建设: 完善 is no cue; the facilities' building is).
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import { memoOnLists } from './memo.js';
import { wordAlternation as alt } from './regex-words.js';

const regexes = (lexicon: Lexicon) =>
  memoOnLists(lexicon, regexes, [lexicon.facilityNetworks.networks, lexicon.facilityNetworks.cues], () => ({
    NETWORK: new RegExp(alt([...lexicon.facilityNetworks.networks].sort((a, b) => b.length - a.length)), 'g'),
    // The cue right before the word, or before a run of other networks joined by 、 or 和 (依托首席技师工作室、技能大师工作室).
    GOVERNED: new RegExp(`${alt(lexicon.facilityNetworks.cues)}(?:${alt(lexicon.facilityNetworks.networks)}(?:、|和|及|以及))*$`),
  }));

export function facilityNetworkHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const hits: DictHit[] = [];
  const { networks, cues } = lexicon.facilityNetworks;
  if (!networks.length || !cues.length) return hits;
  const span = text.slice(from, to);
  const { NETWORK, GOVERNED } = regexes(lexicon);
  for (const m of span.matchAll(NETWORK)) {
    const name = m[0];
    if (!GOVERNED.test(span.slice(Math.max(0, m.index! - 60), m.index!))) continue;
    const start = from + m.index!;
    hits.push({ type: 'Programme', canonical: name, start, end: start + name.length });
  }
  return hits;
}
