// Session 62 (helper police2, issue 13): a simulation, not a rule — a section (or chapter) of a lower text whose linked
// articles mostly link one higher article X: its unlinked articles (linking nothing in X's document) with X among their
// candidates from `--min` (rank up to `--rank`) would link weak to X; each such pair tabulated gold or not, every development
// link set (dev-cache.ts, `--tag`). `npx tsx tests/eval/session62-section-table.ts [--share 0.6] [--linked 4] [--min 0.06] [--rank 1]`.
import { loadDev, articleKey } from './dev-cache.js';
import { measureKeys } from './links.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import type { SetId } from './sets.js';
const arg = (n: string) => process.argv.find((_, i) => process.argv[i - 1] === n);
const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
const tag = arg('--tag') ?? 'h62p2-base';
const minShare = Number(arg('--share') ?? 0.5), minLinked = Number(arg('--linked') ?? 3), min = Number(arg('--min') ?? 0.05);
const titleRe = new RegExp(arg('--title') ?? '.');
const rankMax = Number(arg('--rank') ?? 99);
let G = 0, N = 0;
for (const id of sets) {
  const d = await loadDev(id, {}, tag);
  const raw = new Map([...measureKeys(d.snapshot)].map(([m, ks]) => [m, ks[0] ?? m]));
  const K = (m: string) => articleKey(raw.get(m) ?? m);
  const gold = new Set(d.gold.links.map((g) => `${articleKey(g.lower)}>${articleKey(g.higher)}`));
  const edges = d.snapshot.edges.filter((e) => e.attributes.type === 'IMPLEMENTS');
  const linksOf = new Map<string, string[]>();
  for (const e of edges) (linksOf.get(e.source) ?? linksOf.set(e.source, []).get(e.source)!).push(e.target);
  const groupOf = (m: string) => { const k = raw.get(m) ?? m; const [f, p] = k.split('#'); const parts = (p ?? '').split('/'); return parts.length > 1 ? `${f}#${parts.slice(0, -1).join('/')}` : undefined; };
  const recs = new Map(d.cands.records.map((r) => [r.lower, r]));
  const groups = new Map<string, string[]>();
  for (const r of d.cands.records) { const g = groupOf(r.lower); if (g && titleRe.test(g)) (groups.get(g) ?? groups.set(g, []).get(g)!).push(r.lower); }
  const out: string[] = [];
  for (const [g, ms] of groups) {
    const counts = new Map<string, number>();
    let linked = 0;
    for (const m of ms) { const ls = linksOf.get(m); if (!ls?.length) continue; linked++; for (const h of new Set(ls)) counts.set(h, (counts.get(h) ?? 0) + 1); }
    if (linked < minLinked) continue;
    const [X, c] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (!X || c / linked < minShare) continue;
    const xdoc = X.split('#')[0];
    for (const m of ms) {
      if ((linksOf.get(m) ?? []).some((h) => h.split('#')[0] === xdoc)) continue;
      const cs = recs.get(m)!.candidates.filter((a) => a.higher.split('#')[0] === xdoc).sort((a, b) => b.score - a.score);
      const i = cs.findIndex((a) => a.higher === X);
      if (i < 0 || cs[i].score < min || i + 1 > rankMax) continue;
      const isGold = gold.has(`${K(m)}>${K(X)}`);
      if (isGold) G++; else N++;
      out.push(`  ${isGold ? 'GOLD' : 'not '} ${cs[i].score.toFixed(3)} r${i + 1} ${K(m).slice(0, 10)}#${K(m).split('#')[1]} > ${K(X).split('#')[1]}  (${c}/${linked} of ${ms.length})`);
    }
  }
  if (out.length) console.log(id + '\n' + out.join('\n'));
}
console.log(`total gold ${G} not ${N}`);
