// Numbered units of a plan's body: every heading line opens a unit whose own text runs to the
// next heading; nesting follows the numbering rank (一、 ⊃ （一） ⊃ 1. ⊃ （1） ⊃ ①).
import type { Unit } from './types.js';
import { chineseNumeral, parseDecimalHeading, parseHeading, TOC_LEADER, type Heading } from './numbering.js';
import { lineOffsets } from './title.js';
import { taskTableRows } from './tables.js';
import { restoreLostChapters, type Head } from './lost-chapters.js';
import { restoreLostSections } from './lost-sections.js';
import { responsibleBodies } from './responsibility.js';

interface Open {
  heading: Heading;
  unit: Unit;
}

/** `listed`: starts of the lines of a notice's attachment list (附件：1.X / 2.Y): numbered, but not headings. */
export function numberedUnits(text: string, bodyStart: number, listed: ReadonlySet<number> = new Set()): Unit[] {
  const lines = lineOffsets(text, bodyStart, text.length);
  // A task table's numbered rows are units too (tables.ts), nested under the heading before the table.
  const rows = taskTableRows(text, lines);
  const decimal = decimalHeadings(text, lines);
  // The line right under a 目录 line opens a table of contents.
  const contents = new Set(lines.filter((l, i) => i > 0 && CONTENTS.test(text.slice(lines[i - 1].start, lines[i - 1].end).trim())).map((l) => l.start));
  const { heads, toc } = structuralHeadings(
    text,
    contents,
    lines
      .map((l, i) => ({
        ...l,
        heading:
          listed.has(l.start) || TOC_LEADER.test(text.slice(l.start, l.end))
            ? undefined
            : (decimal.get(l.start) ?? parseHeading(text.slice(l.start, l.end)) ?? attachmentHeading(text, l, lines[i + 1]) ?? rows.get(l.start)?.heading),
      }))
      .filter((l): l is typeof l & { heading: Heading } => l.heading !== undefined),
  );
  restoreLostChapters(heads, text, lines);
  // A section's 第X节 lost, its title kept on a line of its own (焦作's `文化旅游`; session 58, lost-sections.ts).
  restoreLostSections(heads, text, lines);
  // A law's numbered attachments after its last article (附件1 / its title, 附件2 …: a form, a table, a list) are no units, as
  // its unnumbered one is not (clipAnnex; gold README "Laws and regulations", session 37 (plans): 3 mirror texts).
  const lastArticle = heads.filter((h) => h.heading.kind === 'article').at(-1);
  if (lastArticle) {
    for (let i = heads.length - 1; i >= 0; i--) if (heads[i].start > lastArticle.start && /^附件\d/.test(heads[i].heading.label)) heads.splice(i, 1);
  }
  const units: Unit[] = [];
  const stack: Open[] = [];
  const seen = new Set<string>();
  // A table of contents (目录 and the chapter lines under it) is neither a preamble nor a measure.
  const tocStart = Math.min(
    ...lines.filter((l) => /^目\s*录$/.test(text.slice(l.start, l.end).trim())).map((l) => l.start),
    ...toc.map((h) => h.start),
  );
  const preambleEnd = Math.min(heads[0]?.start ?? text.length, tocStart);
  // A preamble needs something to read: whitespace and control characters (\v, \0) are not text.
  if (VISIBLE.test(text.slice(bodyStart, preambleEnd))) {
    units.push(unit('前言', 'preamble', text, bodyStart, preambleEnd, undefined));
  }
  const law = heads.some((h) => h.heading.kind === 'article');
  heads.forEach((h, i) => {
    const end = i + 1 < heads.length ? heads[i + 1].start - 1 : text.length;
    while (stack.length && stack[stack.length - 1].heading.rank >= h.heading.rank) stack.pop();
    const parent = stack[stack.length - 1]?.unit;
    // An article under a group title (一、 / （一） in a 司法解释: articleGroups) keeps the address a citation names, 第七条
    // (or 第二章/第七条 under a chapter): the group is its parent, not part of its path.
    const address = h.heading.group ? parent : [...stack].reverse().find((o) => !o.heading.group)?.unit;
    let path = address ? `${address.path}/${h.heading.label}` : h.heading.label;
    for (let k = 2; seen.has(path); k++) path = `${address ? address.path + '/' : ''}${h.heading.label}~${k}`;
    seen.add(path);
    const u = unit(path, h.heading.kind, text, h.start, Math.max(end, h.end), parent?.path);
    u.name = unitName(h.heading.rest) || u.name;
    // Who must act: a task table's lead and support columns, or a plan's note at the end of the measure
    // (（牵头单位：…；配合单位：…）, responsibility.ts); a law's brackets are not such notes.
    const assigned = [...new Set([...(rows.get(h.start)?.assigned ?? []), ...(law ? [] : responsibleBodies(text.slice(u.span[0], u.span[1])))])];
    if (assigned.length) u.assigned = assigned;
    u.section = stack.find((o) => o.heading.rank <= 2)?.unit.name ?? (h.heading.rank <= 2 ? u.name : undefined);
    if (parent) parent.leaf = false;
    units.push(u);
    stack.push({ heading: h.heading, unit: u });
  });
  units.forEach((u, i) => (u.ordinal = i));
  if (law) clipAnnex(text, units, heads, lines);
  return units;
}

