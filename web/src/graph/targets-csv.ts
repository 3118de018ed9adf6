// The targets table as CSV: English headers, the Chinese text as cells, ids last.
import type { TargetRow } from '../../../coverage/targets.js';
import { safeFileName, type CsvColumn } from './csv.js';

export const TARGET_CSV_COLUMNS: CsvColumn<TargetRow>[] = [
  { header: 'Metric', value: (r) => r.metric },
  { header: 'Comparator', value: (r) => r.comparator },
  { header: 'Value', value: (r) => r.value },
  { header: 'Value (upper bound)', value: (r) => r.valueMax },
  { header: 'Unit', value: (r) => r.unit },
  { header: 'Year', value: (r) => r.year },
  { header: 'Year from document', value: (r) => (r.yearFromDocument ? 'yes' : undefined) },
  { header: 'Region', value: (r) => r.region },
  { header: 'Document', value: (r) => r.document.name },
  { header: 'Measure path', value: (r) => r.measure.path },
  { header: 'Sentence', value: (r) => r.name },
  { header: 'Target id', value: (r) => r.id },
  { header: 'Measure id', value: (r) => r.measure.id },
];

export function targetsCsvName(metric: string | null): string {
  const safe = (s: string) => safeFileName(s, 60);
  return `targets${metric ? `_${safe(metric)}` : ''}.csv`;
}
