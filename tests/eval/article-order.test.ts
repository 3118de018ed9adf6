// The order-keeping alignment of two documents' articles (tests/eval/article-order.ts): each article at most once on
// each side, order kept, the largest total score.
import { describe, expect, it } from 'vitest';
import { monotonePath } from './article-order.js';

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