/** A law's or regulation's attachment after its last article, on a line of its own: 附件 / 附件： / 附表 / 附表一 or the list of them, 附件：1、X (the law
 *  mirror's 国徽法, 环境保护税法, 印花税暂行条例, 交通警察道路执勤执法工作规范 …). Numbered 附件1 is a unit of its own (attachmentHeading). */
const ANNEX_LINE = /^附\s*[件表]\s*[一二三四五六七八九十\d]{0,3}\s*[:：]?$|^附\s*件\s*[:：]\s*1\s*[、.．]/;

/**
 * The last article of a text of articles ends where an attachment printed after it begins: a table, a form or a drawing is
 * no text of that article, and the gold counts no measure for it (randomx's 仲裁委员会仲裁收费办法: 15 articles, its
 * 附件：仲裁案件受理费表 in none). Session 36 (plans): 11 mirror texts whose last article held its attachments.
 */
function clipAnnex(text: string, units: Unit[], heads: readonly Head[], lines: readonly { start: number; end: number }[]): void {
  const last = heads.filter((h) => h.heading.kind === 'article').at(-1);
  if (!last) return;
  const annex = lines.find((l) => l.start > last.end && (ANNEX_LINE.test(text.slice(l.start, l.end).trim()) || ATTACHMENT_LABEL.test(text.slice(l.start, l.end).trim())));
  if (!annex || heads.some((h) => h.start > annex.start)) return;
  for (const u of units) if (u.span[0] < annex.start && u.span[1] > annex.start) u.span = [u.span[0], text.slice(0, annex.start).trimEnd().length];
}

/**
 * Headings that structure the text: a table of contents (chapter or section lines with no text
 * between them, each followed by another such line, whose labels come again later) is not structure
 * (a body's 第二章/第一节 followed by its first article is: its label 第一节 comes again under 第三章,
 * so before session 22 it was read as a contents line and its articles lost their section), and in a law or regulation (第X条) the
 * （一）/1. inside an article are its clauses, not units of their own.
 */
