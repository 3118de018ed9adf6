// Rows → CSV text that Excel opens as it is: UTF-8 with a BOM (without it Excel reads Chinese as
// the local code page), CRLF between records, fields quoted as RFC 4180 says.

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

export const BOM = '\uFEFF';

export interface CsvOptions {
  /** Start with the UTF-8 byte-order mark (default true). */
  bom?: boolean;
}

// A cell starting with one of these is run as a formula by spreadsheets (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: text as written, numbers as digits, empty for null/undefined/NaN. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A name made safe for a file system (no path separators, reserved characters or spaces), cut to `max` characters:
 *  the part of every download's file name that comes from a document or a query. */
export function safeFileName(s: string, max: number): string {
  return s.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, max);
}

export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[], options: CsvOptions = {}): string {
  const lines = [columns.map((c) => csvField(c.header))];
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))));
  return (options.bom === false ? '' : BOM) + lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}
