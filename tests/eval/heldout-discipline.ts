// Session 58 (helper precision): heldout-totals.ts for a field inside options.penaltyDuty (which heldout-totals.ts's "off",
// the option's key set to null, would turn off whole): the held-out link sets' totals with session 52's penaltyDuty and
// with the officials' liability read (options.ts PENALTY_DUTY_DISCIPLINE), totals only, scored once.
// `npx tsx tests/eval/heldout-discipline.ts`.
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { heldOutTotals } from './heldout-sum.js';
import { PENALTY_DUTY_DISCIPLINE, PENALTY_DUTY_MEASURED, type LinkOptions } from '../../ingest/link/options.js';

async function main() {
  const variants: [string, Partial<LinkOptions>][] = [
    ['off', { penaltyDuty: PENALTY_DUTY_MEASURED }],
    ['on', { penaltyDuty: PENALTY_DUTY_DISCIPLINE }],
  ];
  for (const [name, opts] of variants) console.log(`${name}: ${await heldOutTotals(opts, HELD_OUT_LINK_SETS)} (${HELD_OUT_LINK_SETS.length} sets)`);
}

void main();
