// Session 49 (helper link, issue 13): do policy instruments read as classes separate gold from non-gold among the
// candidates the linker leaves out? Every aligned candidate of an annotated document pair that is not linked is put in
// one of two places — `low` (score 0.06 to under the partial threshold 0.13) and `cut` (over the threshold, left out by
// the relative / top-k / paragraph cuts) — and described by its policy instruments (ingest/lexicon/policy-instruments.txt,
// ingest/link/instruments.ts): the classes both articles name, how many of the higher document's articles name each, and
// the (instrument, field) pair: a clause of each article naming the same class and sharing rare field bigrams (IDF over
// the two documents' articles, the instrument terms' own bigrams left out). Counted gold / not per set for each
// condition, as second-links.ts and clause-cover.ts count (a rule adding links raises F1 only where its gold share
// passes F1/2). `npx tsx tests/eval/session49-link.ts [--sets a,b] [--tag t] [--cut phrases] [--rows [--low]]`; `--dominant
// [--rows]`: article pairs of the same dominant instrument (the class an article names most), gold / not; `--opts-json
// [class,…]`: the termClasses setting with the instrument classes added, for `links-grid.ts --opts`. The cache tag
// (default h49link-base) must be made first: `links-grid.ts --sets … --tag h49link-base --fresh`. Dev sets only
// (dev-cache.ts refuses the held-out ones).
import { articleKey, DEV_REGULATION_SETS, docOf, hanBigrams, loadDev, tally } from './dev-cache.js';
import { index } from './second-links.js';
import type { SetId } from './sets.js';
import { dominantClass, INSTRUMENT_CLASSES, INSTRUMENT_TERM_CLASSES, instrumentClauses, instrumentMatcher, type InstrumentClause } from '../../ingest/link/instruments.js';
import { TERM_CLASSES } from '../../ingest/link/options.js';

export interface InstrumentRow {
  set: string;
  lower: string;
  higher: string;
  gold: string | null;
  place: 'low' | 'cut';
  score: number;
  lowerLinked: boolean;
  lowerLinkedDoc: boolean;
  /** Classes both name. */
  shared: string[];
  /** Classes both name that at most `rare` of the higher document's articles name (the smallest such df share). */
  minDfShare: number;
  /** The best clause pair of one shared class: IDF weight of the field bigrams both clauses hold, and how many of them
   *  have IDF ≥ 2. */
  fieldWeight: number;
  fieldRare: number;
  /** The candidate is the best of the lower article's candidates in the document by fieldWeight. */
  fieldBest: boolean;
  /** Jaccard of the two articles' classes. */
  jaccard: number;
  /** Control: the best clause pair's shared field weight and rare count whatever the classes (clauses naming no
   *  instrument included), and whether it is the best of the document's candidates. */
  anyWeight: number;
  anyRare: number;
  anyBest: boolean;
  /** Shared classes that the two articles write in different terms (no term of the class in both). */
  reworded: string[];
}

const match = instrumentMatcher(INSTRUMENT_CLASSES);
type Clause = InstrumentClause;

