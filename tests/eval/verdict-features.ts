// Session 25 (issue 13): which features of a strong link tell a higher measure the gold calls partial (weak links only)
// from one it calls implemented. Each rule turns the linker's strong links that match it (cited articles excepted) into
// partial ones on the replayed selection of every dev regulation set, and the coverage verdicts right are counted
// against the linker's (tests/eval/links.ts coverageAccuracy). The features follow the gold's strong/weak rule
// (tests/gold/README.md: strong when the lower article carries the higher's main provision, its first paragraph, whole,
// as a provision of its own; weak for a side paragraph, one list item, or a part): how much of the higher's first
// paragraph the lower article (or its best paragraph) carries, whether a later higher paragraph is carried more, whether
// the match is a list item of the lower, how many lower articles link to the higher one, the link's rank in its pair's
// scores, and whether it lies on the monotone path of its document pair (article-order.ts).
// `npx tsx tests/eval/verdict-features.ts [--sets …]`. Dev sets only.
import { DEV_REGULATION_SETS, docOf, hanBigrams, loadDev } from './dev-cache.js';
import { coverageAccuracy, select, withLinks } from './links.js';
import { defaults, index, type DevSet } from './second-links.js';
import { monotonePath } from './article-order.js';
import type { SetId } from './sets.js';

type Link = ReturnType<typeof select>[number];
export interface LinkFeatures {
  score: number;
  /** Share of the higher article's first paragraph's bigrams found in the lower article, and in its best paragraph. */
  firstCarried: number;
  firstByParagraph: number;
  /** A later paragraph of the higher article carried more than its first (share difference; 0 for one paragraph). */
  laterMore: number;
  /** The best share of the lower's list items (（一）…) and of its other paragraphs found in the higher; items at all. */
  itemMatch: number;
  leadMatch: number;
  hasItems: boolean;
  /** Lower articles of the document linked to the higher one; this link's score over the best of them. */
  inLinks: number;
  ratioIn: number;
  /** The link's score against its document pair's link scores: the share of them below it. */
  pairRank: number;
  onPath: boolean;
}

const share = (a: Set<string>, b: Set<string>) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return a.size ? n / a.size : 0;
};
const ITEM = /^\s*[（(][一二三四五六七八九十]+[)）]/;

export function linkFeatures(set: DevSet, links: Link[]): (l: Link) => LinkFeatures {
  const ix = index(set.snapshot);
  const into = new Map<string, Link[]>();
  const pairScores = new Map<string, number[]>();
  for (const l of links) {
    const k = `${docOf(l.lower)}|${l.higher}`;
    (into.get(k) ?? into.set(k, []).get(k)!).push(l);
    const p = `${docOf(l.lower)}|${docOf(l.higher)}`;
    (pairScores.get(p) ?? pairScores.set(p, []).get(p)!).push(l.score);
  }
  // The monotone path of each document pair over the aligned candidates (article-order.ts; min 0.06, t 0.05).
  const onPath = new Set<string>();
  const byPair = new Map<string, { l: string; h: string; s: number }[]>();
  for (const r of set.cands.records) for (const c of r.candidates) {
    const k = `${docOf(r.lower)}|${docOf(c.higher)}`;
    (byPair.get(k) ?? byPair.set(k, []).get(k)!).push({ l: r.lower, h: c.higher, s: c.score });
  }
  for (const cs of byPair.values()) {
    const inOrder = (xs: string[]) => [...new Set(xs)].sort((a, b) => ix.ord.get(a)! - ix.ord.get(b)!);
    const [ls, hs] = [inOrder(cs.map((c) => c.l)), inOrder(cs.map((c) => c.h))];
    const [li, hi] = [new Map(ls.map((x, i) => [x, i])), new Map(hs.map((x, i) => [x, i]))];
    const m = ls.map(() => new Float64Array(hs.length));
    for (const c of cs) m[li.get(c.l)!][hi.get(c.h)!] = c.s;
    for (const [i, j] of monotonePath(m, 0.06, 0.05)) onPath.add(`${ls[i]}>${hs[j]}`);
  }
  return (l) => {
    const paras = (id: string) => (ix.text.get(id) ?? '').split('\n').filter((x) => x.trim());
    const [lp, hp] = [paras(l.lower), paras(l.higher)];
    const [lb, hb] = [hanBigrams(lp.join('\n')), hanBigrams(hp.join('\n'))];
    const higherShares = hp.map((p) => share(hanBigrams(p), lb));
    const first = hanBigrams(hp[0] ?? '');
    const items = lp.filter((p) => ITEM.test(p));
    const leads = lp.filter((p) => !ITEM.test(p));
    const ins = into.get(`${docOf(l.lower)}|${l.higher}`)!;
    const scores = pairScores.get(`${docOf(l.lower)}|${docOf(l.higher)}`)!;
    return {
      score: l.score,
      firstCarried: higherShares[0] ?? 0,
      firstByParagraph: Math.max(0, ...lp.map((p) => share(first, hanBigrams(p)))),
      laterMore: higherShares.length > 1 ? Math.max(...higherShares.slice(1)) - higherShares[0] : 0,
      itemMatch: Math.max(0, ...items.map((p) => share(hanBigrams(p), hb))),
      leadMatch: Math.max(0, ...leads.map((p) => share(hanBigrams(p), hb))),
      hasItems: items.length > 0,
      inLinks: ins.length,
      ratioIn: l.score / Math.max(...ins.map((x) => x.score)),
      pairRank: scores.filter((s) => s < l.score).length / scores.length,
      onPath: onPath.has(`${l.lower}>${l.higher}`),
    };
  };
}

