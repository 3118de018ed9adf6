// Session 51 (helper verdict, issue 13): the dev link sets' strong links weighed as coverage verdicts once more, by what
// the lower article carries of the higher: its main provision and side paragraphs (side-paragraph.ts paragraphsCarried),
// the clauses of the whole article and of its main provision (clause-cover.ts), and the lower article's own units (which
// of them carries the higher's main provision: a later paragraph, an item). A rule turns the strong links it matches
// partial in a copy of the snapshot and the coverage verdicts right are counted again (session46-verdict.ts rightWith);
// link F1 and strong recall cannot move. The snapshots are the cached ingests of dev-cache.ts under the tag (the defaults).
// Modes: (none) every demotion rule of RULES against the base, verdicts right per set and the gold grades (S/W/N) of the
// links it turns; --promote the promotion rules (P …) on our partial links; --rules 'a|b' only those; --census the wrong
// verdicts of classes (a)–(d) and, within (c) and (d), what the lower carries (shapeOf); --side the strong links of a side
// paragraph's shape with both articles' paragraphs; --dump <set|all> every strong link's features; --tsv the same as a table.
// The figures and what was kept (nothing): docs/history/links.md, session 51 (helper verdict).
// `npx tsx tests/eval/session51-verdict.ts [--sets …] [--tag h51l-base] [--promote] [--rules …] [--census] [--side] [--dump set] [--tsv]`.
// Held-out sets are refused (dev-cache).
import { loadDev, DEV_REGULATION_SETS } from './dev-cache.js';
import { edgesOf, rightWith, type Edge } from './session46-verdict.js';
import { wrongRows } from './verdict-classes.js';
import { articleClauses, clauseCover } from '../../ingest/link/clause-cover.js';
import { ARTICLE_LABEL } from '../../ingest/link/article-label.js';
import { articleUnits, hanBigrams, itemOnly, paragraphsCarried, share } from '../../ingest/link/side-paragraph.js';
import { CLAUSE_COVER } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';

export interface Feat {
  main: number;
  side: number;
  paras: number;
  higherItems: boolean;
  /** Clauses of the whole article (fine split): how many, carried, weight share carried. */
  all: { n: number; carried: number; share: number };
  /** Clauses of the main provision. */
  mainC: { n: number; carried: number; share: number };
  /** The lower article's unit carrying most of the higher's first paragraph: later paragraph / item, and its share. */
  lowerBest: { paragraph: number; item: boolean; share: number; units: number };
  /** The share of the lower article's own bigrams found in the higher article. */
  back: number;
}

export function featOf(e: Edge): Feat {
  const c = paragraphsCarried(e.lowerText, e.higherText, e.idf);
  const hu = articleUnits(e.higherText);
  const allCl = articleClauses(e.higherText, { ...CLAUSE_COVER, main: false });
  const mainCl = articleClauses(e.higherText, CLAUSE_COVER);
  const a = clauseCover(allCl, [e.lowerText], e.idf, CLAUSE_COVER.carried);
  const m = clauseCover(mainCl, [e.lowerText], e.idf, CLAUSE_COVER.carried);
  const first = new Set<string>();
  for (const u of hu) if (u.paragraph === 0) for (const g of hanBigrams(u.text)) first.add(g);
  const lu = articleUnits(e.lowerText);
  let best = { paragraph: 0, item: false, share: 0, units: lu.length };
  for (const u of lu) {
    const s = share(first, hanBigrams(u.text), e.idf);
    if (s > best.share) best = { paragraph: u.paragraph, item: u.item, share: s, units: lu.length };
  }
  return {
    main: c.main,
    side: c.side,
    paras: new Set(hu.map((u) => u.paragraph)).size,
    higherItems: c.higherItems,
    all: { n: a.clauses, carried: a.carried, share: a.share },
    mainC: { n: m.clauses, carried: m.carried, share: m.share },
    lowerBest: best,
    back: share(hanBigrams(e.lowerText.replace(ARTICLE_LABEL, '')), hanBigrams(e.higherText.replace(ARTICLE_LABEL, '')), e.idf),
  };
}

/** What the lower article carries of the higher, in the order tested: a side paragraph (the higher has 2+ paragraphs, a later
 *  one carried more than the main provision by over 0.1, the main under 0.5), the main provision by one item of the lower,
 *  by a later paragraph of the lower, under half the main provision's clauses, or half of them or more. */
