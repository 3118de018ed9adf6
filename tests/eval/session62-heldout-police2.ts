// Session 62 (helper police2, issue 13): the held-out link sets' totals (heldout-sum.ts, totals only) with session 61's title
// term and procedure-rule opening (MINISTRY_TITLE_TERM, PROCEDURE_OPEN) and with session 62's (MINISTRY_TITLE_TERM_ACT,
// PROCEDURE_OPEN_MEASURE, the defaults). Run once at the end of the session: `npx tsx tests/eval/session62-heldout-police2.ts`.
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { heldOutTotals } from './heldout-sum.js';
import { DEFAULT_LINK_OPTIONS, MINISTRY_TITLE_TERM, PROCEDURE_OPEN, type LinkOptions } from '../../ingest/link/options.js';

/** The link options with session 62's two settings undone. */
export const BEFORE_62: Partial<LinkOptions> = {
  titleTerm: MINISTRY_TITLE_TERM,
  penaltyArticles: { ...DEFAULT_LINK_OPTIONS.penaltyArticles!, open: PROCEDURE_OPEN },
};

async function main() {
  console.log(`held-out link sets: ${HELD_OUT_LINK_SETS.length}`);
  for (const [name, opts] of [['session 61', BEFORE_62], ['session 62', {}]] as const)
    console.log(`${name}: ${await heldOutTotals(opts, HELD_OUT_LINK_SETS)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
