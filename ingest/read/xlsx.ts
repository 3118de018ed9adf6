// Excel workbook (.xlsx) bytes → text: each sheet a row per line, its cells joined by tabs, as the
// HTML, .docx and PDF readers write a table, so the task-table and indicator-table readers of the
// structure and extract stages take a spreadsheet attachment (重点任务分工表, 主要指标表) unchanged.
// The sizes are checked first (zip-guard.ts), then read-excel-file reads the cells (shared strings,
// inline strings, numbers, dates by their number format).
import readExcelFile from 'read-excel-file/node';
import { DEFAULT_LIMITS, type IngestLimits } from '../guard.js';
import { joinCell } from './html-render.js';
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
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const lines = value.split(/\r?\n/).map((l) => l.replace(/[\t\u00A0]+/g, ' ').trim()).filter(Boolean);
  return joinCell(lines);
}

/** Rows of one sheet as lines: empty rows dropped, trailing empty cells trimmed. */
export function sheetLines(name: string, rows: Cell[][]): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const line = row.map(cellText).join('\t').replace(/\t+$/, '');
    if (line.replace(/\t/g, '').trim()) out.push(line);
  }
  if (out.length && !DEFAULT_SHEET_NAME.test(name.trim())) out.unshift(name.trim());
  return out;
}

/** The package's XML parts are checked as a .docx's are: a zip bomb or a part nested too deep is refused before
 *  the library inflates anything. */
function checkParts(bytes: Uint8Array, limits: IngestLimits): void {
  const entries = centralDirectory(bytes, XLSX_ZIP);
  checkDeclaredSizes(entries, limits);
  for (const [name, data] of checkInflatedSizes(bytes, entries, XLSX_ZIP, (n) => /\.(xml|rels)$/i.test(n))) {
    if (xmlDepthOver(data.toString('utf8'), limits.maxDepth)) {
      throw new ReadProblem('too-deep', `${name} nests elements more than ${limits.maxDepth} deep; refused`);
    }
  }
}

export async function xlsxToText(bytes: Uint8Array, limits: IngestLimits = DEFAULT_LIMITS): Promise<string> {
  checkParts(bytes, limits);
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readExcelFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length))) as typeof sheets;
  } catch (cause) {
    throw new ReadProblem('unreadable', `not a readable Excel workbook (${(cause as Error)?.message ?? cause}); save it again as .xlsx`, { cause });
  }
  return sheets.flatMap((s) => sheetLines(s.sheet, s.data)).join('\n');
}
