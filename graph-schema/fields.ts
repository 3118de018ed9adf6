// Field schemas shared by node and edge schemas and read on their own: a span, a measure's deletions. Apart from
// nodes.ts so that a view checking one value (the console's deletions) does not build every node schema (session 42).
import { z } from 'zod';

/** [start, end) character offsets in the cleaned text of a document. */
export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof Span>;

/** Text a later revision deleted from a measure: when, and where in the measure's text (MeasureNode.deletions). */
export const Deletions = z.array(z.object({ date: z.iso.date(), span: Span }));
