// Tables on a PDF or OFD page → lines of tab-separated cells, as the HTML, .docx and .doc readers write table rows, so
// that the indicator tables of plans (指标 | 2020年 | 2025年 | 属性) and the task tables of 分工方案 (序号 | 重点任务 |
// 牵头单位) are read from a PDF as from a Word file (session 30, lead: before, a PDF table's cells reached the text as
// words joined by spaces, and a cell wrapped over two lines or centred in its row became lines of its own, so a
// 规划's 主要指标 table printed to PDF gave no target and its numbers were read into the sentence around them).
//
// A fixed-layout page has positioned text and no cells. A table is told by its shape: rows of text in three or more
// blocks separated by column gaps (seed rows), the rows between and around them whose text stays inside the columns.
// Columns are the bands of the page the region's text covers; rows are the bands its cells cover, a cell being the
// lines of one column that follow each other at line pitch. Pure, so it is tested on hand-made items.
import type { PdfItem } from './pdf-layout.js';

/** Every knob of the table reader, with its provenance. */
export const PDF_TABLE_OPTIONS = {
  /** A horizontal gap at least this many ems between two items separates cells (Word's cell margins are 0.19 cm on each
   *  side: 1.03 em at 10.5 pt; Chromium's table padding gave 1.2 em; text inside a cell has no gap). */
  cellGapEm: 0.8,
  /** A seed row has at least this many blocks: two blocks are a heading with a wide space (第一章  总则). */
  seedBlocks: 3,
  /** Lines of one cell follow each other at no more than this many ems (line pitch 1.2–1.3 em; a new row adds padding). */
  cellPitchEm: 1.4,
  /** Rows above the first seed row still read as the table's (header cells) when they fit its columns. */
  edgeRows: 3,
  /** Consecutive rows of a table are at most this many ems apart (a cell centred in a tall row sits 1–2 ems from its
   *  neighbours; a paragraph after the table starts 2.7 ems below at the 28 pt pitch of GB/T 9704 body text). */
  rowGapEm: 2.5,
  /** A line this many ems above a row's first numeric cell still belongs to the row (a cell of two lines centred on it). */
  anchorReachEm: 0.75,
  /** A table has at least this many rows and columns once built, and at most this many columns (the widest tables of
   *  plans, a 指标 table with a column per year, have about fifteen). */
  minRows: 2,
  minColumns: 3,
  maxColumns: 40,
  /** Seed rows a table has at least: one row of three blocks and a line wrapped under it is a joint signature
   *  (某某厅　　某某厅　　某某厅 over two lines), not a table. */
  minSeedRows: 2,
} as const;

type Row = PdfItem[];

const emOf = (items: PdfItem[]) => {
  const sizes = items.map((it) => it.size).sort((a, b) => a - b);
  return sizes[sizes.length >> 1] || 1;
};

type Span = { x0: number; x1: number; size: number };

/** Spans merged where less than a cell gap (in ems of the span on the right) separates them, left to right. */
function mergeSpans(spans: Span[], gapEm: number): { x0: number; x1: number }[] {
  const out: { x0: number; x1: number }[] = [];
  for (const b of [...spans].sort((a, c) => a.x0 - c.x0)) {
    const last = out.at(-1);
    if (last && b.x0 - last.x1 < gapEm * b.size) last.x1 = Math.max(last.x1, b.x1);
    else out.push({ x0: b.x0, x1: b.x1 });
  }
  return out;
}

/** The items in blocks separated by cell gaps, as x-intervals: a row's cells, or a region's columns (bands of x). */
function blocks(items: PdfItem[], gapEm: number): { x0: number; x1: number }[] {
  return mergeSpans(items.map((it) => ({ x0: it.x, x1: it.x + it.width, size: it.size })), gapEm);
}

/** The columns with one more row's items: each seed row widens them in time linear in columns and items. */
function widen(cols: { x0: number; x1: number }[], row: Row, em: number, gapEm: number): { x0: number; x1: number }[] {
  return mergeSpans([...cols, ...blocks(row, gapEm)].map((c) => ({ ...c, size: em })), gapEm);
}

