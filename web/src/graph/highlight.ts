// Highlighting spans inside a measure's text and cutting that text down to the sentence around
// a mention. Spans in the graph are offsets in the cleaned document text; a measure's `span[0]`
// is where its text starts, so a local offset is `span - measure.span[0]`.
import type { Span } from '../../../graph-schema/index.js';

export interface HighlightRange {
  start: number;
  end: number;
  /** Node type of what is highlighted (Organisation, Target …): picks the colour. */
  kind: string;
  /** Id of the highlighted node, so a click can select it. */
  ref?: string;
  label?: string;
}

export interface Segment {
  text: string;
  range?: HighlightRange;
}

/** Where one sentence ends: full stop, semicolon, exclamation, question mark, or a line break. */
export const SENTENCE_DELIMITERS = '。；！？\n';

/** A document span as a range local to a text starting at `origin`, clipped to it; null when outside. */
export function localRange(
  span: Span,
  origin: number,
  length: number,
  rest: Omit<HighlightRange, 'start' | 'end'>,
): HighlightRange | null {
  const start = Math.max(0, span[0] - origin);
  const end = Math.min(length, span[1] - origin);
  return end > start ? { start, end, ...rest } : null;
}

/** Bounds of the sentence holding [start, end): its closing delimiter included, leading blanks not. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s > 0 && !SENTENCE_DELIMITERS.includes(text[s - 1])) s--;
  while (e < text.length && !SENTENCE_DELIMITERS.includes(text[e])) e++;
  if (e < text.length && text[e] !== '\n') e++;
  while (s < start && /\s/.test(text[s])) s++;
  return { start: s, end: e };
}

/**
 * Splits text into plain and highlighted segments. Ranges are clipped to the text; where two
 * overlap, the one starting first (the longer, on a tie) keeps the shared characters.
 */
export function segmentText(text: string, ranges: readonly HighlightRange[]): Segment[] {
  const sorted = ranges
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let cursor = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, cursor);
    if (start >= r.end) continue;
    if (start > cursor) out.push({ text: text.slice(cursor, start) });
    out.push({ text: text.slice(start, r.end), range: { ...r, start, end: r.end } });
    cursor = r.end;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor) });
  return out;
}

/**
 * The sentences of `text` that hold the ranges, each once, in text order, with every range
 * that falls inside it highlighted (offsets rebased to the sentence).
 */
export function sentencesWith(text: string, ranges: readonly HighlightRange[]): Segment[][] {
  const bySentence = new Map<number, { end: number; ranges: HighlightRange[] }>();
  for (const r of ranges) {
    const b = sentenceAround(text, r.start, r.end);
    const entry = bySentence.get(b.start) ?? { end: b.end, ranges: [] };
    entry.end = Math.max(entry.end, b.end);
    entry.ranges.push(r);
    bySentence.set(b.start, entry);
  }
  return [...bySentence.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, { end, ranges: rs }]) =>
      segmentText(
        text.slice(start, end),
        rs.map((r) => ({ ...r, start: r.start - start, end: r.end - start })),
      ),
    );
}
