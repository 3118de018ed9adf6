// Session 60 (helper precision4): the held-out link sets' totals with session 59's penalty readings (PENALTY_CONDUCT_ACTOR,
// PENALTY_DUTY_ACTOR) and with session 60's: the daily fine meets only the daily fine (PENALTY_DUTY_DAILY), the duty rule's
// conduct read without the sanction's size parts (PENALTY_DUTY_SIZED), and that with a consequence-only clause no conduct
// (PENALTY_CONDUCT_CONSEQUENCE); totals only, each scored once. `npx tsx tests/eval/heldout-daily.ts [--only a,b]`.
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { heldOutTotals } from './heldout-sum.js';
import { PENALTY_CONDUCT_ACTOR, PENALTY_CONDUCT_CONSEQUENCE, PENALTY_DUTY_ACTOR, PENALTY_DUTY_DAILY, PENALTY_DUTY_SIZED, type LinkOptions } from '../../ingest/link/options.js';

async function main() {
  const only = process.argv.find((_, i) => process.argv[i - 1] === '--only')?.split(',');
  const variants: [string, Partial<LinkOptions>][] = [
    ['before', { penaltyConduct: PENALTY_CONDUCT_ACTOR, penaltyDuty: PENALTY_DUTY_ACTOR }],
    ['daily', { penaltyConduct: PENALTY_CONDUCT_ACTOR, penaltyDuty: PENALTY_DUTY_DAILY }],
    ['sized', { penaltyConduct: PENALTY_CONDUCT_ACTOR, penaltyDuty: PENALTY_DUTY_SIZED }],
    ['consequence', { penaltyConduct: PENALTY_CONDUCT_CONSEQUENCE, penaltyDuty: PENALTY_DUTY_SIZED }],
  ];
  for (const [name, opts] of variants) if (!only || only.includes(name)) console.log(`${name}: ${await heldOutTotals(opts, HELD_OUT_LINK_SETS)} (${HELD_OUT_LINK_SETS.length} sets)`);
}

void main();
