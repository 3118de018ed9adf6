// The schemas each snapshot record is validated against, compiled (session 60, issue 11). Every node and edge of a
// snapshot is validated against graph-schema one at a time (stream.ts RecordGraph.write, write.ts exportSnapshot):
// 181,788 records at gen-corpus 1,000, ≈ 0.26 s of zod's runtime parser (its generic run: an issue array and a payload
// object per field). zod's own ahead-of-time compiler (`z.compile`, in the zod of package.json, ^4.6.7) makes a clone
// of a schema whose parse first runs a function generated for that schema (no allocation but the output) and, when
// that function refuses the value, runs the original runtime parser: a value the runtime refuses is refused with the
// same issues, and a value it accepts gives the same output (keys in the schema's order, unknown keys stripped, fresh
// arrays and objects). tests/ingest/session60-perf.test.ts checks both against the runtime parser on every record of
// the sample corpus's snapshot and on random and malformed records (fast-check), and that the compiler still takes
// graph-schema whole (strict: a schema it could not compile would be handed back unchanged and silently run on the
// runtime parser).
//
// Compiled at first use, not at load: `new Function` per schema (a few milliseconds), paid only by a process that
// writes a snapshot (the per-file threads' bundle imports these modules too). graph-schema itself stays uncompiled: the
// explorer imports it, and its page must not run `new Function` (a strict CSP) nor pay the compile at boot.
import { z } from 'zod';
import { Snapshot } from '../../graph-schema/index.js';

type NodeRecordSchema = typeof Snapshot.shape.nodes.element;
type EdgeRecordSchema = typeof Snapshot.shape.edges.element;

let nodeRecord: NodeRecordSchema | undefined;
let edgeRecord: EdgeRecordSchema | undefined;

/** Snapshot.shape.nodes.element, compiled: the same answers, faster. */
export function nodeRecordSchema(): NodeRecordSchema {
  return (nodeRecord ??= z.compile(Snapshot.shape.nodes.element));
}

/** Snapshot.shape.edges.element, compiled: the same answers, faster. */
export function edgeRecordSchema(): EdgeRecordSchema {
  return (edgeRecord ??= z.compile(Snapshot.shape.edges.element));
}
