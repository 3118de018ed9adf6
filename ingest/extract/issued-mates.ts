// Session 49 (helper extract2; options.ts lawIssuedMates): a list published together with a scheme the issued rule found (discover.ts
// issuedHits) — 定期发布科技成果目录、科技成果转化项目指南和…供求信息 — is published by the same verb: a catalogue, guide or list
// (designations.txt `issuedMate`) coordinated right after it is one more such scheme. Read on the hightech set's 河南
// 促进科技成果转化条例 第九条; checked on 120 free mirror texts of the genre and on 3,045 free mirror texts (山东's 发布企业技术改造投资指南和
// 重点项目导向目录).
import type { Lexicon } from '../lexicon/load.js';
import type { DictHit } from './dictionary.js';
import { issuedHits } from './discover.js';
import { memoOnLists } from './memo.js';

/** Each list coordinated after an issued scheme by 、, 和, 及 or 以及, ending in a mate word, 3 to 14 characters of one noun phrase (no
 *  的, no inner coordination, no cue verb); the chain goes on from a list found so. A coordinated item that ends otherwise (供求信息)
 *  ends the chain. */
/** `issued`: issuedHits' hits of the same unit with the same arguments when the caller has them (extract reads them just before:
 *  issue 11, session 53, the unit was scanned twice); read, not changed. */
export function issuedMateHits(text: string, from: number, to: number, lexicon: Lexicon, shared: boolean, described: boolean, issued?: readonly DictHit[]): DictHit[] {
  const { issuedMates, issuedCues } = lexicon.designations;
  if (!issuedMates.length) return [];
  // (Made once per lexicon list, memo.ts, not per unit: issue 11, session 53.)
  const mate = memoOnLists(lexicon, issuedMateHits, [issuedMates], () => new RegExp(`^(?:、|和|及|以及)([\\u4e00-\\u9fff]{1,12}?(?:${[...issuedMates].sort((a, b) => b.length - a.length).join('|')}))(?=[，。；：、\\n]|或者|或|和|及|等)`));
  const hits: DictHit[] = [];
  for (const h of issued ?? issuedHits(text, from, to, lexicon, shared, described)) {
    let end = h.end;
    for (;;) {
      const m = mate.exec(text.slice(end, Math.min(to, end + 20)));
      if (!m) break;
      const name = m[1]!;
      if (name.length < 3 || /[、和及或的与]/.test(name) || issuedCues.some((c) => name.includes(c))) break;
      const start = end + m[0].length - name.length;
      hits.push({ type: 'Programme', canonical: name, start, end: start + name.length });
      end = start + name.length;
    }
  }
  return hits;
}
