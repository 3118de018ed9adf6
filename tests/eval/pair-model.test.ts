// The leave-one-set-out model of tests/eval/pair-model.ts: its regression learns what separates the examples.
import { describe, expect, it } from 'vitest';
import { probability, train, type Example } from './pair-model.js';

describe('pair model', () => {
  it('learns a feature that tells the gold apart', () => {
    const xs: Example[] = Array.from({ length: 200 }, (_, i) => ({ lower: `l${i}`, higher: `h${i}`, score: 0, x: [1, i % 2, (i * 7919) % 13], y: (i % 2) as 0 | 1 }));
    const w = train(xs);
    expect(probability(w, [1, 1, 5])).toBeGreaterThan(0.8);
    expect(probability(w, [1, 0, 5])).toBeLessThan(0.2);
  });
});