export function instrumentRows(set: Awaited<ReturnType<typeof loadDev>>, cut: RegExp, partial = 0.13, low = 0.06): InstrumentRow[] {
  const ix = index(set.snapshot);
  const keyOf = new Map([...ix.byKey].map(([k, id]) => [id, k]));
  const gold = new Map(set.gold.links.map((l) => [`${articleKey(l.lower)}>${articleKey(l.higher)}`, l.strength]));
  const annotated = new Set(set.gold.pairs.map((p) => `${p.lower}>${p.higher}`));
  const linked = new Map<string, Set<string>>();
  for (const e of set.snapshot.edges) if (e.attributes.type === 'IMPLEMENTS') (linked.get(e.source) ?? linked.set(e.source, new Set()).get(e.source)!).add(e.target);
  const unitsOf = new Map<string, string[]>();
  for (const id of ix.text.keys()) (unitsOf.get(docOf(id)) ?? unitsOf.set(docOf(id), []).get(docOf(id))!).push(id);
  const bgOf = new Map<string, Set<string>>();
  const bg = (id: string) => bgOf.get(id) ?? bgOf.set(id, hanBigrams(ix.text.get(id) ?? '')).get(id)!;
  const idfOf = new Map<string, (b: string) => number>();
  const idf = (a: string, b: string) => {
    const key = `${a}|${b}`;
    let f = idfOf.get(key);
    if (f) return f;
    const us = [...(unitsOf.get(a) ?? []), ...(unitsOf.get(b) ?? [])];
    const df = new Map<string, number>();
    for (const u of us) for (const x of bg(u)) df.set(x, (df.get(x) ?? 0) + 1);
    idfOf.set(key, (f = (x: string) => Math.log((us.length + 1) / ((df.get(x) ?? 0) + 1))));
    return f;
  };
  const clOf = new Map<string, Clause[]>();
  const cl = (id: string) => clOf.get(id) ?? clOf.set(id, instrumentClauses(ix.text.get(id) ?? '', cut, match)).get(id)!;
  const classesOf = (id: string) => new Set(cl(id).flatMap((c) => [...c.classes]));
  const dfOf = new Map<string, Map<string, number>>();
  const classDf = (d: string) => {
    let m = dfOf.get(d);
    if (m) return m;
    dfOf.set(d, (m = new Map()));
    for (const u of unitsOf.get(d) ?? []) for (const c of classesOf(u)) m.set(c, (m.get(c) ?? 0) + 1);
    return m;
  };
  const termsOf = (id: string, c: string) => new Set(cl(id).flatMap((x) => [...x.terms].filter((t) => match(t)[0]?.cls === c)));
  const field = (lo: string, hi: string, any = false) => {
    const w = idf(docOf(lo), docOf(hi));
    let [best, rare] = [0, 0];
    for (const a of cl(lo))
      for (const b of cl(hi)) {
        if (!any && ![...a.classes].some((c) => b.classes.has(c))) continue;
        let [s, r] = [0, 0];
        for (const x of a.field)
          if (b.field.has(x)) {
            s += w(x);
            if (w(x) >= 2) r++;
          }
        if (s > best) [best, rare] = [s, r];
      }
    return { weight: best, rare };
  };
  const out: InstrumentRow[] = [];
  for (const r of set.cands.records) {
    if (r.genre !== 'regulation') continue;
    const lk = keyOf.get(r.lower);
    if (!lk) continue;
    const mine = linked.get(r.lower) ?? new Set<string>();
    for (const d of new Set(r.candidates.map((c) => docOf(c.higher)))) {
      const cands = r.candidates.filter((c) => docOf(c.higher) === d);
      const hk0 = keyOf.get(cands[0].higher);
      if (!hk0 || !annotated.has(`${lk.split('#')[0]}>${hk0.split('#')[0]}`)) continue;
      const fields = cands.map((c) => field(r.lower, c.higher));
      const top = Math.max(...fields.map((f) => f.weight));
      const anys = cands.map((c) => field(r.lower, c.higher, true));
      const anyTop = Math.max(...anys.map((f) => f.weight));
      const n = (unitsOf.get(d) ?? []).length;
      const lc = classesOf(r.lower);
      cands.forEach((c, j) => {
        if (mine.has(c.higher) || c.score < low) return;
        const hc = classesOf(c.higher);
        const shared = [...lc].filter((x) => hc.has(x));
        const union = new Set([...lc, ...hc]).size;
        const hk = keyOf.get(c.higher) ?? c.higher;
        out.push({
          set: set.id,
          lower: lk,
          higher: hk,
          gold: gold.get(`${lk}>${articleKey(hk)}`) ?? null,
          place: c.score < partial ? 'low' : 'cut',
          score: c.score,
          lowerLinked: mine.size > 0,
          lowerLinkedDoc: [...mine].some((h) => docOf(h) === d),
          shared,
          minDfShare: shared.length ? Math.min(...shared.map((x) => (classDf(d).get(x) ?? 0) / n)) : 1,
          fieldWeight: fields[j].weight,
          fieldRare: fields[j].rare,
          fieldBest: fields[j].weight > 0 && fields[j].weight === top,
          jaccard: union ? shared.length / union : 0,
          anyWeight: anys[j].weight,
          anyRare: anys[j].rare,
          anyBest: anys[j].weight > 0 && anys[j].weight === anyTop,
          reworded: shared.filter((x) => ![...termsOf(r.lower, x)].some((t) => termsOf(c.higher, x).has(t))),
        });
      });
    }
  }
  return out;
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? DEV_REGULATION_SETS) as SetId[];
  const tag = arg('--tag') ?? 'h49link-base';
  const cut = arg('--cut') === 'phrases' ? /[。；;：:，,\n]/ : /[。；;：:\n]/;
  const rows: InstrumentRow[] = [];
  for (const id of sets) rows.push(...instrumentRows(await loadDev(id, {}, tag), cut));
  for (const place of ['low', 'cut'] as const) {
    const xs = rows.filter((x) => x.place === place);
    console.log(`\n== ${place} (${place === 'low' ? 'score 0.06 to under 0.13' : 'over 0.13, cut'})`);
    console.log(tally('all', xs, () => true));
    console.log(tally('score >= 0.10', xs, (x) => x.score >= 0.1));
    console.log(tally('shares a class', xs, (x) => x.shared.length > 0));
    console.log(tally('shares none', xs, (x) => x.shared.length === 0));
    for (const s of [0.05, 0.1, 0.2]) console.log(tally(`shares a class in <= ${s} of the law's articles`, xs, (x) => x.minDfShare <= s));
    for (const j of [0.3, 0.5]) console.log(tally(`class jaccard >= ${j}`, xs, (x) => x.jaccard >= j));
    for (const w of [2, 4, 6, 8, 12]) console.log(tally(`(class, field) weight >= ${w}`, xs, (x) => x.fieldWeight >= w));
    for (const w of [4, 8]) console.log(tally(`(class, field) weight >= ${w}, best of the doc`, xs, (x) => x.fieldWeight >= w && x.fieldBest));
    for (const k of [1, 2, 3, 4]) console.log(tally(`(class, field) rare bigrams >= ${k}`, xs, (x) => x.fieldRare >= k));
    for (const k of [2, 3]) console.log(tally(`rare >= ${k}, best, lower unlinked in doc`, xs, (x) => x.fieldRare >= k && x.fieldBest && !x.lowerLinkedDoc));
    for (const k of [2, 3]) console.log(tally(`rare >= ${k}, best, lower linked in doc`, xs, (x) => x.fieldRare >= k && x.fieldBest && x.lowerLinkedDoc));
    for (const k of [2, 3]) console.log(tally(`rare >= ${k}, rare class (<= 0.1), best`, xs, (x) => x.fieldRare >= k && x.fieldBest && x.minDfShare <= 0.1));
    console.log('  control: the same clause-pair field measure, no class asked');
    for (const w of [4, 8]) console.log(tally(`any clause pair weight >= ${w}, best of the doc`, xs, (x) => x.anyWeight >= w && x.anyBest));
    for (const k of [2, 3]) console.log(tally(`any rare >= ${k}, best, lower unlinked in doc`, xs, (x) => x.anyRare >= k && x.anyBest && !x.lowerLinkedDoc));
    for (const k of [2, 3]) console.log(tally(`any rare >= ${k}, best, lower linked in doc`, xs, (x) => x.anyRare >= k && x.anyBest && x.lowerLinkedDoc));
    console.log('  a class written in other words by the two articles (the province restating the instrument)');
    console.log(tally('a shared class reworded', xs, (x) => x.reworded.length > 0));
    console.log(tally('a shared class reworded, score >= 0.10', xs, (x) => x.reworded.length > 0 && x.score >= 0.1));
    console.log(tally('reworded, field rare >= 2', xs, (x) => x.reworded.length > 0 && x.fieldRare >= 2));
    console.log(tally('reworded, field rare >= 2, best', xs, (x) => x.reworded.length > 0 && x.fieldRare >= 2 && x.fieldBest));
    console.log('  by class (the pair shares it)');
    for (const c of INSTRUMENT_CLASSES) console.log(tally(`  ${c.name}`, xs, (x) => x.shared.includes(c.name)));
    for (const c of INSTRUMENT_CLASSES) console.log(tally(`  ${c.name} reworded`, xs, (x) => x.reworded.includes(c.name)));
  }
  if (process.argv.includes('--rows'))
    for (const x of rows) if (x.fieldWeight >= 4 && x.fieldBest && (x.place === 'cut' || process.argv.includes('--low'))) console.log([x.set, x.place, x.gold ?? '-', x.score, x.lower, x.higher, x.shared.join(','), x.minDfShare.toFixed(2), x.fieldWeight.toFixed(1), x.fieldRare, x.fieldBest ? 'best' : '', x.lowerLinkedDoc ? 'linked' : ''].join('\t'));
}

