// A second link to the neighbour article (options.secondNeighbour, session 42): a lower article already linked to an
// article of a higher document often carries the next or the previous article of that document too (a law spreads one
// duty over two articles: the duty, then how it is done; a local regulation writes both in one article), yet the
// selection's relative cut and top-k leave that second candidate out. It is kept, as a partial link, when it is the
// article just before or after one the lower article links to, scores from `min`, carries a share of one of its own
// units (side-paragraph.ts unitCarried), and no article of the lower document links to it. Pure, over the selection's
// links: used by linkMeasures (implements.ts) and by the calibration's replay (tests/eval/links.ts select).
import { articleNumber, chapterOf, docOf, linkedByDocument } from './structure-prior.js';

/** One lower measure after the selection: the higher measures it links to, and the candidates the rule may keep
 *  (already past the rule's score and unit tests: secondCandidates). */
export interface SecondEntry {
  lower: string;
  links: string[];
  candidates: string[];
  /** Which neighbour the rule admits for this measure (options.secondNeighbour.adjacent); 'either' when unset. */
  adjacent?: Adjacency;
}

/** Which neighbour a second link may be (options.secondNeighbour.adjacent, session 43): 'either' the article just before
 *  or after a linked one (session 42), 'next' the article just after only (a law's duty, then how it is done),
 *  'chapter' just before or after and in the same chapter of the higher document. */
export type Adjacency = 'either' | 'next' | 'chapter';

/** Whether higher article `h` is the neighbour of linked article `l` that `adjacent` admits. */
export function isNeighbour(l: string, h: string, adjacent: Adjacency = 'either'): boolean {
  const [a, b] = [articleNumber(l), articleNumber(h)];
  if (docOf(l) !== docOf(h) || a === undefined || b === undefined) return false;
  if (adjacent === 'next') return b - a === 1;
  if (adjacent === 'chapter') return Math.abs(b - a) === 1 && chapterOf(l) === chapterOf(h);
  return Math.abs(b - a) === 1;
}

/** The (entry, candidate) pairs kept, as indexes into `entries` and their `candidates`. */
export function secondNeighbours(entries: SecondEntry[]): [number, number][] {
  const linkedFrom = linkedByDocument(entries);
  const out: [number, number][] = [];
  entries.forEach((e, i) => {
    e.candidates.forEach((h, j) => {
      if (linkedFrom.get(docOf(e.lower))?.has(h)) return;
      if (e.links.some((l) => isNeighbour(l, h, e.adjacent))) out.push([i, j]);
    });
  });
  return out;
}

/** The candidates (indexes into `aligned`) the rule may keep for a lower measure: those of a higher document it links
 *  into (`linkedDocs`) that it does not link to (`linked`), scored from `rule.min`, the lower carrying at least
 *  `rule.unit.share` of one of their units (`unit`). */
export function secondCandidates(
  aligned: { higher: string; doc: number; score: number }[],
  linked: ReadonlySet<string>,
  linkedDocs: ReadonlySet<number>,
  rule: { min: number; unit: { share: number } },
  unit: (k: number) => number,
): number[] {
  const out: number[] = [];
  aligned.forEach((a, k) => {
    if (linkedDocs.has(a.doc) && !linked.has(a.higher) && a.score >= rule.min && unit(k) >= rule.unit.share) out.push(k);
  });
  return out;
}
