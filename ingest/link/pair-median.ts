// Session 52 (helper verdict, issue 13): a pair of documents written from the higher one (options.clauseCover.pair). When
// the links of a lower document into a higher one score high in the middle (their median), the lower document follows
// the higher closely, article by article: a strong link of that pair whose lower article carries none of the higher main
// provision's clauses (and little of their weight) restates something beside that provision, not the provision itself —
// the gold's "in part" (tests/gold/README.md). The median is known only once every lower article of the pair is linked:
// this is a second pass over the link stage's links (ingest/link/index.ts linkFromInputs, after the same-level cut and the
// citations), replayed with the same function by coverage under a user's thresholds (coverage/replay.ts) and by the
// calibration (tests/eval/links.ts select). Each candidate's clause test (`thin`) is read once in the link stage, from
// the texts (implements.ts), and kept on the selection records and the snapshot's candidates near the cut; this module only
// counts. Pure: no file is read (coverage runs it in the browser).

/** The pass's setting (LinkOptions.clauseCover.pair); the clause test's own knobs (clauses, maxCarried, under) are read by
 *  implements.ts, the median here. */
export interface PairMedianRule {
  /** A strong link is made partial when the median score of its document pair's links reaches this. */
  median: number;
  /** The higher main provision has at least this many clauses (clauseCover's split) … */
  clauses: number;
  /** … the lower article carries at most this many of them … */
  maxCarried: number;
  /** … and under this share of their IDF weight. */
  under: number;
  /** Session 62 (helper ministry4): the median reads only the links the scoring made (score above 0) — a rule's weak add
   *  (titleTerm's, chapterArticle's: score 0) says nothing of how closely the lower text follows the higher, and two such
   *  adds moved cosmetics' median under `median` (the chapter carrier measured). Absent or false: every link counts. */
  scored?: boolean;
}

/** The median score of each (lower document, higher document) pair's links: the sorted scores' element at ⌊n/2⌋ (the upper
 *  median when n is even), as session 51's measurement (tests/eval/session46-verdict.ts pairStats) read it. */
export function pairMedians(links: readonly { lower: string; higher: string; score: number }[], docOf: (measure: string) => string | number | undefined, scored = false): Map<string, number> {
  const scores = new Map<string, number[]>();
  for (const l of links) {
    if (scored && !(l.score > 0)) continue;
    const k = `${docOf(l.lower)}\n${docOf(l.higher)}`;
    (scores.get(k) ?? scores.set(k, []).get(k)!).push(l.score);
  }
  const out = new Map<string, number>();
  for (const [k, s] of scores) {
    s.sort((a, b) => a - b);
    out.set(k, s[Math.floor(s.length / 2)]);
  }
  return out;
}

/** The links of `links` the pass makes partial (their indexes): strong, not by article number, `thin` (the clause test met),
 *  in a pair whose median reaches `rule.median`. Every link counts in the median, those cited and partial too. */
export function pairThinLinks<T extends { lower: string; higher: string; score: number; verdict?: string; citedArticle?: boolean }>(
  links: readonly T[],
  docOf: (measure: string) => string | number | undefined,
  thin: (l: T) => boolean,
  rule: Pick<PairMedianRule, 'median' | 'scored'>,
): Set<number> {
  const out = new Set<number>();
  if (!links.some((l) => l.verdict === 'implements' && !l.citedArticle && thin(l))) return out;
  const medians = pairMedians(links, docOf, !!rule.scored);
  links.forEach((l, i) => {
    if (l.verdict !== 'implements' || l.citedArticle || !thin(l)) return;
    if ((medians.get(`${docOf(l.lower)}\n${docOf(l.higher)}`) ?? 0) >= rule.median) out.add(i);
  });
  return out;
}