export function shapeOf(_e: Edge, f: Feat): string {
  if (f.paras >= 2 && f.side > f.main + 0.1 && f.main < 0.5) return 'a side paragraph';
  if (f.lowerBest.item) return 'the main provision by one item of the lower';
  if (f.lowerBest.paragraph > 0) return 'the main provision by a later paragraph of the lower';
  if (f.mainC.n && f.mainC.carried / f.mainC.n < 0.5) return 'under half the main provision\'s clauses';
  return 'half the main provision\'s clauses or more';
}

type Rule = (e: Edge, f: Feat, all: Edge[]) => boolean;

export const RULES: Record<string, Rule> = {};
// A later paragraph carried well, the main provision less (sideParagraph with looser thresholds).
for (const side of [0.4, 0.5, 0.6]) for (const gap of [0, 0.1, 0.2]) for (const main of [0.2, 0.3, 0.4, 0.5])
  RULES[`side>=${side} main<${main} gap${gap}`] = (_e, f) => f.paras >= 2 && f.side >= side && f.main < main && f.side > f.main + gap;
// The whole article's clauses carried in small part.
for (const n of [3, 4, 6]) for (const u of [0.2, 0.3, 0.4]) for (const s of [0.3, 0.5, 1])
  RULES[`all n>=${n} share<${u} score<${s}`] = (e, f) => f.all.n >= n && f.all.share < u && e.score < s;
// The lower's item or later paragraph carries the main provision, the lower's first paragraph little.
for (const u of [0.3, 0.5]) RULES[`lower later/item, main<${u}`] = (_e, f) => (f.lowerBest.item || f.lowerBest.paragraph > 0) && f.main < u;
for (const side of [0.8, 0.9]) for (const main of [0.25, 0.35]) for (const p of [2, 9]) for (const s of [0.3, 0.6, 1])
  RULES[`side>=${side} main<${main} paras<=${p} score<${s}`] = (e, f) => f.paras >= 2 && f.paras <= p && f.side >= side && f.main < main && e.score < s;
for (const s of [0.25, 0.35, 1]) for (const m of [0.6, 0.9]) RULES[`item, higher none, main<${m} score<${s}`] = (e, f) => f.lowerBest.item && !f.higherItems && f.main < m && e.score < s;
// A pair written from the higher (its links' median score high): a strong link carrying a minority of the main provision's clauses.
for (const m of [0.32, 0.35, 0.38, 0.4, 0.45]) for (const f of [0.25, 0.34, 0.4, 0.5]) RULES[`median>=${m} mainFrac<${f}`] = (e, fe) => e.pairMedian >= m && fe.mainC.n > 0 && fe.mainC.carried / fe.mainC.n < f;
for (const m of [0.35, 0.38]) for (const f of [0.16, 0.24, 0.32]) RULES[`median>=${m} mainS<${f}`] = (e, fe) => e.pairMedian >= m && fe.mainC.share < f;
// dutyListItem's test (a list of the lower carrying the higher through one item, the higher without items) with a wider lead.
const OLD_LEAD = /(?:履行|承担|负责)下列.{0,12}(?:职责|工作|义务)/;
const LEADS: Record<string, RegExp> = {
  'lead 以下': /(?:履行|承担|负责)(?:下列|以下).{0,12}(?:职责|工作|义务)/,
  'lead 以下+权利': /(?:(?:履行|承担|负责)(?:下列|以下).{0,12}(?:职责|工作|义务)|享有(?:下列|以下).{0,6}权利)/,
  'lead any 下列/以下': /(?:下列|以下)[\u4e00-\u9fff]{0,8}(?:职责|工作|义务|权利|措施|事项)[：:]/,
};
for (const [name, re] of Object.entries(LEADS)) RULES[name] = (e) => {
  const t = e.lowerText.replace(/\s+/g, '');
  if (OLD_LEAD.test(t) || !re.test(t)) return false;
  return itemOnly(paragraphsCarried(e.lowerText, e.higherText, e.idf));
};
// A side paragraph carried by one paragraph of the lower, no other paragraph of the lower drawn from the higher article.
const lowerParasFrom = (e: Edge, t: number) => {
  const h = hanBigrams(e.higherText.replace(ARTICLE_LABEL, ''));
  const ps: Set<string>[] = [];
  for (const u of articleUnits(e.lowerText)) { const s = ps[u.paragraph] ?? (ps[u.paragraph] = new Set()); for (const g of hanBigrams(u.text)) s.add(g); }
  return ps.filter((p) => p.size >= 4 && share(p, h, e.idf) >= t).length;
};
for (const t of [0.25, 0.35, 0.5]) for (const main of [0.25, 0.35, 0.5]) for (const side of [0.5, 0.7])
  RULES[`side>=${side} main<${main} lowerParas<=1@${t}`] = (e, f) => f.paras >= 2 && f.side >= side && f.main < main && lowerParasFrom(e, t) <= 1;
