// A DOM subtree → text lines: one block element per line, <br> a line break, a table row per line
// with its cells separated by tabs, whitespace collapsed as a browser would (but not between
// ideographs: a source line break inside Chinese text is no space).
import type { AnyNode, Element } from 'domhandler';
import { decodeHTML } from 'entities';
import { taskTableHeader } from '../lexicon/task-table.js';
import { BLOCK_TAGS, childElements, isElement, isText } from './html-dom.js';

export interface RenderOptions {
  /** Elements to leave out (link lists inside the content block). */
  skip?: (el: Element) => boolean;
}

const WIDE = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF';
const BREAK_BETWEEN_WIDE = new RegExp(`(?<=[${WIDE}])[ \\t\\r\\n\\u00A0]*\\n[ \\t\\r\\n\\u00A0]*(?=[${WIDE}])`, 'gu');
/** Text left entity-encoded by the CMS (&amp;nbsp; shows as "&nbsp;"): decode once more. */
const LEFTOVER_ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

function tidy(raw: string): string {
  return raw
    .replace(BREAK_BETWEEN_WIDE, '')
    .replace(/[ \t\r\n\f\u00A0]+/g, ' ')
    .replace(/^[\s\u3000\u00A0]+|[\s\u3000\u00A0]+$/g, '');
}

class Lines {
  readonly out: string[] = [];
  private current = '';
  add(text: string) {
    this.current += LEFTOVER_ENTITY.test(text) ? decodeHTML(text) : text;
  }
  /** Preformatted text: its own line breaks count. */
  addVerbatim(text: string) {
    const parts = text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) this.flush();
      this.current += part.replace(/\t/g, ' ');
    });
  }
  flush() {
    const line = tidy(this.current);
    if (line) this.out.push(line);
    this.current = '';
  }
}

function renderNode(node: AnyNode, lines: Lines, opts: RenderOptions, pre: boolean): void {
  if (isText(node)) {
    if (pre) lines.addVerbatim(node.data);
    else lines.add(node.data);
    return;
  }
  if (!isElement(node) || opts.skip?.(node)) return;
  const tag = node.name;
  if (tag === 'br') return lines.flush();
  if (tag === 'table') return renderTable(node, lines, opts);
  const block = BLOCK_TAGS.has(tag);
  if (block) lines.flush();
  if (tag === 'ol') {
    renderOrderedList(node, lines, opts);
  } else {
    for (const child of node.children) renderNode(child, lines, opts, pre || tag === 'pre');
  }
  if (block) lines.flush();
}

/** <ol> numbers its items only when drawn; write the numbers unless the text already has them. */
function renderOrderedList(ol: Element, lines: Lines, opts: RenderOptions): void {
  let n = Number.parseInt(ol.attribs.start ?? '1', 10) || 1;
  for (const child of ol.children) {
    if (isElement(child) && child.name === 'li') {
      lines.flush();
      const item = renderLines(child, opts);
      if (item.length && !/^\s*[\d一二三四五六七八九十（(①-⑳]/.test(item[0])) item[0] = `${n}. ${item[0]}`;
      for (const line of item) {
        lines.add(line);
        lines.flush();
      }
      n++;
    } else {
      renderNode(child, lines, opts, false);
    }
  }
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of childElements(table)) {
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') rows.push(...rowsOf(child));
  }
  return rows;
}

/** A task table's cell of several paragraphs, as one line: after a sentence's end the next paragraph follows
 *  directly; otherwise the paragraphs are items of a list (one unit a paragraph: 市政务服务局 / 市司法局) and are
 *  joined by ；. Latin paragraphs join with a space. */
export function joinCell(lines: string[]): string {
  return lines.reduce((out, line) => {
    if (!out) return line;
    if (/[A-Za-z0-9,.;:]$/.test(out) && /^[A-Za-z0-9(]/.test(line)) return `${out} ${line}`;
    return /[。；;！？!?：:，,、]$/.test(out) ? out + line : `${out}；${line}`;
  }, '');
}

/**
 * A data table prints a row per line, cells joined by tabs. A layout table (a cell holding several
 * lines: whole paragraphs, nested tables — common on government sites) prints its cells as blocks.
 * Below a task table's header row (序号, 重点任务 …: lexicon/task-table.ts) a row stays one line, a cell of
 * several paragraphs joined: its row is a measure (structure/tables.ts).
 */
function renderTable(table: Element, lines: Lines, opts: RenderOptions): void {
  lines.flush();
  for (const child of childElements(table)) {
    if (child.name === 'caption') renderNode(child, lines, opts, false);
  }
  let tasks = false;
  for (const row of rowsOf(table)) {
    if (opts.skip?.(row)) continue;
    const cells = childElements(row).filter((c) => (c.name === 'td' || c.name === 'th') && !opts.skip?.(c));
    const rendered = cells.map((cell) => renderLines(cell, opts));
    const single = rendered.every((cell) => cell.length <= 1);
    if (single && !tasks) tasks = taskTableHeader(rendered.map((cell) => cell[0] ?? '')) !== undefined;
    if (!single && !tasks) {
      for (const cell of rendered) lines.out.push(...cell);
    } else {
      const line = rendered.map((cell) => joinCell(cell)).join('\t').replace(/\t+$/, '');
      if (line.trim()) lines.out.push(line);
    }
  }
}

export function renderLines(root: Element, opts: RenderOptions = {}): string[] {
  const lines = new Lines();
  for (const child of root.children) renderNode(child, lines, opts, root.name === 'pre');
  lines.flush();
  return lines.out;
}

/** The lines of `el` itself as the page shows it (a table as rows, where renderLines(table) would
 *  render its rows' cells as blocks). */
export function renderElementLines(el: Element, opts: RenderOptions = {}): string[] {
  const lines = new Lines();
  renderNode(el, lines, opts, false);
  lines.flush();
  return lines.out;
}
