// Session 62 (helper ministry4, issue 13): the article links one cached ingest of a development link set makes that another
// does not, each marked gold or not (with the lower article's gold targets when not). Held-out sets are refused (dev-cache.ts).
// `npx tsx tests/eval/session62-diff.ts <set> <tag a> <tag b>`
import { articleKey, loadDev } from './dev-cache.js';
import { measureKeys } from './links.js';
import type { Snapshot } from '../../graph-schema/index.js';
import type { SetId } from './sets.js';

/** The article-key pairs (lower>higher) of a snapshot's IMPLEMENTS edges. */
function linkKeys(s: Snapshot): Set<string> {
  const keys = new Map([...measureKeys(s)].map(([id, ks]) => [id, ks.map(articleKey)]));
  const out = new Set<string>();
  for (const e of s.edges) if (e.attributes.type === 'IMPLEMENTS') for (const lo of keys.get(e.source) ?? []) for (const hi of keys.get(e.target) ?? []) out.add(`${lo}>${hi}`);
  return out;
}

async function main() {
  const [set, a, b] = process.argv.slice(2) as [SetId, string, string];
  const [A, B] = [await loadDev(set, {}, a), await loadDev(set, {}, b)];
  const gold = new Set(A.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const goldOf = (lo: string) => A.gold.links.filter((l) => articleKey(l.lower) === lo).map((l) => articleKey(l.higher).split('#')[1]);
  const short = (k: string) => k.split('>').map((x) => x.split('#')[1]).join(' → ');
  const [ea, eb] = [linkKeys(A.snapshot), linkKeys(B.snapshot)];
  for (const [tag, x, y] of [[a, ea, eb], [b, eb, ea]] as const)
    for (const k of x) if (!y.has(k)) console.log(`only ${tag}: ${short(k)} ${gold.has(k) ? 'GOLD' : `false (gold: ${goldOf(k.split('>')[0]).join(', ') || 'none'})`}`);
}

void main();
