// Session 48 (helper extract2; options.ts lawRegionSetUp): what the region itself sets up by name, the city or the province as the
// subject of 设立 opening its clause — 本市设立专利奖 (the city's award), 本市设立专利举报投诉工作平台 (the one channel the city runs).
// Chinese regulations write the region's own institutions this way beside …人民政府设立…奖 (regionAwardHits, session 29) and
// 本市建立…平台 (channelSystemHits, session 30), which read 建立/建设 and a government as the setter but not 本市设立. Read on the
// techmarket set's 北京 专利保护和促进 条例 (issue 13). Whole free mirror (reserved titles out): 本市设立 / 本省设立 before an award,
// a platform or a system opens its clause three times — these two and 本市设立大型科学仪器设施共享服务奖励资金 (a fund: no 奖 head);
// 鼓励外国投资者在本市设立开放式创新平台 (a third party sets it up in the city) is left alone by the clause opening.
import type { DictHit } from './dictionary.js';

/** 本市|本省|本自治区 opening a clause (after the article number, 。；， or a line), 设立, then an award (…奖, canonical rule 2: the
 *  region's name put before it, as 郑州市专利奖) or a platform or system (…平台, …系统: read bare, as channelSystemHits reads what 本市
 *  建立). The name is 2–8 characters before 奖, 4–12 before 平台/系统, with no 的, joiner or 、, and ends its phrase. */
const REGION_SET_UP = /(?<=^|[。；，：\n\s　])(本市|本省|本自治区)设立([\u4e00-\u9fff]{2,8}?奖|[\u4e00-\u9fff]{4,12}?(?:平台|系统))(?![\u4e00-\u9fff])/g;

export function regionSetUpHits(text: string, from: number, to: number, local: Record<string, string | undefined>): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!span.includes('设立')) return hits;
  for (const m of span.matchAll(REGION_SET_UP)) {
    const owner = local[m[1]!];
    const name = m[2]!;
    if (!owner || /[的和与及或、]/.test(name)) continue;
    const end = from + m.index! + m[0].length;
    const award = name.endsWith('奖');
    hits.push({ type: 'Programme', canonical: award ? owner + name : name, start: end - name.length, end });
  }
  return hits;
}
