// Session 60 (helper objects): options.objectSwap measured on fresh ingests of every development link set against a base tag
// (links-grid.ts gridRow; cached under /tmp by dev-cache.ts). `npx tsx tests/eval/session60-object-grid.ts [--sets a,b] [--base tag]
// [--json '{"ratio":0.6}'] [--tag name]`: one row per set that moves, then the totals. Held-out sets are refused (dev-cache.ts).
import { compareGrid } from './links-grid.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { OBJECT_SWAP_MEASURED } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const base = arg('--base') ?? 'h60o-base';
  const extra = arg('--json') ? JSON.parse(arg('--json')!) : {};
  const opts = { objectSwap: { ...OBJECT_SWAP_MEASURED, ...extra } };
  const tag = arg('--tag') ?? `h60o-swap${arg('--json') ? '-' + Object.entries(extra).map(([k, v]) => `${k}${v}`).join('-') : ''}`;
  await compareGrid(sets, opts, tag, base, `objectSwap ${JSON.stringify(extra)}`);
}

void main();
