// The scorer: gold annotation vs. what the snapshot claims for one document, and the sum over the
// corpus. Pure functions; names compare after normaliseName (widths, quotes, spaces), and a
// prediction equal to a gold alias counts as the gold item.
import type { EntityType } from '../../graph-schema/index.js';
import { ENTITY_TYPES } from '../../graph-schema/index.js';
import type {
  Genre,
  GoldCitation,
  GoldDocument,
  GoldDocumentMeta,
  GoldPointer,
  GoldTarget,
  HistoryEvent,
  MetaField,
} from './gold-schema.js';
import { META_FIELDS } from './gold-schema.js';
import type { PredictedCitation, PredictedDocument, PredictedMeta, PredictedTarget } from './collect.js';
import { documentForFile } from './collect.js';
import { addCounts, matchItems, prf, ZERO, type Counts, type MatchResult, type Prf } from './match.js';
import {
  charDice,
  normaliseDocNumber,
  normaliseMetric,
  normaliseName,
  normalisePath,
  plainQuantity,
} from './normalise.js';

/** A gold name with every normalised surface that stands for it (canonical first). */
export interface GoldName {
  name: string;
  surfaces: string[];
}

export interface MetadataScore {
  correct: number;
  total: number;
  accuracy: number;
  fields: Record<MetaField, { gold: unknown; predicted: unknown; ok: boolean }>;
}

/** Accuracy of one metadata field over documents. */
export interface FieldAccuracy {
  correct: number;
  total: number;
  accuracy: number;
}

export interface DocumentScore {
  file: string;
  /** The gold's genre (plan when the gold does not say). */
  genre: Genre;
  /** Id of the predicted document scored against, if one was read from this file. */
  docId?: string;
  entities: Record<EntityType, MatchResult<GoldName, string>>;
  /** Entity names regardless of type. */
  anyType: MatchResult<GoldName, string>;
  citedDocuments: MatchResult<GoldCitation, PredictedCitation>;
  /** metric ~, comparator, value, unit (and year, valueMax when both give one). */
  targets: MatchResult<GoldTarget, PredictedTarget>;
  /** metric ~, value, unit only: how many targets were found with a wrong comparator or year. */
  targetsLoose: MatchResult<GoldTarget, PredictedTarget>;
  measures: MatchResult<string, string>;
  metadata: MetadataScore;
  /** History events (date, action, body) when the gold gives a history; undefined otherwise. */
  history?: MatchResult<HistoryEvent, HistoryEvent>;
  /** The gold is metadata only: the extraction categories were not scored. */
  metaOnly?: true;
}

export interface Totals {
  entities: Record<EntityType, Prf>;
  anyType: Prf;
  citedDocuments: Prf;
  targets: Prf;
  targetsLoose: Prf;
  measures: Prf;
  metadata: FieldAccuracy;
  /** Per metadata field (name, issuer, issuedOn, docNumber, level, region, year, genre). */
  metaFields: Record<MetaField, FieldAccuracy>;
  /** History events, over the documents whose gold gives a history. */
  history: Prf;
  /** How many documents were scored. */
  documents: number;
}

export interface CorpusScore {
  documents: DocumentScore[];
  overall: Totals;
  /** The same totals per genre of the gold (plans, regulations). */
  byGenre: Partial<Record<Genre, Totals>>;
  /** Each duplicate file (gold pointer) and whether ingest merged it into the document it copies. */
  duplicates: { file: string; sameAs: string; merged: boolean }[];
  /** Corpus documents in the snapshot that no gold file is read from. */
  unmatchedPredicted: { id: string; sources: string[] }[];
}

export function goldNames(names: string[], aliases: Record<string, string[]>): GoldName[] {
  return names.map((name) => ({
    name,
    surfaces: [...new Set([name, ...(aliases[name] ?? [])].map(normaliseName))],
  }));
}

/** Canonical hit 2, alias hit 1, else 0. Predicted names are deduplicated after normalisation. */
export function scoreNames(gold: GoldName[], predicted: string[]): MatchResult<GoldName, string> {
  const seen = new Set<string>();
  const unique = predicted.filter((p) => {
    const n = normaliseName(p);
    if (seen.has(n)) return false;
    seen.add(n);
    return true;
  });
  return matchItems(gold, unique, (g, p) => {
    const n = normaliseName(p);
    if (n === g.surfaces[0]) return 2;
    return g.surfaces.includes(n) ? 1 : 0;
  });
}

export function scoreEntities(
  gold: GoldDocument,
  predicted: Record<EntityType, string[]>,
): { byType: Record<EntityType, MatchResult<GoldName, string>>; anyType: MatchResult<GoldName, string> } {
  const byType = Object.fromEntries(
    ENTITY_TYPES.map((t) => [t, scoreNames(goldNames(gold.entities[t], gold.aliases), predicted[t])]),
  ) as Record<EntityType, MatchResult<GoldName, string>>;
  const allGold = [...new Set(ENTITY_TYPES.flatMap((t) => gold.entities[t]))];
  const anyType = scoreNames(goldNames(allGold, gold.aliases), ENTITY_TYPES.flatMap((t) => predicted[t]));
  return { byType, anyType };
}

