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

/** Whether a strong link (the linker's `implements`) is read partial by coverage: the option on, the link not made by a
 *  citation of the article's number, its score under `longLower.below` and its lower document of `longLower.minArticles`
 *  articles or more. */
export function longLowerPartial(opts: CoverageOptions, score: number, citedArticle: boolean, lowerArticles: number): boolean {
  const r = opts.longLower;
  return !!r && !citedArticle && score < r.below && lowerArticles >= r.minArticles;
}
