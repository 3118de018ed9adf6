// `npm run eval -- --markdown`: what a reader pasting the README's tables checks — one row per set, F1 with two
// decimals, — where the set has nothing of a kind, metadata and verdicts as right/total, link-only sets only in the
// link table and metadata-only sets without entity figures.
import { describe, expect, it } from 'vitest';
import type { SetResult } from './evaluate.js';
import type { Prf } from './match.js';
import { extractionTable, f1Cell, linksTable } from './summary.js';

const prf = (tp: number, fp: number, fn: number): Prf => ({
  tp, fp, fn,
  precision: tp + fp ? tp / (tp + fp) : null,
  recall: tp + fn ? tp / (tp + fn) : null,
  f1: tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 1,
});

function result(id: string, opts: { linksOnly?: true; metaOnly?: true; links?: boolean } = {}): SetResult {
  const totals = {
    entities: { Organisation: prf(8, 2, 0), Programme: prf(1, 0, 3), TargetGroup: prf(5, 5, 0), Brand: prf(0, 0, 0) },
    anyType: prf(14, 7, 3), citedDocuments: prf(4, 0, 0), targets: prf(2, 1, 1), targetsLoose: prf(2, 1, 1),
    measures: prf(30, 0, 0), metadata: { correct: 13, total: 14, accuracy: 13 / 14 }, history: prf(3, 0, 0), documents: 2,
  };
  const link = (tp: number, fp: number, fn: number) => ({ ...prf(tp, fp, fn), f1: (2 * tp) / (2 * tp + fp + fn), strongRecall: 0.9, falsePositives: [], falseNegatives: [] });
  return {
    set: { id, label: id, corpus: '', gold: '', floors: new URL('file:///x'), ...opts },
    score: { overall: totals, byGenre: {}, documents: [], duplicates: [], unmatchedPredicted: [] },
    linkSet: opts.links || opts.linksOnly
      ? { source: '', linker: link(40, 4, 20), baseline: link(30, 20, 30), coverage: { total: 73, right: 48, accuracy: 48 / 73, wrong: [] }, laterLinks: [], laterVersionLinks: [] }
      : undefined,
  } as unknown as SetResult;
}

describe('eval --markdown', () => {
  it('prints — for a kind the set has nothing of, and F1 with two decimals otherwise', () => {
    expect(f1Cell(prf(0, 0, 0))).toBe('—');
    expect(f1Cell(prf(1, 0, 3))).toBe('0.40');
  });

  it('gives one extraction row per set with gold, entity figures only where the gold has entities', () => {
    const table = extractionTable([result('fire', { links: true }), result('kinds', { metaOnly: true }), result('heritage', { linksOnly: true })]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[2]).toBe('| fire | 2 | 0.89 | 0.40 | 0.67 | — | 0.74 | 1.00 | 0.67 | 1.00 | 13/14 (0.93) |');
    expect(table[3]).toBe('| kinds | 2 | — | — | — | — | — | — | — | — | 13/14 (0.93) |');
  });

  it('gives one link row per set with link gold, beside the baseline, with verdicts right of total', () => {
    const table = linksTable([result('fire', { links: true }), result('kinds', { metaOnly: true }), result('heritage', { linksOnly: true })]).split('\n');
    expect(table.slice(2)).toEqual([
      '| fire | 0.91 | 0.67 | 0.77 | 0.90 | 0.55 | 48/73 (0.66) | 0 |',
      '| heritage | 0.91 | 0.67 | 0.77 | 0.90 | 0.55 | 48/73 (0.66) | 0 |',
    ]);
  });
});
