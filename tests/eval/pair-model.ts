// Session 25, revisited in session 49 (issue 13): do the candidate features, combined, choose links better than the
// linker's hand-made rules? A logistic regression over every aligned candidate of an annotated document pair. Session 25
// had 19 features of the candidate alone, five dev families, and let the model replace or add to the linker's links.
// Session 49 adds what the linker itself decided — whether it chose the candidate (and as strong, or under the partial
// threshold, i.e. by one of its rules, or by an article citation), the lower article's other links and the nearest of
// them, the higher article's links from the rest of the lower document, the candidate's rank in both directions, the
// unit and item shares, the higher article being a penalty, definitions, scope or purpose article — and uses the model
// only where the linker is weakest: to **add** a candidate the linker left out (`add`: every one from the cut; `add1`:
// the most probable one of each lower article and higher document) or to **drop** a non-cited link it kept (`drop`).
// Each development regulation family is left out in turn: the model is trained on the others, the cut chosen on the
// others (the best mean F1 over the training families at that fold's weights), and both applied to the one left out.
// `npx tsx tests/eval/pair-model.ts [--tag <cache tag>] [--fresh] [--weights <out.json>] [--features]`. Dev sets only
// (dev-cache.ts refuses the held-out ones).
import { writeFileSync } from 'node:fs';
import { articleKey, DEV_REGULATION_SETS, docOf, loadDev } from './dev-cache.js';
import { coverageAccuracy, scoreLinks, select, withLinks } from './links.js';
import { defaults, index, type DevSet } from './second-links.js';
import { DEFAULT_LINK_OPTIONS } from '../../ingest/link/options.js';
import type { Snapshot } from '../../graph-schema/index.js';

export interface Example { lower: string; higher: string; score: number; x: number[]; y: 0 | 1; chosen: boolean; cited: boolean; partial?: boolean }

type Link = ReturnType<typeof select>[number];

/** The features' names, in the order of Example.x (the first is the intercept). */
export const FEATURES = [
  'bias', 'score', 'reuse', 'text', 'entities', 'factor', 'log(rank+1) in its higher document', 'score / best of the document',
  'rank 0', 'margin of the best over the second (≤ 3)', 'score / best of any other lower article for the higher (≤ 3)',
  'the lower is the best of its document for the higher', 'log clauses', 'paragraph share', 'unit carried', 'best item score',
  'log(1 + shared entities)', 'relative position distance', 'same article number', 'may be strong', 'cited chapter',
  'chosen by the linker', 'chosen strong', 'chosen under the partial threshold (a rule)', 'cited article',
  'lower\'s other links into the document (≤ 3)', 'lower has no link into the document', 'lower has no link at all',
  'other lower articles linked to the higher (≤ 3)', 'neighbour (±1) of a linked article', 'distance to nearest linked (≤ 10) / 10',
  'same higher chapter as a linked article', 'higher is a penalty article', 'lower is a penalty article',
  'higher is a definitions article', 'higher is a scope or purpose article', 'log rank of the lower among the document\'s lowers for the higher',
  'lower position in its document', 'higher position in its document', 'log higher length', 'log lower length',
  'share of the lower document\'s articles linked into the higher document', 'share of the higher document\'s articles linked from the lower document',
] as const;

const PENALTY = new RegExp(DEFAULT_LINK_OPTIONS.penaltyArticles!.text);
const DEFINITIONS = /下列用语的含义|所称.{0,30}是指|是指/;
const SCOPE = /适用本(?:法|条例|办法)|本(?:法|条例|办法)适用于|为了.{0,80}制定本(?:法|条例|办法)|根据.{0,40}制定本(?:条例|办法)/;
const num = (id: string) => /第([^第条]+)条$/.exec(id)?.[1];
const flat = (t: string) => t.replace(/\s+/g, '');

/** Every aligned candidate of a lower regulation article in an annotated document pair, with its features, its gold
 *  label and whether the linker (`links`, its replayed selection) chose it. */
