// Overlapping candidate names → one mention per stretch of text: the longest wins, and on a tie
// the more trusted source (lexicon > region-bound > citation/quote > suffix rule).
import type { DictHit } from './dictionary.js';

export interface SourcedHit extends DictHit {
  rank: number;
}

export function resolveOverlaps(hits: SourcedHit[]): SourcedHit[] {
  const sorted = [...hits].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start,
  );
  const taken: SourcedHit[] = [];
  for (const h of sorted) {
    if (taken.some((t) => h.start < t.end && t.start < h.end)) continue;
    taken.push(h);
  }
  return taken.sort((a, b) => a.start - b.start);
}
