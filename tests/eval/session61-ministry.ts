// Session 61 (helper ministry3, issue 13): the session's two readings measured — options.citedBareTitles (`bare`) and
// options.titleTerm.heading (`heading`), alone and together (`both`). Development: `--variant bare|heading|both` runs
// links-grid.ts compareGrid over every development link set against a base tag of dev-cache.ts (`--base`, fresh ingests).
// `--heldout`: the held-out link sets' totals, off and with each variant, once (rule 5), totals only.
// `npx tsx tests/eval/session61-ministry.ts [--variant both] [--base h61m3-base] [--heldout]`
import { MINISTRY_HEADING_TERM, MINISTRY_TITLE_TERM, type LinkOptions } from '../../ingest/link/options.js';
import { compareGrid } from './links-grid.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { heldOutTotals } from './heldout-sum.js';

/** The variants: each reading on over the defaults of this session's base (both off). */
export function session61Variant(name: string): Partial<LinkOptions> {
  const heading = { titleTerm: { ...MINISTRY_TITLE_TERM, heading: MINISTRY_HEADING_TERM } };
  if (name === 'off') return { citedBareTitles: false, titleTerm: MINISTRY_TITLE_TERM };
  if (name === 'bare') return { citedBareTitles: true, titleTerm: MINISTRY_TITLE_TERM };
  if (name === 'heading') return { citedBareTitles: false, ...heading };
  if (name === 'both') return { citedBareTitles: true, ...heading };
  throw new Error(`session61-ministry: no variant ${name}`);
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const variant = arg('--variant') ?? 'both';
  if (process.argv.includes('--heldout')) {
    for (const name of ['off', ...variant.split(',')]) console.log(`${name}: ${await heldOutTotals(session61Variant(name), HELD_OUT_LINK_SETS)} (${HELD_OUT_LINK_SETS.length} sets)`);
    return;
  }
  await compareGrid(EVERY_DEV_LINK_SET, session61Variant(variant), `h61m3-${variant}`, arg('--base') ?? 'h61m3-base', variant);
}

if (process.argv[1]?.endsWith('session61-ministry.ts')) void main();