export function examples(set: DevSet, links: Link[] = linksOf(set.snapshot)): Example[] {
  const ix = index(set.snapshot);
  const keyOf = new Map([...ix.byKey].map(([k, id]) => [id, k]));
  const gold = new Set(set.gold.links.map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const annotated = new Set(set.gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const size = new Map<string, number>();
  for (const [id, o] of ix.ord) size.set(docOf(id), Math.max(size.get(docOf(id)) ?? 1, o));
  const at = (id: string) => (ix.ord.get(id) ?? 0) / (size.get(docOf(id)) ?? 1);
  // Every lower article's score against each higher article, by lower document and higher.
  const byHigher = new Map<string, number[]>();
  for (const r of set.cands.records) for (const c of r.candidates) {
    const k = `${docOf(r.lower)}|${c.higher}`;
    (byHigher.get(k) ?? byHigher.set(k, []).get(k)!).push(c.score);
  }
  for (const v of byHigher.values()) v.sort((a, b) => b - a);
  const chosen = new Map(links.map((l) => [`${l.lower}>${l.higher}`, l]));
  const cited = new Set(set.cands.cited.map((c) => `${c.lower}>${c.higher}`));
  const linksOf = new Map<string, string[]>();
  const inDeg = new Map<string, number>();
  for (const l of links) {
    (linksOf.get(l.lower) ?? linksOf.set(l.lower, []).get(l.lower)!).push(l.higher);
    const k = `${docOf(l.lower)}|${l.higher}`;
    inDeg.set(k, (inDeg.get(k) ?? 0) + 1);
  }
  const partialAt = defaults('regulation').partial;
  // How much of each document pair the linker linked: the lower articles with a link, the higher articles linked.
  const lowersIn = new Map<string, number>();
  for (const r of set.cands.records) lowersIn.set(docOf(r.lower), (lowersIn.get(docOf(r.lower)) ?? 0) + 1);
  const pairLowers = new Map<string, Set<string>>();
  const pairHighers = new Map<string, Set<string>>();
  for (const l of links) {
    const k = `${docOf(l.lower)}|${docOf(l.higher)}`;
    (pairLowers.get(k) ?? pairLowers.set(k, new Set()).get(k)!).add(l.lower);
    (pairHighers.get(k) ?? pairHighers.set(k, new Set()).get(k)!).add(l.higher);
  }
  const out: Example[] = [];
  for (const r of set.cands.records) {
    const lk = keyOf.get(r.lower);
    if (!lk || r.genre !== 'regulation') continue;
    const lowerText = flat(ix.text.get(r.lower) ?? '');
    const shares = new Map((r.shares ?? []).map(([d, xs]) => [d, new Map(xs)]));
    const items = new Map((r.items ?? []).map(([d, xs]) => [d, xs]));
    const mine = linksOf.get(r.lower) ?? [];
    for (const d of new Set(r.candidates.map((c) => c.doc))) {
      const inDoc = r.candidates.filter((c) => c.doc === d).sort((a, b) => b.score - a.score);
      const hk0 = keyOf.get(inDoc[0].higher);
      if (!hk0 || !annotated.has(`${lk.split('#')[0]}>${hk0.split('#')[0]}`)) continue;
      const [top, second] = [inDoc[0].score || 1e-6, inDoc[1]?.score ?? 0];
      const hdoc = docOf(inDoc[0].higher);
      const pk = `${docOf(r.lower)}|${hdoc}`;
      const lowerShare = (pairLowers.get(pk)?.size ?? 0) / Math.max(1, lowersIn.get(docOf(r.lower)) ?? 1);
      const higherShare = (pairHighers.get(pk)?.size ?? 0) / Math.max(1, size.get(hdoc) ?? 1);
      inDoc.forEach((c, rank) => {
        const key = `${r.lower}>${c.higher}`;
        const all = byHigher.get(`${docOf(r.lower)}|${c.higher}`) ?? [c.score];
        const otherBest = all[0] === c.score ? (all[1] ?? 0) : all[0];
        const reverse = c.score / Math.max(1e-6, otherBest);
        const reverseRank = all.findIndex((s) => s <= c.score);
        const here = mine.filter((h) => docOf(h) === hdoc && h !== c.higher);
        const dists = here.map((h) => Math.abs((ix.ord.get(h) ?? 0) - (ix.ord.get(c.higher) ?? 0)));
        const dist = dists.length ? Math.min(10, ...dists) : 10;
        const link = chosen.get(key);
        const higherText = flat(ix.text.get(c.higher) ?? '');
        const item = Math.max(0, ...(items.get(d) ?? []).filter((it) => it.higher === c.higher).map((it) => it.score));
        const x = [
          1, c.score, c.signals.reuse, c.signals.text, c.signals.entities, c.factor, Math.log(rank + 1), c.score / top,
          rank === 0 ? 1 : 0, rank === 0 ? Math.min(3, top / Math.max(second, 0.01)) : 0, Math.min(3, reverse),
          reverse >= 1 ? 1 : 0, Math.log(r.clauses ?? 1), shares.get(d)?.get(c.higher) ?? 0, c.unit ?? 0, item,
          Math.log(1 + c.sharedEntities.length), Math.abs(at(r.lower) - at(c.higher)), num(r.lower) === num(c.higher) ? 1 : 0,
          c.strong ? 1 : 0, c.chapter ? 1 : 0,
          link ? 1 : 0, link?.verdict === 'implements' ? 1 : 0, link && link.score < partialAt ? 1 : 0, cited.has(key) ? 1 : 0,
          Math.min(3, here.length), here.length ? 0 : 1, mine.length ? 0 : 1,
          Math.min(3, (inDeg.get(`${docOf(r.lower)}|${c.higher}`) ?? 0) - (link ? 1 : 0)), dists.includes(1) ? 1 : 0, dist / 10,
          here.some((h) => ix.chapter.get(h) === ix.chapter.get(c.higher)) && ix.chapter.get(c.higher) ? 1 : 0,
          PENALTY.test(higherText) ? 1 : 0, PENALTY.test(lowerText) ? 1 : 0, DEFINITIONS.test(higherText) ? 1 : 0, SCOPE.test(higherText) ? 1 : 0,
          Math.log(1 + Math.max(0, reverseRank)), at(r.lower), at(c.higher), Math.log(1 + higherText.length), Math.log(1 + lowerText.length),
          lowerShare, Math.min(1, higherShare),
        ];
        const hk = keyOf.get(c.higher) ?? c.higher;
        out.push({ lower: r.lower, higher: c.higher, score: c.score, x, y: gold.has(`${lk}>${articleKey(hk)}`) ? 1 : 0, chosen: !!link, cited: cited.has(key), partial: link?.verdict === 'partial' });
      });
    }
  }
  return out;
}

/** Logistic regression by gradient descent on standardised features (L2 `l2`, the intercept first and unpenalised);
 *  the weights on the raw features. */
export function train(xs: Example[], l2 = 0.01, epochs = 300, rate = 0.5, weight: (e: Example) => number = () => 1): number[] {
  const n = xs[0].x.length;
  const wt = xs.map(weight);
  const total = wt.reduce((a, b) => a + b, 0);
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
      x.forEach((v, i) => (g[i] += ((p - xs[k].y) * v * wt[k]) / total));
    });
    for (let i = 0; i < n; i++) w[i] -= rate * (g[i] + (i ? l2 * w[i] : 0));
  }
  const raw = w.map((v, i) => v / sd[i]);
  raw[0] = w[0] - w.slice(1).reduce((s, v, i) => s + (v * mu[i + 1]) / sd[i + 1], 0);
  return raw;
}

