// Chapter headings a law's text lost. The law mirror's Markdown drops a heading now and then (tests/real/README.md,
// tests/real/randomq-heldout/README.md); its gold restores the chapter from the order of the headings, as the numbering
// of 立法技术规范 says (chapters run in sequence from 第一章). Two shapes are read here, both only in a text of articles:
// - 第一章 lost with nothing in its place: the articles from 第一条 before 第二章 are put under a 第一章 of their own;
// - a chapter's 第X章 lost but its title kept on a line of its own (南阳市白河水系水环境保护条例's 监督管理 between
//   第二章 and 第四章): that line opens the chapter the gap in the numbering names.
// - several chapters' 第X章 lost in one gap, as many title lines kept as chapters lost (济宁市智慧城市促进条例: 信息惠民 between
//   第四章 and 第六章, 产业发展 and 保障和促进措施 between 第六章 and 第九章; session 36 (plans)): the lines open them in order;
// - the closing chapter 附则 lost its 第X章 after the last numbered chapter (潮州市文明行为促进条例's bare `附 则` line before
//   its last article; session 35 (plans)): 立法技术规范 makes 附则 the last chapter, so that line opens the chapter after the
//   last one numbered. A title's letters may be spaced (总 则, 附 则) as chapter titles are printed;
// - every chapter after the last numbered one lost its 第X章, two title lines or more kept (未成年人网络保护条例: only
//   第一章 总则 numbered; session 38 (lead)): the lines open the chapters after it in order.
// Anything else is left as it is: where a lost chapter begins cannot be read from the numbering alone.
import { chineseNumeral, headingNumeral, type Heading } from './numbering.js';

export type Head = { start: number; end: number; heading: Heading };
type Line = { start: number; end: number };

/** A chapter title standing alone: a few Han characters (监督管理, 规划编制与实施, 预防、控制和救治), no sentence. */
export const BARE_TITLE = /^[\p{Script=Han}、]{2,16}$/u;
/** The closing chapter of a law (立法技术规范: 附则 comes last), letters spaced or not. */
const CLOSING_TITLE = '附则';


