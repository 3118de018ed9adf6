// The order-keeping alignment of two documents' articles (tests/eval/article-order.ts): each article at most once on
// each side, order kept, the largest total score.
import { describe, expect, it } from 'vitest';
import { monotonePath } from './article-order.js';
import { probability, train, type Example } from './pair-model.js';

describe('monotone path', () => {
  it('follows the articles in order and leaves out a crossing cell, however high', () => {
    const s = [
      [0.5, 0.0, 0.0],
      [0.0, 0.0, 0.6],
      [0.0, 0.4, 0.0],
    ];
    // Taking (1,2) would forbid (2,1): 0.5 + 0.6 against 0.5 + 0.4, so (1,2) wins; (2,1) crosses it.
    expect(monotonePath(s, 0.1, 0)).toEqual([[0, 0], [1, 2]]);
    const t = [
      [0.5, 0.0, 0.0],
      [0.0, 0.3, 0.35],
      [0.0, 0.0, 0.4],
    ];
    expect(monotonePath(t, 0.1, 0)).toEqual([[0, 0], [1, 1], [2, 2]]);
  });

  it('takes no cell under the minimum, nor one worth less than its cost', () => {
    expect(monotonePath([[0.05]], 0.1, 0)).toEqual([]);
    expect(monotonePath([[0.2]], 0.1, 0.3)).toEqual([]);
  });
});

describe('pair model', () => {
  it('learns a feature that tells the gold apart', () => {
    const xs: Example[] = Array.from({ length: 200 }, (_, i) => ({ lower: `l${i}`, higher: `h${i}`, score: 0, x: [1, i % 2, (i * 7919) % 13], y: (i % 2) as 0 | 1 }));
    const w = train(xs);
    expect(probability(w, [1, 1, 5])).toBeGreaterThan(0.8);
    expect(probability(w, [1, 0, 5])).toBeLessThan(0.2);
  });
});
