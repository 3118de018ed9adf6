// Session 62 (helper ministry4, issue 13): a simulation before any rule — a chapter of a lower document most of whose
// articles that link into a higher document already link one article of it (the chapter sets out that article: 化妆品生产
// 经营监督管理办法 第二章 生产许可 → 化妆品监督管理条例 第二十七条, the one-article licence procedure). The chapter's articles
// linking nothing in that higher document (as titleTerm's pass: sanction and framing articles aside) would link weak to it.
// Counted on the base caches of every development link set: for minimum counts k (articles of the chapter linking the
// article) and shares (of the chapter's articles linking into the higher document), the adds that are gold and not, by set;
// `--genre` only pairs of a national lower under a central higher (the ministry-rule genre). Held-out sets refused.
// `npx tsx tests/eval/session62-chapter-sim.ts [--base h62m4-base] [--genre]`
import type { Snapshot } from '../../graph-schema/index.js';
import { DEFAULT_LINK_OPTIONS } from '../../ingest/link/options.js';
import { articleKey, loadDev } from './dev-cache.js';
import { measureKeys } from './links.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';

type Node = Snapshot['nodes'][number];

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const base = arg('--base') ?? 'h62m4-base';
  const genre = process.argv.includes('--genre');
  const sanction = new RegExp(DEFAULT_LINK_OPTIONS.titleTerm!.sanction);
  const framing = new RegExp(DEFAULT_LINK_OPTIONS.titleTerm!.framing);
  const grid = [2, 3, 4].flatMap((k) => [0.3, 0.5, 0.6, 0.75].map((share) => ({ k, share, tp: 0, fp: 0, by: new Map<string, string>() })));
  const detail: string[] = [];
  for (const id of EVERY_DEV_LINK_SET) {
    const { gold, snapshot: s } = await loadDev(id, {}, base);
    const a = (n: Node | undefined) => (n?.attributes ?? {}) as Record<string, any>;
    const keyOf = new Map<string, string>();
    for (const [mid, ks] of measureKeys(s)) if (ks[0]) keyOf.set(mid, articleKey(ks[0]));
    const goldSet = new Set(gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
    const docs = new Map(s.nodes.filter((n) => a(n).type === 'Document').map((n) => [n.key, a(n)]));
    const measures = s.nodes.filter((n) => a(n).type === 'Measure' && a(n).leaf && /条$/.test(a(n).path ?? ''));
    const docOf = (m: string) => m.split('#')[0];
    const chapterOf = (m: string) => { const p = m.slice(m.indexOf('#') + 1); const i = p.lastIndexOf('/'); return i < 0 ? '' : `${docOf(m)}#${p.slice(0, i)}`; };
    const out = new Map<string, Set<string>>(); // lower measure → higher measures linked
    for (const e of s.edges) if (e.attributes.type === 'IMPLEMENTS') (out.get(e.source) ?? out.set(e.source, new Set()).get(e.source)!).add(e.target);
    const byChapter = new Map<string, Node[]>();
    for (const n of measures) { const c = chapterOf(n.key); if (c) (byChapter.get(c) ?? byChapter.set(c, []).get(c)!).push(n); }
    for (const [ch, arts] of byChapter) {
      const L = docs.get(docOf(ch));
      const highers = new Set<string>();
      for (const x of arts) for (const t of out.get(x.key) ?? []) if (docOf(t) !== docOf(ch)) highers.add(docOf(t));
      for (const hd of highers) {
        const H = docs.get(hd);
        if (genre && !(L?.level === 'national' && H?.level === 'central')) continue;
        const into = arts.filter((x) => [...(out.get(x.key) ?? [])].some((t) => docOf(t) === hd));
        const count = new Map<string, number>();
        for (const x of into) for (const t of out.get(x.key) ?? []) if (docOf(t) === hd) count.set(t, (count.get(t) ?? 0) + 1);
        const [top, n] = [...count].sort((p, q) => q[1] - p[1])[0];
        const open = arts.filter((x) => !into.includes(x) && !sanction.test((a(x).text ?? '').replace(/\s+/g, '')) && !framing.test((a(x).text ?? '').replace(/\s+/g, '')));
        if (!open.length) continue;
        const share = n / into.length;
        const g = open.filter((x) => goldSet.has(`${keyOf.get(x.key)}>${keyOf.get(top)}`)).length;
        detail.push(`${id} ${ch.split('#')[1]} (${L?.level}→${H?.level}) → ${keyOf.get(top)?.split('#')[1]}: ${n}/${into.length} of ${arts.length}; open ${open.length}: gold ${g}`);
        for (const c of grid) if (n >= c.k && share >= c.share) { c.tp += g; c.fp += open.length - g; c.by.set(id, `${(+(c.by.get(id)?.split('/')[0] ?? 0)) + g}/${(+(c.by.get(id)?.split('/')[1] ?? 0)) + open.length - g}`); }
      }
    }
  }
  if (process.argv.includes('--detail')) for (const d of detail) console.log(d);
  for (const c of grid) console.log(`k ${c.k} share ${c.share}: +TP ${c.tp} +FP ${c.fp}  ${[...c.by].map(([s, v]) => `${s} ${v}`).join(', ')}`);
}

if (process.argv[1]?.endsWith('session62-chapter-sim.ts')) void main();