export const probability = (w: number[], x: number[]) => 1 / (1 + Math.exp(-x.reduce((s, v, i) => s + v * w[i], 0)));

export type Mode = 'add' | 'add1' | 'drop' | 'dropPartial';
/** The examples a mode's model is trained on and applied to: the candidates the linker left out (add), or the links it
 *  kept and did not cite (drop; dropPartial its partial links only). */
export const scope = (mode: Mode) => (e: Example) => (mode === 'drop' ? e.chosen && !e.cited : mode === 'dropPartial' ? e.chosen && !e.cited && !!e.partial : !e.chosen);
const key = (l: { lower: string; higher: string }) => `${l.lower}>${l.higher}`;

/** The linker's links (`own`) changed by the model at `cut`: candidates it left out added as partial links (`add`; `add1`
 *  only the most probable of each lower article and higher document), or kept links that are not cited dropped (`drop`). */
export function applyModel(own: Link[], data: Example[], w: number[], mode: Mode, cut: number): { drop: Set<string>; add: Link[] } {
  if (mode === 'drop' || mode === 'dropPartial') return { drop: new Set(data.filter((e) => scope(mode)(e) && probability(w, e.x) < cut).map(key)), add: [] };
  const have = new Set(own.map(key));
  const best = new Map<string, { e: Example; p: number }>();
  for (const e of data) {
    if (e.chosen || have.has(key(e))) continue;
    const p = probability(w, e.x);
    if (p < cut) continue;
    const k = mode === 'add1' ? `${e.lower}|${docOf(e.higher)}` : key(e);
    if (!best.has(k) || best.get(k)!.p < p) best.set(k, { e, p });
  }
  return { drop: new Set(), add: [...best.values()].map(({ e }) => ({ lower: e.lower, higher: e.higher, score: e.score, verdict: 'partial' as const })) };
}