export function scoreCitations(gold: GoldCitation[], predicted: PredictedCitation[]) {
  return matchItems(gold, predicted, (g, p) => {
    const goldForms = [g.name, g.abbreviation, ...(g.aliases ?? [])].filter((s): s is string => !!s).map(normaliseName);
    const predForms = [p.name, ...p.aliases].map(normaliseName);
    if (predForms[0] === goldForms[0]) return 2;
    return predForms.some((f) => goldForms.includes(f)) ? 1 : 0;
  });
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * How well a predicted target matches a gold one: 0 when it does not. Metrics match when one
 * contains the other or their character Dice is ≥ 0.5 (after normaliseMetric).
 */
export function targetSimilarity(g: GoldTarget, p: PredictedTarget, loose = false): number {
  const gq = plainQuantity(g.value, g.unit);
  const pq = plainQuantity(p.value, p.unit);
  if (gq.unit !== pq.unit || !sameNumber(gq.value, pq.value)) return 0;
  if (!loose) {
    if (g.comparator !== p.comparator) return 0;
    if (g.year !== undefined && p.year !== undefined && g.year !== p.year) return 0;
    if (g.valueMax !== undefined && p.valueMax !== undefined) {
      if (!sameNumber(plainQuantity(g.valueMax, g.unit).value, plainQuantity(p.valueMax, p.unit).value)) return 0;
    }
  }
  const gm = normaliseMetric(g.metric);
  const pm = normaliseMetric(p.metric);
  const contained = gm.length > 0 && pm.length > 0 && (gm.includes(pm) || pm.includes(gm));
  const dice = charDice(gm, pm);
  if (!contained && dice < 0.5) return 0;
  return dice + (contained ? 1 : 0);
}

export function scoreTargets(gold: GoldTarget[], predicted: PredictedTarget[], loose = false) {
  return matchItems(gold, predicted, (g, p) => targetSimilarity(g, p, loose));
}

export function scoreMeasures(gold: string[], predicted: string[]): MatchResult<string, string> {
  const uniq = [...new Set(predicted.map(normalisePath))];
  return matchItems(gold.map(normalisePath), uniq, (g, p) => (g === p ? 1 : 0));
}

export function scoreMetadata(
  gold: GoldDocumentMeta,
  predicted: PredictedMeta,
  aliases: Record<string, string[]> = {},
): MetadataScore {
  const same = (field: MetaField): boolean => {
    const g = field === 'genre' ? (gold.genre ?? 'plan') : gold[field];
    const p = predicted[field];
    if (g === null) return p === undefined || p === '';
    if (p === undefined) return false;
    switch (field) {
      case 'year':
        return p === g;
      case 'issuedOn':
      case 'level':
      case 'genre':
        return String(p) === String(g);
      case 'docNumber':
        return normaliseDocNumber(String(p)) === normaliseDocNumber(String(g));
      case 'issuer':
        return [String(g), ...(aliases[String(g)] ?? [])].map(normaliseName).includes(normaliseName(String(p)));
      default:
        return normaliseName(String(p)) === normaliseName(String(g));
    }
  };
  const fields = Object.fromEntries(
    META_FIELDS.map((f) => [f, { gold: f === 'genre' ? (gold.genre ?? 'plan') : gold[f], predicted: predicted[f], ok: same(f) }]),
  ) as MetadataScore['fields'];
  // The overall accuracy keeps the fields it always had; genre is reported as a field of its own.
  const counted = META_FIELDS.filter((f) => f !== 'genre');
  const correct = counted.filter((f) => fields[f].ok).length;
  return { correct, total: counted.length, accuracy: correct / counted.length, fields };
}

const NOTHING: PredictedDocument = {
  id: '',
  sources: [],
  meta: {},
  measures: [],
  entities: { Organisation: [], Programme: [], TargetGroup: [], Brand: [] },
  citedDocuments: [],
  targets: [],
};

/**
 * History events match on date and action, and on the body (its canonical name or an alias from the
 * gold's aliases, after normaliseName); an event with the right date and action but another body
 * scores less, so a fully right event is preferred, but still counts.
 */
export function scoreHistory(
  gold: HistoryEvent[],
  predicted: HistoryEvent[],
  aliases: Record<string, string[]> = {},
): MatchResult<HistoryEvent, HistoryEvent> {
  return matchItems(gold, predicted, (g, p) => {
    if (g.date !== p.date || g.action !== p.action) return 0;
    return [g.by, ...(aliases[g.by] ?? [])].map(normaliseName).includes(normaliseName(p.by)) ? 2 : 0;
  });
}

/** Scores one gold document; with no predicted document, everything gold is missed. */
export function scoreDocument(gold: GoldDocument, predicted: PredictedDocument | undefined): DocumentScore {
  const p = predicted ?? NOTHING;
  const { byType, anyType } = scoreEntities(gold, p.entities);
  return {
    file: gold.file,
    genre: gold.document.genre ?? 'plan',
    docId: predicted?.id,
    entities: byType,
    anyType,
    citedDocuments: scoreCitations(gold.citedDocuments, p.citedDocuments),
    targets: scoreTargets(gold.targets, p.targets),
    targetsLoose: scoreTargets(gold.targets, p.targets, true),
    measures: scoreMeasures(gold.measures.paths, p.measures),
    metadata: scoreMetadata(gold.document, p.meta, gold.aliases),
    history: gold.document.history ? scoreHistory(gold.document.history, p.meta.history ?? [], gold.aliases) : undefined,
  };
}

const UNSCORED = <G, P>(): MatchResult<G, P> => ({ ...prf(ZERO), pairs: [], missed: [], spurious: [] });

/** A document whose gold is metadata only: nothing of what was extracted is counted (neither
 *  right nor spurious), so the extraction rows show “—” for it. */
export function metadataOnly(d: DocumentScore): DocumentScore {
  return {
    ...d,
    metaOnly: true,
    entities: Object.fromEntries(ENTITY_TYPES.map((t) => [t, UNSCORED<GoldName, string>()])) as DocumentScore['entities'],
    anyType: UNSCORED(),
    citedDocuments: UNSCORED(),
    targets: UNSCORED(),
    targetsLoose: UNSCORED(),
    measures: UNSCORED(),
  };
}

/** Micro-averaged totals: counts summed over documents, then P/R/F1. */
export function totals(documents: DocumentScore[]): Totals {
  const sum = (pick: (d: DocumentScore) => Counts) => prf(documents.map(pick).reduce(addCounts, ZERO));
  const correct = documents.reduce((n, d) => n + d.metadata.correct, 0);
  const total = documents.reduce((n, d) => n + d.metadata.total, 0);
  return {
    entities: Object.fromEntries(ENTITY_TYPES.map((t) => [t, sum((d) => d.entities[t])])) as Record<EntityType, Prf>,
    anyType: sum((d) => d.anyType),
    citedDocuments: sum((d) => d.citedDocuments),
    targets: sum((d) => d.targets),
    targetsLoose: sum((d) => d.targetsLoose),
    measures: sum((d) => d.measures),
    metadata: { correct, total, accuracy: total === 0 ? 1 : correct / total },
    metaFields: Object.fromEntries(
      META_FIELDS.map((f) => {
        const ok = documents.filter((d) => d.metadata.fields[f].ok).length;
        return [f, { correct: ok, total: documents.length, accuracy: documents.length ? ok / documents.length : 1 }];
      }),
    ) as Record<MetaField, FieldAccuracy>,
    history: sum((d) => d.history ?? ZERO),
    documents: documents.length,
  };
}

export function scoreCorpus(
  gold: { documents: GoldDocument[]; pointers: GoldPointer[]; metaOnly?: Set<string> },
  predicted: PredictedDocument[],
): CorpusScore {
  const documents = gold.documents.map((g) => {
    // A document counts as read from its file or from any file that duplicates it.
    const copies = gold.pointers.filter((p) => p.sameAs === g.file).map((p) => p.file);
    const match = documentForFile(predicted, g.file) ?? copies.map((f) => documentForFile(predicted, f)).find(Boolean);
    const score = scoreDocument(g, match);
    return gold.metaOnly?.has(g.file) ? metadataOnly(score) : score;
  });
  const duplicates = gold.pointers.map((p) => {
    const doc = documentForFile(predicted, p.sameAs);
    return { file: p.file, sameAs: p.sameAs, merged: !!doc && doc.sources.includes(p.file) };
  });
  const scored = new Set(documents.map((d) => d.docId).filter(Boolean));
  const unmatchedPredicted = predicted
    .filter((d) => !scored.has(d.id))
    .map((d) => ({ id: d.id, sources: d.sources }));
  return { documents, overall: totals(documents), byGenre: totalsByGenre(documents), duplicates, unmatchedPredicted };
}

/** Totals of the plans and of the regulations separately (a genre without documents is left out). */
export function totalsByGenre(documents: DocumentScore[]): Partial<Record<Genre, Totals>> {
  const out: Partial<Record<Genre, Totals>> = {};
  for (const g of ['plan', 'regulation'] as const) {
    const docs = documents.filter((d) => d.genre === g);
    if (docs.length) out[g] = totals(docs);
  }
  return out;
}
