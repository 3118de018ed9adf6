// Session 25 (issue 13): the drafting rewrites of ingest/lexicon/drafting-rewrites.txt measured group by group on the dev
// regulation sets. For each set: link F1, TP/FP/FN, strong recall and coverage verdicts without any rewrite and with
// the groups given; and for every gold link, its rank and its margin over the best non-gold candidate of the same
// higher document, before and after (does the rewrite lift the gold link over its neighbours?). Fresh ingests,
// cached by dev-cache.ts; held-out link sets are refused there.
//   npx tsx tests/eval/drafting-rewrites.ts --groups=levels,modal [--sets=real,fire]
import { articleKey, DEV_REGULATION_SETS, loadDev } from './dev-cache.js';
import { coverageAccuracy, scoreLinks } from './links.js';
import { index, type DevSet } from './second-links.js';
import type { SetId } from './sets.js';
import { rewriteGroups } from '../../ingest/link/options.js';

export interface GoldPlace {
  set: string;
  link: string;
  missed: boolean;
  rank: [number, number];
  margin: [number, number];
}

/** Rank (0: first; 99: not among the aligned candidates) and margin over the best non-gold candidate of the same higher
 *  document, of every gold link of a set's records. */
export function goldPlaces(s: DevSet): Map<string, { rank: number; margin: number }> {
  const ix = index(s.snapshot);
  const keyOf = new Map([...ix.byKey].map(([k, v]) => [v, k]));
  const gold = new Set(s.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const out = new Map<string, { rank: number; margin: number }>();
  for (const r of s.cands.records) {
    const lk = keyOf.get(r.lower);
    if (!lk) continue;
    const byDoc = new Map<number, typeof r.candidates>();
    for (const c of r.candidates) (byDoc.get(c.doc) ?? byDoc.set(c.doc, []).get(c.doc)!).push(c);
    for (const cs of byDoc.values()) {
      const sorted = [...cs].sort((x, y) => y.score - x.score);
      const isGold = (c: (typeof cs)[number]) => gold.has(`${lk}>${keyOf.get(c.higher)}`);
      const bestOther = Math.max(0, ...sorted.filter((c) => !isGold(c)).map((c) => c.score));
      sorted.forEach((c, k) => isGold(c) && out.set(`${lk}>${keyOf.get(c.higher)}`, { rank: k, margin: c.score - bestOther }));
    }
  }
  return out;
}

function figures(s: DevSet): string {
  const sc = scoreLinks(s.gold, s.snapshot);
  const cv = coverageAccuracy(s.gold, s.snapshot);
  return `F1 ${sc.f1.toFixed(4)} TP/FP/FN ${sc.tp}/${sc.fp}/${sc.fn} strong R ${sc.strongRecall.toFixed(2)} verdicts ${cv.right}/${cv.total}`;
}

async function main() {
  const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.split('=')[1];
  const groups = (arg('groups') ?? 'grassroots').split(',');
  const sets = (arg('sets') ?? DEV_REGULATION_SETS.join(',')).split(',') as SetId[];
  const places: GoldPlace[] = [];
  for (const id of sets) {
    const off = await loadDev(id, { draftingRewrites: null }, 'drafting-off');
    const on = await loadDev(id, { draftingRewrites: { genres: ['regulation'], rules: rewriteGroups(groups) } }, `drafting-${groups.join('+')}`);
    console.log(`${id.padEnd(9)} off ${figures(off)}\n${''.padEnd(9)} on  ${figures(on)}`);
    const missed = new Set(scoreLinks(off.gold, off.snapshot).falseNegatives);
    const [a, b] = [goldPlaces(off), goldPlaces(on)];
    for (const l of off.gold.links) {
      const k = `${articleKey(l.lower)}>${articleKey(l.higher)}`;
      const [x, y] = [a.get(k), b.get(k)];
      places.push({ set: id, link: k, missed: missed.has(k), rank: [x?.rank ?? 99, y?.rank ?? 99], margin: [x?.margin ?? -1, y?.margin ?? -1] });
    }
  }
  for (const [name, missed] of [['gold links missed without rewrites', true], ['gold links found without rewrites', false]] as const) {
    const xs = places.filter((p) => p.missed === missed);
    const n = (f: (p: GoldPlace) => boolean) => xs.filter(f).length;
    const mean = (i: 0 | 1) => (xs.reduce((s, p) => s + p.margin[i], 0) / Math.max(1, xs.length)).toFixed(4);
    console.log(`${name}: ${xs.length}; rank up ${n((p) => p.rank[1] < p.rank[0])}, down ${n((p) => p.rank[1] > p.rank[0])}; margin over the best neighbour up ${n((p) => p.margin[1] > p.margin[0] + 1e-9)}, down ${n((p) => p.margin[1] < p.margin[0] - 1e-9)} (mean ${mean(0)} -> ${mean(1)}); first ${n((p) => p.rank[0] === 0)} -> ${n((p) => p.rank[1] === 0)}`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) void main();
