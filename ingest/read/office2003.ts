// Office 2003 XML documents: "XML Spreadsheet 2003" (SpreadsheetML, `<?mso-application progid="Excel.Sheet"?>`) and
// "Word 2003 XML" (WordprocessingML 2003, `<w:wordDocument>`). Office, WPS and many government systems still save or
// export them, often under a .xls or .doc name; being text, they were read as plain text, tags and all. Here a workbook
// is written as the .xlsx and .xls readers write one (xlsx.ts sheetLines: a row per line, cells tab-separated, a
// sheet's own name above its rows, dates 2025年6月30日, percentages 95.5%) and a Word document as the .docx reader gives
// one (a paragraph per line, a table row per line with its cells tab-separated). One streaming pass of htmlparser2 in
// XML mode (already a dependency, under cheerio), no tree: element count and depth bounded as for a page.
import { Parser } from 'htmlparser2';
import { DEFAULT_LIMITS, type IngestLimits } from '../guard.js';
import { levelNumber } from './doc-lists.js';
import { joinCell } from './html-render.js';
import { ReadProblem } from './problem.js';
import { sheetLines, tooManyCells, tooManyRows } from './xlsx.js';
import { isPercentFormat } from './xlsx-formats.js';

export type Office2003Kind = 'spreadsheetml' | 'wordml';

