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
