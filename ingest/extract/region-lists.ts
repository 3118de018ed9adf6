// Session 52 (helper extract2; issue 13): lists and platforms a regulation names as a nation's or its region's own, in three shapes
// the earlier rules miss (ingest/lexicon/region-lists.txt; read on the promotion2 set's texts):
// - 在国家颁布的本科专业目录外… (options.ts lawNationalIssuedLists): a list the state or a State Council department issues, named after
//   the issuing verb and 的 — a named national list, as procurement-lists.ts reads 政府采购目录 (session 48).
// - 组织编制和发布本省公共数据总目录 (lawRegionCompiledLists): the region's own list a body compiles, 本省/本市 → the region's name.
// - 统筹全省电子政务云平台建设 (lawRegionPlatformWorks): a body coordinating the building of the whole region's platform.
// The names hold no list word, joiner or 的 (two lists, or a description).
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import { memoOnLists } from './memo.js';
import { wordAlternation as alt } from './regex-words.js';

const JOINED = /[、和及与或的]/;

const nationalRegex = (lexicon: Lexicon) => {
  const c = lexicon.regionLists;
  return memoOnLists(lexicon, nationalRegex, [c.nationalIssuers, c.issues, c.listHeads], () =>
    new RegExp(`${alt(c.nationalIssuers)}[\\u4e00-\\u9fff]{0,12}?${alt(c.issues)}的([\\u4e00-\\u9fff]{2,12}?${alt(c.listHeads)})`, 'g'));
};

const compiledRegex = (lexicon: Lexicon) => {
  const c = lexicon.regionLists;
  return memoOnLists(lexicon, compiledRegex, [c.compiles, c.publishes, c.regions, c.listHeads], () =>
    new RegExp(`${alt(c.compiles)}${alt(c.publishes)}?(${alt(c.regions)})([\\u4e00-\\u9fff]{2,14}?${alt(c.listHeads)})`, 'g'));
};

const platformRegex = (lexicon: Lexicon) => {
  const c = lexicon.regionLists;
  return memoOnLists(lexicon, platformRegex, [c.coordinates, c.regions, c.platformHeads, c.works], () =>
    new RegExp(`${alt(c.coordinates)}(${alt(c.regions)})([\\u4e00-\\u9fff]{2,14}?${alt(c.platformHeads)})${alt(c.works)}`, 'g'));
};

/** The region's name for 本省, 全省, 本市, 全市. */
const ownerOf = (lead: string, local: Record<string, string | undefined>) => local[lead.replace(/^全/, '本')];

/** 国家颁布的…目录: the national lists named in the text from..to. */
export function nationalListHits(text: string, from: number, to: number, lexicon: Lexicon): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!lexicon.regionLists.listHeads.some((h) => span.includes(h))) return hits;
  for (const m of span.matchAll(nationalRegex(lexicon))) {
    const name = m[1]!;
    if (JOINED.test(name)) continue;
    const end = from + m.index! + m[0].length;
    hits.push({ type: 'Programme', canonical: name, start: end - name.length, end });
  }
  return hits;
}

/** 编制和发布本省…目录: the region's own lists in the text from..to, canonical with the region's name. */
export function regionCompiledListHits(text: string, from: number, to: number, lexicon: Lexicon, local: Record<string, string | undefined>): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!lexicon.regionLists.listHeads.some((h) => span.includes(h))) return hits;
  for (const m of span.matchAll(compiledRegex(lexicon))) {
    const owner = ownerOf(m[1]!, local);
    const name = m[2]!;
    if (!owner || JOINED.test(name)) continue;
    const end = from + m.index! + m[0].length;
    hits.push({ type: 'Programme', canonical: owner + name, start: end - name.length - m[1]!.length, end });
  }
  return hits;
}

/** 统筹全省…平台建设: the region's platforms whose building a body coordinates in the text from..to, with the region's name. */
export function regionPlatformWorkHits(text: string, from: number, to: number, lexicon: Lexicon, local: Record<string, string | undefined>): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!lexicon.regionLists.coordinates.some((w) => span.includes(w))) return hits;
  for (const m of span.matchAll(platformRegex(lexicon))) {
    const owner = ownerOf(m[1]!, local);
    const name = m[2]!;
    if (!owner || JOINED.test(name)) continue;
    const start = from + m.index! + m[0].length - name.length - m[1]!.length - lexicon.regionLists.works.find((w) => m[0].endsWith(w))!.length;
    hits.push({ type: 'Programme', canonical: owner + name, start, end: start + m[1]!.length + name.length });
  }
  return hits;
}
