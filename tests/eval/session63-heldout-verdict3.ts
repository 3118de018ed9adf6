// Session 63 (helper verdict3, issue 13): the held-out link families' totals, once, with coverage's strong links read as
// the linker gives them, under coverage/options.ts LONG_LOWER_63 and under LONG_LOWER_GRADED_63 (one ingest per family, three readings of it; totals
// only, no per-set figure). `npx tsx tests/eval/session63-heldout-verdict3.ts`. Figures: docs/history/links.md, session 63 (helper verdict3).
import { pathToFileURL } from 'node:url';
import { coverageAccuracy, readGoldLinks, recordedIngest, scoreLinks } from './links.js';
import { HELD_OUT_LINK_SETS, SETS } from './sets.js';
import { COVERAGE_OPTIONS, LONG_LOWER_63, LONG_LOWER_GRADED_63 } from '../../coverage/options.js';

let [tp, fp, fn, total, off, on, graded, n] = [0, 0, 0, 0, 0, 0, 0, 0];
for (const id of HELD_OUT_LINK_SETS) {
  const set = SETS[id];
  if (!set?.links) continue;
  n++;
  const gold = readGoldLinks(pathToFileURL(set.links));
  const { snapshot } = await recordedIngest(set.corpus, {});
  const s = scoreLinks(gold, snapshot);
  [tp, fp, fn] = [tp + s.tp, fp + s.fp, fn + s.fn];
  const saved = COVERAGE_OPTIONS.longLower;
  COVERAGE_OPTIONS.longLower = false;
  const a = coverageAccuracy(gold, snapshot);
  COVERAGE_OPTIONS.longLower = LONG_LOWER_63;
  const b = coverageAccuracy(gold, snapshot);
  COVERAGE_OPTIONS.longLower = LONG_LOWER_GRADED_63;
  const c = coverageAccuracy(gold, snapshot);
  COVERAGE_OPTIONS.longLower = saved;
  [total, off, on, graded] = [total + a.total, off + a.right, on + b.right, graded + c.right];
}
console.log(`held-out (${n} families with link gold) TP ${tp} FP ${fp} FN ${fn} micro F1 ${((2 * tp) / (2 * tp + fp + fn)).toFixed(4)}; verdicts longLower off ${off}/${total}, LONG_LOWER_63 ${on}/${total}, LONG_LOWER_GRADED_63 ${graded}/${total}`);
