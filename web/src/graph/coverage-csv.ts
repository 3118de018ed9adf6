// The gap view's tables as CSV: English headers, the Chinese names and paths as cells, ids last
// so a row can be traced back to the graph (or to Neo4j).
import { NODE_GLOSSES } from './colours.js';
import { isGap, type EntityCoverage, type MeasureCoverage } from './coverage.js';
import type { CsvColumn } from './csv.js';
import type { ViaStep } from '../../../coverage/index.js';

/** A measure row with the full texts of the higher measure and of its best implementer (the tables show
 *  clipped names; a planner's export carries the sentences). */
export type MeasureCsvRow = MeasureCoverage & { text?: string; implementedByText?: string };

/** "河南省大气污染防治条例 第十条", or two intermediates joined by " → " (the one the lower measure implements first). */
function viaCell(v: ViaStep | undefined): string | undefined {
  return v ? `${v.docName} ${v.path}${v.then ? ` → ${v.then.docName} ${v.then.path}` : ''}` : undefined;
}

export const MEASURE_CSV_COLUMNS: CsvColumn<MeasureCsvRow>[] = [
  { header: 'Path', value: (r) => r.path },
  { header: 'Section', value: (r) => r.section },
  { header: 'Measure', value: (r) => r.name },
  { header: 'Measure text', value: (r) => r.text },
  { header: 'Status', value: (r) => r.status },
  { header: 'Verdict', value: (r) => r.implementedBy?.verdict },
  { header: 'Implemented by (path)', value: (r) => r.implementedBy?.path },
  { header: 'Implemented by', value: (r) => r.implementedBy?.name },
  { header: 'Via (intermediate document)', value: (r) => viaCell(r.implementedBy?.via) },
  { header: 'Implementing measure text', value: (r) => r.implementedByText },
  { header: 'Score', value: (r) => r.implementedBy?.score },
  { header: 'Lag (days)', value: (r) => r.implementedBy?.lagDays },
  { header: 'Lag approximate (years only)', value: (r) => (r.implementedBy?.lagApprox ? 'yes' : undefined) },
  { header: 'Addressees', value: (r) => r.addressees.join('、') || undefined },
  { header: 'Implementing measures', value: (r) => r.implementers },
  { header: 'Measure id', value: (r) => r.id },
  { header: 'Implementing measure id', value: (r) => r.implementedBy?.id },
];

export const ENTITY_CSV_COLUMNS: CsvColumn<EntityCoverage>[] = [
  { header: 'Type', value: (r) => `${r.type} ${NODE_GLOSSES[r.type]}` },
  { header: 'Name', value: (r) => r.name },
  { header: 'Mentioned by lower document', value: (r) => (isGap(r) ? 'no' : 'yes') },
  { header: 'Mentions in higher document', value: (r) => r.higherMentions },
  { header: 'Mentions in lower document', value: (r) => r.lowerMentions },
  { header: 'Id', value: (r) => r.id },
];

export type GapTable = 'measures' | 'programmes' | 'groups';

/** e.g. coverage-measures_吉林省科协2020年科普工作要点_vs_中国科协2020年科普工作要点.csv */
export function coverageCsvName(table: GapTable, lowerName: string, higherName: string, opts: { gapsOnly?: boolean } = {}): string {
  const safe = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60);
  return `coverage-${table}${opts.gapsOnly ? '-gaps' : ''}_${safe(lowerName)}_vs_${safe(higherName)}.csv`;
}

/** The rows with their full texts, from `texts` (id → text; the data graph's, or fetched on demand). */
export function withMeasureTexts(rows: MeasureCoverage[], texts: (id: string) => string | undefined): MeasureCsvRow[] {
  return rows.map((r) => ({ ...r, text: texts(r.id), implementedByText: r.implementedBy ? texts(r.implementedBy.id) : undefined }));
}
