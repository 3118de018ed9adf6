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
/** A written date (2012年1月9日, 二〇一二年一月九日). */
const DATE = '(?:(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)';

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
  // The transmitting notice's date between its last sentence and the title of the regulation it transmits
  // (…请认真遵照执行。二〇一二年一月九日某某市绿色建筑管理办法第一章总则…): a break before and after the date.
  {
    name: 'transmittal date',
    re: new RegExp(`(?<=[。！])(?=${DATE}[^。；，：\\n]{4,60}?第一[章条编])|(?<=[。！]${DATE})(?=[^。；，：\\n]{4,60}?第一[章条编])`, 'g'),
    structural: false,
  },
  // An attachment's own heading (附件1：) right after the text before it (the attachment list, a table's last
  // cell); not one a sentence refers to (详见附件1：).
  { name: 'attachment heading', re: /(?<=[\u4e00-\u9fff])(?<!见)(?=附\s*件\s*\d{1,2}\s*[:：])/g, structural: false },
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

const DIGITS = '一二三四五六七八九';
/** 1–99 in Chinese numerals, as items are numbered (十一, 二十, 二十三). */
function numeral(n: number): string {
  const [tens, ones] = [Math.floor(n / 10), n % 10];
  return (tens === 0 ? '' : (tens === 1 ? '' : DIGITS[tens - 1]) + '十') + (ones === 0 ? '' : DIGITS[ones - 1]);
}
const NUMERAL_VALUE = new Map(Array.from({ length: 99 }, (_, i) => [numeral(i + 1), i + 1]));
/** What before an item's number makes it a reference, not an item (第（二）项, 第二、三款, 和（三）). */
const REFERENCE_BEFORE = /[第、和与及或至到]/;

/** An item's numbering goes on: after a break at （k） (or k、), the first （k+1） (k+1、) further on opens the next
 *  item, even with no sentence's end before it (…邮箱：jbgs@xjzj.gov.cn（二）区局机关各部门…). */
function continueNumbering(line: string, at: number[]): number[] {
  const found = new Set(at);
  const out = [...at];
  for (const start of at) {
    const m = /^(?:[（(]([一二三四五六七八九十]{1,3})[）)]|([一二三四五六七八九十]{1,3})、)/.exec(line.slice(start, start + 6));
    const k = m && NUMERAL_VALUE.get(m[1] ?? m[2]);
    if (!k || k >= 99) continue;
    const next = m[1] ? [`（${numeral(k + 1)}）`, `(${numeral(k + 1)})`] : [`${numeral(k + 1)}、`];
    const hits = next.map((x) => line.indexOf(x, start + 1)).filter((i) => i > 0);
    if (hits.length === 0) continue;
    const i = Math.min(...hits);
    // 十、 is not 二十、's end: the number before the marker must not run on from another numeral.
    if (found.has(i) || REFERENCE_BEFORE.test(line[i - 1]) || /[一二三四五六七八九十]/.test(line[i - 1])) continue;
    found.add(i);
    out.push(i);
  }
  return out;
}

/** Where a run-together line breaks: offsets in the line, ascending, each a break before that character. */
function lineBreaks(line: string, kinds: RegExp): number[] {
  const structural = breaks(line, true);
  const sorted = [...new Set([...breaks(line, false), ...continueNumbering(line, structural)])].sort((a, b) => a - b);
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

/** A chapter's heading and its first article on one line in a text that has its lines (第一章 总  则第一条 为了…: a law
 *  database's copy that lost one break): the article opens a line of its own. Session 33 (plans), a real 2001 provincial
 *  办法 whose 第一条 was read as its chapter's title. */
// The lookahead first: both assertions hold at one position or the position is no break, whichever is asked first, and
// 第 is rare where the lookbehind was asked at every position of every text (issue 11, session 45: 381 ms of the clean
// stage's 2.7 s over gen-corpus 1,000 twice).
const CHAPTER_THEN_ARTICLE = new RegExp(`(?=第${N}条)(?<=^[ \\t\u3000]*第${N}[章节][ \\t\u3000]*[\u4e00-\u9fff、][\u4e00-\u9fff、 \\t\u3000]{0,19})`, 'gm');
export function chapterArticleBreaks(text: string): number[] {
  return [...text.matchAll(CHAPTER_THEN_ARTICLE)].map((m) => m.index!);
}
