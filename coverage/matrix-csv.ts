// The coverage matrix as CSV, the same file from the explorer's "Download CSV", from
// GET /api/coverage?format=csv and from the report: one row per matrix row, five columns per
// lower document (status, score, lag in days, whether that lag is approximate, the intermediate document of a chain), ids last. UTF-8 with a BOM so Excel opens the
// Chinese intact; cells that a spreadsheet would run as a formula are quoted with a leading '.
import type { CoverageMatrix, MatrixColumn } from './matrix.js';

export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(v: string | number | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** "吉林省 / provincial / 吉林省科协2020年科普工作要点" */
export function columnLabel(c: MatrixColumn): string {
  return [c.region ?? '?', c.level ?? '?', c.name].join(' / ');
}

export function matrixCsv(m: CoverageMatrix, opts: { bom?: boolean } = {}): string {
  // The lag stays a number (a spreadsheet sums and sorts it); a lag known from years only is flagged in a column of its own.
  // A chain's intermediate document (coverage "via") in a column of its own per lower document.
  const header = ['Kind', 'Path', 'Name', ...m.columns.flatMap((c) => [`${columnLabel(c)}: status`, `${columnLabel(c)}: score`, `${columnLabel(c)}: lag (days)`, `${columnLabel(c)}: lag approximate`, `${columnLabel(c)}: via`]), 'Covered share', 'Id'];
  const lines = [header.map(csvField).join(',')];
  for (const r of m.rows) {
    const cells = r.cells.flatMap((c) => [c.status, c.score, c.lagDays, c.lagDays !== undefined && c.lagApprox ? 'yes' : undefined, c.via && (c.via.thenDocName ? `${c.via.docName} → ${c.via.thenDocName}` : c.via.docName)]);
    const share = r.share.share === null ? undefined : Number(r.share.share.toFixed(3));
    lines.push([r.kind, r.path, r.name, ...cells, share, r.id].map(csvField).join(','));
  }
  return (opts.bom === false ? '' : BOM) + lines.join('\r\n') + '\r\n';
}

/** coverage-matrix_中国科协2020年科普工作要点.csv (with the region when filtered). */
export function matrixCsvName(directiveName: string, region?: string): string {
  const safe = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80);
  return `coverage-matrix_${safe(directiveName)}${region ? `_${safe(region)}` : ''}.csv`;
}

/** Parses the CSV back (quoted fields, CRLF): for tests and for anyone checking a download. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

/** A CSV with a warning as its last row ("Note", text), after an empty row, in the file's own line ending: a spreadsheet
 *  user reads it under the table (a comment line is not CSV, and a note above the header would break the columns). */
export function withNoteRow(csv: string, note: string | undefined): string {
  if (!note) return csv;
  const eol = csv.includes('\r\n') ? '\r\n' : '\n';
  const body = csv.endsWith(eol) ? csv : csv + eol;
  return `${body}${eol}${['Note', note].map(csvField).join(',')}${eol}`;
}
