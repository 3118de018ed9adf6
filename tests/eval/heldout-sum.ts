// The held-out link sets' totals for one set of link options (TP, FP, FN, micro F1, coverage verdicts), summed over the
// sets named: the one loop of tests/eval/heldout-totals.ts and tests/eval/heldout-penalty.ts (totals only, no per-set figure).
import { pathToFileURL } from 'node:url';
import { coverageAccuracy, readGoldLinks, recordedIngest, scoreLinks } from './links.js';
import { SETS, type SetId } from './sets.js';
import type { LinkOptions } from '../../ingest/link/options.js';

export async function heldOutTotals(opts: Partial<LinkOptions>, sets: readonly SetId[]): Promise<string> {
  let [tp, fp, fn, right, total] = [0, 0, 0, 0, 0];
  for (const id of sets) {
    const set = SETS[id];
    const gold = readGoldLinks(pathToFileURL(set.links!));
    const { snapshot } = await recordedIngest(set.corpus, opts);
    const s = scoreLinks(gold, snapshot);
    const c = coverageAccuracy(gold, snapshot);
    [tp, fp, fn, right, total] = [tp + s.tp, fp + s.fp, fn + s.fn, right + c.right, total + c.total];
  }
  const f1 = (2 * tp) / (2 * tp + fp + fn);
  return `held-out totals TP ${tp} FP ${fp} FN ${fn} micro F1 ${f1.toFixed(4)} verdicts ${right}/${total}`;
}
