// Session 62 (helper verdict, issue 13): the wrong coverage verdicts of every development link set by the brief's four
// classes, on fresh ingests (dev-cache.ts): (a) a link problem — the gold link missing (ours gap, or partial where the gold
// is strong and we make no gold-strong link), a false link (a gold gap we call implemented; a false strong link on a
// gold-partial row); (b) the link right, its grade wrong — a gold-weak link we call strong (split by the score of our best
// strong gold link: under `passBelow`, where the clause passes read it and left it strong, or at or above it, where only the
// score grades), a gold-strong link we call partial (under the regulation implements threshold: by score; at or over it:
// made partial by a pass); (c) not applicable / issuerOnly read wrong, and a row carried through a chain (via) the gold's
// direct reading does not count; (d) a gold gap we call partial from a weak link of our own. Per set and summed, with the
// confusion gold × ours. `npx tsx tests/eval/session62-verdict.ts [--sets …] [--tag h62v-base]`. Held-out sets are refused
// (dev-cache). `--long-lower on|off|N,t[,M,u[,ramp]]` reads coverage/options.ts longLower (session 63). `--chain named` reads the chain as coverage/options.ts CHAIN_NAMED_MEASURED. Figures: docs/history/links.md, session 62 (helper verdict).
import { loadDev, DEV_REGULATION_SETS } from './dev-cache.js';
import { goldStatusRows } from './verdict-classes.js';
import { DEFAULT_LINK_OPTIONS } from '../../ingest/link/options.js';
import { CHAIN_NAMED_MEASURED, COVERAGE_OPTIONS, LONG_LOWER_63 } from '../../coverage/options.js';
import type { SetId } from './sets.js';
import type { DevSet } from './second-links.js';

export type Status = 'implemented' | 'partial' | 'gap' | 'not applicable';
export const CLASSES = ['a missed', 'a false', 'b w→s low', 'b w→s high', 'b s→w score', 'b s→w pass', 'c n/a', 'c chain', 'd weak gap'] as const;
export type Class62 = (typeof CLASSES)[number];

/** The score under which the clause passes (clauseCover, clauseParts) read a strong link: CLAUSE_COVER.belowScore. */
const passBelow = DEFAULT_LINK_OPTIONS.clauseCover?.belowScore ?? 0.25;
const strongAt = DEFAULT_LINK_OPTIONS.genres.regulation?.thresholds?.implements ?? DEFAULT_LINK_OPTIONS.thresholds.implements;

export interface Row62 { set: string; higher: string; gold: Status; ours: Status; cls?: Class62 }

export function rows62(d: DevSet): Row62[] {
  const out: Row62[] = [];
  for (const { pair, row, key, expected, goldOf, ourLinks } of goldStatusRows(d)) {
    const ours = row.status as Status;
    const r: Row62 = { set: d.id, higher: `${pair.lower} → ${key.split('#')[1]}`, gold: expected, ours };
    out.push(r);
    if (ours === expected) continue;
    const mine = ourLinks();
    if (expected === 'not applicable' || ours === 'not applicable') r.cls = 'c n/a';
    else if (row.implementedBy?.via) r.cls = 'c chain';
    else if (ours === 'gap') r.cls = 'a missed';
    else if (expected === 'gap') r.cls = ours === 'partial' ? 'd weak gap' : 'a false';
    else if (ours === 'implemented') {
      const ws = mine.filter((o) => o.verdict === 'implements' && goldOf(o.lower) === 'weak');
      r.cls = ws.length ? (Math.max(...ws.map((o) => o.score)) < passBelow ? 'b w→s low' : 'b w→s high') : 'a false';
    } else {
      const sw = mine.filter((o) => goldOf(o.lower) === 'strong');
      r.cls = sw.length ? (Math.max(...sw.map((o) => o.score)) < strongAt ? 'b s→w score' : 'b s→w pass') : 'a missed';
    }
  }
  return out;
}

async function main() {
  const arg = (n: string) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : undefined; };
  const sets = (arg('--sets')?.split(',') ?? ['sample', ...DEV_REGULATION_SETS]) as SetId[];
  const tag = arg('--tag') ?? 'h62v-base';
  // --chain named|all: coverage's chain reading for this run (coverage/options.ts; measurement only).
  // --long-lower N,t: coverage's long-lower reading (coverage/options.ts longLower; session 63, helper verdict2), `on` for LONG_LOWER_63.
  const ll = arg('--long-lower');
  // N,t,M,u[,ramp] (session 63, helper verdict3): graded — t from N articles, u from M (a second step), or rising from t at N to u at M.
  const llp = ll?.split(',') ?? [];
  const then = llp.length >= 4 ? { minArticles: Number(llp[2]), below: Number(llp[3]), ramp: llp[4] === 'ramp' } : undefined;
  if (ll) COVERAGE_OPTIONS.longLower = ll === 'off' ? false : ll === 'on' ? LONG_LOWER_63 : { minArticles: Number(llp[0]), below: Number(llp[1]), ...(then ? { then } : {}) };
  if (arg('--chain')) COVERAGE_OPTIONS.chain = arg('--chain') === 'named' ? CHAIN_NAMED_MEASURED : { named: false };
  const S: Status[] = ['implemented', 'partial', 'gap', 'not applicable'];
  const all: Row62[] = [];
  console.log(`passBelow ${passBelow}, regulation implements threshold ${strongAt}`);
  console.log(['set'.padEnd(13), ...['gold I: I/P/G/NA', 'gold P', 'gold G', 'gold NA'].map((h) => h.padStart(17)), 'right'.padStart(10), ...CLASSES.map((c) => c.padStart(13))].join(''));
  const line = (id: string, rows: Row62[]) => {
    const c = (g: Status) => S.map((o) => rows.filter((r) => r.gold === g && r.ours === o).length).join('/');
    const right = rows.filter((r) => r.gold === r.ours).length;
    console.log([id.padEnd(13), ...S.map((g) => c(g).padStart(17)), `${right}/${rows.length}`.padStart(10), ...CLASSES.map((k) => String(rows.filter((r) => r.cls === k).length).padStart(13))].join(''));
  };
  for (const id of sets) {
    const rows = rows62(await loadDev(id, {}, tag));
    all.push(...rows);
    line(id, rows);
  }
  line('all', all);
}

if (process.argv[1]?.endsWith('session62-verdict.ts')) await main();
