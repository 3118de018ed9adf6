// Session 63 (helper penalty7, issue 13): the held-out link sets' totals (heldout-sum.ts, totals only) with penaltyDuty as on
// main (PENALTY_DUTY_NAMED) and with the session's readings (`ranges`, `unsanctioned`). Run once at the end of the session:
// `npx tsx tests/eval/session63-heldout-penalty7.ts [off|ranges|unsanctioned|both …]` (default: all four).
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { heldOutTotals } from './heldout-sum.js';
import { PENALTY_DUTY_NAMED, PENALTY_DUTY_RANGES, PENALTY_DUTY_UNSANCTIONED, PENALTY_DUTY_63 } from '../../ingest/link/options.js';

const VARIANTS = { off: PENALTY_DUTY_NAMED, ranges: PENALTY_DUTY_RANGES, unsanctioned: PENALTY_DUTY_UNSANCTIONED, both: PENALTY_DUTY_63 } as const;

async function main() {
  const names = (process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(VARIANTS)) as (keyof typeof VARIANTS)[];
  console.log(`held-out link sets: ${HELD_OUT_LINK_SETS.length}`);
  for (const name of names) console.log(`${name}: ${await heldOutTotals({ penaltyDuty: VARIANTS[name] }, HELD_OUT_LINK_SETS)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
