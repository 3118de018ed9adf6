// Session 63 (helper recall6, issue 13): the development link sets ingested afresh with options.remainderSecond read by
// clauses (REMAINDER_CLAUSE_63, or --rule '{…}' over it) under tag --tag, one line per set as links-grid.ts prints them;
// compare with a base tag by `npx tsx tests/eval/links-grid.ts --tag <tag> --base <base>` (cached). Held-out sets refused.
import { gridRow } from './links-grid.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { REMAINDER_CLAUSE_63, REMAINDER_CLAUSE_UNREAD_63 } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
const rule = { ...(process.argv.includes('--unread') ? REMAINDER_CLAUSE_UNREAD_63 : REMAINDER_CLAUSE_63), ...(arg('--rule') ? JSON.parse(arg('--rule')!) : {}) };
const tag = arg('--tag') ?? 'h63r6-clause';
for (const id of sets) {
  const r = await gridRow(id, { remainderSecond: rule }, tag, true);
  console.log(`${id.padEnd(11)} TP/FP/FN ${r.tp}/${r.fp}/${r.fn}  F1 ${r.f1.toFixed(4)}  strong R ${r.strongRecall.toFixed(2)}  verdicts ${r.right}/${r.total}`);
}
