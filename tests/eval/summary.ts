// `npm run eval -- --markdown`: the figures of every set as two Markdown tables, one row per set (extraction and
// metadata; IMPLEMENTS links beside the plain baseline), so the README's "Quality now" tables are pasted from one run
// instead of being retyped from the side-by-side report. Pure: formats what evaluate.ts measured.
import type { SetResult } from './evaluate.js';
import type { Prf } from './match.js';

/** F1 with two decimals, or — when the set has nothing of that kind in its gold nor in our output. */
export function f1Cell(p: Prf): string {
  return p.tp + p.fp + p.fn === 0 ? '—' : p.f1.toFixed(2);
}

const ratio = (right: number, total: number) => (total ? `${right}/${total} (${(right / total).toFixed(2)})` : '—');

/** Extraction and metadata per set (sets with link gold only are left out: they have no extraction gold). */
export function extractionTable(results: SetResult[]): string {
  const head = '| set | docs | Organisation | Programme | TargetGroup | Brand | any type | cited documents | targets | measures | metadata |';
  const rows = results
    .filter((r) => !r.set.linksOnly)
    .map((r) => {
      const t = r.score.overall;
      const e = t.entities;
      const cells = r.set.metaOnly
        ? ['—', '—', '—', '—', '—', '—', '—', '—']
        : [f1Cell(e.Organisation), f1Cell(e.Programme), f1Cell(e.TargetGroup), f1Cell(e.Brand), f1Cell(t.anyType), f1Cell(t.citedDocuments), f1Cell(t.targets), f1Cell(t.measures)];
      return `| ${r.set.id} | ${t.documents} | ${cells.join(' | ')} | ${ratio(t.metadata.correct, t.metadata.total)} |`;
    });
  return [head, '|---|---|---|---|---|---|---|---|---|---|---|', ...rows].join('\n');
}

/** IMPLEMENTS per set with link gold: the linker, the plain TF-IDF baseline's F1, coverage verdicts, later links. */
export function linksTable(results: SetResult[]): string {
  const head = '| set | P | R | F1 | strong R | baseline F1 | coverage verdicts right | links to a later document |';
  const rows = results
    .filter((r) => r.linkSet)
    .map((r) => {
      const { linker, baseline, coverage, laterLinks } = r.linkSet!;
      const cells = [linker.precision, linker.recall, linker.f1, linker.strongRecall].map((x) => x.toFixed(2));
      return `| ${r.set.id} | ${cells.join(' | ')} | ${baseline.f1.toFixed(2)} | ${ratio(coverage.right, coverage.total)} | ${laterLinks.length} |`;
    });
  return [head, '|---|---|---|---|---|---|---|---|', ...rows].join('\n');
}

export function markdownSummary(results: SetResult[]): string {
  return ['Extraction and metadata (F1; metadata: fields right):', '', extractionTable(results), '', 'IMPLEMENTS links:', '', linksTable(results)].join('\n');
}
