// Session 59 (helper selection, issue 13): every candidate the selection cuts at or above the partial threshold on the
// development link sets, by the cut that removes it — relative (under the document's best times the relative cut), top-k
// (past the top-k after the relative cut), paragraph (inside the widening, refused by options.extraLinksByParagraph) — gold or
// not (annotated document pairs only), by set, with what the lower article's own text says of it: the paragraph share
// (options.paragraphBest's reading: the candidate is some paragraph's best with that share), the lower article's paragraph
// count, and whether the article's kept link in that document is gold. A candidate some later step links anyway is counted
// apart ('restored'). Read from the selection records of a cached ingest (dev-cache.ts, tag). `npx tsx
// tests/eval/session59-selection.ts [--tag t] [--sets a,b] [--rows]`. Held-out sets are refused (dev-cache.ts).
import { loadDev, articleKey } from './dev-cache.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { measureKeys } from './links.js';
import { DEFAULT_LINK_OPTIONS, profileFor } from '../../ingest/link/options.js';
import { scoreVerdict, selectionFor } from '../../ingest/link/select.js';
import type { SetId } from './sets.js';
import { paragraphBigrams } from '../../ingest/link/paragraph-pair.js';

export interface CutRow {
  set: string;
  lower: string;
  higher: string;
  cut: 'relative' | 'top-k' | 'paragraph';
  gold: boolean;
  restored: boolean;
  score: number;
  best: number;
  rank: number;
  clauses: number;
  share: number;
  firstGold: boolean;
  /** The lower paragraph that most prefers the candidate to the document's best candidate: its bigram share found in the
   *  candidate and in the best; and whether the best candidate's own best paragraph is another one. */
  own: number;
  other: number;
  apart: boolean;
  /** The same, each bigram weighed by its IDF over the paragraphs of the two documents (paragraph-pair.ts's weighing). */
  ownIdf: number;
  otherIdf: number;
  apartIdf: boolean;
  /** An item (（一）…) of the lower article names it best among the document's candidates (the record's items). */
  item: boolean;
}

