// A measure's `deletions` as the console reads it back (session 41): Neo4j holds no list of maps, so the loader writes it
// as a JSON string (graph-schema toNeo4jProperties), and the console showed `[{"date":"2011-01-08","span":[54,96]}]`. Parsed
// with the schema's own field, so any value of that shape (the string or the array the explorer holds) reads as dates
// and spans; anything else is left alone.
import { Deletions } from '../../../graph-schema/fields.js';

/** MeasureNode's own `deletions` field (graph-schema/fields.ts), without building every node schema. */
const DELETIONS = Deletions;

export interface DeletionValue {
  date: string;
  /** Characters of the measure's text, start inclusive, end exclusive. */
  span: readonly [number, number];
}

/** The deletions in `value` (a JSON string or an array), or null when it is not a non-empty list of them. */
export function parseDeletions(value: unknown): DeletionValue[] | null {
  let raw = value;
  if (typeof value === 'string') {
    if (!value.startsWith('[{')) return null;
    try {
      raw = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const parsed = DELETIONS.safeParse(raw);
  return parsed.success && parsed.data.length > 0 && parsed.data.every((d) => d.span[1] > d.span[0]) ? parsed.data : null;
}
