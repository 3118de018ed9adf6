// Session 56 (helper refuse, issue 13): what each refusal rule and the rank cap keep out, on the dev link sets. Each set is
// ingested again with a variant of the link options (options.refusalsOff waives unit rules, a larger maxAligned relaxes
// the cap) and compared with a base tag of dev-cache.ts: the gold links the variant makes that the base lacks (refused or
// cut by the base), and the false links it makes (kept out by the base), each with the rule the base applied when the
// variant waived one (implements.ts recordWaived); links the variant loses (displaced by a link the rule kept out) are
// counted too. `npx tsx tests/eval/refusals.ts --opts '{"refusalsOff":["group"]}' --tag t [--base h56r-base] [--sets a,b]
// [--rows]`. Held-out sets are refused (dev-cache.ts).
import type { Snapshot } from '../../graph-schema/index.js';
import { recordWaived, type Refusal } from '../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS, type LinkOptions } from '../../ingest/link/options.js';
import { PENALTY_LIABLE_MEASURED, RECOURSE_WITH_DISPUTES } from '../../ingest/link/penalty-liable.js';
import { articleKey, loadDev } from './dev-cache.js';
import { coverageAccuracy, measureKeys, scoreLinks } from './links.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import type { SetId } from './sets.js';

/** Gold-key pair (lower>higher) → the snapshot's measure ids of the IMPLEMENTS edge that makes it. */
function edgeIds(s: Snapshot): Map<string, string> {
  const keys = new Map([...measureKeys(s)].map(([id, ks]) => [id, ks.map(articleKey)]));
  const out = new Map<string, string>();
  for (const e of s.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    for (const lo of keys.get(e.source) ?? []) for (const hi of keys.get(e.target) ?? []) out.set(`${lo}>${hi}`, `${e.source}\t${e.target}`);
  }
  return out;
}

export interface RefusalRow {
  set: string;
  gainedTp: { key: string; strong: boolean; rule: string }[];
  gainedFp: { key: string; rule: string }[];
  lostTp: string[];
  lostFp: string[];
  before: { tp: number; fp: number; f1: number; strongRecall: number; right: number };
  after: { tp: number; fp: number; f1: number; strongRecall: number; right: number };
}

export async function refusalRow(id: SetId, opts: Partial<LinkOptions>, tag: string, base: string): Promise<RefusalRow> {
  const b = await loadDev(id, {}, base);
  const waived = new Map<string, Refusal>();
  const v = await recordWaived(waived, () => loadDev(id, opts, tag, true));
  const [s0, s1] = [scoreLinks(b.gold, b.snapshot), scoreLinks(v.gold, v.snapshot)];
  const strong = new Set(v.gold.links.filter((l) => l.strength === 'strong').map((l) => `${articleKey(l.lower)}>${articleKey(l.higher)}`));
  const ids = edgeIds(v.snapshot);
  const ruleOf = (k: string) => waived.get(ids.get(k) ?? '') ?? 'other';
  const [fn0, fn1, fp0, fp1] = [new Set(s0.falseNegatives), new Set(s1.falseNegatives), new Set(s0.falsePositives), new Set(s1.falsePositives)];
  const fig = (s: typeof s0, snap: Snapshot) => ({ tp: s.tp, fp: s.fp, f1: s.f1, strongRecall: s.strongRecall, right: coverageAccuracy(v.gold, snap).right });
  return {
    set: id,
    gainedTp: [...fn0].filter((k) => !fn1.has(k)).map((key) => ({ key, strong: strong.has(key), rule: ruleOf(key) })),
    gainedFp: [...fp1].filter((k) => !fp0.has(k)).map((key) => ({ key, rule: ruleOf(key) })),
    lostTp: [...fn1].filter((k) => !fn0.has(k)),
    lostFp: [...fp0].filter((k) => !fp1.has(k)),
    before: fig(s0, b.snapshot),
    after: fig(s1, v.snapshot),
  };
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const opts = JSON.parse(arg('--opts') ?? '{}') as Partial<LinkOptions>;
  // --liable <pattern>: options.penaltyArticles.liable over the default penalty articles ('measured': the session's pattern).
  const liable = arg('--liable');
  // --recourse <pattern>: options.penaltyArticles.recourse ('disputes': the session's pattern).
  const recourse = arg('--recourse');
  if (recourse) opts.penaltyArticles = { ...DEFAULT_LINK_OPTIONS.penaltyArticles!, recourse: recourse === 'disputes' ? RECOURSE_WITH_DISPUTES : recourse };
  if (liable) opts.penaltyArticles = { ...DEFAULT_LINK_OPTIONS.penaltyArticles!, liable: liable === 'measured' ? PENALTY_LIABLE_MEASURED : liable };
  const tag = arg('--tag') ?? 'h56r-variant';
  const base = arg('--base') ?? 'h56r-base';
  const rows = process.argv.includes('--rows');
  const count = (xs: { rule: string }[]) => [...new Map(xs.map((x) => [x.rule, xs.filter((y) => y.rule === x.rule).length]))].map(([r, n]) => `${r} ${n}`).join(', ') || '0';
  for (const id of sets) {
    const r = await refusalRow(id, opts, tag, base);
    const f = (x: RefusalRow['before']) => `TP/FP ${x.tp}/${x.fp} F1 ${x.f1.toFixed(4)} sR ${x.strongRecall.toFixed(2)} v ${x.right}`;
    console.log(`${id.padEnd(12)} ${f(r.before)} → ${f(r.after)} | +TP ${r.gainedTp.length} (${count(r.gainedTp)}; strong ${r.gainedTp.filter((x) => x.strong).length}) +FP ${r.gainedFp.length} (${count(r.gainedFp)}) −TP ${r.lostTp.length} −FP ${r.lostFp.length}`);
    if (rows) {
      for (const x of r.gainedTp) console.log(`  +TP ${x.strong ? 'strong' : 'weak'} [${x.rule}] ${x.key}`);
      for (const x of r.gainedFp) console.log(`  +FP [${x.rule}] ${x.key}`);
      for (const x of r.lostTp) console.log(`  −TP ${x}`);
      for (const x of r.lostFp) console.log(`  −FP ${x}`);
    }
  }
}

if (process.argv[1]?.endsWith('refusals.ts')) void main();
