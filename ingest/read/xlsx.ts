// Excel workbook (.xlsx) bytes → text: each sheet a row per line, its cells joined by tabs, as the
// HTML, .docx and PDF readers write a table, so the task-table and indicator-table readers of the
// structure and extract stages take a spreadsheet attachment (重点任务分工表, 主要指标表) unchanged.
// The sizes are checked first (zip-guard.ts), then read-excel-file reads the cells (shared strings,
// inline strings, numbers, dates by their number format); a number shown as a percentage is written as one
// (xlsx-formats.ts: the library gives 0.85 for a cell Excel shows as 85%).
import readExcelFile from 'read-excel-file/node';
import { DEFAULT_LIMITS, type IngestLimits } from '../guard.js';
import { joinCell } from './html-render.js';
import { percentStyles, sheetPartsByName } from './xlsx-formats.js';
import { ReadProblem } from './problem.js';
import { centralDirectory, checkDeclaredSizes, checkInflatedSizes, xmlDepthOver, type ZipKind } from './zip-guard.js';

export const XLSX_ZIP: ZipKind = { what: 'Excel workbook', ext: '.xlsx', writer: 'Excel' };

type Cell = string | number | boolean | Date | null | undefined;

/** A sheet's own name is written above its rows unless it is a spreadsheet program's default (Sheet1, 工作表1). */
const DEFAULT_SHEET_NAME = /^(?:sheet|工作表|表)\s*\d*$/i;

/** A date cell as the documents write dates (2025年12月31日), so the date rules of the later stages read it. */
function dateText(d: Date): string {
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** One cell as text: a number without binary-fraction noise (0.1 + 0.2), a multi-line cell (Alt+Enter) joined
 *  as a Word cell's paragraphs are (html-render.ts), tabs inside a cell made spaces so the row keeps its columns. */
export function cellText(value: Cell, percent = false): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return percent ? `${Number((value * 100).toPrecision(12))}%` : String(Number(value.toPrecision(12)));
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const lines = value.split(/\r?\n/).map((l) => l.replace(/[\t\u00A0]+/g, ' ').trim()).filter(Boolean);
  return joinCell(lines);
}

/** Rows of one sheet as lines: empty rows dropped, trailing empty cells trimmed. `percent` holds the cells (row:col,
 *  from 1) whose number format is a percentage. */
export function sheetLines(name: string, rows: Cell[][], percent: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  // A table set in from column A (a margin left at A or A–B) starts at its own first column, as in a Word file.
  const filled = (v: Cell) => cellText(v) !== '';
  // (A loop, not Math.min(...rows): a sheet of 200,000 rows would overflow the call's arguments.)
  let from = Infinity;
  for (const row of rows) {
    const first = row.findIndex(filled);
    if (first >= 0 && first < from) from = first;
  }
  for (const [r, row] of rows.entries()) {
    const cells = row.map((v, c) => cellText(v, percent.has(`${r + 1}:${c + 1}`))).slice(Number.isFinite(from) ? from : 0);
    // Trailing empty cells dropped by index (a /\t+$/ on a row of thousands of empty cells before a filled one
    // backtracks quadratically).
    let last = cells.length;
    while (last > 0 && cells[last - 1] === '') last--;
    const line = cells.slice(0, last).join('\t');
    if (line.replace(/\t/g, '').trim()) out.push(line);
  }
  if (out.length && !DEFAULT_SHEET_NAME.test(name.trim())) out.unshift(name.trim());
  return out;
}

/** The refusals of a sheet over the row limit and of a workbook over the cell limit, worded alike for every spreadsheet
 *  format (.xlsx, .xls, XML Spreadsheet 2003): `rows` when the count is known before reading, else the limit was passed
 *  while reading. */
export function tooManyRows(where: string, limits: IngestLimits, rows?: number): ReadProblem {
  const max = limits.maxSheetRows.toLocaleString('en-US');
  const size = rows === undefined ? `over ${max} rows, the limit per sheet` : `${rows.toLocaleString('en-US')} rows, over the limit of ${max} per sheet`;
  return new ReadProblem('too-long', `${where} has ${size} (a task or indicator table has hundreds); save the table alone`);
}

