// Session 52 (helper verdict, issue 13): more demotion rules for the partial-called-implemented class, replayed on the cached
// dev snapshots as session51-verdict.ts replays its own (a rule turns our strong links partial in a copy of the snapshot and
// the coverage verdicts right are counted again; link F1 and strong recall cannot move): the state opener of clauseCover.state
// with its score bound loosened in a pair written from the higher, and a link below its own pair's median.
// `npx tsx tests/eval/session52-verdict.ts [--sets …] [--tag h52v-base] [--rules 'a|b']`. Held-out sets are refused (dev-cache).
// The figures and what was kept: docs/history/links.md, session 52 (helper verdict).
import { loadDev, DEV_REGULATION_SETS } from './dev-cache.js';
import { edgesOf, rightWith, type Edge } from './session46-verdict.js';
import { featOf, type Feat } from './session51-verdict.js';
import { ARTICLE_LABEL } from '../../ingest/link/article-label.js';
import { CLAUSE_COVER_STATE } from '../../ingest/link/options.js';
import { articleClauses, clauseCover } from '../../ingest/link/clause-cover.js';
import { CLAUSE_COVER } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';

type Rule = (e: Edge, f: Feat, x: Extra) => boolean;
interface Extra { state: boolean; stateC: { n: number; carried: number; share: number } }
const opener = new RegExp(CLAUSE_COVER_STATE.opener);
const extraOf = (e: Edge): Extra => {
  const state = opener.test(e.higherText.replace(ARTICLE_LABEL, ''));
  const c = clauseCover(articleClauses(e.higherText, CLAUSE_COVER), [e.lowerText], e.idf, CLAUSE_COVER.carried);
  return { state, stateC: { n: c.clauses, carried: c.carried, share: c.share } };
};

export const RULES: Record<string, Rule> = {};
// The state opener (clauseCover.state) with a looser score bound, guarded or not by the pair's median.
for (const s of [0.35, 0.4, 0.5, 1]) for (const m of [0, 0.25, 0.3]) for (const n of [3, 4]) for (const k of [0, 1])
  RULES[`state n>=${n} c<=${k} share<0.3 score<${s} median>=${m}`] = (e, _f, x) => x.state && x.stateC.n >= n && x.stateC.carried <= k && x.stateC.share < 0.3 && e.score < s && e.pairMedian >= m;
// A link below its own pair's median (weaker than the pair's typical link) carrying few of the main provision's clauses.
for (const m of [0.2, 0.25, 0.3]) for (const n of [3, 4]) for (const k of [0, 1]) for (const u of [0.2, 0.3]) for (const r of [1, 0.8])
  RULES[`below median*${r} median>=${m} n>=${n} c<=${k} share<${u}`] = (e, f) => e.pairMedian >= m && e.score < e.pairMedian * r && f.mainC.n >= n && f.mainC.carried <= k && f.mainC.share < u;

// The pair-median rule (options.clauseCover.pair as built) with the state opener's test at any score, none carried.
const pairRule = (e: Edge, f: Feat) => e.pairMedian >= 0.3 && f.mainC.n >= 3 && f.mainC.carried <= 0 && f.mainC.share < 0.2;
for (const n of [3, 4]) for (const u of [0.2, 0.3])
  RULES[`pair + state n>=${n} c<=0 share<${u} any score`] = (e, f, x) => pairRule(e, f) || (x.state && x.stateC.n >= n && x.stateC.carried <= 0 && x.stateC.share < u);
RULES['pair alone'] = (e, f) => pairRule(e, f);

async function main() {
  const arg = (n: string) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : undefined; };
  const sets = (arg('--sets')?.split(',') ?? DEV_REGULATION_SETS) as SetId[];
  const tag = arg('--tag') ?? 'h52v-base';
  const loaded = await Promise.all(sets.map(async (id) => { const d = await loadDev(id, {}, tag); return { d, edges: edgesOf(d).filter((e) => !e.partial) }; }));
  const feats = new Map<Edge, Feat>();
  const extras = new Map<Edge, Extra>();
  for (const { edges } of loaded) for (const e of edges) { feats.set(e, featOf(e)); extras.set(e, extraOf(e)); }
  const base = loaded.map(({ d, edges }) => rightWith(d, edges, () => false));
  console.log(['rule'.padEnd(50), 'S/W/N'.padEnd(12), ...sets.map((s) => s.slice(0, 6).padStart(7)), '   all'].join(''));
  console.log(['(base)'.padEnd(62), ...base.map((b) => String(b).padStart(7)), String(base.reduce((a, b) => a + b, 0)).padStart(7)].join(''));
  const only = arg('--rules')?.split('|');
  for (const [name, f] of Object.entries(RULES)) {
    if (only && !only.includes(name)) continue;
    const m = (e: Edge) => f(e, feats.get(e)!, extras.get(e)!);
    const per = loaded.map(({ d, edges }) => rightWith(d, edges, m));
    const hit = loaded.flatMap(({ edges }) => edges.filter(m));
    const c = (g: string) => hit.filter((e) => e.grade === g).length;
    const delta = per.reduce((a, b) => a + b, 0) - base.reduce((a, b) => a + b, 0);
    console.log([name.padEnd(50), `${c('strong')}/${c('weak')}/${c('none')}`.padEnd(12), ...per.map((x, i) => (x - base[i] ? `${x - base[i] > 0 ? '+' : ''}${x - base[i]}` : '=').padStart(7)), String(delta).padStart(7), ` down ${per.filter((x, i) => x < base[i]).length}`].join(''));
  }
}

if (process.argv[1]?.endsWith('session52-verdict.ts')) await main();
