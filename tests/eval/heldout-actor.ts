// Session 59 (helper precision3): the held-out link sets' totals with session 59's penalty readings before (PENALTY_CONDUCT_ACT,
// PENALTY_DUTY_DISCIPLINE) and with the actor phrase read apart from the act (PENALTY_CONDUCT_ACTOR, PENALTY_DUTY_ACTOR); totals
// only, scored once. `npx tsx tests/eval/heldout-actor.ts`.
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { heldOutTotals } from './heldout-sum.js';
import { PENALTY_CONDUCT_ACT, PENALTY_CONDUCT_ACTOR, PENALTY_DUTY_ACTOR, PENALTY_DUTY_DISCIPLINE, type LinkOptions } from '../../ingest/link/options.js';

async function main() {
  const variants: [string, Partial<LinkOptions>][] = [
    ['before', { penaltyConduct: PENALTY_CONDUCT_ACT, penaltyDuty: PENALTY_DUTY_DISCIPLINE }],
    ['actor', { penaltyConduct: PENALTY_CONDUCT_ACTOR, penaltyDuty: PENALTY_DUTY_ACTOR }],
  ];
  for (const [name, opts] of variants) console.log(`${name}: ${await heldOutTotals(opts, HELD_OUT_LINK_SETS)} (${HELD_OUT_LINK_SETS.length} sets)`);
}

void main();