const bandOf = (cols: { x0: number; x1: number }[], it: PdfItem) => {
  const mid = it.x + it.width / 2;
  let best = 0;
  let bestDistance = Infinity;
  cols.forEach((c, i) => {
    const d = mid < c.x0 ? c.x0 - mid : mid > c.x1 ? mid - c.x1 : 0;
    if (d < bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
};

/**
 * A row fits the columns when none of its blocks crosses a column gap (a paragraph line before or after the table
 * does). A block beside every column (a cell wider than the seed rows show, 属性 centred beside them) fits.
 */
function fits(row: Row, cols: { x0: number; x1: number }[], gapEm: number): boolean {
  return blocks(row, gapEm).every((b) => cols.filter((c) => b.x0 < c.x1 && b.x1 > c.x0).length <= 1);
}

/** A cell of numbers only (a value, a row number): such a cell never wraps, so two of them are two rows. */
const NUMERIC = /^\s*(?:[>＞≥<＜≤]|>=|<=)?\s*[[［（(]?\s*\d+(?:[.,]\d+)*\s*[%％]?\s*[\]］）)]?[.、．]?\s*$/;

interface CellLine {
  y: number;
  text: string;
  numeric: boolean;
}
interface Block {
  col: number;
  lines: CellLine[];
  top: number;
  bottom: number;
}

function lineText(items: PdfItem[]): string {
  return [...items].sort((a, b) => a.x - b.x).map((it) => it.str).join('').trim();
}

/** The cells of one column: its lines top to bottom, chained at line pitch, a second numeric line starting a new cell. */
function columnBlocks(items: PdfItem[], col: number, em: number): Block[] {
  const lines: CellLine[] = [];
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  let group: PdfItem[] = [];
  const flush = () => {
    if (!group.length) return;
    const text = lineText(group);
    if (text) lines.push({ y: group[0].y, text, numeric: NUMERIC.test(text) });
    group = [];
  };
  for (const it of sorted) {
    if (group.length && Math.abs(group[0].y - it.y) > em / 2) flush();
    group.push(it);
  }
  flush();
  const out: Block[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    const chained = last && last.bottom - line.y <= PDF_TABLE_OPTIONS.cellPitchEm * em;
    if (chained && !(line.numeric && last.lines.some((l) => l.numeric))) {
      last.lines.push(line);
      last.bottom = line.y;
    } else {
      out.push({ col, lines: [line], top: line.y, bottom: line.y });
    }
  }
  return out;
}

/** Rows: blocks whose baselines overlap, top to bottom; a row two numeric cells of one column share is split at them. */
function tableRows(blocksOf: Block[], em: number): Block[][] {
  const sorted = [...blocksOf].sort((a, b) => b.top - a.top);
  const groups: Block[][] = [];
  let floor = Infinity;
  for (const b of sorted) {
    if (groups.length && b.top >= floor - em / 4) {
      groups[groups.length - 1].push(b);
      floor = Math.min(floor, b.bottom);
    } else {
      groups.push([b]);
      floor = b.bottom;
    }
  }
  return groups.flatMap((g) => splitRow(g, em));
}

/**
 * A row band in which one column has several numeric lines (rows with no padding chain into one band): each numeric
 * line of the column with the most starts a row, lines above the first make the header row, and every other line
 * belongs to the last row starting at or just below it (cells aligned to their row's top, or centred on one line).
 */
function splitRow(group: Block[], em: number): Block[][] {
  const numericByCol = new Map<number, number[]>();
  for (const b of group) {
    for (const l of b.lines) if (l.numeric) numericByCol.set(b.col, [...(numericByCol.get(b.col) ?? []), l.y]);
  }
  const tops = [...numericByCol.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0])[0]?.[1];
  if (!tops || tops.length < 2) return [group];
  tops.sort((a, b) => b - a);
  const reach = PDF_TABLE_OPTIONS.anchorReachEm * em;
  const rows: Block[][] = [[], ...tops.map(() => [])];
  for (const b of group) {
    for (const line of b.lines) {
      let i = 0;
      while (i < tops.length && tops[i] >= line.y - reach) i++;
      const row = rows[i];
      const cell = row.find((c) => c.col === b.col);
      if (cell) cell.lines.push(line);
      else row.push({ col: b.col, lines: [line], top: line.y, bottom: line.y });
    }
  }
  return rows.filter((r) => r.length);
}

/**
 * A header centred over cells aligned left (or the reverse) makes two bands of x for one column: no row fills both,
 * and one of them holds the text of one or two rows only (the header's). Such neighbours are one column.
 */
function mergeExclusive(cols: { x0: number; x1: number }[], rows: Row[]): { x0: number; x1: number }[] {
  const out = cols.map((c) => ({ ...c }));
  // The columns each row fills, renumbered as neighbours merge (every item lies in a band, so merging two bands moves
  // no item to a third).
  let filled = rows.map((row) => new Set(row.map((it) => bandOf(out, it))));
  for (let i = 0; i + 1 < out.length; ) {
    const together = filled.some((at) => at.has(i) && at.has(i + 1));
    const rowsOf = (col: number) => filled.filter((at) => at.has(col)).length;
    if (together || Math.min(rowsOf(i), rowsOf(i + 1)) > 2) {
      i++;
      continue;
    }
    out.splice(i, 2, { x0: out[i].x0, x1: Math.max(out[i].x1, out[i + 1].x1) });
    filled = filled.map((at) => new Set([...at].map((c) => (c > i ? c - 1 : c))));
  }
  return out;
}

export interface PageTable {
  /** Source rows (top to bottom) the table covers, first to last inclusive. */
  first: number;
  last: number;
  /** Each row's cells tab-separated, at the row's top baseline; x0/x1 span the table. */
  lines: { text: string; y: number; x0: number; x1: number; size: number }[];
}

/**
 * The tables of one page, given its rows of items top to bottom (each row one baseline). Each table names the source
 * rows it replaces and gives its rows as tab-separated cells (trailing empty cells dropped, as html-render does).
 */
export function pageTables(rows: Row[]): PageTable[] {
  const options = PDF_TABLE_OPTIONS;
  const gap = options.cellGapEm;
  const seed = rows.map((row) => blocks(row, gap).length >= options.seedBlocks);
  const tables: PageTable[] = [];
  /** Rows up to this one belong to a table already read. */
  let taken = -1;
  const ems = rows.map(emOf);
  const close = (upper: number, lower: number) => rows[upper][0].y - rows[lower][0].y <= options.rowGapEm * Math.min(ems[upper], ems[lower]);
  for (let i = 0; i < rows.length; i++) {
    if (!seed[i]) continue;
    // Seed rows, and the rows between and after them that stay inside the columns, each close below the one before.
    let cols = blocks(rows[i], gap);
    let last = i;
    for (let j = i + 1; j < rows.length && close(j - 1, j); j++) {
      if (seed[j] ? !fitsLoosely(rows[j], cols, ems[j], gap) : !fits(rows[j], cols, gap)) break;
      last = j;
      if (seed[j]) cols = widen(cols, rows[j], ems[j], gap);
    }
    let first = i;
    // Header cells above the first seed row.
    for (let k = 0; k < options.edgeRows && first - 1 > taken; k++) {
      if (!close(first - 1, first) || !fits(rows[first - 1], cols, gap)) break;
      first--;
    }
    const region = rows.slice(first, last + 1);
    const items = region.flat();
    const em = emOf(items);
    const found = blocks(items, gap);
    // More bands than any table has columns: scattered text (a chart's labels, a map), not a table.
    const columns = found.length <= options.maxColumns ? mergeExclusive(found, region) : [];
    if (columns.length < options.minColumns) {
      i = last;
      continue;
    }
    const byCol: PdfItem[][] = columns.map(() => []);
    for (const it of items) byCol[bandOf(columns, it)].push(it);
    const cellBlocks = byCol.flatMap((its, col) => columnBlocks(its, col, em));
    const built = tableRows(cellBlocks, em);
    const seeds = seed.slice(first, last + 1).filter(Boolean).length;
    if (built.length >= options.minRows && seeds >= options.minSeedRows) {
      const lines = built.map((row) => {
        const cells = columns.map((_, col) =>
          row.filter((b) => b.col === col).flatMap((b) => b.lines).sort((a, b) => b.y - a.y).map((l) => l.text).reduce(joinCell, ''),
        );
        const text = cells.join('\t').replace(/\t+$/, '');
        const y = Math.max(...row.flatMap((b) => b.lines.map((l) => l.y)));
        return { text, y, x0: columns[0].x0, x1: columns[columns.length - 1].x1, size: em };
      });
      tables.push({ first, last, lines });
      taken = last;
    }
    i = last;
  }
  return tables;
}

/** A seed row after the first: each of its blocks crosses at most one column gap of the table so far. */
function fitsLoosely(row: Row, cols: { x0: number; x1: number }[], em: number, gapEm: number): boolean {
  if (cols.length < 2) return false;
  return blocks(row, gapEm).every((b) => cols.filter((c) => b.x0 < c.x1 + em && b.x1 > c.x0 - em).length <= 2);
}

/** Lines of one cell: ideographs join with nothing between, Latin words and numbers with a space. */
function joinCell(a: string, b: string): string {
  if (!a) return b;
  return /[A-Za-z0-9,.;:!?)]$/.test(a) && /^[A-Za-z0-9(]/.test(b) ? `${a} ${b}` : a + b;
}