/** A line's text, trimmed, a title's spaced letters joined (总 则 → 总则). */
const spaced = (line: string): string => line.trim().replace(/(?<=\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu, '');

/** The index of the nearest line with text from `i` on, going `step` (1 forward, -1 back); -1 or lines.length when none. */
function withText(lines: readonly Line[], text: string, i: number, step: 1 | -1): number {
  let j = i;
  while (j >= 0 && j < lines.length && !text.slice(lines[j].start, lines[j].end).trim()) j += step;
  return j;
}

/** Opens chapter `n` titled `title` at a bare title line: a chapter head put among `heads` in text order. */
function openChapter(heads: Head[], line: Line, n: number, title: string): void {
  const at = heads.findIndex((h) => h.start > line.start);
  heads.splice(at < 0 ? heads.length : at, 0, { start: line.start, end: line.end, heading: { kind: 'chapter', rank: 0, label: `第${headingNumeral(n)}章`, rest: title } });
}

const chapterNumber = (h: Head): number | undefined => {
  const m = h.heading.kind === 'chapter' && h.heading.rank === 0 ? h.heading.label.match(/^第(.+)章$/) : null;
  return m ? chineseNumeral(m[1]) : undefined;
};

/** Adds the lost chapters to `heads` (sorted by start), in place. */
export function restoreLostChapters(heads: Head[], text: string, lines: readonly Line[]): void {
  if (!heads.some((h) => h.heading.kind === 'article')) return;
  restoreTitledChapters(heads, text, lines);
  restoreUnnumberedChapters(heads, text, lines);
  restoreFirstChapter(heads);
}

/** The bare title lines of a text, each right before an article (blank lines between allowed). */
function titleLines(heads: Head[], text: string, lines: readonly Line[]): { line: Line; title: string }[] {
  const headAt = new Map(heads.map((h) => [h.start, h]));
  const out: { line: Line; title: string }[] = [];
  lines.forEach((line, i) => {
    const title = text.slice(line.start, line.end).trim().replace(/(?<=\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu, '');
    // (一、受理与诉讼主体: a section numbered as a plan's, which a judicial interpretation's gold does not read as a chapter.)
    if (headAt.has(line.start) || !BARE_TITLE.test(title) || /^[一二三四五六七八九十]+、/.test(title)) return;
    const j = withText(lines, text, i + 1, 1);
    const next = j < lines.length ? headAt.get(lines[j].start) : undefined;
    if (next?.heading.kind === 'article' && heads.some((h) => h.heading.kind === 'article' && h.start < line.start)) out.push({ line, title });
  });
  return out;
}

/**
 * A law whose chapters are printed as bare titles without 第X章 (周口市淮阳龙湖保护条例 in the mirror: 规划建设, 保护利用, 监督管理,
 * 法律责任 on lines of their own, no 总则 line; session 35 (plans)): when no chapter is numbered and at least two such title lines
 * stand between articles, each right before an article, they open the chapters in order; the articles from 第一条 before the
 * first are 第一章's (restoreFirstChapter), as the gold reads a lost 第一章.
 */
function restoreUnnumberedChapters(heads: Head[], text: string, lines: readonly Line[]): void {
  if (heads.some((h) => h.heading.kind === 'chapter') || heads.find((h) => h.heading.kind === 'article')?.heading.label !== '第一条') return;
  const found = titleLines(heads, text, lines);
  if (found.length < 2) return;
  found.forEach(({ line, title }, k) => openChapter(heads, line, k + 2, title));
}

function restoreTitledChapters(heads: Head[], text: string, lines: readonly Line[]): void {
  const chapters = heads.map((h) => ({ h, n: chapterNumber(h) })).filter((c): c is { h: Head; n: number } => c.n !== undefined);
  if (!chapters.length) return;
  const byGap = new Map<number, { line: Line; title: string; /** Chapters the numbering skips; none after the last chapter. */ missing?: number; underTitle: boolean }[]>();
  const headAt = new Map(heads.map((h) => [h.start, h]));
  lines.forEach((line, i) => {
    const title = spaced(text.slice(line.start, line.end));
    if (headAt.has(line.start) || !BARE_TITLE.test(title)) return;
    // The next line with text opens an article or a 第X节 section.
    const j = withText(lines, text, i + 1, 1);
    const next = j < lines.length ? headAt.get(lines[j].start) : undefined;
    if (!next || !(next.heading.kind === 'article' || (next.heading.kind === 'section' && next.heading.label.startsWith('第')))) return;
    const before = chapters.filter((c) => c.h.start < line.start).at(-1)?.n ?? 0;
    const after = chapters.find((c) => c.h.start > line.start)?.n;
    // The numbering skips chapters here: 第二章 … 第四章 (or no chapter … 第二章); or title lines after the last chapter.
    const trailing = after === undefined && before > 0;
    if (!(after !== undefined && after >= before + 2 && after - before - 1 <= LOST_CHAPTERS.maxGap) && !trailing) return;
    // A title line right after another (河南省旅游条例: 旅游新业态培育, then 文化旅游 before its article) is a section's under a
    // chapter's: the trailing chapters are then not read.
    const p = withText(lines, text, i - 1, -1);
    const underTitle = p >= 0 && !headAt.has(lines[p].start) && BARE_TITLE.test(spaced(text.slice(lines[p].start, lines[p].end)));
    byGap.set(before, [...(byGap.get(before) ?? []), { line, title, ...(trailing ? {} : { missing: after! - before - 1 }), underTitle }]);
  });
  for (const [before, found] of byGap) {
    // After the last numbered chapter: 附则 alone (潮州), or two title lines or more (未成年人网络保护条例: 第一章 总则 printed,
    // then 网络素养促进, 网络信息内容规范 … 法律责任 bare; session 38 (lead), 144 mirror texts hold bare title lines) open the
    // chapters after it in order. One title line other than 附则 is left as it is.
    const missing = found[0].missing;
    if (missing === undefined) {
      if ((found.length < 2 && found[0].title !== CLOSING_TITLE) || found.some((f) => f.underTitle)) continue;
      found.forEach(({ line, title }, k) => openChapter(heads, line, before + 1 + k, title));
      continue;
    }
    // As many title lines as chapters the numbering skips, each opening the next in order (第一章 … 第五章 with two lines
    // between 第二章 and 第五章: 第三章, 第四章; session 36 (plans), 12 mirror regulations). Where 第一章 is lost with nothing
    // in its place (no chapter before, the text opening on 第一条), one line fewer: they number from 第二章 and
    // restoreFirstChapter puts the first articles under 第一章.
    const from = found.length === missing ? before + 1 : before === 0 && found.length === missing - 1 && firstArticleBefore(heads, found[0].line.start) ? 2 : undefined;
    if (from === undefined) continue;
    found.forEach(({ line, title }, k) => openChapter(heads, line, from + k, title));
  }
}

/** Lost chapters restored in one gap of the numbering: at most this many (session 36 (plans): the mirror's gaps with as
 *  many bare title lines as chapters lost are of one to three chapters). */
const LOST_CHAPTERS = { maxGap: 3 };

/** The text opens on 第一条 before `start`, with only articles before it. */
function firstArticleBefore(heads: Head[], start: number): boolean {
  const before = heads.filter((h) => h.start < start);
  return before.length > 0 && before[0].heading.label === '第一条' && before.every((h) => h.heading.kind === 'article');
}

/**
 * 第一章 lost with nothing in its place (the real set's 山东省志愿服务条例 and 浙江省实施《农业技术推广法》办法): when the first
 * chapter heading is 第二章 and only articles from 第一条 stand before it, those articles are put under a 第一章 of
 * their own. The chapter has no line of its own: its span is empty at its first article's start and its name is its
 * label.
 */
function restoreFirstChapter(heads: Head[]): void {
  const second = heads.findIndex((h) => h.heading.kind === 'chapter');
  if (second <= 0 || heads[second].heading.label !== '第二章') return;
  const before = heads.slice(0, second);
  if (before[0].heading.label !== '第一条' || !before.every((h) => h.heading.kind === 'article')) return;
  const start = before[0].start;
  heads.unshift({ start, end: start, heading: { ...heads[second].heading, label: '第一章', rest: '' } });
}