if (process.argv[1]?.endsWith('session49-link.ts') && !process.argv.includes('--dominant') && !process.argv.includes('--opts-json')) void main();

/** Session 49: every article pair of an annotated document pair whose two articles have the same dominant instrument,
 *  with how many articles of the higher document share it, gold or not, linked or not. */
export function dominantRows(set: Awaited<ReturnType<typeof loadDev>>, min = 2) {
  const ix = index(set.snapshot);
  const keyOf = new Map([...ix.byKey].map(([k, id]) => [id, k]));
  const gold = new Map(set.gold.links.map((l) => [`${articleKey(l.lower)}>${articleKey(l.higher)}`, l.strength]));
  const linked = new Set(set.snapshot.edges.filter((e) => e.attributes.type === 'IMPLEMENTS').map((e) => `${e.source}>${e.target}`));
  const unitsOf = new Map<string, string[]>();
  for (const id of ix.text.keys()) (unitsOf.get(docOf(id)) ?? unitsOf.set(docOf(id), []).get(docOf(id))!).push(id);
  const docKey = new Map([...unitsOf].map(([d, us]) => [d, (keyOf.get(us[0]) ?? '').split('#')[0]]));
  const dom = new Map([...ix.text].map(([id, t]) => [id, dominantClass(t, min, match)]));
  const out: { set: string; gold: string | null; linked: boolean; same: number; lowerLinkedDoc: boolean; cls: string; lower: string; higher: string }[] = [];
  for (const p of set.gold.pairs) {
    const lo = [...unitsOf].find(([d]) => docKey.get(d) === p.lower)?.[1] ?? [];
    const hi = [...unitsOf].find(([d]) => docKey.get(d) === p.higher)?.[1] ?? [];
    for (const l of lo) {
      const c = dom.get(l);
      if (!c) continue;
      const same = hi.filter((h) => dom.get(h) === c);
      const lowerLinkedDoc = hi.some((h) => linked.has(`${l}>${h}`));
      for (const h of same) out.push({ set: set.id, gold: gold.get(`${articleKey(keyOf.get(l)!)}>${articleKey(keyOf.get(h)!)}`) ?? null, linked: linked.has(`${l}>${h}`), same: same.length, lowerLinkedDoc, cls: c, lower: keyOf.get(l)!, higher: keyOf.get(h)! });
    }
  }
  return out;
}

