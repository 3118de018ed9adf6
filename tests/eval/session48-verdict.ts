// Session 48 (helper verdict, issue 13): a main provision of the state or a government restated by a province as a measure
// of its own, weighed as coverage verdicts on the dev link sets. Each of our strong links gets the clauses of the higher
// article's main provision its lower article carries (ingest/link/clause-cover.ts, CLAUSE_COVER's split: fine, main,
// carried 0.5); a rule turns the strong links it matches partial in a copy of the snapshot and the coverage verdicts right
// are counted again (session46-verdict.ts rightWith). Link F1 and strong recall cannot move. The snapshots are ingested
// with `clauseCover.state` off (the linker before this session's rule), cached by dev-cache.ts under the tag.
// `npx tsx tests/eval/session48-verdict.ts [--sets …] [--tag h48v-base] [--list]`. Held-out sets are refused (dev-cache).
import { loadDev, DEV_REGULATION_SETS } from './dev-cache.js';
import { edgesOf, rightWith, type Edge } from './session46-verdict.js';
import { articleClauses, clauseCover } from '../../ingest/link/clause-cover.js';
import { ARTICLE_LABEL } from '../../ingest/link/article-label.js';
import { CLAUSE_COVER, CLAUSE_COVER_STATE } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';

interface Cov { n: number; carried: number; share: number }

// The openers measured: `broad`, the state, the State Council or a government at the head of the provision, whoever
// follows (国家机关, 国务院银行业监督管理机构, 县级以上人民政府统计机构 too); `itself`, the state or a government itself
// (CLAUSE_COVER_STATE.opener); `none`, any opener (clause coverage alone).
const OPENERS: Record<string, RegExp> = {
  none: /^/,
  broad: /^(?:国家|国务院|各级人民政府|地方各级人民政府|县级以上[\u4e00-\u9fff]{0,6}?人民政府)/,
  itself: new RegExp(CLAUSE_COVER_STATE.opener),
};

async function main() {
  const arg = (n: string) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : undefined; };
  const sets = (arg('--sets')?.split(',') ?? DEV_REGULATION_SETS) as SetId[];
  const tag = arg('--tag') ?? 'h48v-base';
  const loaded = await Promise.all(sets.map(async (id) => { const d = await loadDev(id, { clauseCover: { ...CLAUSE_COVER, state: null } }, tag); return { d, edges: edgesOf(d, true) }; }));
  const cov = new Map<Edge, Cov>();
  for (const { edges } of loaded) for (const e of edges) {
    const cl = articleClauses(e.higherText, CLAUSE_COVER);
    const c = clauseCover(cl, [e.lowerText], e.idf, CLAUSE_COVER.carried);
    cov.set(e, { n: cl.length, carried: c.carried, share: c.share });
  }
  const opener = (e: Edge) => e.higherText.replace(ARTICLE_LABEL, '');
  const base = loaded.map(({ d, edges }) => rightWith(d, edges, () => false));
  console.log(['rule'.padEnd(46), 'S/W/N'.padEnd(12), ...sets.map((s) => s.slice(0, 7).padStart(8)), '   all'].join(''));
  console.log(['(base)'.padEnd(58), ...base.map((b) => String(b).padStart(8)), String(base.reduce((a, b) => a + b, 0)).padStart(7)].join(''));
  const test = (name: string, f: (e: Edge, c: Cov) => boolean) => {
    const per = loaded.map(({ d, edges }) => rightWith(d, edges, (e) => !e.partial && f(e, cov.get(e)!)));
    const hit = loaded.flatMap(({ edges }) => edges.filter((e) => !e.partial && f(e, cov.get(e)!)));
    const c = (g: string) => hit.filter((e) => e.grade === g).length;
    const delta = per.reduce((a, b) => a + b, 0) - base.reduce((a, b) => a + b, 0);
    const falling = per.filter((x, i) => x < base[i]).length;
    console.log([name.padEnd(46), `${c('strong')}/${c('weak')}/${c('none')}`.padEnd(12), ...per.map((x, i) => (x - base[i] ? `${x - base[i] > 0 ? '+' : ''}${x - base[i]}` : '=').padStart(8)), String(delta).padStart(7), ` down ${falling}`].join(''));
  };
  for (const [on, re] of Object.entries(OPENERS))
    for (const n of [3, 4, 5])
      for (const [k, u] of [[0, 1], [1, 0.3], [1, 0.4], [2, 0.3]] as const)
        for (const s of [0.25, 0.3, 1])
          test(`${on} carried<=${k}${u < 1 ? ` share<${u}` : ''} n>=${n} score<${s}`, (e, c) => re.test(opener(e)) && c.n >= n && c.carried <= k && c.share < u && e.score < s);
  if (process.argv.includes('--list')) {
    const st = CLAUSE_COVER_STATE;
    for (const { d, edges } of loaded) for (const e of edges) {
      const c = cov.get(e)!;
      if (!e.partial && OPENERS.itself.test(opener(e)) && c.n >= st.clauses && c.carried <= st.maxCarried && c.share < st.under && e.score < (st.belowScore ?? 1))
        console.log(`${d.id}\t${e.grade}\t${e.score.toFixed(3)}\tclauses ${c.carried}/${c.n} (${c.share.toFixed(2)})\t${e.lowerKey} → ${e.higherKey.split('#')[1]}`);
    }
  }
}

if (process.argv[1]?.endsWith('session48-verdict.ts')) await main();
