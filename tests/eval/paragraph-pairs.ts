// Session 32 (issue 13): one new signal for "the higher's core restated in other wording" (docs/history/links.md,
// session 31's largest class of missed strong links), weighed on the linker's own links before anything is built into
// ingest/link/. A pair's signal is the best IDF-weighted cosine between one paragraph of the lower article and one
// paragraph of the higher one, both brought to one form by every group of ingest/lexicon/drafting-rewrites.txt (IDF
// over the higher document's articles). Two kinds of rule are replayed over the snapshot's links (not over a
// re-selection): ADD the candidate with the best signal among a lower article's aligned candidates in a higher
// document (when the signal ≥ T and the score ≥ min; optionally only when the lower article has no link there), or
// RAISE a partial link to implements (signal ≥ T). Figures per set: link F1 (TP, FP), strong recall, coverage verdicts.
// `npx tsx tests/eval/paragraph-pairs.ts [--sets real,unseen,legalaid,charity,fire,residents,teachers,statistics] [--fresh] [--diag]`.
// Dev sets only (dev-cache.ts refuses the held-out link sets). Measured in session 32: no setting passes.
import { articleKey, DEV_REGULATION_SETS, loadDev } from './dev-cache.js';
import { coverageAccuracy, measureKeys, scoreLinks, withLinks } from './links.js';
import { drafting } from '../../ingest/link/drafting.js';
import { DRAFTING_REWRITES } from '../../ingest/link/options.js';
import type { DevSet } from './second-links.js';
import type { SetId } from './sets.js';

const rewrite = drafting(DRAFTING_REWRITES);
const LABEL = /^\s*第[一二三四五六七八九十百零〇]+条(?:之[一二三四五六七八九十]+)?/;

type Vec = { v: Map<string, number>; n: number };
/** Character-bigram counts of a text (Han runs only). */
export function bigramCounts(t: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const run of t.split(/[^\u4e00-\u9fff]+/)) for (let i = 0; i + 1 < run.length; i++) m.set(run.slice(i, i + 2), (m.get(run.slice(i, i + 2)) ?? 0) + 1);
  return m;
}
/** The paragraphs (lines) of a unit, its label left out, each rewritten and counted (three bigrams at least). */
export function paragraphCounts(text: string): Map<string, number>[] {
  return text.replace(LABEL, '').split('\n').map((p) => bigramCounts(rewrite(p))).filter((m) => m.size >= 3);
}
function vec(m: Map<string, number>, idf: (b: string) => number): Vec {
  const v = new Map<string, number>();
  let n = 0;
  for (const [b, c] of m) {
    const w = (1 + Math.log(c)) * Math.max(0, idf(b));
    v.set(b, w);
    n += w * w;
  }
  return { v, n: Math.sqrt(n) };
}
function cos(a: Vec, b: Vec): number {
  if (!a.n || !b.n) return 0;
  let s = 0;
  for (const [k, w] of a.v) s += w * (b.v.get(k) ?? 0);
  return s / a.n / b.n;
}
/** The best cosine between a paragraph of `lower` and a paragraph of `higher`. */
export function paragraphPairSimilarity(lower: string, higher: string, idf: (b: string) => number): number {
  const [lp, hp] = [paragraphCounts(lower).map((m) => vec(m, idf)), paragraphCounts(higher).map((m) => vec(m, idf))];
  let best = 0;
  for (const a of lp) for (const b of hp) best = Math.max(best, cos(a, b));
  return best;
}

export interface Row {
  lower: string;
  higher: string;
  sim: number;
  score: number;
  linked?: 'implements' | 'partial';
  /** Rank of this candidate by `sim` among the lower article's candidates in the higher document (0: best). */
  rankSim: number;
  lowerHasLinkInDoc: boolean;
}

/** Every aligned candidate of the set's regulation measures, with its signal. */
export function rows(d: DevSet): Row[] {
  const text = new Map<string, string>();
  const docOf = new Map<string, string>();
  const byDoc = new Map<string, string[]>();
  for (const n of d.snapshot.nodes) {
    if (n.attributes.type !== 'Measure') continue;
    text.set(n.key, n.attributes.text);
    docOf.set(n.key, n.attributes.docId);
    (byDoc.get(n.attributes.docId) ?? byDoc.set(n.attributes.docId, []).get(n.attributes.docId)!).push(n.key);
  }
  const idfOf = new Map<string, (b: string) => number>();
  const idf = (doc: string) => {
    let f = idfOf.get(doc);
    if (f) return f;
    const df = new Map<string, number>();
    const us = byDoc.get(doc) ?? [];
    for (const u of us) for (const b of bigramCounts(rewrite(text.get(u)!)).keys()) df.set(b, (df.get(b) ?? 0) + 1);
    f = (b: string) => Math.log((us.length + 1) / ((df.get(b) ?? 0) + 0.5));
    idfOf.set(doc, f);
    return f;
  };
  const linked = new Map<string, 'implements' | 'partial'>();
  for (const e of d.snapshot.edges) if (e.attributes.type === 'IMPLEMENTS') linked.set(`${e.source}>${e.target}`, e.attributes.verdict);
  const out: Row[] = [];
  for (const r of d.cands.records) {
    if (r.genre !== 'regulation') continue;
    for (const doc of new Set(r.candidates.map((c) => docOf.get(c.higher)!))) {
      const cs = r.candidates.filter((c) => docOf.get(c.higher) === doc);
      const sims = cs.map((c) => paragraphPairSimilarity(text.get(r.lower) ?? '', text.get(c.higher) ?? '', idf(doc)));
      const order = sims.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0]).map(([, i]) => i);
      const has = cs.some((c) => linked.has(`${r.lower}>${c.higher}`));
      cs.forEach((c, i) => out.push({ lower: r.lower, higher: c.higher, sim: sims[i], score: c.score, linked: linked.get(`${r.lower}>${c.higher}`), rankSim: order.indexOf(i), lowerHasLinkInDoc: has }));
    }
  }
  return out;
}

