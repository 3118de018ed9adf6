// Session 61 (helper ministry3, issue 13): session 60's second lead tabulated before any rule — a department's rule whose
// chapter sets out one article of the higher text (the inspection chapters of 食品生产经营监督检查管理办法 → 食品安全法
// 第一百一十条, the power stated as the main clause). For each chapter of the lower document of the genre's dev families (price,
// leave, cosmetics, foodcheck; registration is held out and not read), the 4-character runs of its heading (genre words and
// the higher title's runs cut, ministry-table.ts runsOf), the higher articles outside the sanctions that hold one (holders),
// and those holding it as the act of a clause (the term closing a clause: …进行监督检查：, ACT_FORM); then each lower article
// of the chapter: its gold links into the higher document, whether it links anything there now, and where the holder stands
// among its candidates. Held-out sets are refused (dev-cache.ts).
// `npx tsx tests/eval/session61-heading-table.ts [--base tag] [--sets a,b]`
import type { Snapshot } from '../../graph-schema/index.js';
import { DEFAULT_LINK_OPTIONS } from '../../ingest/link/options.js';
import { articleKey, loadDev } from './dev-cache.js';
import { measureKeys } from './links.js';
import { runsOf } from './ministry-table.js';
import type { SetId } from './sets.js';

/** A term held as the act of its clause: the term closes the clause (…对生产经营者遵守本法的情况进行监督检查：), not a
 *  modifier of a noun (日常监督检查结果、; 生产许可证). */
export const actForm = (term: string) => new RegExp(`${term}(?=[：:，,。；;])`);

type Node = Snapshot['nodes'][number];

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? ['price', 'leave', 'cosmetics', 'foodcheck']) as SetId[];
  const base = arg('--base') ?? 'h61m3-base';
  const pen = new RegExp(DEFAULT_LINK_OPTIONS.penaltyArticles!.text);
  for (const id of sets) {
    const { gold, snapshot: s, cands } = await loadDev(id, {}, base);
    const a = (n: Node | undefined) => (n?.attributes ?? {}) as Record<string, any>;
    const keyOf = new Map<string, string>();
    for (const [mid, ks] of measureKeys(s)) if (ks[0]) keyOf.set(mid, articleKey(ks[0]));
    const goldOf = new Map<string, Set<string>>();
    for (const l of gold.links) (goldOf.get(articleKey(l.lower)) ?? goldOf.set(articleKey(l.lower), new Set()).get(articleKey(l.lower))!).add(articleKey(l.higher));
    const linked = new Map<string, Set<string>>();
    for (const e of s.edges) if (e.attributes.type === 'IMPLEMENTS') (linked.get(e.source) ?? linked.set(e.source, new Set()).get(e.source)!).add(e.target);
    const cand = new Map<string, { higher: string; score: number }[]>();
    for (const r of cands.records) cand.set(r.lower, [...r.candidates].sort((x, y) => y.score - x.score));
    const docs = s.nodes.filter((n) => a(n).type === 'Document');
    const leaves = (doc: string) => s.nodes.filter((n) => a(n).type === 'Measure' && a(n).docId === doc && a(n).leaf && /条$/.test(a(n).path));
    for (const pair of gold.pairs) {
      const doc = (file: string) => docs.find((d) => (a(d).sources as string[]).some((x) => x.endsWith(file)))!;
      const [L, H] = [doc(pair.lower), doc(pair.higher)];
      const hName = a(H).name as string;
      const free = leaves(H.key).filter((n) => !pen.test((a(n).text as string).replace(/\s+/g, '')) && !/法律责任|罚则/.test(a(n).path));
      console.log(`\n== ${id}: ${a(L).name} → ${hName} (${free.length} higher articles outside the sanctions)`);
      const chapters = s.nodes.filter((n) => a(n).docId === L.key && /^第[^/]+章$/.test(a(n).path ?? ''));
      const los = leaves(L.key);
      for (const ch of chapters.length ? chapters : [undefined]) {
        const head = ch ? (a(ch).name as string) : '';
        const runs = ch ? runsOf(head, hName) : [];
        const holders = free.filter((x) => runs.some((t) => (a(x).text as string).includes(t)));
        const acts = holders.filter((x) => runs.some((t) => actForm(t).test((a(x).text as string).replace(/\s+/g, ''))));
        const short = (n: Node) => keyOf.get(n.key)?.split('#')[1] ?? n.key;
        console.log(`-- ${head || '(no chapters)'} | runs ${runs.join(',') || '—'} | holders ${holders.length} (${holders.map(short).join(' ')}) | act-form ${acts.map(short).join(' ') || '—'}`);
        if (!ch || acts.length !== 1) continue;
        const holder = acts[0];
        for (const lo of los.filter((n) => (a(n).path as string).startsWith(`${a(ch).path}/`))) {
          const lk = keyOf.get(lo.key)!;
          const g = [...(goldOf.get(lk) ?? [])].map((k) => k.split('#')[1]);
          const now = [...(linked.get(lo.key) ?? [])].filter((t) => t.startsWith(H.key)).map((t) => keyOf.get(t)?.split('#')[1]);
          const cs = cand.get(lo.key) ?? [];
          const rank = cs.findIndex((c) => c.higher === holder.key);
          const hk = keyOf.get(holder.key)!.split('#')[1];
          console.log(`   ${lk.split('#')[1]} | gold ${g.join(' ') || '—'} | holder gold ${g.includes(hk) ? 'yes' : 'no'} | now ${now.join(' ') || '—'} | holder ${rank < 0 ? 'not recorded' : `rank ${rank + 1}, ${cs[rank].score.toFixed(3)}`}`);
        }
      }
    }
  }
}

if (process.argv[1]?.endsWith('session61-heading-table.ts')) void main();
