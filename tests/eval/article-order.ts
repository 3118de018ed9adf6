// Session 25 (issue 13): a joint, order-keeping alignment of a lower document's articles to its higher document's, and
// the links of sibling documents, as evidence for links the per-candidate selection misses or should drop.
// Order: per annotated document pair, the monotone path (each article at most once on each side, order kept, as a
// provincial 实施办法 restating its law article by article) of greatest total (score − t) over the aligned candidates
// scoring at least `min` (monotonePath). Counted: the linker's links on and off the path (gold : non-gold), what the
// path would add (a linked or an unlinked lower article's candidate), and drop rules for off-path links by the distance
// in articles to the path and the share of path links they cross.
// Siblings (`--siblings`): a left-out candidate h of lower article a is supported when the article most similar to a
// (IDF-weighted bigram cosine) in another lower document of the same higher document links to h.
// `npx tsx tests/eval/article-order.ts [--sets …] [--siblings]`. Dev sets only.
import { articleKey, DEV_REGULATION_SETS, docOf, hanBigrams, loadDev, tally } from './dev-cache.js';
import { select } from './links.js';
import { defaults, index, type DevSet } from './second-links.js';
import type { SetId } from './sets.js';

/** The monotone one-to-one path through score matrix `s` (rows: lower articles in order, columns: higher) of
 *  greatest total (s − t) over cells scoring at least `min`; [row, column] pairs in order. */
export function monotonePath(s: ArrayLike<number>[], min: number, t: number): [number, number][] {
  const n = s.length;
  const m = n ? s[0].length : 0;
  const d = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const from = Array.from({ length: n + 1 }, () => new Int8Array(m + 1));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const x = s[i - 1][j - 1];
      let [best, b] = [d[i - 1][j], 1];
      if (d[i][j - 1] > best) [best, b] = [d[i][j - 1], 2];
      if (x >= min && d[i - 1][j - 1] + x - t > best) [best, b] = [d[i - 1][j - 1] + x - t, 3];
      [d[i][j], from[i][j]] = [best, b];
    }
  }
  const path: [number, number][] = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    if (from[i][j] === 3) path.push([--i, --j]);
    else if (from[i][j] === 1) i--;
    else j--;
  }
  return path.reverse();
}

export interface OrderRow { set: string; kind: 'on path' | 'off path' | 'add'; gold: string | null; score: number; lowerLinked: boolean; dist: number; cross: number }

