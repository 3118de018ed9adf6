// A second article the lower article's own text sets apart from its first (options.paragraphApart, session 59 helper
// selection, issue 13). The selection's paragraph test (options.extraLinksByParagraph) keeps a link only the widening admits
// when the candidate is some paragraph's best among every aligned article of its document with a share of 0.4; this
// reading asks less and asks it pairwise: of the lower article's paragraphs and list items (lines), the one that prefers the
// candidate most to the document's best candidate (the share of its bigrams found in the candidate minus the share found in
// the best) prefers it by more than `margin`, and the best candidate's own paragraph (the line sharing most with it) is
// another line — two lines, two law articles. Pure over texts; no Node API (coverage's replay reads the recorded flag).
import { paragraphBigrams } from './paragraph-pair.js';

/** The bigrams of a higher article: its paragraphs' (paragraph-pair.ts paragraphBigrams), joined. */
export const articleBigrams = (text: string): Set<string> => new Set(paragraphBigrams(text).flatMap((p) => [...p]));

/** Whether a line of `lower` (its paragraphBigrams) prefers `candidate` to `best` by more than `margin`, and the line
 *  sharing most with `best` is another one. An article of one line is never apart. */
export function paragraphApart(lower: Set<string>[], candidate: Set<string>, best: Set<string>, margin: number): boolean {
  if (lower.length < 2) return false;
  const share = (p: Set<string>, t: Set<string>) => {
    let n = 0;
    for (const x of p) if (t.has(x)) n++;
    return n / (p.size || 1);
  };
  const s = lower.map((p) => [share(p, candidate), share(p, best)]);
  const own = s.reduce((b, x, i) => (x[0] - x[1] > s[b][0] - s[b][1] ? i : b), 0);
  const first = s.reduce((b, x, i) => (x[1] > s[b][1] ? i : b), 0);
  return own !== first && s[own][0] - s[own][1] > margin;
}
