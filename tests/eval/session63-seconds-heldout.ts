// Session 63 (helper precision7, issue 13): the held-out link sets' totals (heldout-sum.ts, totals only) under the
// session's secondAdds (SECOND_ADDS_63) and with the same-clause reading (SECOND_ADDS_CLAUSE_63, actRatio as given). Run
// once at the end of the session: `npx tsx tests/eval/session63-seconds-heldout.ts [--act-ratio r]`.
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { heldOutTotals } from './heldout-sum.js';
import { SECOND_ADDS_63, SECOND_ADDS_CLAUSE_63 } from '../../ingest/link/options.js';

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const actRatio = arg('--act-ratio') ? Number(arg('--act-ratio')) : SECOND_ADDS_CLAUSE_63.sameClause!.actRatio;
  console.log(`held-out link sets: ${HELD_OUT_LINK_SETS.length}`);
  for (const [name, opts] of [['SECOND_ADDS_63', { secondAdds: SECOND_ADDS_63 }], [`SECOND_ADDS_CLAUSE_63 actRatio ${actRatio}`, { secondAdds: { ...SECOND_ADDS_CLAUSE_63, sameClause: { ...SECOND_ADDS_CLAUSE_63.sameClause!, actRatio } } }]] as const)
    console.log(`${name}: ${await heldOutTotals(opts, HELD_OUT_LINK_SETS)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
