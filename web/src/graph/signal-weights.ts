// Which of a link's signals the linker weighed in its score, by the lower document's genre. The snapshot records
// the thresholds (attributes.linkThresholds) but not the weights; these are ingest/link/options.ts
// DEFAULT_LINK_OPTIONS's (the page cannot import that module: it reads lexicon files), and
// tests/web/graph/signal-weights.test.ts fails when they differ. Session 35: the evidence of a regulation's link
// said "共同实体 0.00" beside a shared entity it listed; the regulations' profile weighs text similarity only.
import type { Genre } from '../../../graph-schema/index.js';
import type { PolicyGraph } from './policy-graph.js';

export type Signal = 'reuse' | 'text' | 'entities';

/** The default weights (plans) and each genre's own, as ingest's defaults set them. */
export const DEFAULT_SIGNAL_WEIGHTS: { weights: Record<Signal, number>; genres: Partial<Record<Genre, Record<Signal, number>>> } = {
  weights: { reuse: 0.25, text: 0.55, entities: 0.2 },
  genres: { regulation: { reuse: 0, text: 1, entities: 0 } },
};

/** What ingest writes as the thresholds' provenance when its options were overridden (options.ts snapshotThresholds). */
export const OVERRIDDEN_PROVENANCE = 'set by the ingest options';

/** The signals the linker gave no weight to in the scores of links from `lowerDoc`: none when the snapshot's
 *  links were made under other options than the defaults (the weights are then unknown) or it has no thresholds. */
export function unscoredSignals(graph: PolicyGraph, lowerDoc: string): Signal[] {
  const t = graph.getAttributes().linkThresholds;
  if (!t || t.provenance === OVERRIDDEN_PROVENANCE) return [];
  const genre = graph.hasNode(lowerDoc) ? (graph.getNodeAttributes(lowerDoc) as { genre?: Genre }).genre : undefined;
  const w = (genre && DEFAULT_SIGNAL_WEIGHTS.genres[genre]) || DEFAULT_SIGNAL_WEIGHTS.weights;
  return (Object.keys(w) as Signal[]).filter((k) => w[k] === 0);
}
