// Scratch-grade driver of session 59 (helper tgprecision): every extraction set given on the command line, scored per entity
// type (TP/FP/FN), with the TargetGroup items each document missed and found spuriously, written as JSON for a before/after diff.
// `npx tsx tests/eval/session59-tgprecision.ts <out.json> <set> [<set> …]`; `--totals` prints the summed totals only (held-out use:
// no item, no document, no per-set row).
import { writeFileSync } from 'node:fs';
import { evaluateSet } from './evaluate.js';
import { SETS, type SetId } from './sets.js';

const args = process.argv.slice(2);
const totalsOnly = args.includes('--totals');
const [out, ...ids] = args.filter((a) => a !== '--totals');
const TYPES = ['TargetGroup', 'Organisation', 'Programme', 'Brand'] as const;
const result: Record<string, unknown> = {};
const sum: Record<string, { tp: number; fp: number; fn: number }> = {};
for (const id of ids as SetId[]) {
  const r = await evaluateSet(SETS[id], { baseline: false });
  const row: Record<string, unknown> = {};
  for (const t of [...TYPES, 'anyType'] as const) {
    const p = t === 'anyType' ? r.score.overall.anyType : r.score.overall.entities[t];
    row[t] = { tp: p.tp, fp: p.fp, fn: p.fn, f1: +p.f1.toFixed(4) };
    const s = (sum[t] ??= { tp: 0, fp: 0, fn: 0 });
    s.tp += p.tp; s.fp += p.fp; s.fn += p.fn;
  }
  if (!totalsOnly) {
    row.docs = r.score.documents.map((d) => ({
      file: d.file,
      spurious: Object.fromEntries(TYPES.map((t) => [t, d.entities[t].spurious])),
      missed: Object.fromEntries(TYPES.map((t) => [t, d.entities[t].missed.map((g) => g.name)])),
    }));
    result[id] = row;
    const tg = row.TargetGroup as { tp: number; fp: number; fn: number; f1: number };
    console.log(id, 'TG', tg.tp, tg.fp, tg.fn, tg.f1);
  }
}
for (const t of Object.keys(sum)) {
  const s = sum[t]!;
  const f1 = (2 * s.tp) / (2 * s.tp + s.fp + s.fn);
  console.log('TOTAL', t, s.tp, s.fp, s.fn, 'P', (s.tp / (s.tp + s.fp)).toFixed(3), 'R', (s.tp / (s.tp + s.fn)).toFixed(3), 'F1', f1.toFixed(4));
}
if (!totalsOnly) writeFileSync(out, JSON.stringify(result, null, 1));
else writeFileSync(out, JSON.stringify(sum, null, 1));
