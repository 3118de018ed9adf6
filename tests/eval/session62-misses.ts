// Session 62 (helper ministry4, issue 13): the ministry-rule genre's development misses tabulated (price, leave, cosmetics,
// foodcheck; police is helper police2's, registration and devices are held out). For each gold link the base ingest does not
// make: the lower article, its chapter heading, the gold higher article, the gold target's rank and score among the lower
// article's recorded candidates (or "not recorded": past the cap or under the record floor), what the lower article links
// now in the higher document, and how many lower articles the gold links to that one higher article (a one-article
// procedure set out by many). Held-out sets are refused (dev-cache.ts).
// `npx tsx tests/eval/session62-misses.ts [--base h62m4-base] [--sets a,b]`
import type { Snapshot } from '../../graph-schema/index.js';
import { articleKey, loadDev } from './dev-cache.js';
import { measureKeys } from './links.js';
import type { SetId } from './sets.js';

type Node = Snapshot['nodes'][number];

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? ['price', 'leave', 'cosmetics', 'foodcheck']) as SetId[];
  const base = arg('--base') ?? 'h62m4-base';
  for (const id of sets) {
    const { gold, snapshot: s, cands } = await loadDev(id, {}, base);
    const a = (n: Node | undefined) => (n?.attributes ?? {}) as Record<string, any>;
    const idOf = new Map<string, string>();
    const keyOf = new Map<string, string>();
    for (const [mid, ks] of measureKeys(s)) if (ks[0]) { keyOf.set(mid, articleKey(ks[0])); if (!idOf.has(articleKey(ks[0]))) idOf.set(articleKey(ks[0]), mid); }
    const linked = new Map<string, string[]>();
    for (const e of s.edges) if (e.attributes.type === 'IMPLEMENTS') (linked.get(e.source) ?? linked.set(e.source, []).get(e.source)!).push(`${keyOf.get(e.target)?.split('#')[1]}${e.attributes.verdict === 'partial' ? '(p)' : ''}`);
    const made = new Set(s.edges.filter((e) => e.attributes.type === 'IMPLEMENTS').map((e) => `${keyOf.get(e.source)}>${keyOf.get(e.target)}`));
    const cand = new Map<string, { higher: string; score: number }[]>();
    for (const r of cands.records) cand.set(r.lower, [...r.candidates].sort((x, y) => y.score - x.score));
    const byHigher = new Map<string, number>();
    for (const l of gold.links) byHigher.set(articleKey(l.higher), (byHigher.get(articleKey(l.higher)) ?? 0) + 1);
    const heading = (mid: string) => {
      const path = mid.slice(mid.indexOf('#') + 1);
      const parent = path.slice(0, path.lastIndexOf('/'));
      const n = s.nodes.find((x) => a(x).type === 'Measure' && a(x).docId === mid.split('#')[0] && a(x).path === parent);
      return n ? (a(n).name as string) : '—';
    };
    console.log(`\n== ${id}: ${gold.links.length} gold links, ${gold.links.filter((l) => !made.has(`${articleKey(l.lower)}>${articleKey(l.higher)}`)).length} missed`);
    for (const l of gold.links) {
      const [lo, hi] = [articleKey(l.lower), articleKey(l.higher)];
      if (made.has(`${lo}>${hi}`)) continue;
      const [lid, hid] = [idOf.get(lo), idOf.get(hi)];
      const cs = (lid && cand.get(lid)) || [];
      const rank = cs.findIndex((c) => c.higher === hid);
      console.log(`${lo.split('#')[1]} [${lid ? heading(lid) : '?'}] → ${hi.split('#')[1]} ${l.strength} (gold into it: ${byHigher.get(hi)}) | ${rank < 0 ? 'not recorded' : `rank ${rank + 1}/${cs.length}, ${cs[rank].score.toFixed(3)} (top ${cs[0].score.toFixed(3)})`} | now ${(lid && linked.get(lid)?.join(' ')) || '—'}`);
    }
  }
}

if (process.argv[1]?.endsWith('session62-misses.ts')) void main();
