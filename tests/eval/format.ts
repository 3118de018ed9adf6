// The eval report as text: overall P/R/F1 per category, a per-document F1 grid, duplicates, and
// (verbose) what each document missed and what was spurious. Pure: scores in, a string out.
import { ENTITY_TYPES } from '../../graph-schema/index.js';
import type { GoldCitation, GoldTarget } from './gold-schema.js';
import type { PredictedCitation, PredictedTarget } from './collect.js';
import type { MatchResult, Prf } from './match.js';
import type { CorpusScore, DocumentScore, GoldName } from './score.js';

const num = (x: number | null) => (x === null ? '—' : x.toFixed(2));
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - s.length));
const lpad = (s: string, n: number) => ' '.repeat(Math.max(0, n - s.length)) + s;

function prfRow(label: string, p: Prf): string {
  return (
    pad(label, 18) +
    [p.tp, p.fp, p.fn].map((n) => lpad(String(n), 5)).join('') +
    [p.precision, p.recall, p.f1].map((x) => lpad(num(x), 7)).join('')
  );
}

const target = (t: GoldTarget | PredictedTarget) =>
  `${t.metric} ${t.comparator} ${t.value}${t.valueMax !== undefined ? `–${t.valueMax}` : ''}${t.unit}${t.year ? ` (${t.year})` : ''}`;

export function formatReport(score: CorpusScore, opts: { verbose?: boolean } = {}): string {
  const o = score.overall;
  const lines: string[] = [];
  lines.push('Overall (micro-averaged over documents)');
  lines.push(pad('', 18) + ['TP', 'FP', 'FN'].map((h) => lpad(h, 5)).join('') + ['P', 'R', 'F1'].map((h) => lpad(h, 7)).join(''));
  for (const t of ENTITY_TYPES) lines.push(prfRow(t, o.entities[t]));
  lines.push(prfRow('entities, any type', o.anyType));
  lines.push(prfRow('cited documents', o.citedDocuments));
  lines.push(prfRow('targets', o.targets));
  lines.push(prfRow('targets (loose)', o.targetsLoose));
  lines.push(prfRow('measures', o.measures));
  lines.push(`${pad('metadata', 18)}accuracy ${num(o.metadata.accuracy)} (${o.metadata.correct}/${o.metadata.total} fields)`);

  lines.push('', 'Per document (F1; metadata: fields correct)');
  const heads = ['Org', 'Prog', 'Group', 'Brand', 'Any', 'Cited', 'Target', 'Meas', 'Meta'];
  lines.push(pad('file', 26) + heads.map((h) => lpad(h, 7)).join(''));
  for (const d of score.documents) {
    const cells = [
      ...ENTITY_TYPES.map((t) => num(d.entities[t].f1)),
      num(d.anyType.f1),
      num(d.citedDocuments.f1),
      num(d.targets.f1),
      num(d.measures.f1),
      `${d.metadata.correct}/${d.metadata.total}`,
    ];
    lines.push(pad(d.file + (d.docId ? '' : ' (no doc)'), 26) + cells.map((c) => lpad(c, 7)).join(''));
  }

  if (score.duplicates.length) {
    lines.push('', 'Duplicates');
    for (const d of score.duplicates) lines.push(`  ${d.file} = ${d.sameAs}: ${d.merged ? 'merged' : 'NOT merged'}`);
  }
  if (score.unmatchedPredicted.length) {
    lines.push('', 'Corpus documents without gold');
    for (const d of score.unmatchedPredicted) lines.push(`  ${d.id} (${d.sources.join(', ')})`);
  }
  if (opts.verbose) for (const d of score.documents) lines.push('', ...details(d));
  return lines.join('\n');
}

function details(d: DocumentScore): string[] {
  const out = [`== ${d.file} ${d.docId ?? '(no predicted document)'}`];
  const names = (label: string, m: MatchResult<GoldName, string>) => {
    if (m.missed.length) out.push(`  ${label} missed:   ${m.missed.map((g) => g.name).join('、')}`);
    if (m.spurious.length) out.push(`  ${label} spurious: ${m.spurious.join('、')}`);
  };
  for (const t of ENTITY_TYPES) names(t, d.entities[t]);
  const cites = d.citedDocuments as MatchResult<GoldCitation, PredictedCitation>;
  if (cites.missed.length) out.push(`  cited missed:   ${cites.missed.map((c) => `《${c.name}》`).join('')}`);
  if (cites.spurious.length) out.push(`  cited spurious: ${cites.spurious.map((c) => `《${c.name}》`).join('')}`);
  for (const t of d.targets.missed) out.push(`  target missed:   ${target(t)}`);
  for (const t of d.targets.spurious) out.push(`  target spurious: ${target(t)}`);
  if (d.measures.missed.length) out.push(`  measures missed:   ${d.measures.missed.join(' ')}`);
  if (d.measures.spurious.length) out.push(`  measures spurious: ${d.measures.spurious.join(' ')}`);
  for (const [field, f] of Object.entries(d.metadata.fields)) {
    if (!f.ok) out.push(`  metadata ${field}: gold ${JSON.stringify(f.gold)}, predicted ${JSON.stringify(f.predicted)}`);
  }
  return out;
}
