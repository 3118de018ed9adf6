// Session 62 (helper police2, issue 13): for each development set named, every lower article linking nothing into a higher
// document its own document links, with its best candidate there: score, ratio to the runner-up, and whether that pair is gold
// (or the article's gold is another article). `npx tsx tests/eval/session62-unlinked-best.ts <set,set> [tag] [title regex]`.
import { loadDev, articleKey } from './dev-cache.js';
import { measureKeys } from './links.js';
import type { SetId } from './sets.js';
const sets = (process.argv[2] ?? 'police').split(',') as SetId[];
const tag = process.argv[3] ?? 'h62p2-base';
const titleRe = new RegExp(process.argv[4] ?? '.');
for (const id of sets) {
  const d = await loadDev(id, {}, tag);
  const mk = new Map([...measureKeys(d.snapshot)].map(([id, ks]) => [id, articleKey(ks[0] ?? id)]));
  const K = (m: string) => mk.get(m) ?? m;
  const gold = new Map<string, string>();
  for (const g of (d.gold as any).links ?? d.gold) gold.set(`${articleKey(g.lower)}>${articleKey(g.higher)}`, g.strength ?? g.grade ?? 'weak');
  const edges = d.snapshot.edges.filter((e: any) => e.attributes.type === 'IMPLEMENTS');
  const linkedTo = new Set(edges.map((e: any) => `${e.source}|${e.target.split('#')[0]}`));
  const docPairs = new Set(edges.map((e: any) => `${e.source.split('#')[0]}|${e.target.split('#')[0]}`));
  const rows: string[] = [];
  for (const r of d.cands.records) {
    const ldoc = r.lower.split('#')[0];
    if (!titleRe.test(K(r.lower))) continue;
    const byDoc = new Map<string, typeof r.candidates>();
    for (const c of r.candidates) { const hd = c.higher.split('#')[0]; (byDoc.get(hd) ?? byDoc.set(hd, []).get(hd)!).push(c); }
    for (const [hd, cs] of byDoc) {
      if (!docPairs.has(`${ldoc}|${hd}`) || linkedTo.has(`${r.lower}|${hd}`)) continue;
      cs.sort((a, b) => b.score - a.score);
      const best = cs[0], second = cs[1];
      const g = gold.get(`${K(r.lower)}>${K(best.higher)}`);
      const hf = K(best.higher).split('#')[0];
      const anyGold = [...gold.keys()].some((k) => k.startsWith(K(r.lower) + '>' + hf));
      rows.push(`${id}\t${best.score.toFixed(3)}\t${second ? (best.score / Math.max(second.score, 1e-9)).toFixed(2) : '-'}\t${g ?? (anyGold ? 'other-gold' : '-')}\t${K(r.lower).slice(0, 8)}#${K(r.lower).split('#')[1]} > ${K(best.higher).slice(0, 8)}#${K(best.higher).split('#')[1]}`);
    }
  }
  rows.sort();
  console.log(rows.join('\n'));
}
