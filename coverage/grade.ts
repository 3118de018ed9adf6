// Coverage's reading of a strong link by the kind of its lower document (COVERAGE_OPTIONS.longLower): a lower text of many
// articles is a code of the field in its own right — the province's (or ministry's) own provisions around the law's —
// and its low-scoring strong links carry a law article in part (the gold grades them weak); a short lower text restates
// the law's provisions in its own words, and its low-scoring links carry them whole. Imported by the explorer: no Node
// builtins. Shared by coverage/links.ts (the report, the server and the page) and neo4j/derived.ts (the Cypher columns).
import type { CoverageOptions } from './options.js';
import { ARTICLE_ID } from '../ingest/link/article-label.js';

/** The article count of each document among `measures` ([measure id, its document id]): its measures whose path ends in an
 *  article label (第X条, 第X条之一; the link stage's ARTICLE_ID). */
export function articleCounts(measures: Iterable<readonly [string, string]>): Map<string, number> {
  const n = new Map<string, number>();
  for (const [id, doc] of measures) if (ARTICLE_ID.test(id)) n.set(doc, (n.get(doc) ?? 0) + 1);
  return n;
}

/** The score under which a strong link from a lower document of `lowerArticles` articles is read partial (0: none under
 *  `longLower.minArticles`): `longLower.below` from `minArticles`; with `longLower.then`, `then.below` from
 *  `then.minArticles` (a second step), or (`then.ramp`) rising linearly from `below` at `minArticles` to `then.below` at
 *  `then.minArticles` and held there. */
export function longLowerBelow(opts: CoverageOptions, lowerArticles: number): number {
  const r = opts.longLower;
  if (!r || lowerArticles < r.minArticles) return 0;
  const t = r.then;
  if (!t || t.minArticles <= r.minArticles) return r.below;
  if (lowerArticles >= t.minArticles) return t.below;
  return t.ramp ? r.below + ((t.below - r.below) * (lowerArticles - r.minArticles)) / (t.minArticles - r.minArticles) : r.below;
}

/** Whether a strong link (the linker's `implements`) is read partial by coverage: the option on, the link not made by a
 *  citation of the article's number, its score under the threshold its lower document's article count gives
 *  (longLowerBelow: `longLower.below` from `longLower.minArticles` articles, `longLower.then` for longer texts). */
export function longLowerPartial(opts: CoverageOptions, score: number, citedArticle: boolean, lowerArticles: number): boolean {
  return !!opts.longLower && !citedArticle && score < longLowerBelow(opts, lowerArticles);
}