// Several lower articles linked into the higher (the gold's 'spread over two or more weak links'), this one carrying a
// minority of the main provision.
for (const n of [2, 3]) for (const f of [0.34, 0.5, 0.67]) for (const sc of [0.3, 1])
  RULES[`inAll>=${n} mainFrac<${f} score<${sc}`] = (e, fe) => e.inAll >= n && fe.mainC.n > 0 && fe.mainC.carried / fe.mainC.n < f && e.score < sc;
for (const n of [2, 3]) RULES[`inAll>=${n}, not the best in`] = (e, _f, all) => e.inAll >= n && all.some((x) => x !== e && x.higher === e.higher && x.lower.split('#')[0] === e.lower.split('#')[0] && x.score > e.score);
// A duty laid on several parties (the main provision opens with a list of actors, X、Y应当…) restated for some of them only.
const ACTOR_LIST = /^((?:[\u4e00-\u9fff]{2,14}?)(?:(?:、|和|以及|及)[\u4e00-\u9fff]{2,14}?)+)(?:应当|不得|可以|必须|依法|有权|要|均|都|，)/;
export function actorList(higherText: string): string[] {
  const m = firstParaOf(higherText).match(ACTOR_LIST);
  return m ? m[1].split(/、|以及|和|及/).filter((x) => x.length >= 2) : [];
}
const firstParaOf = (t: string) => (articleUnits(t)[0]?.text ?? '').replace(/\s+/g, '');
const GOV = /政府|国务院|部门|国家|机关|机构/;
for (const gov of [true, false]) for (const sc of [0.5, 1]) RULES[`actors some not all${gov ? '' : ' (no government)'} score<${sc}`] = (e) => {
  const list = actorList(e.higherText);
  if (list.length < 2 || (!gov && list.some((a) => GOV.test(a)))) return false;
  const lower = e.lowerText.replace(ARTICLE_LABEL, '');
  const named = list.filter((a) => lower.includes(a)).length;
  return named >= 1 && named < list.length && e.score < sc;
};
for (const m of [0, 0.2, 0.25, 0.28, 0.3, 0.32, 0.35, 0.4]) for (const n of [2, 3, 4]) for (const k of [0, 1]) for (const u of [0.2, 0.3])
  RULES[`median>=${m} n>=${n} carried<=${k} share<${u}`] = (e, fe) => e.pairMedian >= m && fe.mainC.n >= n && fe.mainC.carried <= k && fe.mainC.share < u;
// The best pairs of the two-threshold search over the features table (--tsv; edge-level proxy), replayed.
RULES['score<0.2 lower<101 chars'] = (e) => e.score < 0.2 && e.lowerText.length < 101;
RULES['main<0.21 pairStrong>=0.79'] = (e, f) => f.main < 0.21 && e.pairStrong >= 0.79;
RULES['score<0.2 lower/higher<0.51'] = (e) => e.score < 0.2 && e.lowerText.length / e.higherText.length < 0.51;
// Promotions (--promote), the brief's union: a higher article whose links from one lower document are all partial, 2+ of
// them, carrying together (the union of their clause cover, main provision or whole article) at least t of its clauses'
// weight: its best-scored link made strong.
const unionCache = new Map<string, number>();
const union = (e: Edge, all: Edge[], main: boolean) => {
  const doc = e.lower.split('#')[0];
  const k = `${e.higher}|${doc}|${main}`;
  if (!unionCache.has(k)) {
    const group = all.filter((x) => x.higher === e.higher && x.lower.split('#')[0] === doc);
    const cl = articleClauses(e.higherText, { ...CLAUSE_COVER, main });
    unionCache.set(k, group.length >= 2 && group.every((x) => x.partial) && Math.max(...group.map((x) => x.score)) === e.score ? clauseCover(cl, group.map((x) => x.lowerText), e.idf, CLAUSE_COVER.carried).share : -1);
  }
  return unionCache.get(k)!;
};
for (const main of [true, false]) for (const t of [0.6, 0.8, 0.9, 1]) RULES[`P union ${main ? 'main' : 'all'}>=${t}`] = (e, _f, all) => union(e, all, main) >= t;
// Promotions (--promote): a partial link whose lower article carries the main provision whole.
for (const m of [0.8, 0.9, 0.95]) for (const c of [0.8, 1]) for (const s of [0, 0.3, 0.5])
  RULES[`P main>=${m} mainC>=${c} score>=${s}`] = (e, f) => f.main >= m && f.mainC.n > 0 && f.mainC.carried / f.mainC.n >= c && e.score >= s;
