// The 10,000-document memory budget read from a run that did not reach its end: over the budget
// already is a fail (a user needs to know), under it says nothing yet (not measured, with why).
import { describe, expect, it } from 'vitest';
import { budgetChecks, type BenchResults } from '../../bench/budgets.js';

const results = (big: Record<string, unknown> | undefined): BenchResults => ({
  generatedAt: '2026-11-30T00:00:00Z',
  mode: 'full',
  machine: {},
  synthetic: big ? [{ documents: 10_000, ...big }] : [],
  budgets: [],
});
const memory = (r: BenchResults) => budgetChecks(r).find((b) => b.name.startsWith('peak memory at 10,000'))!;

describe('peak memory at 10,000 documents', () => {
  it('fails a run stopped after it was already over 2 GB, with the reason', () => {
    const b = memory(results({ error: 'stopped 75 s into linking', peakMemoryMB: { perFile: 1470, link: 2870 } }));
    expect(b.status).toBe('fail');
    expect(b.measured).toBe(2870);
    expect(b.note).toContain('stopped 75 s into linking');
  });
  it('leaves a run stopped under the budget unmeasured', () => {
    const b = memory(results({ error: 'stopped early', peakMemoryMB: { perFile: 900 } }));
    expect(b.status).toBe('not-measured');
    expect(b.note).toContain('stopped early');
  });
  it('passes or fails a finished run by its highest phase', () => {
    expect(memory(results({ peakMemoryMB: { perFile: 900, link: 1900 } })).status).toBe('pass');
    expect(memory(results({ peakMemoryMB: { perFile: 900, link: 2100 } })).status).toBe('fail');
  });
  it('says how to measure it when there is no 10,000-document run', () => {
    expect(memory(results(undefined))).toMatchObject({ status: 'not-measured', note: 'run with --large' });
  });
});
