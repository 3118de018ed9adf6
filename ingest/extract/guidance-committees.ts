// Session 51 (helper extract2; options.ts lawOwnGuidanceCommittees): a city's or a province's own guidance or coordination
// committee, written after the region's short form alone — 报市全民阅读指导委员会审定 (宁波 全民阅读促进条例 第五条) — is that region's
// body (市国防教育办公室 → 上海市国防教育办公室; tests/gold/README.md rule 2). discover.ts reads 市|X|委员会 so (session 41,
// lawFunctionCommittees), but 指导 and 协调 are name-stops (X办公室会同|指导…), which cut 全民阅读|指导|委员会 to a bare 委员会: here
// the word right before 委员会 is the committee's function, part of its name. The short form must open the name after a clause
// boundary or a verb of submitting or handing (报, 由, 向, 经, 提请 …), so a list of levels (市和区县（市）…, 县、市…) names no body.
//
// The words are lexicon data since session 51 (helper tidy2): ingest/lexicon/committee-cues.txt (`submit`, `function`), the regex
// built from them once per lexicon (memo.ts); the grammar (the clause boundary, the name's length) stays here.
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import { memoOnLists } from './memo.js';
import { escapeRegExp as esc, wordAlternation as alt } from './regex-words.js';

/** committee-cues.txt as a regex: after a clause boundary or a `submit` verb, the short form 市 or 省, then a name of 2–8 characters
 *  ending in a `function` word and 委员会. */
const cueRegex = (lexicon: Lexicon) => {
  const c = lexicon.committeeCues;
  return memoOnLists(lexicon, cueRegex, [c.submits, c.functions], () =>
    new RegExp(`(?:(?<=^|[。；，：\\n\\s　])|(?<=${c.submits.map(esc).join('|') || '(?!)'}))([市省])([\\u4e00-\\u9fff]{2,8}?${alt(c.functions)}委员会)`, 'g'));
};

/** The region's own guidance or coordination committees in the text from..to, canonical with the region's name. */
export function ownGuidanceCommitteeHits(text: string, from: number, to: number, local: Record<string, string | undefined>, lexicon: Lexicon): DictHit[] {
  const hits: DictHit[] = [];
  const span = text.slice(from, to);
  if (!span.includes('委员会')) return hits;
  const OWN_COMMITTEE = cueRegex(lexicon);
  for (const m of span.matchAll(OWN_COMMITTEE)) {
    const owner = local[m[1]!];
    const name = m[2]!;
    if (!owner || /[的和与及或、等]/.test(name) || /^(?:级|县|区|人民|政府)/.test(name)) continue;
    const start = from + m.index!;
    hits.push({ type: 'Organisation', canonical: owner + name, start, end: start + m[0].length });
  }
  return hits;
}
