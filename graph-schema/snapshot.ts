// The snapshot ingest writes: a graphology MultiDirectedGraph exported with `graph.export()`,
// whose node and edge attributes satisfy the schemas; validated once when read.
import { z } from 'zod';
import { Genre, NodeAttributes } from './nodes.js';
import { EdgeAttributes } from './edges.js';

export const FileError = z.object({
  file: z.string(),
  stage: z.string(),
  reason: z.string(),
  message: z.string(),
});
export type FileError = z.infer<typeof FileError>;

/** The IMPLEMENTS linker's verdict thresholds, as used for this snapshot (UI and reports show them). */
export const LinkThresholds = z.object({
  /** Score at or above which a link is `implements` (strong). */
  implements: z.number(),
  /** Score at or above which a link is `partial` (weak); below it there is no link. */
  partial: z.number(),
  /** Where the values come from (calibration set and command). */
  provenance: z.string(),
  /** Thresholds for links whose lower document is of another genre (a regulation's scores sit on
   *  another scale than a plan's); the values above hold for every genre not listed. */
  byGenre: z.record(z.string(), z.object({ implements: z.number(), partial: z.number() })).optional(),
  /** The subject gate: two documents whose subject signatures' cosine is below this are on
   *  different subjects and never linked by wording (ingest/link/topic.ts); absent when off. */
  subjectMinCosine: z.number().optional(),
});
export type LinkThresholds = z.infer<typeof LinkThresholds>;

/** One aligned candidate of a lower measure near the linker's cut (ingest/link/select.ts AlignedCandidate, with
 *  the facts selectLinks asks of it): kept in the snapshot so that coverage under a user's thresholds runs the
 *  linker's selection again (coverage/replay.ts) instead of re-reading the kept links' scores. */
export const LinkCandidate = z.object({
  /** The higher measure's path in its document (its id: `<linkCandidates.docs[doc]>#<path>`). */
  path: z.string(),
  /** The higher document's index in the link stage (the selection's order and tie-breaks between documents). */
  doc: z.number().int(),
  score: z.number(),
  /** An article of a chapter the lower measure cites (options.citedChapters). */
  chapter: z.literal(true).optional(),
  /** Never strong (a framing pair, or no clause carried: select.ts mayBeStrong). */
  weak: z.literal(true).optional(),
  /** Its lower measure carries none or few of the higher main provision's clauses (options.clauseCover.pair,
   *  session 52): a strong link of it is partial when its document pair's links score high in the middle
   *  (ingest/link/pair-median.ts, a pass after the selection that coverage's replay runs again). */
  thin: z.literal(true).optional(),
  /** Its share as a paragraph's best match (select.ts shares), when it has one; rounded down to 0.001 (the rules
   *  compare it with thresholds of three decimals). */
  share: z.number().optional(),
  /** The largest share of one paragraph or list item of the higher measure the lower carries (side-paragraph.ts
   *  unitCarried; options.partialFloor.unit), rounded down to 0.001, for a candidate the floor may keep. */
  unit: z.number().optional(),
  /** Session 59: a line of the lower measure sets it apart from its document's best candidate (options.paragraphApart,
   *  ingest/link/paragraph-apart.ts); recorded only when that rule is on. */
  apart: z.literal(true).optional(),
});
export type LinkCandidate = z.infer<typeof LinkCandidate>;

/** A lower measure's candidates near the cut: every candidate at or above its genre's partial threshold (or of a
 *  cited chapter), and the best few below it (select.ts NEAR_CUT), with what the selection knows of the measure. */
export const LowerCandidates = z.object({
  /** The lower measure's id. */
  lower: z.string(),
  genre: Genre,
  /** Aligned candidates left out score at most this (0: none left out): a replay is exact for a partial
   *  threshold above it. */
  complete: z.number(),
  candidates: z.array(LinkCandidate),
  clauses: z.number().int().optional(),
  chapterDocs: z.array(z.number().int()).optional(),
  /** The selection had paragraph shares (a measure of several paragraphs, a genre with a paragraph rule). */
  shares: z.literal(true).optional(),
  /** The edition series of the candidates' documents (options.oneEditionPerSeries). */
  series: z.array(z.tuple([z.number().int(), z.string()])).optional(),
  /** Each document's duty-list items (options.dutyListItems): the higher measure (path) an item names best, with its score. */
  items: z.array(z.tuple([z.number().int(), z.array(z.object({ path: z.string(), score: z.number(), list: z.literal(true).optional() }))])).optional(),
  /** Higher measures (ids) whose link the link stage drops after the selection (options.expiredPlans). */
  dropped: z.array(z.string()).optional(),
});
export type LowerCandidates = z.infer<typeof LowerCandidates>;

/** Every lower measure's candidates near the cut, and the link stage's documents by index (`doc` above). */
export const LinkCandidates = z.object({
  docs: z.array(z.string()),
  lowers: z.array(LowerCandidates),
});
export type LinkCandidates = z.infer<typeof LinkCandidates>;

/** The selection's settings besides the thresholds (select.ts SelectionOptions and each genre's topK and relative cut). */
export const LinkSelection = z.object({
  topK: z.number(),
  relative: z.number(),
  byGenre: z.record(z.string(), z.object({ topK: z.number(), relative: z.number() })),
  rules: z.record(z.string(), z.unknown()),
});
export type LinkSelection = z.infer<typeof LinkSelection>;

export const SnapshotAttributes = z.object({
  /** Bumped when the snapshot shape changes incompatibly. */
  schemaVersion: z.literal(1),
  corpus: z.string(),
  files: z.array(z.string()),
  errors: z.array(FileError),
  /** Optional so snapshots written before verdicts existed still read. */
  linkThresholds: LinkThresholds.optional(),
  /** Each lower measure's candidates near the cut, and the selection's settings: present when ingest kept them. */
  linkCandidates: LinkCandidates.optional(),
  linkSelection: LinkSelection.optional(),
});
export type SnapshotAttributes = z.infer<typeof SnapshotAttributes>;

export const Snapshot = z.object({
  attributes: SnapshotAttributes,
  options: z.object({ type: z.literal('directed'), multi: z.literal(true), allowSelfLoops: z.boolean() }),
  nodes: z.array(z.object({ key: z.string(), attributes: NodeAttributes })),
  edges: z.array(
    z.object({ key: z.string(), source: z.string(), target: z.string(), attributes: EdgeAttributes }),
  ),
});
export type Snapshot = z.infer<typeof Snapshot>;
