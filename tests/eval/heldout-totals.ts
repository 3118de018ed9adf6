// The held-out link sets' totals (session 49 helper link2's tool, given set names by session 50's helper link2 and made
// the one such tool by the lead, for session 50 helper link3's copy too) (TP, FP, FN, micro F1, coverage verdicts) with a link option
// off and on, scored once at the end of a session for totals only (no per-set figure, no row is printed).
// `npx tsx tests/eval/heldout-totals.ts '<options JSON>' [set,set…]`: the held-out link sets named (all by default;
// a set added after an option was scored held out can be scored alone, once).
import { pathToFileURL } from 'node:url';
import { coverageAccuracy, readGoldLinks, recordedIngest, scoreLinks } from './links.js';
import { HELD_OUT_LINK_SETS } from './dev-cache.js';
import { SETS } from './sets.js';
import type { LinkOptions } from '../../ingest/link/options.js';

async function main() {
  const on = JSON.parse(process.argv[2] ?? '{}') as Partial<LinkOptions>;
  const off = Object.fromEntries(Object.keys(on).map((k) => [k, null])) as Partial<LinkOptions>;
  for (const [name, opts] of [['off', off], ['on', on]] as const) {
    let [tp, fp, fn, right, total] = [0, 0, 0, 0, 0];
    const only = process.argv[3]?.split(',');
    for (const id of HELD_OUT_LINK_SETS.filter((s) => !only || only.includes(s))) {
      const set = SETS[id];
      const gold = readGoldLinks(pathToFileURL(set.links!));
      const { snapshot } = await recordedIngest(set.corpus, opts);
      const s = scoreLinks(gold, snapshot);
      const c = coverageAccuracy(gold, snapshot);
      [tp, fp, fn, right, total] = [tp + s.tp, fp + s.fp, fn + s.fn, right + c.right, total + c.total];
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    console.log(`${name}: held-out totals TP ${tp} FP ${fp} FN ${fn} micro F1 ${f1.toFixed(4)} verdicts ${right}/${total}`);
  }
}

void main();
