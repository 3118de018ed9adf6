// Session 48 (helper extract; options.ts lawCityLevelSystems): in a city's own law, 市级 before a platform or system names the city's
// one platform, the channel a body feeds or uses (北京 数字经济: 向市级大数据平台汇聚数据; 市大数据中心…建设维护市级大数据平台). The gold
// convention of session 41 (tests/gold/README.md: 利用市级企业信息共享平台 is one concrete system a body must use); the name is kept as
// written (the digital gold's 北京市大数据平台 has the alias 市级大数据平台). In a province's text 市级 is every city's level, no one
// platform, so the rule needs the text's own region to be a city. Checked on every 市级…平台|系统 of the whole free mirror.
import type { DictHit } from './dictionary.js';

/** Verbs of feeding, using, entering or building right before 市级 (with 维护 after a build verb). */
const CHANNEL = /(?:向|通过|利用|依托|纳入|接入|录入|汇入|运用|使用|在|建设|建立|建设维护|建设和维护)$/;
/** 市级, the name's words, its base word; not a list or a description (的, 和, 、 …). */
const NAME = /市级[\u4e00-\u9fff]{2,12}?(?:平台|系统|数据库)/g;
/** Words that describe a platform without naming one (designations.txt systemGeneric reads the same way; 信息平台 alone). */
const ONLY_GENERIC = /^市级(?:电子|综合|公共|信息|数据|网络|统一|共享|服务|管理|交换|业务|应用|相关|有关|其他|重要|专业)*(?:平台|系统|数据库)$/;

export function cityLevelSystemHits(text: string, from: number, to: number, city: string | undefined): DictHit[] {
  const hits: DictHit[] = [];
  if (!city) return hits;
  const span = text.slice(from, to);
  if (!span.includes('市级')) return hits;
  for (const m of span.matchAll(NAME)) {
    const name = m[0];
    if (/[的和及与或、等]/.test(name) || ONLY_GENERIC.test(name)) continue;
    if (!CHANNEL.test(span.slice(Math.max(0, m.index! - 6), m.index!))) continue;
    const start = from + m.index!;
    hits.push({ type: 'Programme', canonical: name, start, end: start + name.length });
  }
  return hits;
}
