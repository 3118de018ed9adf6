// Session 61 (helper grounds, issue 13): the session's readings measured — options.citedUncarried (`uncarried`: citations
// that disapply articles or name them as a procedure's grounds make no link) and options.chapterArticle (`chapter`: a chapter
// whose first article cites one delegating higher article links its later articles weak to it), and `both`. Development: `--variant uncarried` runs
// links-grid.ts compareGrid over every development link set against a base tag of dev-cache.ts (`--base`, fresh ingests of
// the defaults, the rule off). `--heldout`: the held-out link sets' totals, off and with the variant, once (rule 5), totals
// only. `npx tsx tests/eval/session61-grounds.ts [--variant uncarried] [--base h61g-base] [--heldout]`
import { CHAPTER_ARTICLE, UNCARRIED_CITATIONS, type LinkOptions } from '../../ingest/link/options.js';
import { compareGrid } from './links-grid.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { heldOutTotals } from './heldout-sum.js';

/** The variants over the defaults of this session's base. */
export function session61GroundsVariant(name: string): Partial<LinkOptions> {
  if (name === 'off') return { citedUncarried: null };
  if (name === 'uncarried') return { citedUncarried: UNCARRIED_CITATIONS };
  if (name === 'chapter') return { chapterArticle: CHAPTER_ARTICLE };
  if (name === 'both') return { citedUncarried: UNCARRIED_CITATIONS, chapterArticle: CHAPTER_ARTICLE };
  throw new Error(`session61-grounds: no variant ${name}`);
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const variant = arg('--variant') ?? 'uncarried';
  if (process.argv.includes('--heldout')) {
    for (const name of ['off', ...variant.split(',')]) console.log(`${name}: ${await heldOutTotals(session61GroundsVariant(name), HELD_OUT_LINK_SETS)} (${HELD_OUT_LINK_SETS.length} sets)`);
    return;
  }
  await compareGrid(EVERY_DEV_LINK_SET, session61GroundsVariant(variant), `h61g-${variant}`, arg('--base') ?? 'h61g-base', variant);
}

if (process.argv[1]?.endsWith('session61-grounds.ts')) void main();
