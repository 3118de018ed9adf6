// The held-out link sets' totals (session 49 helper link2's tool, given set names by session 50's helper link2 and made
// the one such tool by the lead, for session 50 helper link3's copy too) (TP, FP, FN, micro F1, coverage verdicts) with a link option
// off and on, scored once at the end of a session for totals only (no per-set figure, no row is printed).
// `npx tsx tests/eval/heldout-totals.ts '<options JSON>' [set,set…]`: the held-out link sets named (all by default;
// a set added after an option was scored held out can be scored alone, once).
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { heldOutTotals } from './heldout-sum.js';
import type { LinkOptions } from '../../ingest/link/options.js';

async function main() {
  const on = JSON.parse(process.argv[2] ?? '{}') as Partial<LinkOptions>;
  const off = Object.fromEntries(Object.keys(on).map((k) => [k, null])) as Partial<LinkOptions>;
  const only = process.argv[3]?.split(',');
  for (const [name, opts] of [['off', off], ['on', on]] as const)
    console.log(`${name}: ${await heldOutTotals(opts, HELD_OUT_LINK_SETS.filter((s) => !only || only.includes(s)))}`);
}

void main();
