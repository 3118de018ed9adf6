// The missed-links tool (tests/eval/missed-links.ts) on the development family `tendering` (session 55): every missed gold
// link gets a class, and the two sanctions the penalty-duty rule keeps apart after the probe (北京 第四十八条, 第四十九条 →
// 招标投标法 第四十九条) are a rule's refusal, not a crash (the tool stopped on them before session 55).
import { describe, expect, it } from 'vitest';
import { missedLinks } from './missed-links.js';

describe('missed-links on tendering', () => {
  it('classes every miss, the penalty-duty drops as rule aligned:penaltyDuty', async () => {
    const { misses, gold, tp } = await missedLinks('tendering');
    expect(misses).toHaveLength(gold - tp);
    const duty = misses.filter((m) => m.detail === 'aligned:penaltyDuty').map((m) => `${m.lower.split('#').pop()}>${m.higher}`);
    expect(duty.every((k) => k.endsWith('招标投标法(2017-12-27).md#第四十九条'))).toBe(true);
    expect(new Set(duty.map((k) => k.split('>')[0]))).toEqual(new Set(['第四十八条', '第四十九条']));
    expect(duty).toHaveLength(2);
    expect(misses.find((m) => m.detail === 'aligned:penaltyDuty')?.cls).toBe('rule');
  }, 300_000);
});
