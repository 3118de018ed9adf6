// Session 63 (helper precision7, issue 13): options.secondAdds with the same-clause reading (SECOND_ADDS_CLAUSE_63) against
// the session's defaults, over every development link set (links-grid.ts compareGrid; held-out sets refused by dev-cache).
// `npx tsx tests/eval/session63-seconds-grid.ts [--base h63p7-base] [--tag h63p7-clause] [--ratio r] [--act-ratio r]`
import { compareGrid } from './links-grid.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { SECOND_ADDS_CLAUSE_63 } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
const ratio = arg('--ratio') ? Number(arg('--ratio')) : SECOND_ADDS_CLAUSE_63.sameClause!.ratio;
const actRatio = arg('--act-ratio') ? Number(arg('--act-ratio')) : SECOND_ADDS_CLAUSE_63.sameClause!.actRatio;
const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
await compareGrid(sets, { secondAdds: { ...SECOND_ADDS_CLAUSE_63, sameClause: { ...SECOND_ADDS_CLAUSE_63.sameClause!, ratio, actRatio } } }, arg('--tag') ?? 'h63p7-clause', arg('--base') ?? 'h63p7-base', `sameClause ratio ${ratio} actRatio ${actRatio}`);
