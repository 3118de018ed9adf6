// Session 59 (helper recall3): options.unclaimedBest measured on fresh ingests of every development link set against the
// base tag (links-grid.ts gridRow; cached under /tmp by dev-cache.ts). `npx tsx tests/eval/session59-grid.ts <min> <margin>
// [--sets a,b] [--base tag] [--json '{"mutual":true}'] [--tag name]`: one row per set that moves, then the totals. Held-out sets are refused (dev-cache.ts).
import { compareGrid } from './links-grid.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { UNCLAIMED_BEST_MEASURED } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const [min, margin] = [Number(process.argv[2]), Number(process.argv[3])];
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const base = arg('--base') ?? 'h59r3-base';
  const extra = arg('--json') ? JSON.parse(arg('--json')!) : {};
  const opts = { unclaimedBest: { ...UNCLAIMED_BEST_MEASURED, min, margin, ...extra } };
  const tag = arg('--tag') ?? `h59r3-ub-${min}-${margin}${arg('--json') ? '-' + Object.entries(extra).map(([k, v]) => `${k}${v}`).join('-') : ''}`;
  await compareGrid(sets, opts, tag, base, `min ${min} margin ${margin}`);
}

void main();
