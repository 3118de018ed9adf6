// Session 62 (helper verdict, issue 13): the held-out link families' totals, once, with coverage's chain read as before
// and as coverage/options.ts CHAIN_NAMED_MEASURED (one ingest per family, two readings of it; totals only, no per-set
// figure). `npx tsx tests/eval/session62-heldout.ts`. Figures: docs/history/links.md, session 62 (helper verdict).
import { pathToFileURL } from 'node:url';
import { coverageAccuracy, readGoldLinks, recordedIngest, scoreLinks } from './links.js';
import { HELD_OUT_LINK_SETS, SETS } from './sets.js';
import { CHAIN_NAMED_MEASURED, COVERAGE_OPTIONS } from '../../coverage/options.js';

let [tp, fp, fn, total, off, on] = [0, 0, 0, 0, 0, 0];
for (const id of HELD_OUT_LINK_SETS) {
  const set = SETS[id];
  if (!set?.links) continue;
  const gold = readGoldLinks(pathToFileURL(set.links));
  const { snapshot } = await recordedIngest(set.corpus, {});
  const s = scoreLinks(gold, snapshot);
  [tp, fp, fn] = [tp + s.tp, fp + s.fp, fn + s.fn];
  const saved = COVERAGE_OPTIONS.chain;
  COVERAGE_OPTIONS.chain = { named: false };
  const a = coverageAccuracy(gold, snapshot);
  COVERAGE_OPTIONS.chain = CHAIN_NAMED_MEASURED;
  const b = coverageAccuracy(gold, snapshot);
  COVERAGE_OPTIONS.chain = saved;
  [total, off, on] = [total + a.total, off + a.right, on + b.right];
}
console.log(`held-out (${HELD_OUT_LINK_SETS.length} families) TP ${tp} FP ${fp} FN ${fn} micro F1 ${((2 * tp) / (2 * tp + fp + fn)).toFixed(4)}; verdicts chain as before ${off}/${total}, chain.named ${on}/${total}`);
