// Session 59 (helper unclaimed, issue 13): the links options.unclaimedBest adds (UNCLAIMED_BEST_MEASURED, tag
// h59r3-ub-0.11-1.3 against h59r3-base, both cached by session59-grid.ts) on the development link sets, each with its gold
// label (G strong / g weak gold; '-' not a link by gold, '=' another article of the law gold for that lower article), both
// texts. `npx tsx tests/eval/session59-guard.ts [set,set…] [--base tag] [--on tag]` (any two cached tags: --base h59g2-on
// --on h59u-g3f lists what the guarded rule still adds). Held-out sets are refused
// (dev-cache.ts).
import { loadDev, articleKey } from './dev-cache.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { measureKeys } from './links.js';
import type { SetId } from './sets.js';

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
const [baseTag, onTag] = [arg('--base') ?? 'h59r3-base', arg('--on') ?? 'h59r3-ub-0.11-1.3'];
const sets = (process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2].split(',') : EVERY_DEV_LINK_SET) as SetId[];
for (const id of sets) {
  let b, o;
  try { [b, o] = [await loadDev(id, {}, baseTag), await loadDev(id, {}, onTag)]; } catch { continue; }
  const keyOf = new Map<string, string>();
  for (const [mid, ks] of measureKeys(o.snapshot)) if (ks[0]) keyOf.set(mid, articleKey(ks[0]));
  const text = new Map<string, string>();
  for (const n of o.snapshot.nodes) if (n.attributes.type === 'Measure') text.set(n.key, (n.attributes as any).text);
  const edge = (e: any) => `${e.source}>${e.target}`;
  const had = new Set(b.snapshot.edges.filter((e) => e.attributes.type === 'IMPLEMENTS').map(edge));
  const gold = new Map(o.gold.links.map((l) => [`${articleKey(l.lower)}>${articleKey(l.higher)}`, l.strength]));
  for (const e of o.snapshot.edges) {
    if (e.attributes.type !== 'IMPLEMENTS' || had.has(edge(e))) continue;
    const [lk, hk] = [keyOf.get(e.source)!, keyOf.get(e.target)!];
    const g = gold.get(`${lk}>${hk}`);
    const law = hk.split('#')[0];
    const other = o.gold.links.filter((l) => articleKey(l.lower) === lk && articleKey(l.higher).startsWith(law + '#')).map((l) => articleKey(l.higher).split('#')[1]);
    const label = g === 'strong' ? 'G' : g ? 'g' : other.length ? '=' : '-';
    console.log(`${label} ${id} ${lk} > ${hk} ${(e.attributes as any).score?.toFixed?.(3) ?? ''} ${other.join(',')}`);
    console.log(`   L: ${text.get(e.source)?.replace(/\n/g, ' ')}`);
    console.log(`   H: ${text.get(e.target)?.replace(/\n/g, ' ')}`);
  }
}
