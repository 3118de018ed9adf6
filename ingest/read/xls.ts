// Excel 97-2003 workbook (.xls, BIFF8; also Kingsoft WPS's .et in that format) bytes → text, written as the .xlsx
// reader writes a workbook (xlsx.ts: every worksheet in order, a row per line, cells tab-separated, a sheet's own
// name above its rows, dates as 2025年6月30日, percentages as 95.5%), so a task or indicator table published as an old
// spreadsheet attachment reads the same as one saved as .xlsx.
//
// Why our own reader: the only JavaScript library that reads BIFF8 is SheetJS, whose npm releases stopped at 0.18.5
// (2022) with two published advisories against reading untrusted files (prototype pollution, CVE-2023-30533; ReDoS,
// CVE-2024-22363); the fixed releases are served only from its own CDN, which an `npm ci` here cannot reach. What
// the ingest needs of a workbook is small: the shared strings, the cell records that hold a value, the number formats
// that make a number a date or a percentage, the sheet names ([MS-XLS] §2.4). The compound file is checked and read
// by cfb-guard.ts (every chain walked once), the records by biff.ts (every field bounds-checked).
import { DEFAULT_LIMITS, type IngestLimits } from '../guard.js';
import { BiffReader, records, REC, rkNumber, type BiffRecord } from './biff.js';
import { checkCfb } from './cfb-guard.js';
import { ReadProblem } from './problem.js';
import { sheetLines, tooManyCells, tooManyRows } from './xlsx.js';
import { isPercentFormat } from './xlsx-formats.js';

type Cell = string | number | boolean | Date | null;

const BIFF8 = 0x0600;
/** A BIFF8 sheet has 256 columns (IV) and 65,536 rows; a cell's column past them is damage. */
const BIFF8_COLUMNS = 256;
/** SHRFMLA, ARRAY, TABLE ([MS-XLS] §2.4.127: FORMULA [SHRFMLA | ARRAY | TABLE] [STRING]). */
const FORMULA_PARTS = new Set([0x04bc, 0x0221, 0x0236]);
const BOF_GLOBALS = 0x0005;
const BOF_WORKSHEET = 0x0010;
const SHEET_WORKSHEET = 0;

/** Built-in number formats ([MS-XLS] §2.5.165; 27–36 and 50–58 are the Chinese locale's date and time formats). */
const BUILTIN_DATE = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const BUILTIN_TIME = new Set([18, 19, 20, 21, 32, 33, 34, 35, 45, 46, 47]);
const BUILTIN_PERCENT = new Set([9, 10]);

type Shown = 'date' | 'month' | 'time' | 'percent' | 'number';

/** How a format code shows a number: the letters outside quoted text, escapes and [brackets] tell a date (y, d),
 *  a year and month with no day (yyyy"年"m"月"), a time (h, s) or a percentage. */
