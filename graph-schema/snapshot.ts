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

export const SnapshotAttributes = z.object({
  /** Bumped when the snapshot shape changes incompatibly. */
  schemaVersion: z.literal(1),
  corpus: z.string(),
  files: z.array(z.string()),
  errors: z.array(FileError),
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
