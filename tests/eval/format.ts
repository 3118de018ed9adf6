// The eval report as text: overall P/R/F1 per category, a per-document F1 grid, duplicates, and
// (verbose) what each document missed and what was spurious. Pure: scores in, a string out.
import type { EntityType } from '../../graph-schema/index.js';
import { ENTITY_TYPES } from '../../graph-schema/index.js';
import { BASELINE_RULES } from './baseline.js';
import type { LinkScore } from './links.js';
import type { GoldCitation, GoldTarget } from './gold-schema.js';
import type { PredictedCitation, PredictedTarget } from './collect.js';
import type { MatchResult, Prf } from './match.js';
import type { CorpusScore, DocumentScore, FieldAccuracy, GoldName, Totals } from './score.js';

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
  // A set whose gold is metadata only has no extraction rows to show.
  const metaOnly = score.documents.length > 0 && score.documents.every((d) => d.metaOnly);
  lines.push('Overall (micro-averaged over documents)');
  lines.push(pad('', 18) + ['TP', 'FP', 'FN'].map((h) => lpad(h, 5)).join('') + ['P', 'R', 'F1'].map((h) => lpad(h, 7)).join(''));
  if (!metaOnly) {
    for (const t of ENTITY_TYPES) lines.push(prfRow(t, o.entities[t]));
    lines.push(prfRow('entities, any type', o.anyType));
    lines.push(prfRow('cited documents', o.citedDocuments));
    lines.push(prfRow('targets', o.targets));
    lines.push(prfRow('targets (loose)', o.targetsLoose));
    lines.push(prfRow('measures', o.measures));
  }
  lines.push(`${pad('metadata', 18)}accuracy ${num(o.metadata.accuracy)} (${o.metadata.correct}/${o.metadata.total} fields)`);

  lines.push('', 'Per document (F1; metadata: fields correct)');
  const heads = ['Org', 'Prog', 'Group', 'Brand', 'Any', 'Cited', 'Target', 'Meas', 'Meta'];
  lines.push(pad('file', 26) + heads.map((h) => lpad(h, 7)).join(''));
  for (const d of score.documents) {
    const f1 = (p: Prf) => (d.metaOnly ? '—' : num(p.f1));
    const cells = [
      ...ENTITY_TYPES.map((t) => f1(d.entities[t])),
      f1(d.anyType),
      f1(d.citedDocuments),
      f1(d.targets),
      f1(d.measures),
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
  const ev = (e: { date: string; action: string; by: string }) => `${e.date} ${e.action} ${e.by}`;
  if (d.history?.missed.length) out.push(`  history missed:   ${d.history.missed.map(ev).join('; ')}`);
  if (d.history?.spurious.length) out.push(`  history spurious: ${d.history.spurious.map(ev).join('; ')}`);
  for (const [field, f] of Object.entries(d.metadata.fields)) {
    if (!f.ok) out.push(`  metadata ${field}: gold ${JSON.stringify(f.gold)}, predicted ${JSON.stringify(f.predicted)}`);
  }
  return out;
}

/** One column of the side-by-side table: a set, restricted to one genre or over all its documents. */
export interface Column {
  head: string[];
  totals: Totals;
  baseline: Record<EntityType, Prf>;
  links?: LinkScore;
}

const prfCell = (p: Prf) =>
  p.tp + p.fp + p.fn === 0 ? '—' : `${num(p.precision)} ${num(p.recall)} ${num(p.f1)}`;
const accCell = (a: FieldAccuracy) => (a.total === 0 ? '—' : `${num(a.accuracy)} (${a.correct}/${a.total})`);

/** The sets side by side, one column per set and genre (P R F1 in each cell). */
export function formatSideBySide(columns: Column[]): string {
  const W = 17;
  const L = 30;
  const row = (label: string, cells: string[]) => pad(label, L) + cells.map((c) => lpad(c, W)).join('');
  const lines: string[] = [];
  for (let i = 0; i < 2; i++) lines.push(row(i === 0 ? 'set' : 'genre', columns.map((c) => c.head[i] ?? '')));
  lines.push(row('documents', columns.map((c) => String(c.totals.documents))));
  lines.push(row('entities (P R F1)', columns.map(() => '')));
  for (const t of ENTITY_TYPES) {
    lines.push(row(`  ${t}`, columns.map((c) => prfCell(c.totals.entities[t]))));
    lines.push(row(`    baseline: ${BASELINE_SHORT[t]}`, columns.map((c) => prfCell(c.baseline[t]))));
  }
  lines.push(row('  any type', columns.map((c) => prfCell(c.totals.anyType))));
  lines.push(row('cited documents', columns.map((c) => prfCell(c.totals.citedDocuments))));
  lines.push(row('targets', columns.map((c) => prfCell(c.totals.targets))));
  lines.push(row('measures', columns.map((c) => prfCell(c.totals.measures))));
  lines.push(row('metadata (accuracy)', columns.map((c) => accCell(c.totals.metadata))));
  for (const f of ['name', 'issuer', 'issuedOn', 'level', 'region', 'year', 'docNumber', 'genre'] as const) {
    lines.push(row(`  ${f === 'name' ? 'title' : f === 'issuedOn' ? 'date (issuedOn)' : f}`, columns.map((c) => accCell(c.totals.metaFields[f]))));
  }
  lines.push(row('history events (P R F1)', columns.map((c) => prfCell(c.totals.history))));
  lines.push(
    row(
      'IMPLEMENTS links (P R F1)',
      columns.map((c) => (c.links ? `${num(c.links.precision)} ${num(c.links.recall)} ${num(c.links.f1)}` : '—')),
    ),
  );
  lines.push(row('  strong links recall', columns.map((c) => (c.links ? num(c.links.strongRecall) : '—'))));
  lines.push(
    '',
    'Cells: precision recall F1 (micro-averaged), or accuracy (correct/documents); — nothing to score.',
    'Baselines: ' + ENTITY_TYPES.map((t) => `${t} = ${BASELINE_RULES[t]}`).join('; ') + '.',
  );
  return lines.join('\n');
}

const BASELINE_SHORT: Record<EntityType, string> = {
  Organisation: 'jieba nt',
  Programme: 'suffix/quotes',
  TargetGroup: 'person nouns',
  Brand: 'jieba nz',
};
