// A lower article bracketed by its neighbours' links (options.orderBracket, session 52 helper link3, issue 13). A province
// carries its law out in the law's own order, chapter by chapter: when the nearest article before a lower article that
// links into a higher document links to higher article a, and the nearest one after it links to higher article b, a
// lower article between them that links into nothing of that document most often carries an article between a and b, in
// the province's own words (an umbrella restated in the field's terms, under every threshold: 献血法 第十五条's restatements,
// 法律援助条例 第七、八条). The rule keeps, as a partial link, the lower article's best aligned candidate in such a higher
// document (scored from `min`, under the partial threshold: implements.ts passes it through priorCandidates with no unit
// test) when that candidate's article number lies in [a, b] (with `strict`, strictly between a and b: an article the
// neighbours' links skip) and b − a ≤ `gap`. Decided on the selection's links (and
// neighbourBest's) only: a link this rule adds never makes another. Pure, over the lower measures in document order.
import { articleNumber, docOf } from './structure-prior.js';

/** One lower measure after the selection: its links (higher ids) and the candidates the rule may keep (at most one per
 *  higher document it does not link into, already past the score test). */
export interface BracketEntry {
  lower: string;
  links: string[];
  candidates: string[];
}

/** The (entry, candidate) pairs kept, as indexes into `entries` and their `candidates`. `entries` are in the order the
 *  linker met them (document order within each lower document). */
export function orderBrackets(entries: BracketEntry[], gap: number, strict = false): [number, number][] {
  const out: [number, number][] = [];
  // The higher article numbers an entry links to in one higher document.
  const numbersIn = (e: BracketEntry, hd: string) => e.links.filter((h) => docOf(h) === hd).map(articleNumber).filter((n): n is number => n !== undefined);
  entries.forEach((e, i) => {
    const ld = docOf(e.lower);
    e.candidates.forEach((h, j) => {
      const hd = docOf(h);
      const n = articleNumber(h);
      if (n === undefined) return;
      let before: number[] = [];
      for (let k = i - 1; k >= 0 && docOf(entries[k].lower) === ld; k--) if ((before = numbersIn(entries[k], hd)).length) break;
      let after: number[] = [];
      for (let k = i + 1; k < entries.length && docOf(entries[k].lower) === ld; k++) if ((after = numbersIn(entries[k], hd)).length) break;
      if (!before.length || !after.length) return;
      const [a, b] = [Math.max(...before), Math.min(...after)];
      if ((strict ? a < n && n < b : a <= n && n <= b) && b - a <= gap) out.push([i, j]);
    });
  });
  return out;
}
