// Session 25 (issue 13): do the candidate features, combined, choose links better than the linker's hand-made rules?
// A logistic regression over every aligned candidate of an annotated document pair (the score and its three signals,
// the rank and share of the best in its higher document, the best's margin over the second, the score over the best any
// other lower article of the document has against the same higher one, paragraph share, clause count, the distance of
// the two articles' relative positions, same article number, the thresholds' and rules' flags), trained on four dev
// regulation sets and tested on the fifth (leave one set out). Its links either replace the linker's among the aligned
// candidates (`replace`; cited articles and duty items kept) or are added to them (`add`), at a probability cut.
// `npx tsx tests/eval/pair-model.ts`. Dev sets only.
import { articleKey, DEV_REGULATION_SETS, docOf, loadDev } from './dev-cache.js';
import { scoreLinks, select, withLinks } from './links.js';
import { defaults, index, type DevSet } from './second-links.js';

export interface Example { lower: string; higher: string; score: number; x: number[]; y: 0 | 1 }

export function examples(set: DevSet): Example[] {
  const ix = index(set.snapshot);
  const keyOf = new Map([...ix.byKey].map(([k, id]) => [id, k]));
  const gold = new Set(set.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const annotated = new Set(set.gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const size = new Map<string, number>();
  for (const [id, o] of ix.ord) size.set(docOf(id), Math.max(size.get(docOf(id)) ?? 1, o));
  // The best score of any lower article of a document against each higher article.
  const bestOf = new Map<string, number>();
  for (const r of set.cands.records) for (const c of r.candidates) bestOf.set(`${docOf(r.lower)}|${c.higher}`, Math.max(bestOf.get(`${docOf(r.lower)}|${c.higher}`) ?? 0, c.score));
  const number = (id: string) => /第([^第条]+)条$/.exec(id)?.[1];
  const out: Example[] = [];
  for (const r of set.cands.records) {
    const lk = keyOf.get(r.lower);
    if (!lk || r.genre !== 'regulation') continue;
    const shares = new Map((r.shares ?? []).map(([d, xs]) => [d, new Map(xs)]));
    for (const d of new Set(r.candidates.map((c) => c.doc))) {
      const inDoc = r.candidates.filter((c) => c.doc === d).sort((a, b) => b.score - a.score);
      const hk0 = keyOf.get(inDoc[0].higher);
      if (!hk0 || !annotated.has(`${lk.split('#')[0]}>${hk0.split('#')[0]}`)) continue;
      const [top, second] = [inDoc[0].score || 1e-6, inDoc[1]?.score ?? 0];
      inDoc.forEach((c, rank) => {
        const reverse = c.score / Math.max(1e-6, bestOf.get(`${docOf(r.lower)}|${c.higher}`)!);
        const at = (id: string) => ix.ord.get(id)! / size.get(docOf(id))!;
        const x = [
          1, c.score, c.signals.reuse, c.signals.text, c.signals.entities, Math.log(rank + 1), c.score / top, rank === 0 ? 1 : 0,
          rank === 0 ? Math.min(3, top / Math.max(second, 0.01)) : 0, Math.min(3, reverse), reverse >= 1 ? 1 : 0,
          Math.log(r.clauses ?? 1), shares.get(d)?.get(c.higher) ?? 0, Math.abs(at(r.lower) - at(c.higher)), number(r.lower) === number(c.higher) ? 1 : 0,
          c.score >= 0.13 ? 1 : 0, c.strong ? 1 : 0, c.chapter ? 1 : 0, c.factor,
        ];
        const hk = keyOf.get(c.higher) ?? c.higher;
        out.push({ lower: r.lower, higher: c.higher, score: c.score, x, y: gold.has(`${lk}>${articleKey(hk)}`) ? 1 : 0 });
      });
    }
  }
  return out;
}

/** Logistic regression by gradient descent on standardised features (L2 `l2`, the intercept first and unpenalised);
 *  the weights on the raw features. */
export function train(xs: Example[], l2 = 0.01, epochs = 300, rate = 0.5): number[] {
  const n = xs[0].x.length;
  const mu = new Array<number>(n).fill(0);
  const sd = new Array<number>(n).fill(0);
  for (const e of xs) e.x.forEach((v, i) => (mu[i] += v / xs.length));
  for (const e of xs) e.x.forEach((v, i) => (sd[i] += (v - mu[i]) ** 2 / xs.length));
  for (let i = 0; i < n; i++) sd[i] = Math.sqrt(sd[i]) || 1;
  [mu[0], sd[0]] = [0, 1];
  const z = xs.map((e) => e.x.map((v, i) => (v - mu[i]) / sd[i]));
  const w = new Array<number>(n).fill(0);
  for (let t = 0; t < epochs; t++) {
    const g = new Array<number>(n).fill(0);
    z.forEach((x, k) => {
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, i) => s + v * w[i], 0)));
      x.forEach((v, i) => (g[i] += ((p - xs[k].y) * v) / xs.length));
    });
    for (let i = 0; i < n; i++) w[i] -= rate * (g[i] + (i ? l2 * w[i] : 0));
  }
  const raw = w.map((v, i) => v / sd[i]);
  raw[0] = w[0] - w.slice(1).reduce((s, v, i) => s + (v * mu[i + 1]) / sd[i + 1], 0);
  return raw;
}

export const probability = (w: number[], x: number[]) => 1 / (1 + Math.exp(-x.reduce((s, v, i) => s + v * w[i], 0)));

async function main(): Promise<void> {
  const sets: DevSet[] = [];
  for (const id of DEV_REGULATION_SETS) sets.push(await loadDev(id));
  const data = sets.map(examples);
  console.log(`examples ${data.flat().length}, gold ${data.flat().filter((e) => e.y).length}`);
  for (const mode of ['replace', 'add'] as const) {
    for (const cut of [0.3, 0.4, 0.5, 0.6]) {
      const figs = sets.map((s, i) => {
        const w = train(data.filter((_, j) => j !== i).flat());
        const own = select(s.cands, defaults);
        const key = (l: { lower: string; higher: string }) => `${l.lower}>${l.higher}`;
        const chosen = new Set(data[i].filter((e) => probability(w, e.x) >= cut).map(key));
        const aligned = new Set(data[i].map(key));
        const cited = new Set(s.cands.cited.map(key));
        const links = mode === 'replace' ? own.filter((l) => cited.has(key(l)) || !aligned.has(key(l)) || chosen.has(key(l))) : [...own];
        const have = new Set(links.map(key));
        for (const e of data[i]) if (chosen.has(key(e)) && !have.has(key(e))) links.push({ lower: e.lower, higher: e.higher, score: e.score, verdict: 'partial' });
        return [scoreLinks(s.gold, withLinks(s.snapshot, own)).f1, scoreLinks(s.gold, withLinks(s.snapshot, links)).f1];
      });
      const mean = (k: 0 | 1) => figs.reduce((a, f) => a + f[k], 0) / figs.length;
      console.log(`${mode} at ${cut}: mean F1 ${mean(0).toFixed(4)} -> ${mean(1).toFixed(4)}  ${DEV_REGULATION_SETS.map((id, i) => `${id} ${figs[i][0].toFixed(3)}->${figs[i][1].toFixed(3)}`).join(' ')}`);
    }
  }
}

if (process.argv[1]?.endsWith('pair-model.ts')) void main();