function structuralHeadings(text: string, contents: ReadonlySet<number>, heads: Head[]): { heads: Head[]; toc: Head[] } {
  // In a code printed in 编 the chapters restart in each (刑事诉讼法 第二编 第一章 …): a label is its 编's (第二编/第二章), and
  // 第二章 侦查 over its 第一节 is no contents line because 第三编 has a 第二章 too (session 37 (plans), the structure scan).
  let part = '';
  const labels = heads.map((h) => {
    if (h.heading.rank === PART_RANK) part = h.heading.label;
    return h.heading.rank > PART_RANK && (h.heading.kind === 'chapter' || h.heading.kind === 'section') && h.heading.label.startsWith('第') ? `${part}/${h.heading.label}` : h.heading.label;
  });
  // (The decimal scheme's contents list every level: 1 总则 / 1.1 编制目的 … before the same lines over the text.)
  const outline = (h: Heading) => h.rank <= 1 || h.decimal === true;
  const toc = heads.filter(
    (h, i) => heads[i + 1] !== undefined && heads[i + 1].start === h.end + 1 && outline(h.heading) && outline(heads[i + 1].heading) && labels.indexOf(labels[i], i + 1) > i,
  );
  // A run of CONTENTS_RUN or more chapter lines 第一章, 第二章 … in order with nothing between them is a contents list even when
  // the text below prints its chapters as bare titles (重庆市长江防护林体系管理条例: 第一章 总则 … 第八章 附则, then 总 则 / 第一条 …):
  // no chapter is empty so, and the bare titles open the chapters (lost-chapters.ts). Session 37 (plans), the structure scan.
  for (let i = 0; i < heads.length; i++) {
    let k = i;
    while (k < heads.length && chapterNo(heads[k].heading) === k - i + 1 && (k === i || heads[k].start === heads[k - 1].end + 1)) k++;
    if (k - i >= CONTENTS_RUN) for (let j = i; j < k; j++) if (!toc.includes(heads[j])) toc.push(heads[j]);
    if (k > i) i = k - 1;
  }
  // Under a 目录 line, the run of outline lines with nothing between them is the contents, whether or not each comes again
  // (a copy that stops in the first chapter prints 第二章 … 第八章 only there: session 32 (plans), a real 盟 office's 细则
  // whose contents were read as seven empty chapters).
  // So is the rest of a run that opens as contents by its labels coming again (1总则 / 1.1编制目的 / 1.2编制依据 … above a text
  // that stops in 1.1: session 32 (plans), a real county's 应急预案).
  const opensContents = (h: Head, i: number) => toc.includes(h) && (i === 0 || heads[i - 1].end + 1 !== h.start || !outline(heads[i - 1].heading));
  // Inside such a run, a contents list that leaves its chapters unnumbered (总则 / 1.1编制目的 … / 组织体系及职责 / 2.1指挥机构 …)
  // prints each chapter's title as a bare line between the numbered ones: the run goes on over it (session 33 (plans), a
  // real county's 突发环境事件应急预案 whose contents from 2.1 on were read as 24 empty measures).
  const next = (a: Head, b: Head) => b.start === a.end + 1 || bareTitles(text.slice(a.end + 1, b.start));
  heads.forEach((h, i) => {
    if (!(contents.has(h.start) || opensContents(h, i)) || !outline(h.heading)) return;
    for (let k = i; k < heads.length && outline(heads[k].heading) && (k === i || next(heads[k - 1], heads[k])); k++) {
      // The run stops before the text's own first heading: a label met again.
      if (k > i && labels.slice(i, k).includes(labels[k])) break;
      // So is a decimal chapter that starts the numbers again (… 3.2预警 / 1总则): the text begins.
      if (k > i && restarts(heads[k - 1].heading, heads[k].heading)) break;
      if (!toc.includes(heads[k])) toc.push(heads[k]);
    }
  });
  const rest = heads.filter((h) => !toc.includes(h));
  const articles = rest.some((h) => h.heading.kind === 'article');
  const groups = articles ? articleGroups(text, rest) : new Map<Head, Head>();
  const structural = articles
    ? rest.flatMap((h) => (['chapter', 'article'].includes(h.heading.kind) || (h.heading.kind === 'section' && h.heading.label.startsWith('第')) ? [h] : groups.has(h) ? [groups.get(h)!] : []))
    : rest;
  return { heads: structural, toc };
}

/**
 * Title lines that group a text's articles: 一、移交、撤销、脱钩企业债务纠纷的处理 / 第一条 … 二、…破产案件的处理 / 第七条 … (a 司法解释
 * printed in parts), and （一）动产质押 under 四、关于质押部分的解释. Each is a title (no sentence: ARTICLE_GROUP) standing right
 * before an article or before a title of the level below that does; a level's titles count when they number 一, 二, 三 … in
 * order (from 一 again under each title of the level above), two of them at least. An article's clauses printed 一、… / 三、其他。
 * end their line as a sentence or stand before the next article alone, out of order: they stay the article's text. Returned as
 * headings marked `group` (its articles keep their own address: numberedUnits). Session 39 (plans): the text's section line was
 * read into the article before it (军队…移交、撤销企业…规定 第六条 ended on 二、…); 37 司法解释 of the law mirror print parts so.
 */