for (const m of [0.8, 0.9]) for (const s of [0, 0.3]) RULES[`P all>=${m} score>=${s}`] = (e, f) => f.all.n > 0 && f.all.share >= m && e.score >= s;

async function main() {
  const arg = (n: string) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : undefined; };
  const sets = (arg('--sets')?.split(',') ?? DEV_REGULATION_SETS) as SetId[];
  const tag = arg('--tag') ?? 'h51l-base';
  const promote = process.argv.includes('--promote');
  const loaded = await Promise.all(sets.map(async (id) => { const d = await loadDev(id, {}, tag); return { d, edges: edgesOf(d, promote).filter((e) => !!e.partial === promote) }; }));
  const feats = new Map<Edge, Feat>();
  for (const { edges } of loaded) for (const e of edges) feats.set(e, featOf(e));
  if (process.argv.includes('--tsv')) {
    console.log('set\tgrade\tkey\tscore\tmain\tside\tparas\thitems\tallN\tallC\tallS\tmainN\tmainCc\tmainS\tlbPara\tlbItem\tlbShare\tlUnits\tback\toutN\tinN\tinAll\tpairMedian\tpairStrong\thlen\tllen');
    for (const { d, edges } of loaded) for (const e of edges) {
      const f = feats.get(e)!;
      console.log([d.id, e.grade, e.key, e.score, f.main, f.side, f.paras, +f.higherItems, f.all.n, f.all.carried, f.all.share, f.mainC.n, f.mainC.carried, f.mainC.share,
        f.lowerBest.paragraph, +f.lowerBest.item, f.lowerBest.share, f.lowerBest.units, f.back, e.outN, e.inN, e.inAll, e.pairMedian, e.pairStrong, e.higherText.length, e.lowerText.length].join('\t'));
    }
    return;
  }
  if (process.argv.includes('--census')) {
    // Each wrong verdict of classes (c) implemented called partial and (d) partial called implemented, by what the lower
    // carries: the link deciding the row (its best-scored strong link for (d), its best-scored partial link graded strong
    // for (c)), shaped by shapeOf; and (d) rows whose gold has two or more weak links (several lower articles together).
    const all = await Promise.all(sets.map(async (id) => { const d = await loadDev(id, {}, tag); return { d, edges: edgesOf(d, true) }; }));
    const table = new Map<string, Map<string, number>>();
    const add = (cls: string, shape: string, set: string) => { const m = table.get(`${cls}\t${shape}`) ?? table.set(`${cls}\t${shape}`, new Map()).get(`${cls}\t${shape}`)!; m.set(set, (m.get(set) ?? 0) + 1); m.set('all', (m.get('all') ?? 0) + 1); };
    for (const { d, edges } of all) for (const r of wrongRows(d).rows) {
      const into = edges.filter((e) => e.higherKey === `${r.pair.split(' → ')[1]}#${r.higher}` && e.lowerKey.startsWith(`${r.pair.split(' → ')[0]}#`));
      if (r.cls === 'weak called strong' || r.cls === 'false strong link') {
        const e = into.filter((x) => !x.partial).sort((a, b) => b.score - a.score)[0];
        if (!e) continue;
        add('(d) partial called implemented', shapeOf(e, featOf(e)), d.id);
        if (r.goldLinks.length >= 2) add('(d) partial called implemented', '  of which 2+ gold weak links (several lower articles)', d.id);
      } else if (r.cls === 'strong called partial' || r.cls === 'missed strong (weak found)') {
        const e = into.filter((x) => x.partial && x.grade === 'strong').sort((a, b) => b.score - a.score)[0];
        add('(c) implemented called partial', e ? (e.score < 0.2 ? 'strong link scored under 0.2 (other words)' : shapeOf(e, featOf(e))) : 'strong link missed, a weak one found', d.id);
      } else if (r.cls === 'link too many') add('(a) gap called partial / implemented', '', d.id);
      else if (r.cls === 'missed link') add('(b) partial / implemented called gap', '', d.id);
    }
    console.log(['class\tshape'.padEnd(70), ...sets.map((s) => s.slice(0, 6).padStart(7)), '    all'].join(''));
    for (const [k, m] of [...table].sort()) console.log([k.padEnd(70), ...sets.map((s) => String(m.get(s) ?? 0).padStart(7)), String(m.get('all')).padStart(7)].join(''));
    return;
  }
  if (process.argv.includes('--side')) {
    for (const { d, edges } of loaded) for (const e of edges) {
      const f = feats.get(e)!;
      if (!(f.paras >= 2 && f.side > f.main + 0.1 && f.main < 0.5) || e.grade === 'none') continue;
      const hp = articleUnits(e.higherText).filter((u) => !u.item).map((u) => u.text.slice(0, 50));
      console.log(`${d.id}\t${e.grade}\t${e.score.toFixed(3)}\tmain ${f.main.toFixed(2)} side ${f.side.toFixed(2)}\t${e.lowerKey.split('#')[1]} → ${e.higherKey.split('#')[1]}\n   H: ${hp.join(' ‖ ')}\n   L: ${e.lowerText.replace(ARTICLE_LABEL, '').replace(/\s+/g, ' ').slice(0, 120)}`);
    }
    return;
  }
  const dump = arg('--dump');
  if (dump) {
    for (const { d, edges } of loaded) if (dump === 'all' || d.id === dump) for (const e of edges) {
      const f = feats.get(e)!;
      console.log([d.id, e.grade.padEnd(6), e.score.toFixed(3), `main ${f.main.toFixed(2)} side ${f.side.toFixed(2)} paras ${f.paras}${f.higherItems ? ' items' : ''}`,
        `all ${f.all.carried}/${f.all.n} ${f.all.share.toFixed(2)}`, `mainC ${f.mainC.carried}/${f.mainC.n} ${f.mainC.share.toFixed(2)}`,
        `lowerBest p${f.lowerBest.paragraph}${f.lowerBest.item ? 'i' : ''}/${f.lowerBest.units} ${f.lowerBest.share.toFixed(2)}`, `back ${f.back.toFixed(2)}`,
        `${e.lowerKey.split('#')[1]} → ${e.higherKey.split('#')[1]}`, e.lowerKey.split('#')[0].slice(0, 6)].join('\t'));
    }
    return;
  }
  const base = loaded.map(({ d, edges }) => rightWith(d, edges, () => false));
  console.log(['rule'.padEnd(34), 'S/W/N'.padEnd(12), ...sets.map((s) => s.slice(0, 6).padStart(7)), '   all'].join(''));
  console.log(['(base)'.padEnd(46), ...base.map((b) => String(b).padStart(7)), String(base.reduce((a, b) => a + b, 0)).padStart(7)].join(''));
  const only = arg('--rules')?.split('|');
  for (const [name, f] of Object.entries(RULES)) {
    if (only && !only.includes(name)) continue;
    if (name.startsWith('P ') !== promote) continue;
    const m = (e: Edge, edges: Edge[]) => f(e, feats.get(e)!, edges);
    const per = loaded.map(({ d, edges }) => rightWith(d, edges, (e) => m(e, edges)));
    const hit = loaded.flatMap(({ edges }) => edges.filter((e) => m(e, edges)));
    const c = (g: string) => hit.filter((e) => e.grade === g).length;
    const delta = per.reduce((a, b) => a + b, 0) - base.reduce((a, b) => a + b, 0);
    console.log([name.padEnd(34), `${c('strong')}/${c('weak')}/${c('none')}`.padEnd(12), ...per.map((x, i) => (x - base[i] ? `${x - base[i] > 0 ? '+' : ''}${x - base[i]}` : '=').padStart(7)), String(delta).padStart(7), ` down ${per.filter((x, i) => x < base[i]).length}`].join(''));
  }
}

if (process.argv[1]?.endsWith('session51-verdict.ts')) await main();
