// Indicator tables of plans (主要指标, 专栏: 指标 | 2020年 | 2025年 | 属性): every five-year and special plan of Chinese
// public administration states its numeric targets as such a table, one indicator per row, its unit in brackets after
// its name (经常参加体育锻炼人数比例（%）) or in a 单位 column, a base-year value and a target-year value. Each row's
// target-year value is a target of the indicator, dated by that column's year (session 29, lead: the general template
// of 规划 indicator tables; before, a table's cells were read as sentences — 序号 2 and the next cell's 人均… gave
// "2 人").
//
// Tables reach this stage as lines of tab-separated cells (the HTML, .docx and .doc readers write table rows so).
import type { ExtractedTarget } from './types.js';

export interface IndicatorTable {
  /** Offsets in the unit's body: from the header line's start to the last row's end. */
  start: number;
  end: number;
  targets: Omit<ExtractedTarget, 'path'>[];
}

/** A header cell naming the indicator column. */
const NAME_HEADER = /^(主要|具体|核心|关键)?(指标|指标名称|指标内容|项目|名称)$/;
/** A header cell of a value column: a year (2025年, 2025年目标值, 2025) or a target (目标值, 规划目标). */
const YEAR_HEADER = /^((?:19|20)\d{2})年?(?:[（(]?(?:目标值?|目标|预期值?|规划值?|预计)[）)]?)?$/;
const TARGET_HEADER = /(目标|规划值|预期值)/;
const BASE_HEADER = /(基期|基数|基准|现状|现值)/;
const UNIT_HEADER = /^(计量)?单位$/;
/** A row label opening the name cell (1. / （1） / 1、) and the unit in brackets closing it. */
const ROW_LABEL = /^(?:[（(]?\d{1,2}[）)]|\d{1,2}[.、．])\s*/;
const UNIT_IN_NAME = /[（(]([^（）()]{1,8})[）)]\s*$/;
/** A value cell: an optional comparator, the number (a range, a cumulative value in brackets), a per cent sign when
 *  the cell carries the unit (95.5%, as a spreadsheet's percentage cells and some Word tables print it; session 31),
 *  an optional cue after. */
const VALUE = /^(>=|<=|[>＞≥<＜≤]|不低于|不少于|大于|超过|高于|不超过|不高于|低于|小于|达到)?\s*[[［〔【]?\s*(\d+(?:\.\d+)?)\s*[%％]?\s*(?:[-~～—至]\s*(\d+(?:\.\d+)?))?\s*[%％]?\s*[\]］〕】]?\s*(以上|以下|以内|左右)?$/;
const BEFORE: Record<string, ExtractedTarget['comparator']> = {
  '>': '>', '＞': '>', 大于: '>', 超过: '>', 高于: '>',
  '>=': '>=', '≥': '>=', 不低于: '>=', 不少于: '>=',
  '<': '<', '＜': '<', 小于: '<', 低于: '<',
  '<=': '<=', '≤': '<=', 不超过: '<=', 不高于: '<=',
  达到: '=',
};
const AFTER: Record<string, ExtractedTarget['comparator']> = { 以上: '>=', 以下: '<=', 以内: '<=', 左右: '=' };
/** 万人 → 10000 人: values are multiplied out, as in sentences (tests/gold/README.md, Targets). */
const MULTIPLIER = /^(万|亿|千)(.+)$/;
const FACTOR: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3 };

interface Line {
  start: number;
  end: number;
  cells: { text: string; start: number }[];
}

function tabLines(body: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of body.split('\n')) {
    if (raw.includes('\t')) {
      const cells: Line['cells'] = [];
      let at = start;
      for (const cell of raw.split('\t')) {
        const lead = cell.length - cell.trimStart().length;
        cells.push({ text: cell.trim(), start: at + lead });
        at += cell.length + 1;
      }
      out.push({ start, end: start + raw.length, cells });
    }
    start += raw.length + 1;
  }
  return out;
}

interface Columns {
  name: number;
  value: number;
  unit?: number;
  year?: number;
}