/** The IMPLEMENTS links of a snapshot, as the replay writes them. */
export const linksOf = (s: Snapshot): Link[] =>
  s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [{ lower: e.source, higher: e.target, score: e.attributes.score, verdict: e.attributes.verdict === 'partial' ? ('partial' as const) : ('implements' as const) }] : []));

/** The snapshot with the model's edit: edges dropped, partial links added (the linker's own edges kept as they are). */
export function edited(s: Snapshot, edit: { drop: Set<string>; add: Link[] }): Snapshot {
  const kept = s.edges.filter((e) => e.attributes.type !== 'IMPLEMENTS' || !edit.drop.has(`${e.source}>${e.target}`));
  const added = withLinks({ ...s, edges: [] }, edit.add).edges;
  return { ...s, edges: [...kept, ...added] };
}

/** Train on every candidate (session 25's model) rather than on the mode's own examples (`--whole`). */
const WHOLE = process.argv.includes('--whole');
/** Each training family weighs the same, whatever its number of candidates (`--balance`). */
const BALANCE = process.argv.includes('--balance');

/** The weights for `mode` trained on the families `js`. */
function fit(data: Example[][], js: number[], mode: Mode, l2: number): number[] {
  const parts = js.map((j) => data[j].filter(WHOLE ? () => true : scope(mode)));
  const of = new Map(parts.flatMap((xs) => xs.map((e) => [e, 1 / xs.length] as const)));
  return train(parts.flat(), l2, 300, 0.5, BALANCE ? (e) => of.get(e)! : () => 1);
}

export interface Fold { id: string; cut: number; before: ReturnType<typeof scoreLinks>; after: ReturnType<typeof scoreLinks>; verdicts: [number, number, number] }

const f1Of = (s: DevSet, own: Link[], data: Example[], w: number[], mode: Mode, c: number) => scoreLinks(s.gold, edited(s.snapshot, applyModel(own, data, w, mode, c))).f1;

/** The cut of `cuts` with the best mean F1 over sets `js`: in sample (the weights `w` trained on them all), or `nested`
 *  (each set scored with weights trained on the others of `js`, leave one family out inside the training families). */
function chooseCut(sets: DevSet[], data: Example[][], owns: Link[][], js: number[], mode: Mode, cuts: number[], l2: number, w: number[], nested: boolean): number {
  const ws = new Map(js.map((j) => [j, nested ? fit(data, js.filter((k) => k !== j), mode, l2) : w]));
  let [cut, bestMean] = [cuts[0], -1];
  for (const c of cuts) {
    const m = js.reduce((a, j) => a + f1Of(sets[j], owns[j], data[j], ws.get(j)!, mode, c), 0) / js.length;
    if (m > bestMean + 1e-9) [bestMean, cut] = [m, c];
  }
  return cut;
}

/** Leave one family out: for each set, weights trained on the others, the cut of `cuts` with the best mean F1 over the
 *  others (chooseCut), both applied to it. */
