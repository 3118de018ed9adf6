// Session 59 (helper precision2): heldout-totals.ts for session 59's two changes, which sit inside options (a field of
// options.penaltyConduct, an entry of options.articleRoles) where heldout-totals.ts's "off" (the option's key set to null)
// would turn the whole option off: the held-out link sets' totals with session 44/45's penaltyConduct, with the conduct read
// without the sanction's size parts and place adjuncts (options.ts PENALTY_CONDUCT_ACT), and with that and the
// public-security referral read as a `crime` role (PUBLIC_SECURITY_CRIME_ROLE); totals only, scored once.
// `npx tsx tests/eval/heldout-conduct.ts`.
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { heldOutTotals } from './heldout-sum.js';
import { DEFAULT_LINK_OPTIONS, PENALTY_CONDUCT_ACT, PENALTY_CONDUCT_MEASURED, PUBLIC_SECURITY_CRIME_ROLE, type LinkOptions } from '../../ingest/link/options.js';

async function main() {
  const roles = DEFAULT_LINK_OPTIONS.articleRoles.filter((r) => r !== PUBLIC_SECURITY_CRIME_ROLE);
  const variants: [string, Partial<LinkOptions>][] = [
    ['off', { penaltyConduct: PENALTY_CONDUCT_MEASURED, articleRoles: roles }],
    ['act', { penaltyConduct: PENALTY_CONDUCT_ACT, articleRoles: roles }],
    ['act+crime', { penaltyConduct: PENALTY_CONDUCT_ACT, articleRoles: [...roles, PUBLIC_SECURITY_CRIME_ROLE] }],
  ];
  for (const [name, opts] of variants) console.log(`${name}: ${await heldOutTotals(opts, HELD_OUT_LINK_SETS)} (${HELD_OUT_LINK_SETS.length} sets)`);
}

void main();
