// Session 59 (helper ministry, issue 13): the ministry-rule genre's penalty article readings measured on the dev link sets.
// Each variant of options.penaltyArticles (titles: a cited title read as one mark before the sanction test; dual: a supervision
// and sanction article of both groups) is compared with a base tag of dev-cache.ts (tests/eval/refusals.ts refusalRow): the
// gold links gained and lost, the false links gained and lost, per set. Held-out sets are refused (dev-cache.ts).
// `npx tsx tests/eval/ministry.ts --variant titles|dual|both|term|both+term [--base h59m-base] [--prefix h59m] [--sets a,b] [--rows]`; `--heldout`: the held-out
// link sets' totals, off and with the variant (run once).
import { DEFAULT_LINK_OPTIONS, MINISTRY_DUAL, MINISTRY_TITLE_TERM, MINISTRY_TITLES, type LinkOptions } from '../../ingest/link/options.js';
import { PENALTY_LIABLE_MEASURED } from '../../ingest/link/penalty-liable.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { heldOutTotals } from './heldout-sum.js';
import { refusalRow, type RefusalRow } from './refusals.js';
import type { SetId } from './sets.js';

/** The variants measured: the default penalty articles with the session's readings on or off. */
export function ministryVariant(variant: string): Partial<LinkOptions> {
  // Session 60 (helper ministry2): `term` is options.titleTerm (MINISTRY_TITLE_TERM) alone; `<variant>+term` adds it to a variant.
  if (variant === 'term') return { titleTerm: MINISTRY_TITLE_TERM };
  const name = variant.replace(/\+term$/, '');
  if (name !== variant) return { ...ministryVariant(name), titleTerm: MINISTRY_TITLE_TERM };
  const base = { ...DEFAULT_LINK_OPTIONS.penaltyArticles! };
  delete base.titles;
  delete base.dual;
  if (name === 'off') return { penaltyArticles: base };
  // Session 59's trials: dual with no condition (dual0: any dual article, the higher's too), with the first paragraph free of
  // a referral (dual1), and a lower article only (dual2); both = titles + the kept dual.
  const duals: Record<string, NonNullable<NonNullable<LinkOptions['penaltyArticles']>['dual']>> = {
    dual0: { withPart: false },
    dual1: { withPart: false, firstFree: PENALTY_LIABLE_MEASURED },
    dual2: { withPart: false, higher: false },
    dual3: { withPart: false, firstFree: PENALTY_LIABLE_MEASURED, higher: false },
    dual: MINISTRY_DUAL,
  };
  const key = name.replace(/^both/, 'dual').replace(/^dual$/, 'dual');
  const dual = duals[name] ? { dual: duals[name] } : name.startsWith('both') ? { dual: duals[key] } : {};
  const titles = name === 'titles' || name.startsWith('both') ? { titles: MINISTRY_TITLES } : {};
  return { penaltyArticles: { ...base, ...titles, ...dual } };
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const variant = arg('--variant') ?? 'both';
  const base = arg('--base') ?? 'h59m-base';
  const rows = process.argv.includes('--rows');
  // --prefix: the cache tag's prefix of the variant (session 60: h60m2, so that session 59's tags stay as they were).
  const prefix = arg('--prefix') ?? 'h59m';
  // --heldout: the held-out link sets' totals with the readings off and with the variant, once (rule 5), totals only.
  if (process.argv.includes('--heldout')) {
    // Session 60: --variant a,b runs off and each named variant (the held-out sets still once each per variant, totals only).
    for (const name of ['off', ...variant.split(',')]) console.log(`${name}: ${await heldOutTotals(ministryVariant(name), HELD_OUT_LINK_SETS)} (${HELD_OUT_LINK_SETS.length} sets)`);
    return;
  }
  const sum = { b: [0, 0, 0], a: [0, 0, 0] };
  for (const id of sets) {
    const r: RefusalRow = await refusalRow(id, ministryVariant(variant), `${prefix}-${variant}`, base);
    const f = (x: RefusalRow['before']) => `TP/FP ${x.tp}/${x.fp} F1 ${x.f1.toFixed(4)} sR ${x.strongRecall.toFixed(2)} v ${x.right}`;
    sum.b = [sum.b[0] + r.before.tp, sum.b[1] + r.before.fp, sum.b[2] + r.before.right];
    sum.a = [sum.a[0] + r.after.tp, sum.a[1] + r.after.fp, sum.a[2] + r.after.right];
    console.log(`${id.padEnd(12)} ${f(r.before)} → ${f(r.after)} | +TP ${r.gainedTp.length} +FP ${r.gainedFp.length} −TP ${r.lostTp.length} −FP ${r.lostFp.length}`);
    if (rows) {
      for (const x of r.gainedTp) console.log(`  +TP ${x.strong ? 'strong' : 'weak'} ${x.key}`);
      for (const x of r.gainedFp) console.log(`  +FP ${x.key}`);
      for (const x of r.lostTp) console.log(`  −TP ${x}`);
      for (const x of r.lostFp) console.log(`  −FP ${x}`);
    }
  }
  console.log(`dev totals TP/FP/verdicts ${sum.b.join('/')} → ${sum.a.join('/')}`);
}

if (process.argv[1]?.endsWith('ministry.ts')) void main();
