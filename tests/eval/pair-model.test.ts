// The leave-one-family-out model of tests/eval/pair-model.ts: its regression learns what separates the examples, and
// the model only adds links the linker left out or drops links it kept (never a cited one).
import { describe, expect, it } from 'vitest';
import { applyModel, probability, scope, train, type Example } from './pair-model.js';

const ex = (lower: string, higher: string, p: number, e: Partial<Example> = {}): Example => ({ lower, higher, score: 0.1, x: [1, Math.log(p / (1 - p))], y: 0, chosen: false, cited: false, ...e });
const identity = [0, 1];

describe('pair model', () => {
  it('learns a feature that tells the gold apart', () => {
    const xs: Example[] = Array.from({ length: 200 }, (_, i) => ({ lower: `l${i}`, higher: `h${i}`, score: 0, x: [1, i % 2, (i * 7919) % 13], y: (i % 2) as 0 | 1, chosen: false, cited: false }));
    const w = train(xs);
    expect(probability(w, [1, 1, 5])).toBeGreaterThan(0.8);
    expect(probability(w, [1, 0, 5])).toBeLessThan(0.2);
  });

  it('weighs examples: a family of many examples does not outvote one of few when each weighs the same', () => {
    // 180 examples say feature 1 means gold, 20 say it means not; weighted by family the two agree to disagree.
    const many: Example[] = Array.from({ length: 180 }, (_, i) => ({ lower: `a${i}`, higher: 'h', score: 0, x: [1, i % 2], y: (i % 2) as 0 | 1, chosen: false, cited: false }));
    const few: Example[] = Array.from({ length: 20 }, (_, i) => ({ lower: `b${i}`, higher: 'h', score: 0, x: [1, i % 2], y: (1 - (i % 2)) as 0 | 1, chosen: false, cited: false }));
    const plain = probability(train([...many, ...few]), [1, 1]);
    const balanced = probability(train([...many, ...few], 0.01, 300, 0.5, (e) => (e.lower.startsWith('a') ? 1 / 180 : 1 / 20)), [1, 1]);
    expect(plain).toBeGreaterThan(0.7);
    expect(Math.abs(balanced - 0.5)).toBeLessThan(0.1);
  });

  it('adds only candidates the linker left out, from the cut; add1 the most probable of each lower article and higher document', () => {
    const own = [{ lower: 'L#1', higher: 'H#1', score: 0.3, verdict: 'implements' as const }];
    const data = [ex('L#1', 'H#1', 0.9, { chosen: true }), ex('L#1', 'H#2', 0.8), ex('L#1', 'H#3', 0.7), ex('L#1', 'H#4', 0.2), ex('L#1', 'G#1', 0.75)];
    expect(applyModel(own, data, identity, 'add', 0.5).add.map((l) => l.higher)).toEqual(['H#2', 'H#3', 'G#1']);
    expect(applyModel(own, data, identity, 'add1', 0.5).add.map((l) => l.higher)).toEqual(['H#2', 'G#1']);
    expect(applyModel(own, data, identity, 'add', 0.5).add.every((l) => l.verdict === 'partial')).toBe(true);
  });

  it('drops kept links under the cut but never a cited one; dropPartial only partial links', () => {
    const data = [ex('L#1', 'H#1', 0.1, { chosen: true, cited: true }), ex('L#1', 'H#2', 0.1, { chosen: true }), ex('L#2', 'H#3', 0.1, { chosen: true, partial: true }), ex('L#2', 'H#4', 0.9, { chosen: true })];
    expect([...applyModel([], data, identity, 'drop', 0.5).drop]).toEqual(['L#1>H#2', 'L#2>H#3']);
    expect([...applyModel([], data, identity, 'dropPartial', 0.5).drop]).toEqual(['L#2>H#3']);
    expect(data.filter(scope('add'))).toEqual([]);
  });
});