export function tooManyCells(where: string, limits: IngestLimits, cells: number): ReadProblem {
  return new ReadProblem(
    'too-long',
    `its sheets span ${cells.toLocaleString('en-US')} cells (last row × last column) by ${where}, over the limit of ${limits.maxSheetCells.toLocaleString('en-US')}; delete the empty rows and columns past the table, or save the table alone`,
  );
}

const CELL_OR_ROW = /<(row|c)(?=[\s/>])([^>]*)>/g;
const REF = /\sr\s*=\s*["']([A-Za-z]*)(\d*)["']/;

const columnNumber = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

const STYLE = /\ss\s*=\s*["'](\d+)["']/;

/** One pass over a worksheet: the grid it spans, as the reader will build it (its last row × its last column, from
 *  each row's and cell's reference, r="D3", or where a writer leaves it out its place after the one before), and the
 *  cells (row:col) styled with one of `percentXfs`. Linear in the part's length. */
export function scanSheet(xml: string, percentXfs: ReadonlySet<number> = new Set()): { grid: number; rows: number; percent: Set<string> } {
  let row = 0;
  let col = 0;
  let rows = 0;
  let cols = 0;
  const percent = new Set<string>();
  for (const m of xml.matchAll(CELL_OR_ROW)) {
    const ref = REF.exec(m[2]);
    if (m[1] === 'row') {
      row = ref?.[2] ? Number(ref[2]) : row + 1;
      col = 0;
    } else {
      col = ref?.[1] ? columnNumber(ref[1]) : col + 1;
      if (ref?.[2]) row = Math.max(row, Number(ref[2]));
      cols = Math.max(cols, col);
      const style = percentXfs.size ? STYLE.exec(m[2]) : null;
      if (style && percentXfs.has(Number(style[1]))) percent.add(`${row}:${col}`);
    }
    rows = Math.max(rows, row);
  }
  return { grid: rows * cols, rows, percent };
}

export const sheetGridCells = (xml: string) => scanSheet(xml).grid;

/** The package's XML parts are checked as a .docx's are: a zip bomb or a part nested too deep is refused before
 *  the library inflates anything; so is a workbook whose sheets span more cells than the limit. Gives each sheet's
 *  percentage cells, by sheet name. */
function checkParts(bytes: Uint8Array, limits: IngestLimits): Map<string, Set<string>> {
  const entries = centralDirectory(bytes, XLSX_ZIP);
  checkDeclaredSizes(entries, limits);
  const parts = new Map<string, string>();
  for (const [name, data] of checkInflatedSizes(bytes, entries, XLSX_ZIP, (n) => /\.(xml|rels)$/i.test(n))) {
    const xml = data.toString('utf8');
    if (xmlDepthOver(xml, limits.maxDepth)) {
      throw new ReadProblem('too-deep', `${name} nests elements more than ${limits.maxDepth} deep; refused`);
    }
    parts.set(name, xml);
  }
  const percentXfs = percentStyles(parts.get('xl/styles.xml') ?? '');
  const partSheet = new Map([...sheetPartsByName(parts.get('xl/workbook.xml') ?? '', parts.get('xl/_rels/workbook.xml.rels') ?? '')].map(([sheet, part]) => [part, sheet]));
  const percentBySheet = new Map<string, Set<string>>();
  let cells = 0;
  for (const [name, xml] of parts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) continue;
    const scan = scanSheet(xml, percentXfs);
    cells += scan.grid;
    const sheet = partSheet.get(name);
    if (sheet !== undefined) percentBySheet.set(sheet, scan.percent);
    if (scan.rows > limits.maxSheetRows) throw tooManyRows(name, limits, scan.rows);
    if (cells > limits.maxSheetCells) throw tooManyCells(name, limits, cells);
  }
  return percentBySheet;
}

export async function xlsxToText(bytes: Uint8Array, limits: IngestLimits = DEFAULT_LIMITS): Promise<string> {
  const percent = checkParts(bytes, limits);
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readExcelFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length))) as typeof sheets;
  } catch (cause) {
    throw new ReadProblem('unreadable', `not a readable Excel workbook (${(cause as Error)?.message ?? cause}); save it again as .xlsx`, { cause });
  }
  return sheets.flatMap((s) => sheetLines(s.sheet, s.data, percent.get(s.sheet))).join('\n');
}
