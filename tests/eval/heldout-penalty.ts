// Session 56 (helper refuse): heldout-totals.ts for an option inside options.penaltyArticles (which heldout-totals.ts's "off",
// the option's key set to null, would turn off whole): the held-out link sets' totals with the default penalty articles and
// with the session's recourse pattern (penalty-liable.ts RECOURSE_WITH_DISPUTES), totals only, scored once.
// `npx tsx tests/eval/heldout-penalty.ts`.
import { pathToFileURL } from 'node:url';
import { coverageAccuracy, readGoldLinks, recordedIngest, scoreLinks } from './links.js';
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { SETS } from './sets.js';
import { DEFAULT_LINK_OPTIONS, type LinkOptions } from '../../ingest/link/options.js';
import { RECOURSE_WITH_DISPUTES } from '../../ingest/link/penalty-liable.js';

async function main() {
  const base = DEFAULT_LINK_OPTIONS.penaltyArticles!;
  const variants: [string, Partial<LinkOptions>][] = [
    ['off', { penaltyArticles: { ...base, recourse: '申诉|申请(?:行政)?复议|提起(?:行政)?诉讼' } }],
    ['on', { penaltyArticles: { ...base, recourse: RECOURSE_WITH_DISPUTES } }],
  ];
  for (const [name, opts] of variants) {
    let [tp, fp, fn, right, total] = [0, 0, 0, 0, 0];
    for (const id of HELD_OUT_LINK_SETS) {
      const set = SETS[id];
      const gold = readGoldLinks(pathToFileURL(set.links!));
      const { snapshot } = await recordedIngest(set.corpus, opts);
      const s = scoreLinks(gold, snapshot);
      const c = coverageAccuracy(gold, snapshot);
      [tp, fp, fn, right, total] = [tp + s.tp, fp + s.fp, fn + s.fn, right + c.right, total + c.total];
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    console.log(`${name}: held-out totals TP ${tp} FP ${fp} FN ${fn} micro F1 ${f1.toFixed(4)} verdicts ${right}/${total} (${HELD_OUT_LINK_SETS.length} sets)`);
  }
}

void main();
