// Session 47 (helper verdict, issue 13): clause coverage by alignment, weighed as coverage verdicts on the dev link sets.
// Each of our links gets the share of the higher article's clauses its lower article carries (ingest/link/clause-cover.ts),
// and the share the union of every lower article linked to the same higher article (from the same lower document)
// carries. A demotion rule turns the strong links it matches partial, a promotion rule turns the best partial link of a
// row with no strong link strong, in a copy of the snapshot; the coverage verdicts right are counted again
// (session46-verdict.ts rightWith). Link F1 and strong recall cannot move. The cache is verdict-classes.ts's.
// `npx tsx tests/eval/session47-verdict.ts [--sets …] [--tag h47v-base] [--promote]` (the cache made with
// `verdict-classes.ts --fresh --tag h47v-base` and `clauseCover: null` in --opts once the rule is on). Held-out sets are refused (dev-cache).
import { loadDev, DEV_REGULATION_SETS } from './dev-cache.js';
import { edgesOf, rightWith, type Edge } from './session46-verdict.js';
import { articleClauses, clauseCover, type ClauseRule } from '../../ingest/link/clause-cover.js';
import type { SetId } from './sets.js';

interface Cov { n: number; link: number; union: number; linkCount: number }

function covers(edges: Edge[], rule: ClauseRule): Map<Edge, Cov> {
  const out = new Map<Edge, Cov>();
  const clauseOf = new Map<string, ReturnType<typeof articleClauses>>();
  for (const e of edges) {
    const cl = clauseOf.get(e.higher) ?? clauseOf.set(e.higher, articleClauses(e.higherText, rule)).get(e.higher)!;
    const mates = edges.filter((x) => x.higher === e.higher && x.lower.split('#')[0] === e.lower.split('#')[0]);
    const one = clauseCover(cl, [e.lowerText], e.idf, rule.carried);
    const all = clauseCover(cl, mates.map((x) => x.lowerText), e.idf, rule.carried);
    out.set(e, { n: cl.length, link: one.share, union: all.share, linkCount: one.carried });
  }
  return out;
}

async function main() {
  const arg = (n: string) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : undefined; };
  const sets = (arg('--sets')?.split(',') ?? ['sample', ...DEV_REGULATION_SETS]) as SetId[];
  const tag = arg('--tag') ?? 'h47v-base';
  const promote = process.argv.includes('--promote');
  const loaded = await Promise.all(sets.map(async (id) => { const d = await loadDev(id, {}, tag); return { d, edges: edgesOf(d, true) }; }));
  const base = loaded.map(({ d, edges }) => rightWith(d, edges, () => false));
  console.log(['rule'.padEnd(34), 'S/W/N'.padEnd(12), ...sets.map((s) => s.slice(0, 7).padStart(8)), '   all'].join(''));
  console.log(['(base)'.padEnd(46), ...base.map((b) => String(b).padStart(8)), String(base.reduce((a, b) => a + b, 0)).padStart(7)].join(''));
  const rules: [string, ClauseRule][] = [];
  for (const fine of [false, true]) for (const main of [true, false]) for (const carried of [0.4, 0.5, 0.6]) rules.push([`${fine ? 'fine' : 'sent'}${main ? '-main' : '-all'}-c${carried}`, { fine, main, carried, minBigrams: fine ? 2 : 4 }]);
  for (const [name, rule] of rules) {
    const cov = loaded.map(({ edges }) => covers(edges, rule));
    const tests: [string, (e: Edge, c: Cov, all: Edge[]) => boolean][] = promote
      ? [0.5, 0.6, 0.7, 0.8, 0.9].flatMap((t) => [
          [`union>=${t}`, (e: Edge, c: Cov, all: Edge[]) => !!e.partial && c.union >= t && !all.some((x) => x.higher === e.higher && !x.partial && x.lower.split('#')[0] === e.lower.split('#')[0])] as [string, (e: Edge, c: Cov, all: Edge[]) => boolean],
          [`link>=${t}`, (e: Edge, c: Cov) => !!e.partial && c.link >= t && c.n >= 2] as [string, (e: Edge, c: Cov, all: Edge[]) => boolean],
        ])
      : [2, 3, 4].flatMap((n) => [0.2, 0.3, 0.4, 0.5].flatMap((t) => [
          [`n>=${n} link<${t}`, (e: Edge, c: Cov) => !e.partial && c.n >= n && c.link < t] as [string, (e: Edge, c: Cov, all: Edge[]) => boolean],
          [`n>=${n} union<${t}`, (e: Edge, c: Cov) => !e.partial && c.n >= n && c.union < t] as [string, (e: Edge, c: Cov, all: Edge[]) => boolean],
          [`n>=${n} one-of-several<${t}`, (e: Edge, c: Cov) => !e.partial && c.n >= n && c.linkCount <= 1 && c.link < t] as [string, (e: Edge, c: Cov, all: Edge[]) => boolean],
          // The joined settings (options.clauseCover): a low score, and the lower article's other strong links into the
          // same higher document (outN, the snapshot's stand-in for the linker's `outscored`).
          [`n>=${n} one-of-several<${t} score<0.25`, (e: Edge, c: Cov) => !e.partial && c.n >= n && c.linkCount <= 1 && c.link < t && e.score < 0.25] as [string, (e: Edge, c: Cov, all: Edge[]) => boolean],
          [`n>=${n} one-of-several<${t} score<0.25 outN>1`, (e: Edge, c: Cov) => !e.partial && c.n >= n && c.linkCount <= 1 && c.link < t && e.score < 0.25 && e.outN > 1] as [string, (e: Edge, c: Cov, all: Edge[]) => boolean],
        ]));
    for (const [tn, f] of tests) {
      const per = loaded.map(({ d, edges }, i) => rightWith(d, edges, (e) => f(e, cov[i].get(e)!, edges)));
      const hit = loaded.flatMap(({ edges }, i) => edges.filter((e) => f(e, cov[i].get(e)!, edges)));
      const c = (g: string) => hit.filter((e) => e.grade === g).length;
      const delta = per.reduce((a, b) => a + b, 0) - base.reduce((a, b) => a + b, 0);
      const falling = per.filter((x, i) => x < base[i]).length;
      console.log([`${name} ${tn}`.padEnd(34), `${c('strong')}/${c('weak')}/${c('none')}`.padEnd(12), ...per.map((x, i) => (x - base[i] ? `${x - base[i] > 0 ? '+' : ''}${x - base[i]}` : '=').padStart(8)), String(delta).padStart(7), ` down ${falling}`].join(''));
    }
  }
}

if (process.argv[1]?.endsWith('session47-verdict.ts')) await main();
