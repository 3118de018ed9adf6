// Session 61 (helper precision5, issue 13): the held-out link sets' totals (heldout-sum.ts, totals only) with the framing
// roles before session 61 (SCOPE_ROLE_45, BASIS_ROLE_18, ROLE_SAVING) and as they are now (SCOPE_ROLE_61, BASIS_ROLE_61,
// ROLE_SAVING_61, the defaults). Run once at the end of the session: `npx tsx tests/eval/session61-heldout.ts`.
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { heldOutTotals } from './heldout-sum.js';
import { BASIS_ROLE_18, DEFAULT_LINK_OPTIONS, ROLE_SAVING, SCOPE_ROLE_45, type LinkOptions } from '../../ingest/link/options.js';

/** The link options with session 61's framing roles undone (the roles of sessions 18–60). */
export const FRAMING_BEFORE_61: Partial<LinkOptions> = {
  articleRoles: DEFAULT_LINK_OPTIONS.articleRoles.map((r) => (r.role === 'scope' && r.single ? { ...r, pattern: SCOPE_ROLE_45 } : r.role === 'basis' ? { ...r, pattern: BASIS_ROLE_18 } : r)),
  roleSaving: ROLE_SAVING,
};

async function main() {
  for (const [name, opts] of [['before', FRAMING_BEFORE_61], ['session 61', {}]] as const)
    console.log(`${name}: ${await heldOutTotals(opts, HELD_OUT_LINK_SETS)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
