// Session 63 (helper precision6, issue 13): the held-out link sets' totals (heldout-sum.ts, totals only) with
// options.secondAdds off and with SECOND_ADDS_63. Run once at the end of the session: `npx tsx tests/eval/session63-heldout.ts`.
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { heldOutTotals } from './heldout-sum.js';
import { SECOND_ADDS_63 } from '../../ingest/link/options.js';

async function main() {
  console.log(`held-out link sets: ${HELD_OUT_LINK_SETS.length}`);
  for (const [name, opts] of [['secondAdds off', { secondAdds: null }], ['secondAdds SECOND_ADDS_63', { secondAdds: SECOND_ADDS_63 }]] as const)
    console.log(`${name}: ${await heldOutTotals(opts, HELD_OUT_LINK_SETS)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
