// Session 61 (helper recall4): options.objectHeads measured on fresh ingests of every development link set against a base tag
// (links-grid.ts compareGrid; cached under /tmp by dev-cache.ts). `npx tsx tests/eval/session61-grid.ts [--sets a,b] [--base tag]
// [--json '{"ratio":0.85}'] [--tag name]`: one row per set that moves, then the totals. Held-out sets are refused (dev-cache.ts).
import { compareGrid } from './links-grid.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { OBJECT_HEADS_MEASURED } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const base = arg('--base') ?? 'h61r4-base';
  const extra = arg('--json') ? JSON.parse(arg('--json')!) : {};
  const opts = { objectHeads: { ...OBJECT_HEADS_MEASURED, ...extra } };
  const tag = arg('--tag') ?? `h61r4-heads${arg('--json') ? '-' + Object.entries(extra).map(([k, v]) => `${k}${v}`).join('-') : ''}`;
  await compareGrid(sets, opts, tag, base, `objectHeads ${JSON.stringify(extra)}`);
}

void main();