/** Which Office 2003 XML vocabulary a text is, from its processing instruction or root element (first 4 KB). */
export function office2003Kind(text: string): Office2003Kind | undefined {
  const head = text.slice(0, 4096);
  if (!/^\s*(?:\uFEFF)?<\?xml\b/.test(head) && !/^\s*</.test(head)) return undefined;
  if (/<\?mso-application\s+progid\s*=\s*["']Excel\.Sheet["']/i.test(head) || /<(?:\w+:)?Workbook\b[^>]*urn:schemas-microsoft-com:office:spreadsheet/.test(head)) return 'spreadsheetml';
  if (/<\?mso-application\s+progid\s*=\s*["']Word\.Document["']/i.test(head) || /<w:wordDocument\b/.test(head)) return 'wordml';
  return undefined;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);
const attr = (attrs: Record<string, string>, name: string) => attrs[`ss:${name}`] ?? attrs[name];

/** Bounds every element of the pass (limits.maxHtmlElements, limits.maxDepth), as checkHtmlBounds bounds a page. */
function bounded(limits: IngestLimits, what: string) {
  let depth = 0;
  let elements = 0;
  return {
    open() {
      elements++;
      if (++depth > limits.maxDepth) throw new ReadProblem('too-deep', `${what} nests elements more than ${limits.maxDepth} deep; refused`);
      if (elements > limits.maxHtmlElements) throw new ReadProblem('too-long', `${what} has more than ${limits.maxHtmlElements.toLocaleString('en-US')} elements; refused`);
    },
    close() {
      depth--;
    },
  };
}

type Cell = string | number | boolean | Date | null;

/** An XML Spreadsheet 2003 workbook → text, each worksheet as sheetLines writes it. */
export function spreadsheetMlToText(xml: string, limits: IngestLimits = DEFAULT_LIMITS): string {
  const guard = bounded(limits, 'the XML spreadsheet');
  const percentStyles = new Set<string>();
  const out: string[] = [];
  let style: string | undefined;
  let sheet: { name: string; rows: Cell[][]; percent: Set<string> } | undefined;
  let cells = 0;
  let row = -1;
  let col = -1;
  let cell: { type: string; style?: string; text: string; data: boolean; across: number } | undefined;
  const finishSheet = () => {
    // Rows skipped by ss:Index are holes in the array: empty rows, as sheetLines drops them.
    if (sheet) out.push(...sheetLines(sheet.name, Array.from(sheet.rows, (r) => r ?? []), sheet.percent));
    sheet = undefined;
  };
  const put = (value: Cell, percent: boolean) => {
    if (!sheet || value === null || value === '') return;
    if (row + 1 > limits.maxSheetRows) throw tooManyRows(`sheet ${sheet.name}`, limits);
    if (col >= 16_384) throw new ReadProblem('too-long', `sheet ${sheet.name} has a cell in column ${col + 1}, past Excel's 16,384; refused`);
    const line = (sheet.rows[row] ??= []);
    const grown = Math.max(0, col + 1 - line.length);
    cells += grown;
    if (cells > limits.maxSheetCells) throw tooManyCells(`sheet ${sheet.name}`, limits, cells);
    while (line.length <= col) line.push(null);
    line[col] = value;
    if (percent) sheet.percent.add(`${row + 1}:${col + 1}`);
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        guard.open();
        switch (local(name)) {
          case 'Style':
            style = attr(attrs, 'ID');
            break;
          case 'NumberFormat': {
            const format = attr(attrs, 'Format') ?? '';
            if (style && (format === 'Percent' || isPercentFormat(format))) percentStyles.add(style);
            break;
          }
          case 'Worksheet':
            finishSheet();
            sheet = { name: attr(attrs, 'Name') ?? '', rows: [], percent: new Set() };
            row = -1;
            break;
          case 'Row': {
            const at = Number(attr(attrs, 'Index'));
            row = Number.isInteger(at) && at > row + 1 ? at - 1 : row + 1;
            col = -1;
            break;
          }
          case 'Cell': {
            const at = Number(attr(attrs, 'Index'));
            col = Number.isInteger(at) && at > col + 1 ? at - 1 : col + 1;
            // A merged cell covers the columns after it: the next cell without an index comes after them.
            const across = Number(attr(attrs, 'MergeAcross'));
            cell = { type: 'String', style: attr(attrs, 'StyleID'), text: '', data: false, across: Number.isInteger(across) && across > 0 ? across : 0 };
            break;
          }
          case 'Data':
            if (cell) {
              cell.type = attr(attrs, 'Type') ?? 'String';
              cell.data = true;
            }
            break;
        }
      },
      ontext(text) {
        if (cell?.data) cell.text += text;
      },
      onclosetag(name) {
        guard.close();
        const tag = local(name);
        if (tag === 'Data' && cell) cell.data = false;
        else if (tag === 'Cell' && cell) {
          put(cellValue(cell.type, cell.text), cell.style !== undefined && percentStyles.has(cell.style));
          col += cell.across;
          cell = undefined;
        } else if (tag === 'Worksheet') finishSheet();
        else if (tag === 'Style') style = undefined;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  finishSheet();
  return out.join('\n');
}

function cellValue(type: string, text: string): Cell {
  switch (type) {
    case 'Number': {
      const n = Number(text.trim());
      return text.trim() && Number.isFinite(n) ? n : text;
    }
    case 'DateTime': {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
      return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : text;
    }
    case 'Boolean':
      return text.trim() === '1' || /^true$/i.test(text.trim());
    case 'Error':
      return null;
    default:
      return text;
  }
}

/** Parts of a Word 2003 document that are not its body text: headers, footers, footnotes, field codes, deleted text,
 *  embedded binaries, document properties. */
const WORD_SKIPPED = new Set(['hdr', 'ftr', 'footnote', 'endnote', 'instrText', 'delText', 'binData', 'docPr', 'fonts', 'styles', 'DocumentProperties', 'CustomDocumentProperties', 'docOleData']);

/** MSONFC of a bullet and of no number ([MS-OSHARED] 2.2.1.3). */
const NFC_BULLET = 23;
const NFC_NONE = 255;

interface ListLevel {
  start: number;
  nfc: number;
  text: string;
  suffix: string;
}

/** Word's automatic list numbers of a Word 2003 XML document: the level templates of w:lists (w:listDef, each w:list
 *  instance naming its definition by w:ilst) and a running count per list instance, as Word draws them (the .doc
 *  reader's labels, doc-lists.ts, from the same MSONFC codes). Not computed: level overrides and legal numbering. */
class WordLists {
  private readonly defs = new Map<string, ListLevel[]>();
  private readonly instances = new Map<string, string>();
  private readonly counts = new Map<string, number[]>();
  private def: ListLevel[] | undefined;
  private level: ListLevel | undefined;
  private instance: string | undefined;

  open(tag: string, attrs: Record<string, string>): void {
    const val = attrs['w:val'];
    if (tag === 'listDef') this.defs.set(attrs['w:listDefId'] ?? '', (this.def = []));
    else if (tag === 'lvl' && this.def) {
      this.level = { start: 1, nfc: 0, text: '', suffix: 'Tab' };
      this.def[Number(attrs['w:ilvl'] ?? this.def.length)] = this.level;
    } else if (tag === 'start' && this.level) this.level.start = Number(val) || 0;
    else if (tag === 'nfc' && this.level) this.level.nfc = Number(val) || 0;
    else if (tag === 'lvlText' && this.level) this.level.text = val ?? '';
    else if (tag === 'suff' && this.level) this.level.suffix = val ?? 'Tab';
    else if (tag === 'list') this.instance = attrs['w:ilfo'];
    else if (tag === 'ilst' && this.instance !== undefined && val !== undefined) this.instances.set(this.instance, val);
  }

  close(tag: string): void {
    if (tag === 'listDef') this.def = undefined;
    else if (tag === 'lvl') this.level = undefined;
    else if (tag === 'list') this.instance = undefined;
  }

  /** The label of the next paragraph of list instance `ilfo` at level `ilvl`, counting it; undefined for none. */
  label(ilfo: string, ilvl: number): string | undefined {
    const levels = this.defs.get(this.instances.get(ilfo) ?? '');
    const level = levels?.[ilvl];
    if (!levels || !level || ilfo === '0' || ilvl > 8) return undefined;
    const count = this.counts.get(ilfo) ?? [];
    this.counts.set(ilfo, count);
    count[ilvl] = count[ilvl] === undefined ? level.start : count[ilvl] + 1;
    count.length = ilvl + 1; // a deeper level starts again under the next number of this one
    if (level.nfc === NFC_BULLET || level.nfc === NFC_NONE) return undefined;
    const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      return levelNumber(count[k] ?? levels[k]?.start ?? 1, levels[k]?.nfc ?? 0);
    });
    if (!text.trim()) return undefined;
    return text + (level.suffix === 'Nothing' || /[\u3000-\u303F\uFF00-\uFFEF]$/.test(text) ? '' : ' ');
  }
}

/** A Word 2003 XML document → its paragraphs, one per line, and each table row as one line of tab-separated cells. */
export function wordMlToText(xml: string, limits: IngestLimits = DEFAULT_LIMITS): string {
  const guard = bounded(limits, 'the Word XML document');
  const lines: string[] = [];
  const lists = new WordLists();
  let inLists = 0;
  let listPr: { ilvl: number; ilfo: string } | undefined;
  let skipped = 0;
  let paragraph: string | undefined;
  let inText = false;
  // Open tables, innermost last: each its rows' cells, each cell its paragraphs.
  const tables: { cells: string[][] }[] = [];
  const endParagraph = () => {
    if (paragraph === undefined) return;
    const text = paragraph.replace(/[ \u3000]+$/, '');
    const table = tables.at(-1);
    if (table) table.cells.at(-1)?.push(...text.split('\n').filter((l) => l.trim()));
    else lines.push(...text.split('\n'));
    paragraph = undefined;
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        guard.open();
        const tag = local(name);
        if (skipped || WORD_SKIPPED.has(tag)) {
          skipped++;
          return;
        }
        if (tag === 'lists' || inLists) {
          inLists++;
          lists.open(tag, attrs);
          return;
        }
        if (tag === 'listPr') listPr = { ilvl: 0, ilfo: '0' };
        else if (tag === 'ilvl' && listPr) listPr.ilvl = Number(attrs['w:val']) || 0;
        else if (tag === 'ilfo' && listPr) listPr.ilfo = attrs['w:val'] ?? '0';
        else if (tag === 'p') paragraph = '';
        else if (tag === 't') inText = true;
        else if (tag === 'tab' && paragraph !== undefined) paragraph += '\t';
        else if (tag === 'noBreakHyphen' && paragraph !== undefined) paragraph += '-';
        else if ((tag === 'br' || tag === 'cr') && paragraph !== undefined) paragraph += '\n';
        else if (tag === 'tbl') tables.push({ cells: [] });
        else if (tag === 'tr') tables.at(-1)?.cells.splice(0);
        else if (tag === 'tc') tables.at(-1)?.cells.push([]);
      },
      ontext(text) {
        // A soft hyphen (U+00AD, Word's optional hyphen) is never printed.
        if (!skipped && inText && paragraph !== undefined) paragraph += text.replace(/\u00AD/g, '');
      },
      onclosetag(name) {
        guard.close();
        const tag = local(name);
        if (skipped) {
          skipped--;
          return;
        }
        if (inLists) {
          inLists--;
          lists.close(tag);
          return;
        }
        // The paragraph's list settings end before its runs: its label goes in front of its text.
        if (tag === 'listPr' && listPr) {
          const label = paragraph !== undefined ? lists.label(listPr.ilfo, listPr.ilvl) : undefined;
          if (label) paragraph = label + (paragraph ?? '');
          listPr = undefined;
        } else if (tag === 't') inText = false;
        else if (tag === 'p') endParagraph();
        else if (tag === 'tr') {
          const table = tables.at(-1);
          if (!table) return;
          const cells = table.cells.map((c) => joinCell(c.map((l) => l.replace(/\t/g, ' ').trim())));
          while (cells.length && cells[cells.length - 1] === '') cells.pop();
          const row = cells.join('\t');
          // A table inside a cell gives its rows to the cell around it, as the .docx reader does.
          const outer = tables.at(-2);
          if (row.trim()) (outer ? outer.cells.at(-1) ?? [] : lines).push(row);
        } else if (tag === 'tbl') tables.pop();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return lines.join('\n');
}