/** Coverage verdicts right per set with the strong links matching `weak` made partial (cited articles excepted). */
export function verdictsWith(sets: DevSet[], weak: (f: LinkFeatures) => boolean): number[] {
  return sets.map((s) => {
    const links = select(s.cands, defaults);
    const cited = new Set(s.cands.cited.map((c) => `${c.lower}>${c.higher}`));
    const f = linkFeatures(s, links);
    const out = links.map((l) => (l.verdict === 'implements' && !cited.has(`${l.lower}>${l.higher}`) && weak(f(l)) ? { ...l, verdict: 'partial' as const } : l));
    return coverageAccuracy(s.gold, withLinks(s.snapshot, out)).right;
  });
}

async function main(): Promise<void> {
  const arg = process.argv.indexOf('--sets');
  const ids = (arg > 0 ? process.argv[arg + 1].split(',') : DEV_REGULATION_SETS) as SetId[];
  const sets: DevSet[] = [];
  for (const id of ids) sets.push(await loadDev(id));
  const base = verdictsWith(sets, () => false);
  console.log(`coverage verdicts right, the linker: ${base.reduce((a, b) => a + b, 0)} (${ids.map((id, i) => `${id} ${base[i]}`).join(' ')})`);
  const show = (name: string, weak: (f: LinkFeatures) => boolean) => {
    const r = verdictsWith(sets, weak);
    const d = r.map((x, i) => x - base[i]);
    const sign = (x: number) => `${x >= 0 ? '+' : ''}${x}`;
    console.log(`${name.padEnd(56)} ${sign(d.reduce((a, b) => a + b, 0)).padStart(4)}  ${ids.map((id, i) => `${id} ${sign(d[i])}`).join(' ')}`);
  };
  for (const t of [0.2, 0.3, 0.4, 0.5]) show(`the higher's first paragraph carried < ${t}`, (f) => f.firstCarried < t);
  for (const t of [0.2, 0.3, 0.4]) for (const s of [0.2, 0.3]) show(`  … by one lower paragraph < ${t}, score < ${s}`, (f) => f.firstByParagraph < t && f.score < s);
  for (const t of [0, 0.1, 0.2]) show(`a later higher paragraph carried more (by > ${t})`, (f) => f.laterMore > t);
  for (const t of [0, 0.2]) show(`a list item of the lower matches best (by > ${t})`, (f) => f.hasItems && f.itemMatch > f.leadMatch + t);
  for (const n of [2, 3]) show(`${n} or more lower articles link to the higher one`, (f) => f.inLinks >= n);
  for (const q of [0.1, 0.2, 0.3]) show(`in the lowest ${q} of its document pair's scores`, (f) => f.pairRank < q);
  for (const s of [0.2, 0.3, 1]) show(`off the pair's monotone path, score < ${s}`, (f) => !f.onPath && f.score < s);
}

if (process.argv[1]?.endsWith('verdict-features.ts')) void main();