if (process.argv[1]?.endsWith('session49-link.ts') && process.argv.includes('--dominant')) {
  void (async () => {
    for (const min of [2, 3]) {
      const rows = [];
      for (const id of DEV_REGULATION_SETS) rows.push(...dominantRows(await loadDev(id, {}, 'h49link-base'), min));
      console.log(`\n== same dominant instrument (at least ${min} occurrences), pairs not linked`);
      const un = rows.filter((r) => !r.linked);
      console.log(tally('all', un, () => true));
      console.log(tally('already linked (for scale)', rows, (r) => r.linked));
      for (const k of [1, 2, 3]) console.log(tally(`one of <= ${k} such articles of the law`, un, (r) => r.same <= k));
      for (const k of [1, 2]) console.log(tally(`<= ${k}, lower unlinked in the doc`, un, (r) => r.same <= k && !r.lowerLinkedDoc));
      for (const k of [1, 2]) console.log(tally(`<= ${k}, lower linked in the doc`, un, (r) => r.same <= k && r.lowerLinkedDoc));
      if (process.argv.includes('--rows')) for (const r of un.filter((r) => r.same <= 1)) console.log([r.set, r.gold ?? '-', r.cls, r.lower, r.higher].join('\t'));
    }
  })();
}

// `--opts-json [class,class]`: the termClasses setting that adds the instrument classes (all, or the ones named) to the five
// term classes, for `links-grid.ts --opts` (how the soft signal was measured).
if (process.argv[1]?.endsWith('session49-link.ts') && process.argv.includes('--opts-json')) {
  const names = process.argv[process.argv.indexOf('--opts-json') + 1]?.split(',');
  const rows = INSTRUMENT_TERM_CLASSES.filter((c) => !names || names.includes(c[0].replace(/^工具/, '')));
  console.log(JSON.stringify({ termClasses: { genres: ['regulation'], classes: [...TERM_CLASSES, ...rows], weight: 1 } }));
}