function articleGroups(text: string, heads: readonly Head[]): Map<Head, Head> {
  const level = (h: Head) => (h.heading.kind === 'section' && !h.heading.label.startsWith('第') ? 0 : h.heading.kind === 'subsection' ? 1 : undefined);
  const title = (h: Head) => level(h) !== undefined && h.heading.rest.length <= ARTICLE_GROUP.maxChars && !ARTICLE_GROUP.sentence.test(h.heading.rest);
  const adjacent = (a: Head, b: Head | undefined) => b !== undefined && text.slice(a.end, b.start).trim() === '';
  // Titles right before an article, or before a title of the level below that is (四、 then （一） then 第X条).
  const before = new Set<Head>();
  for (let i = heads.length - 1; i >= 0; i--) {
    const h = heads[i];
    const next = heads[i + 1];
    if (title(h) && adjacent(h, next) && (next.heading.kind === 'article' || (before.has(next) && level(next)! > level(h)!))) before.add(h);
  }
  // Each level numbers 一, 二 … in order; the lower level starts again under each title of the upper. A title out of order
  // (an article's last clause, 三、其他) is left as text.
  const out = new Map<Head, Head>();
  const keep = (run: readonly Head[]) => {
    if (run.length >= ARTICLE_GROUP.minTitles) for (const h of run) out.set(h, { ...h, heading: { ...h.heading, group: true } });
  };
  const sections: Head[] = [];
  let parts: Head[] = [];
  for (const h of heads) {
    if (!before.has(h)) continue;
    const n = chineseNumeral(h.heading.label.replace(/[（）]/g, ''));
    if (level(h) === 0) {
      if (n !== sections.length + 1) continue;
      keep(parts);
      parts = [];
      sections.push(h);
    } else if (n === parts.length + 1) parts.push(h);
    else if (n === 1) {
      keep(parts);
      parts = [h];
    }
  }
  keep(parts);
  keep(sections);
  return out;
}

/** A group title: at most this many characters after its number, not a sentence (a clause ends 。 ； ： ，; session 39). */
const ARTICLE_GROUP = { maxChars: 40, sentence: /[。；;：:，,、]$|。/, minTitles: 2 };

/** Chapter lines in a row (第一章 … in order, nothing between) that make a contents list (session 37 (plans)). */
const CONTENTS_RUN = 3;

/** A 第X章 line's number (rank 0 only). */
function chapterNo(h: Heading): number | undefined {
  const m = h.kind === 'chapter' && h.rank === 0 ? h.label.match(/^第(.+)章$/) : null;
  return m ? (/\d/.test(m[1]!) ? Number(m[1]) : chineseNumeral(m[1]!)) : undefined;
}

/** The rank of a code's 第X编 (numbering.ts). */
const PART_RANK = -3;

/** A decimal heading whose chapter number is below the one before it (3.2 → 1): the numbering begins again. */
function restarts(before: Heading, h: Heading): boolean {
  const chapter = (x: Heading) => Number(x.label.split('.')[0]);
  return before.decimal === true && h.decimal === true && chapter(h) < chapter(before);
}

/** Lines that are only bare titles: short, no number, no punctuation (a contents list's unnumbered chapter: 组织体系及职责). */
export function bareTitles(between: string): boolean {
  const lines = between.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return lines.length > 0 && lines.length <= BARE_TITLE.maxLines && lines.every((l) => l.length <= BARE_TITLE.maxChars && /^[\p{Script=Han}]+$/u.test(l));
}

/** A bare title line: at most this many characters, all Han (no digit, no punctuation); at most this many in a row
 *  (session 33 (plans), measured on a real county's contents list: titles of 4–9 characters, one at a time). */
const BARE_TITLE = { maxChars: 16, maxLines: 2 };

