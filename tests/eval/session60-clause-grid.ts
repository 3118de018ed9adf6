// Session 60 (helper seconds): options.clauseSecond measured on fresh ingests of every development link set against the
// base tag (links-grid.ts gridRow; cached under /tmp by dev-cache.ts). `npx tsx tests/eval/session60-clause-grid.ts <min>
// [--sets a,b] [--base tag] [--json '{"clauseBigrams":6}'] [--tag name]`: one row per set that moves, then the totals.
// Held-out sets are refused (dev-cache.ts).
import { compareGrid } from './links-grid.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { CLAUSE_SECOND_MEASURED } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const min = Number(process.argv[2]);
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const base = arg('--base') ?? 'h60s-base';
  const extra = arg('--json') ? JSON.parse(arg('--json')!) : {};
  const opts = { clauseSecond: { ...CLAUSE_SECOND_MEASURED, min, ...extra } };
  const tag = arg('--tag') ?? `h60s-cs-${min}${arg('--json') ? '-' + Object.entries(extra).map(([k, v]) => `${k}${v}`).join('-') : ''}`;
  await compareGrid(sets, opts, tag, base, `clauseSecond min ${min} ${JSON.stringify(extra)}`, !process.argv.includes('--cached'));
}

void main();