export function formatKind(code: string): Shown {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
  if (/[yd]/i.test(bare)) return /d/i.test(bare) ? 'date' : 'month';
  if (/[hs]/i.test(bare)) return 'time';
  if (/m/i.test(bare) && !/[0#?]/.test(bare)) return 'month';
  return isPercentFormat(code) ? 'percent' : 'number';
}

function builtinKind(id: number): Shown {
  if (BUILTIN_DATE.has(id)) return 'date';
  if (BUILTIN_TIME.has(id)) return 'time';
  return BUILTIN_PERCENT.has(id) ? 'percent' : 'number';
}

const DAY_MS = 86_400_000;

/** A date serial as a UTC date. Serial 1 is 1900-01-01 and the 1900 system counts a 1900-02-29 that never was
 *  (serial 60, Lotus's error kept by Excel, read here as 02-28), so from serial 61 on a day less is added. */
export function serialDate(serial: number, base1904: boolean): Date {
  const days = Math.floor(serial);
  if (base1904) return new Date(Date.UTC(1904, 0, 1) + days * DAY_MS);
  const epoch = days > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(epoch + (days === 60 ? 59 : days) * DAY_MS);
}

interface Globals {
  sst: string[];
  /** Each XF record's number format id, by XF index (what a cell's ixfe names). */
  xfFormat: number[];
  formats: Map<number, string>;
  base1904: boolean;
  sheets: { name: string; at: number; kind: number }[];
}

const unsupported = (what: string) => new ReadProblem('unsupported-format', `${what}, which cannot be read: save it as .xlsx`);

function readGlobals(stream: Buffer): Globals {
  const g: Globals = { sst: [], xfFormat: [], formats: new Map(), base1904: false, sheets: [] };
  let first = true;
  for (const rec of records(stream)) {
    const r = new BiffReader(rec.parts);
    if (first) {
      first = false;
      if (rec.type !== REC.BOF) throw new ReadProblem('truncated', 'the workbook stream does not start with a BOF record; open it in Excel or WPS and save it again');
      const version = r.u16();
      if (version !== BIFF8) throw unsupported(`an Excel 5.0/95 (or older) workbook (BIFF version 0x${version.toString(16)})`);
      if (r.u16() !== BOF_GLOBALS) throw new ReadProblem('truncated', 'the workbook stream does not start with its globals; save it again as .xlsx');
      continue;
    }
    switch (rec.type) {
      case REC.FILEPASS:
        // Also Excel's protection against changes, which encrypts with a built-in password: either way the cells
        // cannot be read without decrypting them.
        throw new ReadProblem('unreadable', 'the .xls is encrypted (a password to open it, or protection against changes): open it in Excel or WPS, remove the protection and save it again');
      case REC.DATEMODE:
        g.base1904 = r.u16() === 1;
        break;
      case REC.FORMAT: {
        // A format code that overruns its record (seen from one non-Excel writer: a count one character more than it
        // wrote) leaves that format unknown, so its cells read as plain numbers; the cells are what matter.
        const id = r.u16();
        try {
          g.formats.set(id, r.string(2));
        } catch (cause) {
          if (!(cause instanceof ReadProblem)) throw cause;
        }
        break;
      }
      case REC.XF:
        r.skip(2);
        g.xfFormat.push(r.u16());
        break;
      case REC.BOUNDSHEET: {
        const at = r.u32();
        r.skip(1); // visibility: hidden sheets are read, as the .xlsx reader reads them
        const kind = r.u8();
        g.sheets.push({ at, kind, name: r.string(1) });
        break;
      }
      case REC.SST: {
        r.skip(4);
        const unique = r.u32();
        // Bounded by the record's bytes, not by the count it declares (each string takes at least 3 bytes).
        for (let i = 0; i < unique && !r.done; i++) g.sst.push(r.richString());
        break;
      }
      case REC.EOF:
        return g;
    }
  }
  throw new ReadProblem('truncated', 'the workbook stream ends before the end of its globals; download it again');
}

interface Sheet {
  cells: Map<number, Map<number, Cell>>;
  rows: number;
  cols: number;
  percent: Set<string>;
}

/** One worksheet's cells, from its BOF at `at`; `spent` is the grid of the sheets before it (limits.maxSheetCells). */
function readSheet(stream: Buffer, at: number, g: Globals, limits: IngestLimits, name: string, spent: number): Sheet | undefined {
  const shown = (xf: number): Shown => {
    const id = g.xfFormat[xf];
    if (id === undefined) return 'number';
    const code = g.formats.get(id);
    return code === undefined ? builtinKind(id) : formatKind(code);
  };
  const sheet: Sheet = { cells: new Map(), rows: 0, cols: 0, percent: new Set() };
  const put = (row: number, col: number, value: Cell) => {
    if (value === null || value === '') return;
    if (col >= BIFF8_COLUMNS) {
      throw new ReadProblem('truncated', `sheet ${name} has a cell in column ${col + 1}, past the 256 columns of the format: the workbook is damaged; open it in Excel or WPS and save it again`);
    }
    let line = sheet.cells.get(row);
    if (!line) sheet.cells.set(row, (line = new Map()));
    line.set(col, value);
    sheet.rows = Math.max(sheet.rows, row + 1);
    sheet.cols = Math.max(sheet.cols, col + 1);
    if (sheet.rows > limits.maxSheetRows) throw tooManyRows(`sheet ${name}`, limits);
    // Checked as cells arrive too, so a sheet's cells never take more memory than the limit allows.
    if (spent + sheet.rows * sheet.cols > limits.maxSheetCells) throw tooManyCells(`sheet ${name}`, limits, spent + sheet.rows * sheet.cols);
  };
  const number = (row: number, col: number, xf: number, value: number) => {
    if (!Number.isFinite(value)) return;
    const kind = shown(xf);
    if (kind === 'date' || kind === 'month') {
      const d = serialDate(value, g.base1904);
      put(row, col, kind === 'month' ? `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月` : d);
    } else if (kind === 'time') {
      const minutes = Math.round((value - Math.floor(value)) * 24 * 60);
      put(row, col, `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`);
    } else {
      if (kind === 'percent') sheet.percent.add(`${row + 1}:${col + 1}`);
      put(row, col, value);
    }
  };
  let depth = 0;
  let formulaString: [number, number] | undefined;
  for (const rec of records(stream, at)) {
    const r = new BiffReader(rec.parts);
    if (rec.type === REC.BOF) {
      depth++;
      if (depth === 1) {
        r.skip(2);
        if (r.u16() !== BOF_WORKSHEET) return undefined; // a chart, macro or dialog sheet: no cells to read
      }
      continue;
    }
    if (rec.type === REC.EOF) {
      if (--depth <= 0) return sheet;
      continue;
    }
    if (depth !== 1) continue; // an embedded chart's records
    cell(rec, r);
  }
  throw new ReadProblem('truncated', `sheet ${name} ends before its EOF record; download it again`);

  function cell(rec: BiffRecord, r: BiffReader): void {
    if (rec.type === REC.STRING) {
      if (formulaString) put(formulaString[0], formulaString[1], r.string(2));
      formulaString = undefined;
      return;
    }
    // A shared, array or table formula's own record may stand between a formula and the STRING with its text result.
    if (FORMULA_PARTS.has(rec.type)) return;
    formulaString = undefined;
    switch (rec.type) {
      case REC.LABELSST: {
        const [row, col] = [r.u16(), r.u16()];
        r.skip(2);
        put(row, col, g.sst[r.u32()] ?? null);
        return;
      }
      case REC.LABEL:
      case REC.RSTRING: {
        const [row, col] = [r.u16(), r.u16()];
        r.skip(2);
        put(row, col, r.string(2));
        return;
      }
      case REC.NUMBER: {
        const [row, col, xf] = [r.u16(), r.u16(), r.u16()];
        number(row, col, xf, r.f64());
        return;
      }
      case REC.RK: {
        const [row, col, xf] = [r.u16(), r.u16(), r.u16()];
        number(row, col, xf, rkNumber(r.u32()));
        return;
      }
      case REC.MULRK: {
        const [row, first] = [r.u16(), r.u16()];
        const size = rec.parts.reduce((n, p) => n + p.length, 0);
        const n = Math.floor((size - 6) / 6);
        for (let i = 0; i < n; i++) {
          const xf = r.u16();
          number(row, first + i, xf, rkNumber(r.u32()));
        }
        return;
      }
      case REC.BOOLERR: {
        const [row, col] = [r.u16(), r.u16()];
        r.skip(2);
        const [value, isError] = [r.u8(), r.u8()];
        if (!isError) put(row, col, value !== 0);
        return;
      }
      case REC.FORMULA: {
        const [row, col, xf] = [r.u16(), r.u16(), r.u16()];
        const result = r.bytes(8);
        if (result.readUInt16LE(6) !== 0xffff) number(row, col, xf, result.readDoubleLE(0));
        else if (result[0] === 0) formulaString = [row, col]; // the text result is in the STRING record that follows
        else if (result[0] === 1) put(row, col, result[2] !== 0);
        return;
      }
    }
  }
}

/** The workbook's stream: `Workbook` (BIFF8), or `Book`, which Excel 5.0/95 writes (its BOF version is then refused
 *  by readGlobals) and which some writers use for BIFF8 too. */
function workbookStream(bytes: Uint8Array): Buffer {
  const cfb = checkCfb(bytes, 'Excel or WPS');
  const byName = (want: string) => [...cfb.streams.values()].find((s) => s.name.toLowerCase() === want);
  const stream = byName('workbook') ?? byName('book');
  if (stream) return cfb.read(stream);
  const names = [...cfb.streams.keys()].map((n) => n.replace(/[\x00-\x1f]/g, '')).slice(0, 4).join(', ') || 'none';
  throw unsupported(`an OLE2 file with no Workbook stream (top-level streams: ${names}), so not an Excel workbook`);
}

export interface XlsSheet {
  name: string;
  /** Row by row from row 1, each from column A (null where a cell holds nothing): what sheetLines writes. */
  rows: Cell[][];
  /** Cells (row:col, from 1) whose number format shows a percentage. */
  percent: Set<string>;
}

/** Every worksheet of the workbook, in its order (chart, macro and dialog sheets have no cells and are left out). */
export function readXls(bytes: Uint8Array, limits: IngestLimits = DEFAULT_LIMITS): XlsSheet[] {
  const stream = workbookStream(bytes);
  const g = readGlobals(stream);
  const out: XlsSheet[] = [];
  let cells = 0;
  for (const s of g.sheets) {
    if (s.kind !== SHEET_WORKSHEET) continue;
    if (s.at >= stream.length) throw new ReadProblem('truncated', `sheet ${s.name} starts past the workbook stream's end; download it again`);
    const sheet = readSheet(stream, s.at, g, limits, s.name, cells);
    if (!sheet) continue;
    cells += sheet.rows * sheet.cols;
    const rows: Cell[][] = Array.from({ length: sheet.rows }, (_, row) => {
      const line = sheet.cells.get(row);
      return Array.from({ length: line ? sheet.cols : 0 }, (_, col) => line?.get(col) ?? null);
    });
    out.push({ name: s.name, rows, percent: sheet.percent });
  }
  return out;
}

export function xlsToText(bytes: Uint8Array, limits: IngestLimits = DEFAULT_LIMITS): string {
  return readXls(bytes, limits)
    .flatMap((s) => sheetLines(s.name, s.rows, s.percent))
    .join('\n');
}
