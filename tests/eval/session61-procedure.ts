// Session 61 (helper procedure, issue 13): options.penaltyArticles.open measured — a lower document with no penalty part whose
// title is a procedure rule's (…程序规定): its articles of no group meet the higher document's penalty articles (`open`), and
// its penalty articles also the higher articles of no group (`openPenalty`); `openAll`: any document with no penalty part
// (no title test), for the table; `named<share>`: options.penaltyDuty.bothNamed at that share (a city's fine and its
// province's, each naming its own duty article, meet when the duties do). Development: `--variant open|openPenalty|openAll` runs links-grid.ts compareGrid over every
// development link set against a base tag of dev-cache.ts (`--base`, fresh ingests). `--heldout`: the held-out link sets'
// totals, off and with each variant, once (rule 5), totals only (`--no-off`: the variants only, the off figures already read).
// `npx tsx tests/eval/session61-procedure.ts [--variant open] [--base h61p-base] [--heldout]`
import { DEFAULT_LINK_OPTIONS, PENALTY_DUTY_SIZED, PROCEDURE_OPEN, type LinkOptions } from '../../ingest/link/options.js';
import { compareGrid } from './links-grid.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { heldOutTotals } from './heldout-sum.js';

/** The variants over the defaults. */
export function session61ProcedureVariant(name: string): Partial<LinkOptions> {
  const base = DEFAULT_LINK_OPTIONS.penaltyArticles!;
  const { open: _, ...off } = base;
  // Both of the session's options off (the base h61p-base was ingested with both absent), and each variant over that.
  const duty = PENALTY_DUTY_SIZED;
  if (name === 'off') return { penaltyArticles: off, penaltyDuty: duty };
  if (name === 'open') return { penaltyArticles: { ...off, open: { title: PROCEDURE_OPEN.title } }, penaltyDuty: duty };
  if (name === 'openPenalty') return { penaltyArticles: { ...off, open: { title: PROCEDURE_OPEN.title, penalty: true } }, penaltyDuty: duty };
  // bothNamed: options.penaltyDuty.bothNamed at the share given (named0.3 …), the penalty articles as by default.
  // (`open` left off, as in the base tag of this session, h61p-base, ingested before it went on.)
  if (name.startsWith('named')) return { penaltyArticles: off, penaltyDuty: { ...duty, bothNamed: Number(name.slice(5)) } };
  if (name === 'openAll') return { penaltyArticles: { ...off, open: { title: '' } }, penaltyDuty: duty };
  throw new Error(`session61-procedure: no variant ${name}`);
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const variant = arg('--variant') ?? 'open';
  if (process.argv.includes('--heldout')) {
    for (const name of [...(process.argv.includes('--no-off') ? [] : ['off']), ...variant.split(',')]) console.log(`${name}: ${await heldOutTotals(session61ProcedureVariant(name), HELD_OUT_LINK_SETS)} (${HELD_OUT_LINK_SETS.length} sets)`);
    return;
  }
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as typeof EVERY_DEV_LINK_SET;
  await compareGrid(sets, session61ProcedureVariant(variant), `h61p-${variant}`, arg('--base') ?? 'h61p-base', variant);
}

if (process.argv[1]?.endsWith('session61-procedure.ts')) void main();
