// Session 55 (helper link3, issue 13): a weak second link into a law article another lower article carries far better
// (options.takenArticle). A provincial regulation restates its law article by article: each law article is carried by one
// lower article, the one that restates it, and the lower articles around it meet the same law article again through the
// field's words (a runner-up of the relative cut, a paragraph's widening). The session's table of the dev sets' false links
// (docs/history/links.md, session 55 helper link3): of 407 links that are not their lower article's best into the law
// (the lower article links into that law with a higher score already), 132 are false; those whose law article is another
// lower article's own best link of the same pair, at `ratio` times the score or more, are false much more often (3+: 10
// gold, 23 false), and under `max` with `ratio` 4 none is gold once the law articles the provinces carry by several
// articles are left out (`exempt`: 省、自治区、直辖市人民政府…统筹规划 of 精神卫生法 第六十一条, carried by 山东's 第四十七、
// 四十八条 both). Such a link is dropped. A pass over the link stage's links, once every link of the pair is made (as the pair
// pass, pair-median.ts), replayed with the same function by coverage under a user's thresholds (coverage/replay.ts) and by
// the calibration (tests/eval/links.ts select). Links by article number and those a penalty conduct rule keeps (penaltyConduct)
// are never dropped. Pure: no file is read (coverage runs it in the browser).

/** The rule's setting (LinkOptions.takenArticle). */
export interface TakenArticleRule {
  /** The lower measures' genres the rule reads (a regulation's articles; plans are selected by other rules). */
  genres: string[];
  /** A second link scoring under this is read; from it on, it stays. */
  max: number;
  /** Another lower article of the pair whose best link into the law is this law article, at `ratio` × the score or more. */
  ratio: number;
  /** A law article whose text matches this (a regular expression) is never taken: its duty is the province's own, carried
   *  by several articles of a provincial regulation. */
  exempt: string | null;
}

/** The links of `links` the rule drops (their indexes). A link is dropped when its lower measure is of one of the rule's
 *  genres, it is not by article number nor kept by a penalty conduct rule, it scores under `max`, its lower measure has
 *  another link into the same higher document with a higher score (it is a second link), its higher measure's text does
 *  not match `exempt`, and another lower measure of the same document has this higher measure as its best link into that
 *  document (its highest score there, a link by article number counted too) at `ratio` × the score or more. Every decision
 *  reads the links as given (none depends on another's drop). */
export function takenArticleLinks<T extends { lower: string; higher: string; score: number; citedArticle?: boolean; penaltyConduct?: boolean }>(
  links: readonly T[],
  docOf: (measure: string) => string | number | undefined,
  genreOf: (lowerMeasure: string) => string | undefined,
  textOf: (higherMeasure: string) => string | undefined,
  rule: TakenArticleRule,
): Set<number> {
  const out = new Set<number>();
  const read = (l: T) => l.score < rule.max && !l.citedArticle && !l.penaltyConduct && rule.genres.includes(genreOf(l.lower) ?? '');
  if (!links.some(read)) return out;
  // Each lower measure's best score into each higher document, and the higher measures it reaches at that score.
  const best = new Map<string, { score: number; highers: Set<string> }>();
  const pairKey = (l: T) => `${l.lower}\n${docOf(l.higher)}`;
  for (const l of links) {
    const k = pairKey(l);
    const b = best.get(k);
    if (!b || l.score > b.score) best.set(k, { score: l.score, highers: new Set([l.higher]) });
    else if (l.score === b.score) b.highers.add(l.higher);
  }
  // Each higher measure's best score as some lower measure's best, per lower document (the lower measures listed).
  const taken = new Map<string, { lower: string; score: number }[]>();
  for (const [k, b] of best) {
    const lower = k.slice(0, k.indexOf('\n'));
    for (const h of b.highers) {
      const key = `${docOf(lower)}\n${h}`;
      (taken.get(key) ?? taken.set(key, []).get(key)!).push({ lower, score: b.score });
    }
  }
  const exempt = rule.exempt ? new RegExp(rule.exempt) : undefined;
  links.forEach((l, i) => {
    if (!read(l)) return;
    const mine = best.get(pairKey(l));
    if (!mine || mine.score <= l.score) return;
    if (exempt?.test((textOf(l.higher) ?? '').replace(/\s+/g, ''))) return;
    const others = taken.get(`${docOf(l.lower)}\n${l.higher}`) ?? [];
    if (others.some((o) => o.lower !== l.lower && o.score >= rule.ratio * l.score)) out.add(i);
  });
  return out;
}
