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
export function columnLabel(c: MatrixColumn, level: (l: string) => string = (l) => l): string {
  return [c.region ?? '?', c.level ? level(c.level) : '?', c.name].join(' / ');
}

/** The file's own words: English by default (the report and GET /api/coverage); the explorer passes its
 *  page's language (session 32 trial: the Chinese page downloaded English headers and statuses). */
export interface MatrixCsvWords {
  kind: string; path: string; name: string; status: string; score: string; lagDays: string; lagApprox: string; via: string; share: string; id: string;
  /** Separates a column's document from what the column holds ("…: status"). */
  of: string;
  yes: string;
  level(level: string): string;
  rowKind(kind: string): string;
  cellStatus(status: string): string;
}

export const ENGLISH_MATRIX_CSV: MatrixCsvWords = {
  kind: 'Kind', path: 'Path', name: 'Name', status: 'status', score: 'score', lagDays: 'lag (days)', lagApprox: 'lag approximate', via: 'via', share: 'Covered share', id: 'Id',
  of: ': ', yes: 'yes', level: (l) => l, rowKind: (k) => k, cellStatus: (s) => s,
};

export function matrixCsv(m: CoverageMatrix, opts: { bom?: boolean; words?: MatrixCsvWords } = {}): string {
  const w = opts.words ?? ENGLISH_MATRIX_CSV;
  // The lag stays a number (a spreadsheet sums and sorts it); a lag known from years only is flagged in a column of its own.
  // A chain's intermediate document (coverage "via") in a column of its own per lower document.
  const col = (c: MatrixColumn, what: string) => `${columnLabel(c, w.level)}${w.of}${what}`;
  const header = [w.kind, w.path, w.name, ...m.columns.flatMap((c) => [col(c, w.status), col(c, w.score), col(c, w.lagDays), col(c, w.lagApprox), col(c, w.via)]), w.share, w.id];
  const lines = [header.map(csvField).join(',')];
  for (const r of m.rows) {
    const cells = r.cells.flatMap((c) => [w.cellStatus(c.status), c.score, c.lagDays, c.lagDays !== undefined && c.lagApprox ? w.yes : undefined, c.via && (c.via.thenDocName ? `${c.via.docName} → ${c.via.thenDocName}` : c.via.docName)]);
    const share = r.share.share === null ? undefined : Number(r.share.share.toFixed(3));
    lines.push([w.rowKind(r.kind), r.path, r.name, ...cells, share, r.id].map(csvField).join(','));
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
export function withNoteRow(csv: string, note: string | undefined, label = 'Note'): string {
  if (!note) return csv;
  const eol = csv.includes('\r\n') ? '\r\n' : '\n';
  const body = csv.endsWith(eol) ? csv : csv + eol;
  return `${body}${eol}${[label, note].map(csvField).join(',')}${eol}`;
}
