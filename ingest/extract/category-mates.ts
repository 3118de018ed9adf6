// Session 49 (helper extract2; options.ts categoryMates): the kinds of a category listed before it — 培养、引进技术转移管理人员、技术经纪人、
// 技术经理人等科技成果转化人才 — are groups of that category: where the category after 等 and another item of the list are groups found by the
// other rules, an item ending in a group suffix is a group too, whatever stop word its head holds (管理: group-stops.txt reads
// 消防安全管理人员 as a post of management; listed beside 技术经纪人 under 科技成果转化人才, 技术转移管理人员 is a profession). Read on the
// hightech set's 河南 促进科技成果转化条例 第三十三条, 第三十四条; checked on 120 free mirror texts of the genre and on 3,045 free mirror
// texts (培养田间育种辅助人员、检验测试人员、鉴定评价技术人员等实用技术人才: one such list).
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import { memoOnLists } from './memo.js';

/** The verbs of a talent duty that may open the list's first item (引进技术转移管理人员): cut before the item is read. */
const LEAD_VERB = /^(?:培养|引进|培训|吸引|加强|支持|鼓励|引导|聘用|聘请|选拔|招聘|使用|集聚|造就|壮大)+/;

/** Session 53 (helper extract; options.ts talentListMates): the verbs of hiring, bringing in or training persons that make the list
 *  they open (in the list's first item) a list of kinds of person, when no category follows 等 (招聘…的高技能人才、工程技术人员、经营管理
 *  人员等兼任…). Verbs only, none that also serves a thing (支持, 鼓励 take projects and bodies as well). */
const TALENT_LEAD = /(?:培养|引进|吸引|聘用|聘请|选拔|招聘|招收|选聘|集聚)/;

export function categoryMateHits(text: string, from: number, to: number, groups: { start: number; end: number }[], lexicon: Lexicon, talentList = false): DictHit[] {
  const span = text.slice(from, to);
  if (!span.includes('、') || !span.includes('等')) return [];
  const starts = new Map(groups.map((g) => [g.start, g.end]));
  const exact = (s: number, e: number) => starts.get(s) === e;
  // (Made once per lexicon list, not per unit: issue 11, session 53.)
  const suffix = memoOnLists(lexicon, categoryMateHits, [lexicon.groupSuffixes], () => new RegExp(`(?:${[...lexicon.groupSuffixes].sort((a, b) => b.length - a.length).join('|')})$`));
  const hits: DictHit[] = [];
  for (let k = span.indexOf('等'); k >= 0; k = span.indexOf('等', k + 1)) {
    const cat = from + k + 1;
    // The items before 等, split by 、, back to the clause's start.
    const head = /[^，。；：！？\n]*$/.exec(span.slice(0, k))![0];
    const items: { start: number; end: number; name: string }[] = [];
    let end = from + k;
    for (const raw of head.split('、').reverse()) {
      const start = end - raw.length;
      items.push({ start, end, name: raw });
      end = start - 1;
    }
    // The category right after 等, found as a group; or (talentList) no category, but a verb of hiring or training in the list's
    // first item (the last split: 招聘具备…条件的高技能人才) and two items ending where a group found ends (高技能人才, 工程技术人员).
    if (!groups.some((g) => g.start === cat)) {
      if (!talentList || items.length < 3 || !TALENT_LEAD.test(items[items.length - 1]!.name)) continue;
      const endsGroup = (i: { start: number; end: number }) => groups.some((g) => g.end === i.end && g.start >= i.start);
      if (items.filter(endsGroup).length < 2) continue;
      for (const i of items) {
        if (endsGroup(i) || i === items[items.length - 1]) continue;
        if (i.name.length < 3 || i.name.length > 12 || !suffix.test(i.name) || /[的和及与或]/.test(i.name)) continue;
        hits.push({ type: 'TargetGroup', canonical: i.name, start: i.start, end: i.end });
      }
      continue;
    }
    if (items.length < 2 || !items.some((i) => exact(i.start, i.end))) continue;
    for (const i of items) {
      if (exact(i.start, i.end)) continue;
      const lead = LEAD_VERB.exec(i.name)?.[0] ?? '';
      const name = i.name.slice(lead.length);
      if (name.length < 3 || name.length > 12 || !suffix.test(name) || /[的和及与或]/.test(name)) continue;
      const start = i.start + lead.length;
      if (groups.some((g) => g.start === start && g.end === i.end)) continue;
      hits.push({ type: 'TargetGroup', canonical: name, start, end: i.end });
    }
  }
  return hits;
}
