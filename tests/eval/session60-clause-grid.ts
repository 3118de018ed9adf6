// Session 60 (helper seconds): options.clauseSecond measured on fresh ingests of every development link set against the
// base tag (links-grid.ts gridRow; cached under /tmp by dev-cache.ts). `npx tsx tests/eval/session60-clause-grid.ts <min>
// [--sets a,b] [--base tag] [--json '{"clauseBigrams":6}'] [--tag name]`: one row per set that moves, then the totals.
// Held-out sets are refused (dev-cache.ts).
import { gridRow } from './links-grid.js';
import { EVERY_DEV_LINK_SET } from './missed-links.js';
import { CLAUSE_SECOND_MEASURED } from '../../ingest/link/options.js';
import type { SetId } from './sets.js';

async function main() {
  const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === name);
  const min = Number(process.argv[2]);
  const sets = (arg('--sets')?.split(',') ?? EVERY_DEV_LINK_SET) as SetId[];
  const base = arg('--base') ?? 'h60s-base';
  const extra = arg('--json') ? JSON.parse(arg('--json')!) : {};
  const opts = { clauseSecond: { ...CLAUSE_SECOND_MEASURED, min, ...extra } };
  const tag = arg('--tag') ?? `h60s-cs-${min}${arg('--json') ? '-' + Object.entries(extra).map(([k, v]) => `${k}${v}`).join('-') : ''}`;
  const sum = { tp: 0, fp: 0, right: 0, down: [] as string[] };
  for (const id of sets) {
    const [b, r] = [await gridRow(id, {}, base), await gridRow(id, opts, tag, !process.argv.includes('--cached'))];
    sum.tp += r.tp - b.tp;
    sum.fp += r.fp - b.fp;
    sum.right += r.right - b.right;
    if (r.f1 < b.f1 - 1e-9 || r.right < b.right || r.strongRecall < b.strongRecall - 1e-9) sum.down.push(id);
    if (r.tp !== b.tp || r.fp !== b.fp || r.right !== b.right)
      console.log(`${id.padEnd(12)} ${b.tp}/${b.fp}/${b.fn} → ${r.tp}/${r.fp}/${r.fn}  F1 ${b.f1.toFixed(4)} → ${r.f1.toFixed(4)}  strong R ${b.strongRecall.toFixed(2)} → ${r.strongRecall.toFixed(2)}  verdicts ${b.right} → ${r.right}/${r.total}`);
  }
  console.log(`clauseSecond min ${min} ${JSON.stringify(extra)}: TP ${sum.tp >= 0 ? '+' : ''}${sum.tp} FP ${sum.fp >= 0 ? '+' : ''}${sum.fp} verdicts ${sum.right >= 0 ? '+' : ''}${sum.right}; down: ${sum.down.join(', ') || 'none'}`);
}

void main();
