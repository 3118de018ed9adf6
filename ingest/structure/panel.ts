// The metadata panel of a government information-disclosure page (政府信息公开目录): 索引号, 发文机关,
// 成文日期, 发文字号, 标题 … printed above the text on gov.cn and the provincial and city portals, one or two
// fields a line (`label：value`, or table cells joined by tabs). Its values are the document's metadata
// with their spans; its lines are not a measure. Labels by field: lexicon/panel-fields.txt. Pure.
import type { Lexicon, PanelField } from '../lexicon/load.js';
import type { Span } from '../../graph-schema/index.js';
import { lineOffsets } from './title.js';

export interface PanelValue {
  value: string;
  span: Span;
}

export interface Panel {
  /** [start, end) of the panel's lines in the cleaned text. */
  span: Span;
  fields: Partial<Record<Exclude<PanelField, 'other'>, PanelValue>>;
}

/** The panel is looked for among the text's first lines only (it heads the page). */
export const PANEL_HEAD_LINES = 40;
/** A block is a panel with at least this many distinct labels … */
export const PANEL_MIN_FIELDS = 2;
/** … one of them a field that names the document. */
const STRONG: readonly PanelField[] = ['title', 'issuer', 'written', 'number', 'index'];

const SPACE = '[ \\t\\u3000\\u00A0]';
const SPACES = new RegExp(SPACE, 'g');

interface LabelRe {
  re: RegExp;
  byLabel: Map<string, PanelField>;
}

const cache = new WeakMap<Lexicon, LabelRe>();

/** A list's bullet before a label (- 索 引 号：…, • 发文字号：…: a page's panel drawn as a list), and a label that names two
 *  fields at once, the other first (备注/文号：…): session 31 (plans), a real county portal page whose panel was not read. */
const BULLET = '[-•·*]';
const JOINED_LABEL = '[\\u4e00-\\u9fff]{1,4}[/／]';

/** One regex for every label, spaces inside allowed: at a line's start followed by ：/:, a tab (the value's
 *  cell) or the line's end (the value on the next line); inside a line followed by ：/: (the cleaned text
 *  has no space left between a value and the next label: …〔2022〕11号发布日期：…). A law database's export
 *  brackets its labels instead (【发布部门】 value, 【发文字号】 value: 北大法宝 and the sites that copy it). */
function labelRe(lexicon: Lexicon): LabelRe {
  let hit = cache.get(lexicon);
  if (!hit) {
    const labels = [...lexicon.panelFields].sort((a, b) => b.label.length - a.label.length);
    const alternation = labels.map((l) => [...l.label].join(`${SPACE}*`)).join('|');
    hit = {
      re: new RegExp(`(?:${BULLET}${SPACE}*)?(?:【${SPACE}*)?(?:${JOINED_LABEL})?(${alternation})${SPACE}*(】|[：:]|\\t|$)`, 'g'),
      byLabel: new Map(labels.map((l) => [l.label, l.field])),
    };
    cache.set(lexicon, hit);
  }
  return hit;
}

interface Cell {
  label: string;
  field: PanelField;
  /** [start, end) of the value (may be empty) in the text. */
  value: Span;
}

/** A date alone on its line, the time of day after it allowed (2024年04月06日 16:40, 2024-04-06). */
const DATE_VALUE = /^(19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/;

/** The labelled cells of one line, each value running to the next label. */
function cells(text: string, start: number, end: number, lexicon: Lexicon): Cell[] {
  const { re, byLabel } = labelRe(lexicon);
  const line = text.slice(start, end);
  const hits = [...line.matchAll(re)].filter((m) => /^[：:】]$/.test(m[2]) || line.slice(0, m.index).trim() === '');
  return hits.map((m, i) => {
    const label = m[1].replace(SPACES, '');
    let from = start + m.index! + m[0].length;
    let to = i + 1 < hits.length ? start + hits[i + 1].index! : end;
    while (from < to && /\s/.test(text[from])) from++;
    while (to > from && /\s/.test(text[to - 1])) to--;
    return { label, field: byLabel.get(label)!, value: [from, to] as Span };
  });
}

/**
 * The panel among the first lines of `text` (before `limit`), or undefined. A run of lines each opening
 * with a label (blank lines and a label's value alone on the next line allowed) is a panel when it holds
 * PANEL_MIN_FIELDS distinct labels, one of them of a STRONG field. The first value of a field wins.
 */
export function findPanel(text: string, limit: number, lexicon: Lexicon): Panel | undefined {
  const lines = lineOffsets(text, 0, Math.min(limit, text.length)).slice(0, PANEL_HEAD_LINES);
  for (let i = 0; i < lines.length; i++) {
    const first = cells(text, lines[i].start, lines[i].end, lexicon);
    if (first.length === 0) continue;
    const found: Cell[] = [];
    let j = i;
    let end = lines[i].end;
    for (; j < lines.length; j++) {
      const row = cells(text, lines[j].start, lines[j].end, lexicon);
      if (row.length === 0) {
        // A label's value on the line below it (a table drawn one cell a row), inside the panel only: the
        // line after it opens with a label again (an empty last field is not followed by the title).
        const last = found.at(-1);
        const raw = text.slice(lines[j].start, lines[j].end);
        const value = raw.trim();
        if (value.length === 0) continue;
        const inside = j + 1 < lines.length && cells(text, lines[j + 1].start, lines[j + 1].end, lexicon).length > 0;
        // A date under a date's label is its value even last (a date is never the title below a panel).
        const dated = last !== undefined && (last.field === 'written' || last.field === 'published') && DATE_VALUE.test(value);
        if (last && last.value[0] === last.value[1] && (inside || dated) && value.length <= 80) {
          const from = lines[j].start + raw.indexOf(value);
          last.value = [from, from + value.length];
          end = lines[j].end;
          continue;
        }
        break;
      }
      found.push(...row);
      end = lines[j].end;
    }
    const fields = new Set(found.map((c) => c.field));
    const labels = new Set(found.map((c) => c.label));
    if (labels.size >= PANEL_MIN_FIELDS && STRONG.some((f) => fields.has(f))) {
      const out: Panel = { span: [lines[i].start, end], fields: {} };
      for (const c of found) {
        if (c.field === 'other' || out.fields[c.field] || c.value[0] === c.value[1]) continue;
        out.fields[c.field] = { value: text.slice(c.value[0], c.value[1]), span: c.value };
      }
      return out;
    }
    i = j;
  }
  return undefined;
}

/** What the HTML reader needs to keep a panel that sits outside the article's block (in a page header
 *  beside the <h1>): whether a text opens with a label, and whether lines make a panel. */
export interface PanelProbe {
  opensWithLabel(text: string): boolean;
  isPanel(lines: string[]): boolean;
}

export function panelProbe(lexicon: Lexicon): PanelProbe {
  return {
    opensWithLabel: (t) => cells(t, 0, t.length, lexicon).length > 0,
    isPanel: (lines) => {
      const text = lines.join('\n');
      return findPanel(text, text.length, lexicon) !== undefined;
    },
  };
}
