// The gap view's tables as CSV: headers and statuses in the page's language (localisedColumns; the
// English set is the columns' own), the Chinese names and paths as cells, ids last so a row can be
// traced back to the graph (or to Neo4j).
import { NODE_GLOSSES } from './colours.js';
import { isGap, type EntityCoverage, type MeasureCoverage } from './coverage.js';
import { safeFileName, type CsvColumn } from './csv.js';
import type { ViaStep } from '../../../coverage/index.js';
import { rowLink, type GapPassage } from '../../../coverage/passages.js';
import type { MatrixCsvWords } from '../../../coverage/matrix-csv.js';

/** A measure row with the full texts of the higher measure and of its best implementer (the tables show
 *  clipped names; a planner's export carries the sentences), and the longest passage its link reuses (the server's,
 *  GET /api/gap-passages: session 39). */
export type MeasureCsvRow = MeasureGapRow & { text?: string; implementedByText?: string };

/** A gap-table row with the longest passage its link reuses, when the server sent one (coverage/passages.ts). */
export type MeasureGapRow = MeasureCoverage & { passage?: Pick<GapPassage, 'text' | 'higherText' | 'lower' | 'higher' | 'span'> };

/** The rows with their passages: a passage only where it belongs to the link the row's verdict opens. */
export function withPassages(rows: MeasureCoverage[], passages: readonly GapPassage[] | undefined): MeasureGapRow[] {
  if (!passages?.length) return rows;
  const byId = new Map(passages.map((p) => [p.id, p]));
  return rows.map((r) => {
    const p = byId.get(r.id);
    const link = rowLink(r);
    return p && link && p.lower === link.lower && p.higher === link.higher ? { ...r, passage: p } : r;
  });
}

/** "河南省大气污染防治条例 第十条", or two intermediates joined by " → " (the one the lower measure implements first). */
function viaCell(v: ViaStep | undefined): string | undefined {
  return v ? `${v.docName} ${v.path}${v.then ? ` → ${v.then.docName} ${v.then.path}` : ''}` : undefined;
}

/** A column with its i18n key (`csv.<key>`), and the kind of value the page words in its language. */
export type KeyedCsvColumn<Row> = CsvColumn<Row> & { key: string; words?: 'status' | 'verdict' | 'yesNo' };

export const MEASURE_CSV_COLUMNS: KeyedCsvColumn<MeasureCsvRow>[] = [
  { key: 'path', header: 'Path', value: (r) => r.path },
  { key: 'section', header: 'Section', value: (r) => r.section },
  { key: 'measure', header: 'Measure', value: (r) => r.name },
  { key: 'measureText', header: 'Measure text', value: (r) => r.text },
  { key: 'status', header: 'Status', value: (r) => r.status, words: 'status' },
  { key: 'verdict', header: 'Verdict', value: (r) => r.implementedBy?.verdict, words: 'verdict' },
  { key: 'implementedByPath', header: 'Implemented by (path)', value: (r) => r.implementedBy?.path },
  { key: 'implementedBy', header: 'Implemented by', value: (r) => r.implementedBy?.name },
  { key: 'via', header: 'Via (intermediate document)', value: (r) => viaCell(r.implementedBy?.via) },
  { key: 'implementingText', header: 'Implementing measure text', value: (r) => r.implementedByText },
  { key: 'reusedPassage', header: 'Reused passage (longest)', value: (r) => r.passage?.text },
  { key: 'score', header: 'Score', value: (r) => r.implementedBy?.score },
  { key: 'lagDays', header: 'Lag (days)', value: (r) => r.implementedBy?.lagDays },
  { key: 'lagApprox', header: 'Lag approximate (years only)', value: (r) => (r.implementedBy?.lagApprox ? 'yes' : undefined), words: 'yesNo' },
  { key: 'addressees', header: 'Addressees', value: (r) => r.addressees.join('、') || undefined },
  { key: 'implementers', header: 'Implementing measures', value: (r) => r.implementers },
  { key: 'measureId', header: 'Measure id', value: (r) => r.id },
  { key: 'implementingId', header: 'Implementing measure id', value: (r) => r.implementedBy?.id },
];

