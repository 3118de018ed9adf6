import { pageTables } from './pdf-tables.js';

// PDF text items → paragraphs, without pdf.js: items grouped into lines by baseline, running heads and
// page numbers dropped, lines joined into paragraphs (CJK lines broken by the page width join with no
// space). Pure, so it is tested on hand-made items.

export interface PdfItem {
  str: string;
  /** Left of the item and its baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size. */
  size: number;
}

export interface PdfPage {
  items: PdfItem[];
  /** Page width, when known: tells a document of short lines from one whose lines fill the page. */
  width?: number;
}

export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
  pageWidth?: number;
  /** A table row, its cells tab-separated (pdf-tables.ts): a paragraph of its own, never joined. */
  table?: boolean;
}

/** Ideographs and full-width punctuation: joined with no space, advancing a full em. */
export const WIDE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’—…]/u;

/** Items on one baseline (within half a font size) make one row, top to bottom. */
export function groupRows(page: PdfPage): PdfItem[][] {
  const items = page.items.filter((it) => it.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const it of items) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0].y - it.y) <= Math.max(row[0].size, it.size) / 2) row.push(it);
    else rows.push([it]);
  }
  return rows;
}

/** One row's items as a line, read left to right. */
function lineOf(row: PdfItem[], pageIndex: number, pageWidth: number | undefined): PdfLine {
  row.sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  for (const it of row) {
    const gap = it.x - end;
    const wideJoin = WIDE.test(text.slice(-1)) || WIDE.test(it.str[0]);
    // A visible gap is a space between Latin words; between ideographs only a wide one (columns).
    if (text && gap > it.size * (wideJoin ? 2 : 0.2) && !/\s$/.test(text)) text += ' ';
    text += it.str;
    end = Math.max(end, it.x + it.width);
  }
  const size = row.reduce((s, it) => Math.max(s, it.size), 0);
  return { text: text.trim(), x0: row[0].x, x1: end, y: row[0].y, size, page: pageIndex, pageWidth };
}

/** A page's lines, top to bottom; the rows of a table (pdf-tables.ts) become one line each, cells tab-separated. */
export function groupLines(page: PdfPage, pageIndex: number): PdfLine[] {
  const rows = groupRows(page);
  const tables = pageTables(rows);
  const out: PdfLine[] = [];
  let t = 0;
  for (let i = 0; i < rows.length; i++) {
    const table = tables[t];
    if (table && i === table.first) {
      for (const l of table.lines) out.push({ ...l, page: pageIndex, pageWidth: page.width, table: true });
      i = table.last;
      t++;
      continue;
    }
    out.push(lineOf(rows[i], pageIndex, page.width));
  }
  return out;
}

const PAGE_NUMBER = [
  /^[-—–－\s]*\d{1,4}[-—–－\s]*$/, // 3, - 3 -, — 3 —
  /^第\s*\d+\s*页(\s*[，,/]?\s*共\s*\d+\s*页)?$/, // 第3页 共10页
  /^\d+\s*\/\s*\d+$/, // 3/10
  /^page\s+\d+(\s+of\s+\d+)?$/i,
];

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.some((re) => re.test(text.trim()));
}

/** Running heads compare equal whatever their page number or date: digits are masked. */
const shape = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#');

/** How many lines at each page edge may be running heads or feet. */
const EDGE_LINES = 2;

/**
 * Drop page numbers at the top or bottom of a page, and lines that repeat at the same edge on at
 * least half the pages (two at least): running heads like 中国科协文件 or a printer's date and URL.
 */
export function dropRunningHeads(pages: PdfLine[][]): PdfLine[][] {
  const edges = (lines: PdfLine[]) => [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
  const counts = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(edges(lines).map((l) => shape(l.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = (l: PdfLine) => pages.length >= 2 && (counts.get(shape(l.text)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((lines) => {
    const edge = new Set(edges(lines));
    // A table's row is never a running head (a header row repeated on each page is dropRepeatedHeaders' to drop).
    return lines.filter((l) => !(edge.has(l) && !l.table && (isPageNumber(l.text) || repeated(l))));
  });
}

function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

/** The most common left edge: where body lines start (titles are centred, first lines indented). */
function bodyLeft(lines: PdfLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.x0), (counts.get(Math.round(l.x0)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** Latin on both sides of a line break needs a space; anything next to an ideograph does not. */
export function joinLines(a: string, b: string): string {
  if (/[A-Za-z]-$/.test(a) && /^[a-z]/.test(b)) return a.slice(0, -1) + b;
  return /[A-Za-z0-9,.;:!?)]$/.test(a) && /^[A-Za-z0-9(]/.test(b) ? `${a} ${b}` : a + b;
}

/**
 * A line continues the paragraph above when the line above reaches the right margin, the gap between
 * them is an ordinary line pitch and the line is not indented. Pages do not break paragraphs.
 */
export function paragraphs(lines: PdfLine[]): string[] {
  if (!lines.length) return [];
  const left = bodyLeft(lines);
  // Right margin: nearly the longest line end (a few over-wide lines, tables, are ignored).
  const right = percentile(lines.map((l) => l.x1), 0.95);
  // If even the longest lines fill well under the page (a list of headings), none of them wrapped.
  const pageWidth = lines[0].pageWidth;
  const linesWrap = !pageWidth || right - left >= 0.6 * (pageWidth - 2 * left);
  // Line pitch inside a paragraph: among the smaller gaps, as short paragraphs make many big ones.
  const gaps = lines.slice(1).map((l, i) => (l.page === lines[i].page ? lines[i].y - l.y : 0)).filter((g) => g > 0);
  const pitch = percentile(gaps, 0.2);
  const out: string[] = [];
  let current = lines[0].text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const line = lines[i];
    const full = linesWrap && prev.x1 >= right - 2 * prev.size;
    const gap = line.page === prev.page ? prev.y - line.y : pitch;
    const indented = line.x0 > left + line.size;
    if (!prev.table && !line.table && full && gap <= pitch * 1.4 && !indented && Math.abs(prev.x0 - left) <= 3 * prev.size) {
      current = joinLines(current, line.text);
    } else {
      out.push(current);
      current = line.text;
    }
  }
  out.push(current);
  return out;
}

/**
 * A table's header row printed again at the top of each page it runs on (Word's 重复标题行) is dropped there: the
 * table goes on, and the readers of task tables take a header as the start of a new table.
 */
export function dropRepeatedHeaders(pages: PdfLine[][]): PdfLine[][] {
  let header: string | undefined;
  return pages.map((lines, p) => {
    const repeat = p > 0 && header !== undefined ? lines.findIndex((l, i) => i <= EDGE_LINES && l.table && l.text === header) : -1;
    const kept = repeat >= 0 ? lines.filter((_, i) => i !== repeat) : lines;
    kept.forEach((l, i) => {
      if (l.table && !kept[i - 1]?.table) header = l.text;
    });
    return kept;
  });
}

export function layoutText(pages: PdfPage[]): string {
  const lines = dropRepeatedHeaders(dropRunningHeads(pages.map((p, i) => groupLines(p, i)))).flat();
  return paragraphs(lines).join('\n');
}

/** Text that says nothing: no letter or digit, or mostly glyphs with no Unicode mapping (NUL, private use). */
export function noReadableText(text: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(text.replace(/[\uE000-\uF8FF]/g, ''))) return true;
  const chars = text.replace(/\s/g, '');
  const junk = chars.match(/[\u0000-\u001F\uE000-\uF8FF\uFFFD]/g)?.length ?? 0;
  return chars.length > 0 && junk / chars.length > 0.5;
}