export function orderRows(set: DevSet, min: number, t: number): OrderRow[] {
  const ix = index(set.snapshot);
  const keyOf = new Map([...ix.byKey].map(([k, id]) => [id, k]));
  const fileOf = (id: string) => keyOf.get(id)?.split('#')[0];
  const gold = new Map(set.gold.links.map((l) => [`${articleKey(l.lower)}>${articleKey(l.higher)}`, l.strength]));
  const annotated = new Set(set.gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const links = select(set.cands, defaults);
  const linked = new Set(links.map((l) => `${l.lower}>${l.higher}`));
  const byPair = new Map<string, { l: string; h: string; s: number }[]>();
  for (const r of set.cands.records) {
    for (const c of r.candidates) {
      if (!annotated.has(`${fileOf(r.lower)}>${fileOf(c.higher)}`)) continue;
      const k = `${docOf(r.lower)}|${docOf(c.higher)}`;
      (byPair.get(k) ?? byPair.set(k, []).get(k)!).push({ l: r.lower, h: c.higher, s: c.score });
    }
  }
  const out: OrderRow[] = [];
  for (const cs of byPair.values()) {
    const inOrder = (xs: string[]) => [...new Set(xs)].sort((a, b) => ix.ord.get(a)! - ix.ord.get(b)!);
    const [ls, hs] = [inOrder(cs.map((c) => c.l)), inOrder(cs.map((c) => c.h))];
    const [li, hi] = [new Map(ls.map((x, i) => [x, i])), new Map(hs.map((x, i) => [x, i]))];
    const s = ls.map(() => new Float64Array(hs.length));
    for (const c of cs) s[li.get(c.l)!][hi.get(c.h)!] = c.s;
    const path = monotonePath(s, min, t);
    const onPath = new Set(path.map(([i, j]) => `${ls[i]}>${hs[j]}`));
    const lowerLinked = new Set(links.filter((l) => docOf(l.higher) === docOf(hs[0])).map((l) => l.lower));
    for (const c of cs) {
      const key = `${c.l}>${c.h}`;
      const [a, b] = [li.get(c.l)!, hi.get(c.h)!];
      const near = path.filter(([x]) => Math.abs(x - a) <= 2);
      const dist = near.length ? Math.min(...near.map(([, y]) => Math.abs(ix.ord.get(hs[y])! - ix.ord.get(c.h)!))) : 99;
      const cross = path.filter(([x, y]) => (x - a) * (y - b) < 0).length / Math.max(1, path.length);
      const [lk, hk] = [keyOf.get(c.l), keyOf.get(c.h)];
      const g = (lk && hk && gold.get(`${articleKey(lk)}>${articleKey(hk)}`)) || null;
      if (linked.has(key)) out.push({ set: set.id, kind: onPath.has(key) ? 'on path' : 'off path', gold: g, score: c.s, lowerLinked: true, dist, cross });
      else if (onPath.has(key)) out.push({ set: set.id, kind: 'add', gold: g, score: c.s, lowerLinked: lowerLinked.has(c.l), dist, cross });
    }
  }
  return out;
}

export interface SiblingRow { set: string; gold: string | null; score: number; sim: number; lowerLinked: boolean }

export function siblingRows(set: DevSet): SiblingRow[] {
  const ix = index(set.snapshot);
  const keyOf = new Map([...ix.byKey].map(([k, id]) => [id, k]));
  const fileOf = (id: string) => keyOf.get(id)?.split('#')[0];
  const gold = new Map(set.gold.links.map((l) => [`${articleKey(l.lower)}>${articleKey(l.higher)}`, l.strength]));
  const annotated = new Set(set.gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const linkedTo = new Map<string, Set<string>>();
  for (const l of select(set.cands, defaults)) (linkedTo.get(l.lower) ?? linkedTo.set(l.lower, new Set()).get(l.lower)!).add(l.higher);
  const lowersOf = new Map<string, Set<string>>();
  for (const r of set.cands.records) for (const c of r.candidates) if (annotated.has(`${fileOf(r.lower)}>${fileOf(c.higher)}`)) (lowersOf.get(docOf(c.higher)) ?? lowersOf.set(docOf(c.higher), new Set()).get(docOf(c.higher))!).add(docOf(r.lower));
  const units = new Map<string, string[]>();
  for (const id of ix.text.keys()) (units.get(docOf(id)) ?? units.set(docOf(id), []).get(docOf(id))!).push(id);
  // IDF-weighted bigram vectors of every lower document's articles.
  const bigrams = new Map<string, Set<string>>();
  const df = new Map<string, number>();
  for (const ds of lowersOf.values()) for (const d of ds) for (const u of units.get(d) ?? []) {
    if (bigrams.has(u)) continue;
    const b = hanBigrams(ix.text.get(u) ?? '');
    bigrams.set(u, b);
    for (const x of b) df.set(x, (df.get(x) ?? 0) + 1);
  }
  const vectors = new Map<string, Map<string, number>>();
  const vector = (u: string) => {
    let v = vectors.get(u);
    if (v) return v;
    v = new Map([...(bigrams.get(u) ?? [])].map((x) => [x, Math.log(bigrams.size / (df.get(x) ?? 1))]));
    const norm = Math.sqrt([...v.values()].reduce((a, w) => a + w * w, 0)) || 1;
    for (const [x, w] of v) v.set(x, w / norm);
    vectors.set(u, v);
    return v;
  };
  const cos = (a: string, b: string) => [...vector(a)].reduce((s, [x, w]) => s + w * (vector(b).get(x) ?? 0), 0);
  const out: SiblingRow[] = [];
  for (const r of set.cands.records) {
    const lk = keyOf.get(r.lower);
    if (!lk) continue;
    const mine = linkedTo.get(r.lower) ?? new Set();
    for (const h of new Set(r.candidates.map((c) => docOf(c.higher)))) {
      const cs = r.candidates.filter((c) => docOf(c.higher) === h);
      if (!annotated.has(`${fileOf(r.lower)}>${fileOf(cs[0].higher)}`)) continue;
      const nearest = [...(lowersOf.get(h) ?? [])].filter((d) => d !== docOf(r.lower)).flatMap((d) => {
        const best = (units.get(d) ?? []).map((u) => [u, cos(r.lower, u)] as const).sort((a, b) => b[1] - a[1])[0];
        return best ? [best] : [];
      });
      const lowerLinked = cs.some((c) => mine.has(c.higher));
      for (const c of cs) {
        if (mine.has(c.higher)) continue;
        const sim = Math.max(0, ...nearest.filter(([b]) => linkedTo.get(b)?.has(c.higher)).map(([, x]) => x));
        if (!sim) continue;
        const hk = keyOf.get(c.higher);
        out.push({ set: set.id, gold: (hk && gold.get(`${articleKey(lk)}>${articleKey(hk)}`)) || null, score: c.score, sim, lowerLinked });
      }
    }
  }
  return out;
}

async function main(): Promise<void> {
  const arg = process.argv.indexOf('--sets');
  const ids = (arg > 0 ? process.argv[arg + 1].split(',') : DEV_REGULATION_SETS) as SetId[];
  const sets: DevSet[] = [];
  for (const id of ids) sets.push(await loadDev(id));
  if (process.argv.includes('--siblings')) {
    const rows = sets.flatMap(siblingRows);
    for (const linked of [false, true]) for (const sim of [0.3, 0.5]) for (const sc of [0.04, 0.08]) console.log(tally(`${linked ? 'linked' : 'unlinked'} lower, sibling similarity >= ${sim}, score >= ${sc}`, rows, (x) => x.lowerLinked === linked && x.sim >= sim && x.score >= sc));
    return;
  }
  for (const [min, t] of [[0.03, 0.02], [0.06, 0.05], [0.08, 0.05]]) {
    const rows = sets.flatMap((s) => orderRows(s, min, t));
    console.log(`\npath over candidates >= ${min}, each cell counting score - ${t}:`);
    console.log(tally('  the linker\'s links on the path', rows, (x) => x.kind === 'on path'));
    console.log(tally('  the linker\'s links off the path', rows, (x) => x.kind === 'off path'));
    for (const sc of [0.06, 0.1]) {
      console.log(tally(`  add: a linked lower article, score >= ${sc}`, rows, (x) => x.kind === 'add' && x.lowerLinked && x.score >= sc));
      console.log(tally(`  add: an unlinked lower article, score >= ${sc}`, rows, (x) => x.kind === 'add' && !x.lowerLinked && x.score >= sc));
    }
    for (const d of [3, 8, 20]) console.log(tally(`  drop: off the path by >= ${d} articles`, rows, (x) => x.kind === 'off path' && x.dist >= d));
    for (const c of [0.3, 0.5]) console.log(tally(`  drop: off the path, crossing >= ${c} of it`, rows, (x) => x.kind === 'off path' && x.cross >= c));
  }
}

if (process.argv[1]?.endsWith('article-order.ts')) void main();
