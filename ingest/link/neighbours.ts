// Neighbouring articles carry out the same higher article (options.neighbourBest): a provincial regulation often
// splits one article of its law over two or three consecutive articles (the duty, then how it is done, then who
// pays), and the last of them, written in the province's own words, scores under the partial threshold although
// its best candidate is the article its neighbour carries out. Pure, over the lower measures in the order they were
// linked (document order): used by linkMeasures (implements.ts) after its selection, and by the calibration's
// replay (tests/eval/links.ts select), so that both make the same links.

/** One lower measure after the selection: its document, the higher measures it was linked to, and its best aligned
 *  candidate when it links to nothing and that candidate passes the rule's score test (neighbourCandidate). */
export interface NeighbourEntry {
  doc: number;
  linked: ReadonlySet<string>;
  best?: string;
}

/** The indexes of the entries that keep their best candidate: they link to nothing, and the measure just before or
 *  just after them in their document links to that same higher measure. Decided on the selection's links only (a
 *  link this rule adds never makes another). */
export function neighbourBest(entries: NeighbourEntry[]): number[] {
  const out: number[] = [];
  entries.forEach((e, i) => {
    if (e.best === undefined || e.linked.size) return;
    const near = [entries[i - 1], entries[i + 1]].filter((n) => n && n.doc === e.doc);
    if (near.some((n) => n.linked.has(e.best!))) out.push(i);
  });
  return out;
}

/** The candidate (an index into `scored`) the rule may keep for a lower measure of a genre it applies to: the best
 *  scored candidate, when its score reaches `min` and at least `ratio` times the second best score among the
 *  candidates of the same higher document; else -1. */
export function neighbourCandidate(scored: { doc: number; score: number }[], rule: { min: number; ratio: number }): number {
  let best = -1;
  scored.forEach((a, k) => {
    if (best < 0 || a.score > scored[best].score) best = k;
  });
  if (best < 0 || scored[best].score < rule.min) return -1;
  let second = 0;
  scored.forEach((a, k) => {
    if (k !== best && a.doc === scored[best].doc) second = Math.max(second, a.score);
  });
  return scored[best].score >= rule.ratio * second ? best : -1;
}
