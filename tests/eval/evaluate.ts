// One gold set scored end to end: one ingest of its corpus (or a given snapshot), the scorer, the
// baselines and, where the set has link gold, IMPLEMENTS. Used by the CLI and the quality tests.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { EntityType, Snapshot } from '../../graph-schema/index.js';
import { baselineTotals, scoreBaseline } from './baseline.js';
import { collect } from './collect.js';
import type { Genre } from './gold-schema.js';
import { loadGold } from './gold.js';
import { linkSetReport, readGoldLinks, type LinkScore, type LinkSetReport } from './links.js';
import type { Prf } from './match.js';
import { scoreCorpus, type CorpusScore } from './score.js';
import type { EvalSet } from './sets.js';
import { ingestSnapshot } from './snapshot-source.js';

export interface SetResult {
  set: EvalSet;
  score: CorpusScore;
  /** Baseline P/R/F1 per entity type: overall and per genre. */
  baseline: { overall: Record<EntityType, Prf>; byGenre: Partial<Record<Genre, Record<EntityType, Prf>>> };
  links?: LinkScore;
  /** The linker beside the plain TF-IDF baseline, coverage verdicts and links to later documents. */
  linkSet?: LinkSetReport;
  snapshot: Snapshot;
}

export async function evaluateSet(set: EvalSet, opts: { snapshot?: Snapshot; baseline?: boolean } = {}): Promise<SetResult> {
  const gold = await loadGold(set.gold);
  const snapshot = opts.snapshot ?? (await ingestSnapshot([set.corpus]));
  const score = scoreCorpus(gold, collect(snapshot));
  // The baseline is an entity baseline: documents with metadata gold only have nothing to compare.
  const withEntities = gold.documents.filter((d) => !gold.metaOnly?.has(d.file));
  const perDoc = opts.baseline === false || withEntities.length === 0 ? new Map() : scoreBaseline(withEntities, snapshot);
  const files = (genre?: Genre) => score.documents.filter((d) => !genre || d.genre === genre).map((d) => d.file);
  const baseline = {
    overall: baselineTotals(perDoc, files()),
    byGenre: Object.fromEntries(
      (Object.keys(score.byGenre) as Genre[]).map((g) => [g, baselineTotals(perDoc, files(g))]),
    ) as Partial<Record<Genre, Record<EntityType, Prf>>>,
  };
  const linkSet = set.links && existsSync(set.links) ? linkSetReport(readGoldLinks(pathToFileURL(set.links)), snapshot, set.links) : undefined;
  return { set, score, baseline, links: linkSet?.linker, linkSet, snapshot };
}
