// A text run together on one line (a scraper that dropped every line break, a dataset's `content` field, a
// copy out of a viewer): the title, the number, the addressee and every numbered item follow each other
// without a break, so no title or heading can be read and the file was refused. Such a text gets its breaks
// back in the clean stage (before noise lines are dropped, so a run-together colophon is still found), at the
// places official documents always break a line: before a numbered item that opens a sentence, a chapter or an
// article, a bracketed metadata label, a document number in brackets, an attachment's label, a signature's name
// and date, and after the title (a kind of document from the lexicon's doc-types.txt). The read text is kept as
// read: the breaks are inserted characters whose origin is the character after them. A text with its lines is
// never touched. Pure.

/** One place to break a run-together line: a regex whose matches are break points (zero-width, or `after`). */
interface BreakRule {
  name: string;
  re: RegExp;
  /** Numbered structure (items, chapters, articles): a text is run together only when it has some. */
  structural: boolean;
  /** The break is after the match, not at its start. */
  after?: boolean;
}

const N = '[一二三四五六七八九十百零〇]+';
/** What ends a sentence or a clause before a numbered item opens the next one. */
const END = '[。；！？：”」）)]';

const RULES: BreakRule[] = [
  { name: 'label', re: /(?<=.)(?=【[^】\n]{2,10}】)/g, structural: false },
  { name: 'link', re: /(?<=.)(?=原文(?:链接|地址)[：:])/g, structural: false },
  // After a link (the break is at the match's end: a lookbehind would rescan the link at every character).
  { name: 'after link', re: /https?:\/\/[\x21-\x7e]+(?=[\u4e00-\u9fff（])/g, structural: false, after: true },

  // A chapter after a sentence, or the first chapter right after the title of the plan a notice transmits
  // (…印发给你们，请认真贯彻执行。…管理办法第一章总则…).
  { name: 'chapter', re: new RegExp(`(?<=${END})(?=第${N}[章节编]|第${N}部分)|(?<=(?:办法|条例|规定|细则|规则|章程|方案|纲要|规划))(?=第一[章编]|第一部分)`, 'g'), structural: true },
  // An article after a sentence, or right after its chapter's heading (第一章总则第一条…).
  { name: 'article', re: new RegExp(`(?<=${END})(?=第${N}条)|(?<=第${N}[章节][\\u4e00-\\u9fff、]{1,20})(?=第${N}条)`, 'g'), structural: true },
  { name: 'item', re: new RegExp(`(?<=${END})(?=[一二三四五六七八九十]{1,3}、)`, 'g'), structural: true },
  // A sub-item after a sentence, or right after its item's short heading (二、提升供水能力（一）…).
  { name: 'sub-item', re: new RegExp(`(?<=${END})(?=[（(][一二三四五六七八九十]{1,3}[）)])|(?<=${END}[一二三四五六七八九十]{1,3}、[\\u4e00-\\u9fff、，]{2,30})(?=[（(]一[）)])`, 'g'), structural: true },
  // Not the first item of an attachment list (附件：1.X方案), which is the list's.
  { name: 'arabic item', re: new RegExp(`(?<=${END})(?<!附\\s*件\\s*[:：])(?=\\d{1,2}[.．、](?!\\d))`, 'g'), structural: true },
  { name: 'attachment', re: /(?<=[。；！？”」）)日])(?=附\s*件\s*\d{0,2}\s*[:：])/g, structural: false },
  // A signature: a body's name and a date closing the text's last sentence, or alone after it.
  {
    name: 'signature',
    re: /(?<=[。！])(?=[\u4e00-\u9fff（）、]{2,40}?(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)(?:$|附件|[^\u4e00-\u9fff]))/g,
    structural: false,
  },
  // A date closing the text (or followed by its attachments or colophon) with no sentence's end before it: the
  // signature's date under a name the break cannot find (the body's name runs on from the text above).
  {
    name: 'date',
    re: /(?<=[\u4e00-\u9fff）)])(?=(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)(?:$|附件|抄送))/g,
    structural: false,
  },
];

