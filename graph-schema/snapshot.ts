// The snapshot ingest writes: a graphology MultiDirectedGraph exported with `graph.export()`,
// whose node and edge attributes satisfy the schemas; validated once when read.
import { z } from 'zod';
import { NodeAttributes } from './nodes.js';
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

export const SnapshotAttributes = z.object({
  /** Bumped when the snapshot shape changes incompatibly. */
  schemaVersion: z.literal(1),
  corpus: z.string(),
  files: z.array(z.string()),
  errors: z.array(FileError),
  /** Optional so snapshots written before verdicts existed still read. */
  linkThresholds: LinkThresholds.optional(),
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