/** A table of contents' heading line: 目录, 目 录. */
const CONTENTS = /^目\s*录$/;

/** Texts numbered in the decimal scheme (numbering.ts DECIMAL_LEVELS) need this many N.k lines, N.1 and N.2 among
 *  them: a lone 1.5 is a sentence's number. */
const DECIMAL_MIN_LINES = 3;

/** The decimal scheme's headings by line start, when the text numbers so, else none. A chapter's line (the number
 *  alone: 1 总则) counts when its first subheading N.1 … follows it, or it comes next in order (N after N−1, or 1 as a
 *  contents list ends and the text begins): a numbered list's 1. 2. inside a section is not a chapter. */
function decimalHeadings(text: string, lines: readonly { start: number; end: number }[]): Map<number, Heading> {
  const out = new Map<number, Heading>();
  const sub = lines.map((l) => parseDecimalHeading(text.slice(l.start, l.end), false));
  const labels = new Set(sub.filter((h): h is Heading => h !== undefined).map((h) => h.label));
  const sequence = [...labels].some((l) => /\.1$/.test(l) && labels.has(l.replace(/1$/, '2')));
  // A chapter's line right over its N.1 counts as one of them (1总则 / 1.1编制目的 / 1.2编制依据: a copy that stops in its first
  // chapter; session 32 (plans), a real county's 总体应急预案 read as one preamble).
  const over = lines.some((l, i) => {
    const h = sub[i] ? undefined : parseDecimalHeading(text.slice(l.start, l.end));
    return h !== undefined && sub[i + 1]?.label === `${h.label}.1`;
  });
  if (labels.size + (over ? 1 : 0) < DECIMAL_MIN_LINES || !sequence) return out;
  let last = 0;
  lines.forEach((l, i) => {
    if (sub[i]) {
      out.set(l.start, sub[i]!);
      last = Number(sub[i]!.label.split('.')[0]);
      return;
    }
    const h = parseDecimalHeading(text.slice(l.start, l.end));
    if (!h) return;
    const n = Number(h.label);
    // The next line that is a subheading or has text (no copy of the rest: the scan stops at the first such line).
    let k = i + 1;
    while (k < lines.length && sub[k] === undefined && text.slice(lines[k].start, lines[k].end).trim() === '') k++;
    const next = sub[k];
    if (next?.label.startsWith(`${n}.`) || n === last + 1 || n === 1) {
      out.set(l.start, h);
      last = n;
    }
  });
  return out;
}

function unit(path: string, kind: Unit['kind'], text: string, start: number, end: number, parent?: string): Unit {
  const body = text.slice(start, end);
  // A unit whose first line has nothing to read is named by its path (a name is never empty).
  return { path, kind, name: unitName(body) || path, span: [start, end], ordinal: 0, parent, leaf: true };
}

/** A character a reader sees: not whitespace, not a control, format or unassigned code point. */
const VISIBLE = /[^\s\p{C}]/u;

/** A unit's name is its heading: the text up to the first 。 (or ；), at most 60 characters. */
export function unitName(rest: string): string {
  const line = rest.split('\n')[0];
  const cut = line.search(/[。；！？]/);
  const name = (cut > 0 ? line.slice(0, cut) : line).trim();
  return name.length > 60 ? `${name.slice(0, 60)}…` : name;
}

/** An attachment's label alone on its line (附件1, 附件2：); its number captured. */
export const ATTACHMENT_LABEL = /^附\s*件\s*(\d{1,2})\s*[:：]?$/;

/** A further attachment in the body (附件2 on a line of its own, its title on the next): a document of its own
 *  printed after the plan (a list, a form), so it holds what follows instead of the plan's last measure. */
function attachmentHeading(text: string, line: { start: number; end: number }, next: { start: number; end: number } | undefined): Heading | undefined {
  const label = text.slice(line.start, line.end).trim().match(ATTACHMENT_LABEL);
  if (!label || !next) return undefined;
  const title = text.slice(next.start, next.end).trim();
  return title && !parseHeading(title) ? { kind: 'chapter', rank: -2, label: `附件${label[1]}`, rest: title } : undefined;
}
