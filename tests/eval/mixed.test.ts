// Every gold set's documents ingested as one corpus (tests/eval/mixed.ts): links stay within a
// subject's family. Before the subject gate (session 17) 1,352 of 2,448 links crossed families.
import { beforeAll, describe, expect, it } from 'vitest';
import { mixedReport, type MixedReport } from './mixed.js';

describe('#quality mixed corpus', () => {
  let r: MixedReport;
  beforeAll(async () => {
    r = await mixedReport();
  }, 600_000);

  it('links the families within themselves', () => {
    expect(r.documents).toBeGreaterThan(50);
    expect(r.links - r.crossLinks).toBeGreaterThan(500);
  });

  it('links almost no measure to a document of another subject', () => {
    expect(r.crossLinks / r.links, JSON.stringify(r.crossPairs.slice(0, 5))).toBeLessThan(0.01);
  });
});
