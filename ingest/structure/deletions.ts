// Inline revision notes (session 38, plans): a compilation that prints a law or regulation as revised keeps the text a
// later decision deleted, closed by a note of the date: `对倒卖国库券的，按照投机倒把论处。（2011年1月8日删除）` (the law
// mirror's 行政法规 after 国务院关于废止和修改部分行政法规的决定, 北京's regulations after the city's 2010 decision, 全民所有制
// 工业企业法 after the 2009 one). Convention (tests/gold/README.md "Deleted text"): the paragraph the note closes is no
// longer in force. It stays in the document's text (every span still maps to the file) and its measure keeps its number
// and path (a deleted article is still 第二十六条: later articles were not renumbered); the measure lists its deleted spans
// with their date (`deletions`), and a measure whose whole text is deleted is `deletedOn` that date. Extraction and
// linking read the text without the deleted spans (maskDeleted): no target, mention or IMPLEMENTS link rests on text no
// longer in force. The note's date, when later than every history line, is one more amendment of the text's history:
// the text is the version of that date.
import type { Span } from '../../graph-schema/index.js';
import type { HistoryEvent } from './history.js';
import type { Unit } from './types.js';

export interface Deletion {
  date: string;
  /** The deleted paragraph with its note, [start, end) in the cleaned text (after an article's own label). */
  span: Span;
  /** The note itself: （2011年1月8日删除）. */
  note: Span;
}

/** A note closing its line: （YYYY年M月D日删除）. */
const NOTE = /[（(]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*删除\s*[）)]\s*$/;
/** An article's own label at its line's start (第十一条, 第十一条之一): the number stays, the text after it is deleted. */
const ARTICLE_LABEL = /^第[零〇一二两三四五六七八九十百千\d]+条(?:之[一二三四五六七八九十]+)?\s*/;
/** A unit's own label before its text, for the "whole text deleted" test. */
const UNIT_LABEL = /^\s*(?:第[零〇一二两三四五六七八九十百千\d]+[条章节](?:之[一二三四五六七八九十]+)?|[（(][零〇一二三四五六七八九十\d]+[）)]|[零〇一二三四五六七八九十\d]+[、.．])\s*/;

/** The deletion notes of the text from `from` on, one per line that a note closes. */
export function deletionNotes(text: string, from: number): Deletion[] {
  const out: Deletion[] = [];
  let start = from;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    const m = line.match(NOTE);
    if (m) {
      const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
      const label = line.match(ARTICLE_LABEL)?.[0].length ?? 0;
      const noteStart = start + m.index!;
      const noteEnd = noteStart + m[0].trimEnd().length;
      if (validDate(date)) out.push({ date, span: [start + label, noteEnd], note: [noteStart, noteEnd] });
    }
    start = end + 1;
  }
  return out;
}

function validDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** Each unit's deleted spans (those inside its span) and, when they cover all its text after its label, the date it
 *  was deleted (the latest of its notes). Mutates the units. */
export function markDeletions(text: string, units: Unit[], deletions: Deletion[]): void {
  if (deletions.length === 0) return;
  for (const u of units) {
    const inside = deletions.filter((d) => d.span[0] >= u.span[0] && d.span[1] <= u.span[1]);
    if (inside.length === 0) continue;
    u.deletions = inside.map((d) => ({ date: d.date, span: d.span }));
    const own = text.slice(u.span[0], u.span[1]);
    const label = own.match(UNIT_LABEL)?.[0].length ?? 0;
    let kept = false;
    for (let i = u.span[0] + label; i < u.span[1] && !kept; i++) {
      if (/\s/.test(text[i]!)) continue;
      if (!inside.some((d) => i >= d.span[0] && i < d.span[1])) kept = true;
    }
    if (!kept) u.deletedOn = inside.map((d) => d.date).sort().at(-1);
  }
}

/** The note's date as one more amendment when it is later than every history line (the text is that version). The
 *  note names no body: the approving body when the history names one (国务院 over a ministry's 细则), else the adopter. */
export function deletionEvent(history: HistoryEvent[], deletions: Deletion[]): HistoryEvent | undefined {
  if (deletions.length === 0 || history.length === 0) return undefined;
  const latest = [...deletions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).at(-1)!;
  if (history.some((h) => h.date >= latest.date)) return undefined;
  const by = history.find((h) => h.action === 'approved')?.by ?? history.at(-1)!.by;
  return { date: latest.date, action: 'amended', by, span: latest.note };
}

/** The text with every deleted span blanked (same length, each character a space; line breaks kept): what extraction
 *  and linking read, so their spans still point into the document's text. */
export function maskDeleted(text: string, units: readonly Pick<Unit, 'deletions'>[]): string {
  const spans = units.flatMap((u) => u.deletions?.map((d) => d.span) ?? []);
  if (spans.length === 0) return text;
  const chars = text.split(''); // UTF-16 units, as spans count
  for (const [a, b] of spans) for (let i = a; i < b; i++) if (chars[i] !== '\n') chars[i] = ' ';
  return chars.join('');
}