/** Kinds of document a title may end with (doc-types.txt), longest first, as one global regex per list. */
const titleEnds = new WeakMap<readonly string[], RegExp>();
function titleEndRe(docTypes: readonly string[]): RegExp {
  let re = titleEnds.get(docTypes);
  if (!re) {
    const kinds = [...new Set(docTypes)].filter((k) => /^[\u4e00-\u9fff]+$/.test(k)).sort((a, b) => b.length - a.length);
    re = new RegExp(`(?:${kinds.join('|')})`, 'g');
    titleEnds.set(docTypes, re);
  }
  return re;
}
/** What may follow a title that was run together with the text under it. */
const AFTER_TITLE = /^(?:[（(]|各|第一章|第一条|一、|为了?|根据|按照|现将|经)/;

/** Lines at least this long are looked into, in a text that is mostly one line. */
const LONG_LINE = 80;
/** The longest line holds at least this share of the text … */
const RUN_TOGETHER_SHARE = 0.5;
/** … and at least this many numbered places to break. */
const MIN_STRUCTURAL_BREAKS = 2;

/** The document's own number in brackets (（新质监办发〔2012〕24号）) under its title: in the text's head only;
 *  a number in the body is a cited document's and stays in its sentence. */
const OWN_NUMBER = /[（(][\u4e00-\u9fff]{1,12}[〔［[]\d{4}[〕］\]]\d{1,5}号[）)]/;
const HEAD_CHARS = 400;

function breaks(line: string, structural: boolean): number[] {
  const out: number[] = [];
  if (!structural) {
    const own = line.slice(0, HEAD_CHARS).match(OWN_NUMBER);
    if (own && own.index! > 0) out.push(own.index!, own.index! + own[0].length);
  }
  for (const rule of RULES) {
    if (rule.structural !== structural) continue;
    for (const m of line.matchAll(rule.re)) {
      const at = m.index! + (rule.after ? m[0].length : 0);
      if (at > 0 && at < line.length) out.push(at);
    }
  }
  return out;
}

/** The title's end in the first segment: a kind of document followed by what opens the text (its number,
 *  its addressee, a first item) or by the title once more (a database prints it twice). */
function titleEnd(segment: string, kinds: RegExp): number | undefined {
  for (const m of segment.slice(0, 160).matchAll(kinds)) {
    const end = m.index! + m[0].length;
    if (end < 6) continue;
    const rest = segment.slice(end);
    if (AFTER_TITLE.test(rest) || (end >= 8 && rest.startsWith(segment.slice(0, end)))) return end;
  }
  return undefined;
}

/** Where a run-together line breaks: offsets in the line, ascending, each a break before that character. */
function lineBreaks(line: string, kinds: RegExp): number[] {
  const sorted = [...new Set([...breaks(line, false), ...breaks(line, true)])].sort((a, b) => a - b);
  // The title: in the first part that is not a label or a link.
  const starts = [0, ...sorted];
  for (let k = 0; k < starts.length; k++) {
    const part = line.slice(starts[k], starts[k + 1] ?? line.length);
    if (/^(【|原文|https?:)/.test(part.trimStart()) || !/[\u4e00-\u9fff]/.test(part)) continue;
    const end = titleEnd(part, kinds);
    if (end !== undefined && end < part.length) sorted.push(starts[k] + end);
    break;
  }
  return [...new Set(sorted)].filter((at) => at > 0 && at < line.length).sort((a, b) => a - b);
}

/** Where a run-together text gets its line breaks back: UTF-16 offsets, ascending (a break goes before the
 *  character at each); none for a text with its lines. `docTypes`: the lexicon's kinds of document. */
export function runTogetherBreaks(text: string, docTypes: readonly string[]): number[] {
  // The longest line found without splitting the text (every file is checked; most have short lines).
  let [start, end] = [0, 0];
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to - from > end - start) [start, end] = [from, to];
    from = to + 1;
  }
  if (end - start < LONG_LINE || end - start < text.trim().length * RUN_TOGETHER_SHARE) return [];
  if (breaks(text.slice(start, end), true).length < MIN_STRUCTURAL_BREAKS) return [];
  const kinds = titleEndRe(docTypes);
  const out: number[] = [];
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to - from >= LONG_LINE) for (const at of lineBreaks(text.slice(from, to), kinds)) out.push(from + at);
    from = to + 1;
  }
  return out;
}

/** The text with its line breaks put back when it is run together; else the text itself. */
export function relineRunTogether(text: string, docTypes: readonly string[]): string {
  const at = runTogetherBreaks(text, docTypes);
  if (at.length === 0) return text;
  let out = '';
  let from = 0;
  for (const a of at) {
    out += text.slice(from, a) + '\n';
    from = a;
  }
  return out + text.slice(from);
}
