// A regulation's article as the linker sees it, for the link tests that build their units by hand: its text, its
// bigram words (withBigrams), no entities, genre regulation.
import { withBigrams } from '../../../ingest/link/index.js';
import type { LinkUnit } from '../../../ingest/link/implements.js';
import { linkOptions, type LinkOptions } from '../../../ingest/link/options.js';

export const regulationUnit = (id: string, docIndex: number, text: string): LinkUnit => ({
  id,
  docIndex,
  offset: 0,
  text,
  entities: new Set(),
  words: withBigrams([], text, true),
  genre: 'regulation',
});

/** Options that score a regulation pair by its text alone, keep one link an article (topK 1) and switch off the
 *  per-clause and per-paragraph selections (options.clausePair, options.listItemArticles and options.taskListTerms too, unless `rule` sets them), so a test sees what one item
 *  rule adds (`rule`: that rule's setting). */
export const textOnlyRegulation = (rule: Partial<LinkOptions>) =>
  linkOptions({
    clausePair: null,
    listItemArticles: null,
    taskListTerms: null,
    ...rule,
    topKPerClause: null,
    paragraphBest: null,
    procedureStages: null,
    genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.9, partial: 0.05 }, relative: 0.8, topK: 1, pairIdf: true } },
  });
