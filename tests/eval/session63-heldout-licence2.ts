// Session 63 (helper licence2, issue 13): the held-out link sets' totals (heldout-sum.ts, totals only) under main's defaults
// and with options.titledPart (TITLED_PART, with and without its holders reading) beside options.basisCompanion. Run once at
// the end of the session, after the development grid: `npx tsx tests/eval/session63-heldout-licence2.ts [variant,…]`.
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { heldOutTotals } from './heldout-sum.js';
import { BASIS_COMPANION, TITLED_PART, TITLED_PART_HOLDERS, type LinkOptions } from '../../ingest/link/options.js';

export const VARIANTS: Record<string, Partial<LinkOptions>> = {
  off: {},
  both: { basisCompanion: BASIS_COMPANION, titledPart: TITLED_PART },
  bothh: { basisCompanion: BASIS_COMPANION, titledPart: TITLED_PART_HOLDERS },
  tph: { titledPart: TITLED_PART_HOLDERS },
};

async function main() {
  const names = process.argv[2]?.split(',') ?? Object.keys(VARIANTS);
  console.log(`held-out link sets: ${HELD_OUT_LINK_SETS.length}`);
  for (const name of names) console.log(`${name}: ${await heldOutTotals(VARIANTS[name], HELD_OUT_LINK_SETS)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
