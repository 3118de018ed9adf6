// Session 56 (helper refuse): heldout-totals.ts for an option inside options.penaltyArticles (which heldout-totals.ts's "off",
// the option's key set to null, would turn off whole): the held-out link sets' totals with the default penalty articles and
// with the session's recourse pattern (penalty-liable.ts RECOURSE_WITH_DISPUTES), totals only, scored once.
// `npx tsx tests/eval/heldout-penalty.ts`.
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { heldOutTotals } from './heldout-sum.js';
import { DEFAULT_LINK_OPTIONS, type LinkOptions } from '../../ingest/link/options.js';
import { RECOURSE_WITH_DISPUTES } from '../../ingest/link/penalty-liable.js';

async function main() {
  const base = DEFAULT_LINK_OPTIONS.penaltyArticles!;
  const variants: [string, Partial<LinkOptions>][] = [
    ['off', { penaltyArticles: { ...base, recourse: '申诉|申请(?:行政)?复议|提起(?:行政)?诉讼' } }],
    ['on', { penaltyArticles: { ...base, recourse: RECOURSE_WITH_DISPUTES } }],
  ];
  for (const [name, opts] of variants) console.log(`${name}: ${await heldOutTotals(opts, HELD_OUT_LINK_SETS)} (${HELD_OUT_LINK_SETS.length} sets)`);
}

void main();
