// Session 48 (helper link2): per gold link of a dev link set, which of the linker and the TF-IDF baseline finds it
// (the links the baseline gets that the linker misses, and back). `npx tsx tests/eval/session48-link2-compare.ts <set>…`
import { baselineSnapshot } from './link-baseline.js';
import { loadDev } from './dev-cache.js';
import { docPairs, scoreLinks } from './links.js';
import type { SetId } from './sets.js';

for (const id of process.argv.slice(2) as SetId[]) {
  const set = await loadDev(id, {}, 'h48-link2', process.env.FRESH === '1');
  const ours = scoreLinks(set.gold, set.snapshot);
  const base = scoreLinks(set.gold, baselineSnapshot(set.snapshot, docPairs(set.gold, set.snapshot)));
  const strong = new Set(set.gold.links.filter((l) => l.strength === 'strong').map((l) => `${l.lower}>${l.higher}`.replace(/#(?:第[^/#]+章\/)?(?:第[^/#]+节\/)?(第[^/#]+条)/g, '#$1')));
  const short = (k: string) => k.replace(/\([^)]*\)\.md/g, '');
  const oursFn = new Set(ours.falseNegatives), baseFn = new Set(base.falseNegatives);
  const oursFp = new Set(ours.falsePositives), baseFp = new Set(base.falsePositives);
  console.log(`== ${id}: ours TP/FP/FN ${ours.tp}/${ours.fp}/${ours.fn} F1 ${ours.f1.toFixed(3)}; baseline ${base.tp}/${base.fp}/${base.fn} F1 ${base.f1.toFixed(3)}`);
  console.log('baseline finds, linker misses:');
  for (const k of base.falseNegatives.length ? [...oursFn].filter((k) => !baseFn.has(k)) : []) console.log(`  ${strong.has(k) ? 'S' : 'w'} ${short(k)}`);
  console.log('linker finds, baseline misses:');
  for (const k of [...baseFn].filter((k) => !oursFn.has(k))) console.log(`  ${strong.has(k) ? 'S' : 'w'} ${short(k)}`);
  console.log('baseline spurious not ours:', [...baseFp].filter((k) => !oursFp.has(k)).map(short).join('  '));
  console.log('ours spurious not baseline:', [...oursFp].filter((k) => !baseFp.has(k)).map(short).join('  '));
}