export const ENTITY_CSV_COLUMNS: KeyedCsvColumn<EntityCoverage>[] = [
  { key: 'type', header: 'Type', value: (r) => `${r.type} ${NODE_GLOSSES[r.type]}` },
  { key: 'name', header: 'Name', value: (r) => r.name },
  { key: 'mentionedByLower', header: 'Mentioned by lower document', value: (r) => (isGap(r) ? 'no' : 'yes'), words: 'yesNo' },
  { key: 'higherMentions', header: 'Mentions in higher document', value: (r) => r.higherMentions },
  { key: 'lowerMentions', header: 'Mentions in lower document', value: (r) => r.lowerMentions },
  { key: 'id', header: 'Id', value: (r) => r.id },
];

const STATUS_WORD: Record<string, string> = { implemented: 'implemented', partial: 'partial', gap: 'gap', 'not applicable': 'notApplicable', carried: 'carried', 'not carried': 'notCarried' };

/**
 * The columns in the page's language (session 32 trial: a planner in the Chinese page got English
 * headers and gap / implemented / implements / yes in the file Excel opens): headers from `csv.<key>`,
 * statuses, verdicts and yes/no from `csv.statusWord.*`, `csv.verdictWord.*`, `csv.yes`/`csv.no`. Names,
 * paths, texts and ids stay as the documents and the graph write them.
 */
export function localisedColumns<Row>(columns: readonly KeyedCsvColumn<Row>[], t: (key: string) => string): CsvColumn<Row>[] {
  const word = (kind: KeyedCsvColumn<Row>['words'], v: string): string =>
    kind === 'status' ? t(`csv.statusWord.${STATUS_WORD[v] ?? v}`) : kind === 'verdict' ? t(`csv.verdictWord.${v}`) : t(`csv.${v === 'yes' ? 'yes' : 'no'}`);
  return columns.map((c) => ({
    header: t(`csv.${c.key}`),
    value: (row: Row) => {
      const v = c.value(row);
      return c.words && typeof v === 'string' && v !== '' ? word(c.words, v) : v;
    },
  }));
}

/** The coverage matrix's CSV words in the page's language (the English table gives coverage/matrix-csv.ts's own, so
 *  the English page's file is the report's and GET /api/coverage's). */
export function matrixCsvWords(t: (key: string, opts?: { defaultValue: string }) => string): MatrixCsvWords {
  const known = (key: string, raw: string) => t(key, { defaultValue: raw });
  return {
    kind: t('csv.matrixKind'), path: t('csv.path'), name: t('csv.name'), status: t('csv.matrixStatus'), score: t('csv.matrixScore'),
    lagDays: t('csv.matrixLagDays'), lagApprox: t('csv.matrixLagApprox'), via: t('csv.matrixVia'), share: t('csv.matrixShare'), id: t('csv.matrixId'),
    of: t('csv.matrixOf'), yes: t('csv.yes'),
    level: (l) => known(`csv.matrixLevel.${l}`, l),
    rowKind: (k) => known(`csv.rowKind.${k}`, k),
    cellStatus: (s) => known(`csv.statusWord.${STATUS_WORD[s] ?? s}`, s),
  };
}

export type GapTable = 'measures' | 'programmes' | 'groups';

/** e.g. coverage-measures_吉林省科协2020年科普工作要点_vs_中国科协2020年科普工作要点.csv */
export function coverageCsvName(table: GapTable, lowerName: string, higherName: string, opts: { gapsOnly?: boolean } = {}): string {
  const safe = (s: string) => safeFileName(s, 60);
  return `coverage-${table}${opts.gapsOnly ? '-gaps' : ''}_${safe(lowerName)}_vs_${safe(higherName)}.csv`;
}

/** The rows with their full texts, from `texts` (id → text; the data graph's, or fetched on demand). */
export function withMeasureTexts(rows: MeasureGapRow[], texts: (id: string) => string | undefined): MeasureCsvRow[] {
  return rows.map((r) => ({ ...r, text: texts(r.id), implementedByText: r.implementedBy ? texts(r.implementedBy.id) : undefined }));
}