type Rule = (r: Row) => 'implements' | 'partial' | undefined;
/** The snapshot's links with a rule's changes, scored against the set's gold, before and after. */
export function replay(d: DevSet, rs: Row[], rule: Rule) {
  const links = new Map<string, { lower: string; higher: string; score: number; verdict: 'implements' | 'partial' }>();
  for (const e of d.snapshot.edges) if (e.attributes.type === 'IMPLEMENTS') links.set(`${e.source}>${e.target}`, { lower: e.source, higher: e.target, score: e.attributes.score, verdict: e.attributes.verdict });
  for (const r of rs) {
    const v = rule(r);
    if (v) links.set(`${r.lower}>${r.higher}`, { lower: r.lower, higher: r.higher, score: r.score, verdict: v });
  }
  const snap = withLinks(d.snapshot, [...links.values()]);
  const [s0, s1] = [scoreLinks(d.gold, d.snapshot), scoreLinks(d.gold, snap)];
  return { before: { f1: s0.f1, tp: s0.tp, fp: s0.fp, strongRecall: s0.strongRecall, right: coverageAccuracy(d.gold, d.snapshot).right }, after: { f1: s1.f1, tp: s1.tp, fp: s1.fp, strongRecall: s1.strongRecall, right: coverageAccuracy(d.gold, snap).right } };
}

async function main(): Promise<void> {
  const arg = process.argv.indexOf('--sets');
  const ids = (arg > 0 ? process.argv[arg + 1] : DEV_REGULATION_SETS.join(',')).split(',') as SetId[];
  const sets: { d: DevSet; rs: Row[] }[] = [];
  for (const id of ids) {
    const d = await loadDev(id, {}, 'h32', process.argv.includes('--fresh'));
    sets.push({ d, rs: rows(d) });
  }
  const line = (name: string, rule: Rule) => {
    let falls = false;
    const parts = sets.map(({ d, rs }) => {
      const { before: a, after: b } = replay(d, rs, rule);
      if (b.right < a.right || b.f1 < a.f1 - 1e-9) falls = true;
      return `${d.id} F1 ${a.f1.toFixed(4)}→${b.f1.toFixed(4)} (${a.tp}/${a.fp}→${b.tp}/${b.fp}) sR ${b.strongRecall.toFixed(2)} v ${a.right}→${b.right}`;
    });
    console.log(`${falls ? 'FALLS' : 'ok   '} ${name.padEnd(40)} ${parts.join(' | ')}`);
  };
  for (const T of [0.3, 0.4, 0.5, 0.6, 0.7])
    for (const min of [0.05, 0.08, 0.1]) {
      line(`add best, unlinked in doc, T ${T} min ${min}`, (r) => (!r.lowerHasLinkInDoc && r.rankSim === 0 && r.sim >= T && r.score >= min && !r.linked ? 'implements' : undefined));
      line(`add best, T ${T} min ${min}`, (r) => (r.rankSim === 0 && r.sim >= T && r.score >= min && !r.linked ? 'implements' : undefined));
      line(`add any as partial, T ${T} min ${min}`, (r) => (r.sim >= T && r.score >= min && !r.linked ? 'partial' : undefined));
      line(`raise partial, T ${T} min ${min}`, (r) => (r.linked === 'partial' && r.sim >= T && r.score >= min ? 'implements' : undefined));
    }
  if (!process.argv.includes('--diag')) return;
  // The signal of the gold-strong links the linker misses or calls partial, and its spread by gold grade × verdict.
  const bins = new Map<string, number[]>();
  for (const { d, rs } of sets) {
    const keys = measureKeys(d.snapshot);
    const g = new Map(d.gold.links.map((l) => [`${articleKey(l.lower)}>${articleKey(l.higher)}`, l.strength]));
    for (const r of rs) {
      const [lk, hk] = [(keys.get(r.lower) ?? []).map(articleKey), (keys.get(r.higher) ?? []).map(articleKey)];
      let st: string | undefined;
      for (const a of lk) for (const b of hk) st ??= g.get(`${a}>${b}`);
      const cls = `${st ?? 'none'}/${r.linked ?? 'unlinked'}`;
      (bins.get(cls) ?? bins.set(cls, []).get(cls)!).push(r.sim);
      if (st === 'strong' && r.linked !== 'implements') console.log(`  ${d.id} strong ${r.linked ?? '-'} ${lk[0]} -> ${hk[0]?.split('#')[1]} score ${r.score.toFixed(3)} sim ${r.sim.toFixed(3)} rank ${r.rankSim}`);
    }
  }
  for (const [k, v] of bins) {
    v.sort((a, b) => a - b);
    const q = (p: number) => v[Math.floor(p * (v.length - 1))]?.toFixed(2);
    console.log(`${k.padEnd(24)} ${v.length} q10 ${q(0.1)} q50 ${q(0.5)} q90 ${q(0.9)}`);
  }
}

if (process.argv[1]?.endsWith('paragraph-pairs.ts')) void main();
