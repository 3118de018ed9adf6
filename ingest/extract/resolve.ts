// Overlapping candidate names → one mention per stretch of text: the longest wins, and on a tie
// the more trusted source (lexicon > region-bound > citation/quote > suffix rule).
import type { DictHit } from './dictionary.js';

export interface SourcedHit extends DictHit {
  rank: number;
  /** A group word inside a title (session 39: 志愿者 in 优秀志愿者 称号) counts as a nested mention as a lexicon name does. */
  nested?: boolean;
}

export function resolveOverlaps(all: SourcedHit[]): SourcedHit[] {
  // The lexicon knows where a name starts: a rule-found name ending where a lexicon name ends
  // only adds the words before it (充分发挥|湖北省科协).
  // A group keeps its kind modifier, though (国防|科技人员, 农业|科技人员: kinds of 科技人员).
  const lexiconEnds = new Set(all.filter((h) => h.rank <= 1).map((h) => `${h.end}`));
  const hits = all.filter((h) => h.rank <= 1 || h.type === 'TargetGroup' || !lexiconEnds.has(`${h.end}`));
  const sorted = [...hits].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start,
  );
  const taken: SourcedHit[] = [];
  for (const h of sorted) {
    if (taken.some((t) => h.start < t.end && t.start < h.end)) continue;
    taken.push(h);
  }
  // A lexicon name inside a longer name of another type is a mention too (农民 in
  // 农民科学素质提升行动, 科普中国 in 科普中国e站); inside one of its own type it is not.
  for (const h of sorted) {
    if ((h.rank > 1 && !h.nested) || taken.includes(h)) continue;
    const outer = taken.find((t) => h.start >= t.start && h.end <= t.end);
    if (outer && outer.type !== h.type && !taken.some((t) => t !== outer && h.start < t.end && t.start < h.end)) taken.push(h);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}
