// Set matching and precision/recall/F1: each gold item and each predicted item is used at most
// once; candidate pairs are taken best score first (greedy one-to-one assignment).

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  /** null when nothing was predicted (tp + fp = 0). */
  precision: number | null;
  /** null when there was nothing to find (tp + fn = 0). */
  recall: number | null;
  /** 2tp / (2tp + fp + fn); 1 when there was nothing to find and nothing was predicted. */
  f1: number;
}

export interface MatchResult<G, P> extends Prf {
  pairs: [G, P][];
  missed: G[];
  spurious: P[];
}

export function prf({ tp, fp, fn }: Counts): Prf {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    f1: tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn),
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

/**
 * One-to-one matching of gold and predicted items.
 * @param similarity 0 (or less) when the two do not match; among matches, higher is better.
 */
export function matchItems<G, P>(gold: G[], predicted: P[], similarity: (g: G, p: P) => number): MatchResult<G, P> {
  const candidates: { g: number; p: number; s: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const s = similarity(g, p);
      if (s > 0) candidates.push({ g: gi, p: pi, s });
    }),
  );
  // Stable: equal scores keep gold order, then predicted order.
  candidates.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [G, P][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([gold[c.g]!, predicted[c.p]!]);
  }
  const missed = gold.filter((_, i) => !usedG.has(i));
  const spurious = predicted.filter((_, i) => !usedP.has(i));
  return { ...prf({ tp: pairs.length, fp: spurious.length, fn: missed.length }), pairs, missed, spurious };
}
