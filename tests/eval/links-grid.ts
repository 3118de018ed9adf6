// Session 37 (helper link, issue 13): every dev link set ingested under given link options (through dev-cache.ts, so a
// tag is cached under /tmp) and scored as `npm run eval` scores links: TP/FP/FN, F1, strong recall, coverage verdicts
// right. `npx tsx tests/eval/links-grid.ts [--sets a,b] [--opts '{…}'] [--tag t] [--fresh]`; with --base <tag> each row
// also shows the difference from that tag's figures. Held-out sets are refused (dev-cache.ts).
import { coverageAccuracy, scoreLinks } from './links.js';
import { loadDev } from './dev-cache.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import type { LinkOptions } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';

export interface GridRow {
  set: string;
  tp: number;
  fp: number;
  fn: number;
  f1: number;
  strongRecall: number;
  right: number;
  total: number;
}

export async function gridRow(id: SetId, opts: Partial<LinkOptions>, tag: string, fresh = false): Promise<GridRow> {
  const d = await loadDev(id, opts, tag, fresh);
  const s = scoreLinks(d.gold, d.snapshot);
  const c = coverageAccuracy(d.gold, d.snapshot);
  return { set: id, tp: s.tp, fp: s.fp, fn: s.fn, f1: s.f1, strongRecall: s.strongRecall, right: c.right, total: c.total };
}

/** Every set of `sets` under `opts` (tag `tag`, ingested afresh unless `fresh` is false) against the base tag `base`: one
 *  line per set whose TP, FP or verdicts move, then the totals and the sets down (F1, verdicts or strong recall), headed
 *  `label`. The one loop of the rule grids (session59-grid.ts, session60-clause-grid.ts, session60-object-grid.ts). */
export async function compareGrid(sets: SetId[], opts: Partial<LinkOptions>, tag: string, base: string, label: string, fresh = true): Promise<void> {
  const sum = { tp: 0, fp: 0, right: 0, down: [] as string[] };
  for (const id of sets) {
    const [b, r] = [await gridRow(id, {}, base), await gridRow(id, opts, tag, fresh)];
    sum.tp += r.tp - b.tp;
    sum.fp += r.fp - b.fp;
    sum.right += r.right - b.right;
    if (r.f1 < b.f1 - 1e-9 || r.right < b.right || r.strongRecall < b.strongRecall - 1e-9) sum.down.push(id);
    if (r.tp !== b.tp || r.fp !== b.fp || r.right !== b.right)
      console.log(`${id.padEnd(12)} ${b.tp}/${b.fp}/${b.fn} → ${r.tp}/${r.fp}/${r.fn}  F1 ${b.f1.toFixed(4)} → ${r.f1.toFixed(4)}  strong R ${b.strongRecall.toFixed(2)} → ${r.strongRecall.toFixed(2)}  verdicts ${b.right} → ${r.right}/${r.total}`);
  }
  const signed = (n: number) => `${n >= 0 ? '+' : ''}${n}`;
  console.log(`${label}: TP ${signed(sum.tp)} FP ${signed(sum.fp)} verdicts ${signed(sum.right)}; down: ${sum.down.join(', ') || 'none'}`);
}

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const opts = arg('--opts') ? (JSON.parse(arg('--opts')!) as Partial<LinkOptions>) : {};
  const tag = arg('--tag') ?? 'h37-default';
  const base = arg('--base');
  let [dr, dt] = [0, 0];
  for (const id of sets) {
    const r = await gridRow(id, opts, tag, process.argv.includes('--fresh'));
    const b = base ? await gridRow(id, {}, base) : undefined;
    dr += r.right - (b?.right ?? 0);
    dt += r.total;
    const diff = b ? `  Δ TP ${r.tp - b.tp} FP ${r.fp - b.fp} F1 ${(r.f1 - b.f1).toFixed(4)} verdicts ${r.right - b.right}` : '';
    console.log(`${id.padEnd(11)} TP/FP/FN ${r.tp}/${r.fp}/${r.fn}  F1 ${r.f1.toFixed(4)}  strong R ${r.strongRecall.toFixed(2)}  verdicts ${r.right}/${r.total}${diff}`);
  }
  console.log(base ? `verdicts Δ ${dr}` : `verdicts ${dr}/${dt}`);
}

if (process.argv[1]?.endsWith('links-grid.ts')) void main();