/** The columns of a header line, or undefined when the line heads no indicator table. */
function headerColumns(cells: Line['cells']): Columns | undefined {
  const name = cells.findIndex((c) => NAME_HEADER.test(c.text));
  if (name < 0) return undefined;
  const years = cells.map((c, i) => ({ i, m: YEAR_HEADER.exec(c.text), c })).filter((x) => x.i > name && x.m && !BASE_HEADER.test(x.c.text));
  const targeted = cells.findIndex((c, i) => i > name && TARGET_HEADER.test(c.text) && !BASE_HEADER.test(c.text));
  let value: number;
  let year: number | undefined;
  if (targeted >= 0) {
    value = targeted;
    const y = /((?:19|20)\d{2})/.exec(cells[targeted]!.text);
    year = y ? Number(y[1]) : undefined;
  } else if (years.length > 0) {
    // The latest year is the target; earlier years are the base and the milestones.
    const latest = years.reduce((a, b) => (Number(b.m![1]) > Number(a.m![1]) ? b : a));
    value = latest.i;
    year = Number(latest.m![1]);
  } else return undefined;
  const unit = cells.findIndex((c) => UNIT_HEADER.test(c.text));
  return { name, value, unit: unit >= 0 ? unit : undefined, year };
}

function readUnit(raw: string, value: number): { unit: string; value: number } | undefined {
  const unit = raw.replace(/\s+/g, '');
  if (!unit || unit.length > 6 || /\d/.test(unit)) return undefined;
  if (unit === '%' || unit === '％') return { unit: '%', value };
  const m = MULTIPLIER.exec(unit);
  // 万元, 万人次, 万亩 → 元, 人次, 亩 multiplied out; 亿元 stays, a unit of units.txt as sentences read it.
  if (m && m[2]!.length >= 1 && unit !== '亿元') return { unit: m[2]!, value: value * FACTOR[m[1]!]! };
  return { unit, value };
}

/** The indicator tables of a unit's body and their targets (offsets in the body). */
export function indicatorTables(body: string): IndicatorTable[] {
  if (!body.includes('\t')) return [];
  const lines = tabLines(body);
  const out: IndicatorTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const columns = headerColumns(lines[i]!.cells);
    if (!columns) continue;
    const table: IndicatorTable = { start: lines[i]!.start, end: lines[i]!.end, targets: [] };
    // The rows: the tab lines right after the header, each on the next line of the body.
    let j = i + 1;
    for (; j < lines.length && lines[j]!.start === lines[j - 1]!.end + 1; j++) {
      const row = lines[j]!;
      if (headerColumns(row.cells)) break;
      table.end = row.end;
      // A row may lack the leading cells of a merged 类别 cell: align it from the right.
      const shift = lines[i]!.cells.length - row.cells.length;
      const cell = (k: number | undefined) => (k === undefined ? undefined : row.cells[k - shift]);
      const nameCell = cell(columns.name);
      const valueCell = cell(columns.value);
      if (!nameCell || !valueCell) continue;
      const v = VALUE.exec(valueCell.text.replace(/\s+/g, ''));
      if (!v) continue;
      const name = nameCell.text.replace(ROW_LABEL, '');
      const bracket = UNIT_IN_NAME.exec(name);
      const rawUnit = cell(columns.unit)?.text || bracket?.[1] || (/[%％]/.test(valueCell.text) ? '%' : '');
      const metric = (bracket ? name.slice(0, bracket.index) : name).trim();
      if (metric.length < 2 || !/[\u4e00-\u9fff]/.test(metric)) continue;
      const value = Number(v[2]);
      const u = readUnit(rawUnit, value);
      if (!u) continue;
      const factor = value === 0 ? 1 : u.value / value;
      const comparator = (v[1] ? BEFORE[v[1]] : undefined) ?? (v[4] ? AFTER[v[4]] : undefined) ?? '=';
      const target: Omit<ExtractedTarget, 'path'> = {
        name: body.slice(nameCell.start, valueCell.start + valueCell.text.length).replace(/\t/g, ' '),
        metric,
        comparator,
        value: u.value,
        unit: u.unit,
        span: [nameCell.start, valueCell.start + valueCell.text.length],
      };
      if (v[3] !== undefined) target.valueMax = Number(v[3]) * factor;
      if (columns.year !== undefined) target.year = columns.year;
      table.targets.push(target);
    }
    if (table.targets.length > 0) out.push(table);
    i = j - 1;
  }
  return out;
}