export async function cutRows(id: SetId, tag: string): Promise<CutRow[]> {
  const d = await loadDev(id, {}, tag);
  const s = d.snapshot;
  const keyOf = new Map([...measureKeys(s)].map(([m, ks]) => [m, ks.map(articleKey)]));
  const annotated = new Set(d.gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const gold = new Set(d.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const file = (k: string) => k.split('#')[0];
  const pairOf = (lo: string, hi: string) => {
    for (const a of keyOf.get(lo) ?? []) for (const b of keyOf.get(hi) ?? []) if (annotated.has(`${file(a)}>${file(b)}`)) return { gold: gold.has(`${a}>${b}`), key: `${a}>${b}` };
    return undefined;
  };
  const textOf = new Map(s.nodes.flatMap((n) => (n.attributes.type === 'Measure' ? [[n.key, (n.attributes as { text: string }).text] as const] : [])));
  const docOfM = new Map(s.nodes.flatMap((n) => (n.attributes.type === 'Measure' ? [[n.key, (n.attributes as { docId: string }).docId] as const] : [])));
  const parasOfDoc = new Map<string, Set<string>[]>();
  for (const [m, t] of textOf) (parasOfDoc.get(docOfM.get(m)!) ?? parasOfDoc.set(docOfM.get(m)!, []).get(docOfM.get(m)!)!).push(...paragraphBigrams(t));
  const idfs = new Map<string, (x: string) => number>();
  const idfOf = (a: string, b: string) => {
    const key = `${a}|${b}`;
    if (idfs.has(key)) return idfs.get(key)!;
    const df = new Map<string, number>();
    let n = 0;
    for (const dd of a === b ? [a] : [a, b]) for (const pp of parasOfDoc.get(dd) ?? []) { n++; for (const x of pp) df.set(x, (df.get(x) ?? 0) + 1); }
    const w = (x: string) => Math.log(n / (df.get(x) ?? 1));
    idfs.set(key, w);
    return w;
  };
  const linked = new Set(s.edges.filter((e) => e.attributes.type === 'IMPLEMENTS').map((e) => `${e.source}>${e.target}`));
  const o = DEFAULT_LINK_OPTIONS;
  const out: CutRow[] = [];
  for (const r of d.cands.records) {
    const p = profileFor(o, r.genre);
    const shares = new Map((r.shares ?? []).map(([doc, xs]) => [doc, new Map(xs)]));
    const clauses = o.topKPerClause?.genres.includes(r.genre) ? r.clauses : undefined;
    const { topK, relative } = selectionFor(clauses, p.topK, p.relative, o.topKPerClause);
    const byDoc = new Map<number, number[]>();
    r.candidates.forEach((a, k) => {
      if (scoreVerdict(a.score, p.thresholds) === null || a.chapter) return;
      (byDoc.get(a.doc) ?? byDoc.set(a.doc, []).get(a.doc)!).push(k);
    });
    for (const [doc, ks] of byDoc) {
      if (r.chapterDocs?.includes(doc)) continue;
      ks.sort((a, b) => r.candidates[b].score - r.candidates[a].score || r.candidates[a].higher.localeCompare(r.candidates[b].higher));
      const best = r.candidates[ks[0]].score;
      const sh = shares.get(doc) ?? new Map<string, number>();
      const passing = ks.filter((k) => r.candidates[k].score >= relative * best);
      const extra = o.extraLinksByParagraph;
      const kept = new Set<number>();
      const why = new Map<number, CutRow['cut']>();
      ks.forEach((k) => {
        const c = r.candidates[k];
        const i = passing.indexOf(k);
        if (i < 0) why.set(k, 'relative');
        else if (i >= topK) why.set(k, 'top-k');
        else if (extra && clauses !== undefined && extra.genres.includes(r.genre) && !(i < p.topK && c.score >= p.relative * best) && (sh.get(c.higher) ?? 0) < extra.min) why.set(k, 'paragraph');
        else kept.add(k);
        if (!kept.has(k) && o.paragraphBest?.genres.includes(r.genre) && (sh.get(c.higher) ?? 0) >= o.paragraphBest.min) {
          why.delete(k);
          kept.add(k);
        }
      });
      const firstGold = [...kept].some((k) => pairOf(r.lower, r.candidates[k].higher)?.gold);
      for (const [k, cut] of why) {
        const c = r.candidates[k];
        const g = pairOf(r.lower, c.higher);
        if (!g) continue;
        const paras = paragraphBigrams(textOf.get(r.lower) ?? '');
        const [cb, fb] = [paragraphBigrams(textOf.get(c.higher) ?? '').concat(), paragraphBigrams(textOf.get(r.candidates[ks[0]].higher) ?? '')].map((ps) => new Set(ps.flatMap((x) => [...x])));
        const shareIn = (pp: Set<string>, t: Set<string>) => [...pp].filter((x) => t.has(x)).length / (pp.size || 1);
        const sc = paras.map((pp) => [shareIn(pp, cb), shareIn(pp, fb)]);
        const pi = sc.reduce((b, x, i) => (x[0] - x[1] > sc[b][0] - sc[b][1] ? i : b), 0);
        const fi = sc.reduce((b, x, i) => (x[1] > sc[b][1] ? i : b), 0);
        const [own, other] = sc[pi] ?? [0, 0];
        const w = idfOf(docOfM.get(r.lower)!, docOfM.get(c.higher)!);
        const shareW = (pp: Set<string>, t: Set<string>) => { let a = 0, b = 0; for (const x of pp) { a += w(x); if (t.has(x)) b += w(x); } return a ? b / a : 0; };
        const sw = paras.map((pp) => [shareW(pp, cb), shareW(pp, fb)]);
        const pw = sw.reduce((b, x, i) => (x[0] - x[1] > sw[b][0] - sw[b][1] ? i : b), 0);
        const fw = sw.reduce((b, x, i) => (x[1] > sw[b][1] ? i : b), 0);
        const [ownIdf, otherIdf] = sw[pw] ?? [0, 0];
        out.push({ own, other, apart: paras.length > 1 && fi !== pi, ownIdf, otherIdf, apartIdf: paras.length > 1 && fw !== pw, item: (r.items ?? []).some(([dd, its]) => dd === doc && its.some((it) => it.higher === c.higher)), set: id, lower: r.lower, higher: c.higher, cut, gold: g.gold, restored: linked.has(`${r.lower}>${c.higher}`), score: c.score, best, rank: ks.indexOf(k) + 1, clauses: r.clauses ?? 1, share: sh.get(c.higher) ?? 0, firstGold });
      }
    }
  }
  return out;
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const tag = arg('--tag') ?? 'h59sel-base';
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const all: CutRow[] = [];
  for (const id of sets) all.push(...(await cutRows(id, tag)));
  const live = all.filter((x) => !x.restored);
  const cell = (xs: CutRow[]) => `${xs.filter((x) => x.gold).length} / ${xs.filter((x) => !x.gold).length}`;
  const cuts = ['relative', 'top-k', 'paragraph'] as const;
  console.log(`| set | ${cuts.join(' | ')} | all (gold / not) |`);
  console.log(`|---|${cuts.map(() => '---|').join('')}---|`);
  for (const id of sets) {
    const xs = live.filter((x) => x.set === id);
    if (xs.length) console.log(`| ${id} | ${cuts.map((c) => cell(xs.filter((x) => x.cut === c))).join(' | ')} | ${cell(xs)} |`);
  }
  console.log(`| **all** | ${cuts.map((c) => cell(live.filter((x) => x.cut === c))).join(' | ')} | ${cell(live)} |`);
  console.log(`restored by a later step (not counted): ${cell(all.filter((x) => x.restored))}`);
  console.log(`with the kept link gold (a second link): ${cuts.map((c) => `${c} ${cell(live.filter((x) => x.cut === c && x.firstGold))}`).join(', ')}`);
  if (process.argv.includes('--rows')) for (const x of live) console.log(JSON.stringify(x));
}

if (process.argv[1]?.endsWith('session59-selection.ts')) void main();