export function leaveOneOut(sets: DevSet[], data: Example[][], owns: Link[][], mode: Mode, cuts: number[], l2 = 0.01, nested = false): Fold[] {
  return sets.map((s, i) => {
    const others = sets.map((_, j) => j).filter((j) => j !== i);
    const w = fit(data, others, mode, l2);
    const cut = chooseCut(sets, data, owns, others, mode, cuts, l2, w, nested);
    const after = edited(s.snapshot, applyModel(owns[i], data[i], w, mode, cut));
    return { id: s.id, cut, before: scoreLinks(s.gold, s.snapshot), after: scoreLinks(s.gold, after), verdicts: [coverageAccuracy(s.gold, s.snapshot).right, coverageAccuracy(s.gold, after).right, coverageAccuracy(s.gold, s.snapshot).total] };
  });
}

async function main(): Promise<void> {
  const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const tag = arg('--tag') ?? 'default';
  const ids = (arg('--sets')?.split(',') ?? DEV_REGULATION_SETS) as typeof DEV_REGULATION_SETS;
  const sets: DevSet[] = [];
  for (const id of ids) sets.push(await loadDev(id, {}, tag, process.argv.includes('--fresh')));
  const owns = sets.map((s) => linksOf(s.snapshot));
  const data = sets.map((s, i) => examples(s, owns[i]));
  const all = data.flat();
  console.log(`examples ${all.length}, gold ${all.filter((e) => e.y).length}; left out by the linker ${all.filter((e) => !e.chosen).length} (gold ${all.filter((e) => !e.chosen && e.y).length}); chosen ${all.filter((e) => e.chosen).length} (not gold ${all.filter((e) => e.chosen && !e.y).length})`);
  const l2 = Number(arg('--l2') ?? 0.01);
  if (process.argv.includes('--features')) {
    const w = train(all, l2);
    FEATURES.forEach((f, i) => console.log(`  ${w[i].toFixed(3).padStart(8)}  ${f}`));
  }
  const grid: Record<Mode, number[]> = { add: [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 1.01], add1: [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 1.01], drop: [-0.01, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7], dropPartial: [-0.01, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7] };
  const modes = (arg('--modes')?.split(',') ?? ['add', 'add1', 'drop', 'dropPartial']).filter((m) => m in grid) as Mode[];
  for (const mode of modes) {
    const folds = leaveOneOut(sets, data, owns, mode, grid[mode], l2, process.argv.includes('--nested'));
    const mean = (k: 'before' | 'after') => folds.reduce((a, f) => a + f[k].f1, 0) / folds.length;
    const sum = (k: 'before' | 'after', m: 'tp' | 'fp') => folds.reduce((a, f) => a + f[k][m], 0);
    const v = (k: 0 | 1) => folds.reduce((a, f) => a + f.verdicts[k], 0);
    console.log(`\n${mode} (leave one family out, cut chosen on the other families): mean F1 ${mean('before').toFixed(4)} -> ${mean('after').toFixed(4)}; TP ${sum('before', 'tp')} -> ${sum('after', 'tp')}, FP ${sum('before', 'fp')} -> ${sum('after', 'fp')}; verdicts ${v(0)} -> ${v(1)}; up ${folds.filter((f) => f.after.f1 > f.before.f1 + 1e-9).length}, down ${folds.filter((f) => f.after.f1 < f.before.f1 - 1e-9).length}`);
    for (const f of folds) console.log(`  ${f.id.padEnd(13)} cut ${f.cut.toFixed(2)}  P ${f.before.precision.toFixed(3)} -> ${f.after.precision.toFixed(3)}  R ${f.before.recall.toFixed(3)} -> ${f.after.recall.toFixed(3)}  F1 ${f.before.f1.toFixed(3)} -> ${f.after.f1.toFixed(3)}  strong R ${f.before.strongRecall.toFixed(3)} -> ${f.after.strongRecall.toFixed(3)}  verdicts ${f.verdicts[0]} -> ${f.verdicts[1]}/${f.verdicts[2]}`);
  }
  const out = arg('--weights');
  if (out) writeFileSync(out, JSON.stringify({ features: FEATURES, weights: train(all, l2), sets: ids, l2 }, null, 2) + '\n');
}

if (process.argv[1]?.endsWith('pair-model.ts')) void main();
