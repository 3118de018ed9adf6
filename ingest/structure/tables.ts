// Task tables: the 重点任务分工表 / 任务清单 of an implementation plan, whose rows are its measures. The readers
// write a table row's cells tab-separated (html-render, markdown, .doc), and the clean stage keeps the tabs. A
// task table is told by its header row: a 序号 column and a column of what is to be done (重点任务, 工作措施, 主要内容
// …); each row numbered in the 序号 column is then a unit of the plan, named by its task, and the bodies its
// 牵头单位 / 责任单位 / 配合单位 columns name are who must act. Rows merged into a group (一、优化政务服务 across the
// table) have no tabs and are headings of their own; a cell merged down over rows (a 类别 column) is missing from the
// rows below its first, whose cells are then read from the right.
import { TASK_TABLE_COLUMNS, taskTableHeader } from '../lexicon/task-table.js';
import type { Heading } from './numbering.js';

/** How deep a table row nests: below every numbered heading, so a task table is a child of the heading before it. */
export const TABLE_ROW_RANK = 7;

export interface TableRow {
  heading: Heading;
  /** The bodies the row's lead and support columns name, as written (split at 、，, and ；). */
  assigned: string[];
}

interface Columns {
  width: number;
  number: number;
  task: number;
  owners: number[];
}

function headerColumns(cells: string[]): Columns | undefined {
  const head = taskTableHeader(cells);
  if (!head) return undefined;
  const owners = cells.map((c, i) => (TASK_TABLE_COLUMNS.lead.test(c) || TASK_TABLE_COLUMNS.support.test(c) ? i : -1)).filter((i) => i >= 0);
  return { width: cells.length, ...head, owners };
}

const ROW_NUMBER = /^(?:\d{1,3}|[（(]\d{1,3}[)）])[.．、]?$/;

function splitBodies(cell: string): string[] {
  return cell
    .split(/[、，,；;\s]+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 2 && !/^(?:等|各有关单位)$/.test(s));
}

/** A table's rows stop being read this many lines after its last row (a row whose cells span several lines is not read). */
const MAX_GAP_LINES = 20;

/**
 * The numbered rows of every task table in `lines`, by line start. A table runs from its header row over rows whose
 * numbers go on (n + 1, or 1 again after a group row), with the group rows and wrapped lines between them.
 */
export function taskTableRows(text: string, lines: { start: number; end: number }[]): Map<number, TableRow> {
  const rows = new Map<number, TableRow>();
  let columns: Columns | undefined;
  let last = 0;
  let since = 0;
  for (const l of lines) {
    const line = text.slice(l.start, l.end);
    if (!line.includes('\t')) {
      if (columns && ++since > MAX_GAP_LINES) columns = undefined;
      continue;
    }
    const cells = line.split('\t');
    const header = headerColumns(cells);
    if (header) {
      [columns, last, since] = [header, 0, 0];
      continue;
    }
    if (!columns) continue;
    // The number's cell: in its column, or further left when cells merged down from rows above are missing
    // (a trailing empty cell is not written: html-render).
    const at = cells.slice(0, columns.number + 1).findIndex((c) => ROW_NUMBER.test(c.trim()));
    if (at < 0) continue;
    const shift = columns.number - at;
    const cell = (i: number) => (cells[i - shift] ?? '').trim();
    const number = cell(columns.number);
    const n = Number(number.replace(/\D/g, ''));
    const task = cell(columns.task);
    if (!task || (n !== last + 1 && n !== 1)) continue;
    [last, since] = [n, 0];
    const label = number.replace(/[.．、]$/, '').replace(/[()]/g, (c) => (c === '(' ? '（' : '）'));
    const assigned = [...new Set(columns.owners.flatMap((i) => splitBodies(cell(i))))];
    rows.set(l.start, { heading: { kind: 'item', rank: TABLE_ROW_RANK, label, rest: task }, assigned });
  }
  return rows;
}
