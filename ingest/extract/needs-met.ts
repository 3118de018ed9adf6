// Session 56 (helper extract; issue 13, options.ts lawNeedsMetGroups): the persons whose needs a purpose or priority clause says the
// text meets. Chinese promotion and service regulations state whom they serve by the need they meet: 为了满足市民对学前教育的需求
// (a purpose article), 应当优先满足业主的需求 (a priority), 满足市民终身学习的需求, 满足学生的校外实践教育需求 — 满足 (group-objects.txt
// `meet |`), a noun phrase ending in a person head (`head |`), 的 or 对, then a need noun (`need |`) before the clause ends. Such persons
// are served (tests/gold/README.md: session 23 counts the residents a text serves; promotion4's README reads 市民 and 业主 so); a
// phrase of the public (人民, 社会: `stop |`) or of no person is none.
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import { acceptable, phraseEnds } from './served.js';

/** The persons whose need a 满足 clause of text[s, e) meets. */
export function needsMetHits(text: string, s: number, e: number, lexicon: Lexicon, words: { starts: { has(p: number): boolean }; ends: { has(p: number): boolean } }): DictHit[] {
  const out: DictHit[] = [];
  for (const verb of lexicon.objectMeetVerbs) {
    for (let i = text.indexOf(verb, s); i >= 0 && i < e; i = text.indexOf(verb, i + 1)) {
      const at = i + verb.length;
      if (!words.starts.has(at)) continue;
      for (const q of phraseEnds(text, at, e, lexicon)) {
        if (!/^[的对]/.test(text[q] ?? '')) continue;
        const rest = /^[^，。；：、\n]{0,16}/.exec(text.slice(q + 1, Math.min(e, q + 17)))![0];
        if (!lexicon.objectNeeds.some((n) => rest.includes(n))) continue;
        const phrase = text.slice(at, q);
        if (!acceptable(phrase, lexicon)) break;
        out.push({ type: 'TargetGroup', canonical: phrase, start: at, end: q });
        break;
      }
    }
  }
  return out;
}
