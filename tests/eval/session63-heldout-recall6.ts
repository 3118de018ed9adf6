// Session 63 (helper recall6, issue 13): the held-out link sets' totals (heldout-sum.ts, totals only) with
// options.remainderSecond off and with REMAINDER_CLAUSE_UNREAD_63 (the clause reading, drafting formulas unread). Run once at
// the end of the session: `npx tsx tests/eval/session63-heldout-recall6.ts`.
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { heldOutTotals } from './heldout-sum.js';
import { REMAINDER_CLAUSE_UNREAD_63 } from '../../ingest/link/options.js';

async function main() {
  console.log(`held-out link sets: ${HELD_OUT_LINK_SETS.length}`);
  for (const [name, opts] of [['remainderSecond off', { remainderSecond: null }], ['remainderSecond REMAINDER_CLAUSE_UNREAD_63', { remainderSecond: REMAINDER_CLAUSE_UNREAD_63 }]] as const)
    console.log(`${name}: ${await heldOutTotals(opts, HELD_OUT_LINK_SETS)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
