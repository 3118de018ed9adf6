// Session 62 (helper ministry4, issue 13): options.titleTerm.heading with a guard, measured. Variants over the defaults:
// `heading` (session 61's reading, MINISTRY_HEADING_TERM), `anchored` (the heading holder must already be linked by an
// article of the same chapter, MINISTRY_HEADING_ANCHORED), `remit` (a heading of remit not read, MINISTRY_HEADING_REMIT),
// `chapter` (the chapter carrier, MINISTRY_CHAPTER_CARRIER), `both` (remit and chapter), `scored` (clauseCover.pair's median
// over the scored links only), `all` (both and scored), `swap` (all, the chapter carrier
// with its swap). Development: links-grid.ts compareGrid over every development link
// set against a base tag of dev-cache.ts (`--base`, fresh ingests of the defaults). `--heldout`: the held-out link sets'
// totals, off and with each variant, once (rule 5), totals only.
// `npx tsx tests/eval/session62-ministry.ts [--variant anchored] [--sets a,b] [--base h62m4-base] [--heldout]`
import { CLAUSE_COVER, DEFAULT_LINK_OPTIONS, MINISTRY_CHAPTER_CARRIER, MINISTRY_CHAPTER_SWAP, MINISTRY_HEADING_ANCHORED, MINISTRY_HEADING_REMIT, MINISTRY_HEADING_TERM, MINISTRY_TITLE_TERM, type LinkOptions } from '../../ingest/link/options.js';
import { compareGrid } from './links-grid.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { heldOutTotals } from './heldout-sum.js';
import type { SetId } from './sets.js';

/** The variants, each over MINISTRY_TITLE_TERM. */
export function session62Variant(name: string): Partial<LinkOptions> {
  if (name === 'off') return { titleTerm: { ...MINISTRY_TITLE_TERM, heading: null } };
  if (name === 'heading') return { titleTerm: { ...MINISTRY_TITLE_TERM, heading: MINISTRY_HEADING_TERM } };
  if (name === 'anchored') return { titleTerm: { ...MINISTRY_TITLE_TERM, heading: MINISTRY_HEADING_ANCHORED } };
  if (name === 'remit') return { titleTerm: { ...MINISTRY_TITLE_TERM, heading: MINISTRY_HEADING_REMIT } };
  if (name === 'chapter') return { titleTerm: { ...MINISTRY_TITLE_TERM, chapter: MINISTRY_CHAPTER_CARRIER } };
  if (name === 'both') return { titleTerm: { ...MINISTRY_TITLE_TERM, heading: MINISTRY_HEADING_REMIT, chapter: MINISTRY_CHAPTER_CARRIER } };
  const scored = { clauseCover: { ...CLAUSE_COVER, pair: { ...CLAUSE_COVER.pair!, scored: true } } };
  if (name === 'scored') return scored;
  if (name === 'all') return { ...session62Variant('both'), ...scored };
  if (name === 'swap') return { titleTerm: { ...MINISTRY_TITLE_TERM, heading: MINISTRY_HEADING_REMIT, chapter: MINISTRY_CHAPTER_SWAP }, ...scored };
  if (name === 'default') return { titleTerm: DEFAULT_LINK_OPTIONS.titleTerm };
  throw new Error(`session62-ministry: no variant ${name}`);
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const variant = arg('--variant') ?? 'anchored';
  if (process.argv.includes('--heldout')) {
    for (const name of ['off', ...variant.split(',')]) console.log(`${name}: ${await heldOutTotals(session62Variant(name), HELD_OUT_LINK_SETS)} (${HELD_OUT_LINK_SETS.length} sets)`);
    return;
  }
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  await compareGrid(sets, session62Variant(variant), `h62m4-${variant}`, arg('--base') ?? 'h62m4-base', variant);
}

if (process.argv[1]?.endsWith('session62-ministry.ts')) void main();
