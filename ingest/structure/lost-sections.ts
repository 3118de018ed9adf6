// Section headings a law's text lost (session 58, helper extract; issue 13). A chapter of a law may be divided into 节 (立法技术规范:
// sections run in sequence from 第一节 within their chapter). The law mirror's Markdown drops a section's number now and then, keeping
// its title on a line of its own: 焦作市全域旅游促进条例 (promotion5) prints `### 第三章  新业态培育`, then `文化旅游` bare before 第二十条,
// then `## 第二节  乡村旅游` and `## 第三节  其他业态`. Its gold restores the section from the order of the headings, as the guideline
// restores a lost chapter (tests/real/promotion5/README.md; lost-chapters.ts reads chapters so). One shape is read here, only in a
// text of articles:
// - a bare title line (a few Han characters, 、 allowed: no sentence punctuation, no number) right before an article, inside a
//   numbered chapter, where the chapter's sections are numbered around it with a gap of one (nothing or 第N节 before it in the chapter,
//   第N+2节 after it in the same chapter): the line opens 第N+1节. Where N is 0 the line must follow the chapter heading directly (the
//   chapter's first section opens the chapter), so no sentence line among articles is read as a title.
// A title wrapped over two bare lines is read whole (its first line opens the section).
// Anything else is left as it is: a chapter whose sections are all unnumbered, or a gap of two, is not read from the numbering alone.
import { chineseNumeral, headingNumeral } from './numbering.js';
// A section title stands alone as a chapter's does (lost-chapters.ts BARE_TITLE: 文化旅游, 乡村旅游, 预防、控制; no sentence, no number).
import { BARE_TITLE, type Head } from './lost-chapters.js';

type Line = { start: number; end: number };

/** Session 58 (helper extract): the rule's switch and reach; `on` measured on every development set (docs/history/extraction.md,
 *  session 58: promotion5 measures 0.93 → 1.00, every other development set's measure paths identical). */
export const LOST_SECTIONS = { on: true };



const spaced = (line: string): string => line.trim().replace(/^#+\s*/, '').replace(/(?<=\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu, '');

/** The number of a 第X节 section head, or undefined. */
function sectionNumber(h: Head): number | undefined {
  const m = h.heading.kind === 'section' && h.heading.rank === 1 ? h.heading.label.match(/^第(.+)节$/) : null;
  return m ? chineseNumeral(m[1]) : undefined;
}

const isChapter = (h: Head): boolean => h.heading.kind === 'chapter' && h.heading.rank === 0 && /章$/.test(h.heading.label);

/** Adds the lost sections to `heads` (sorted by start), in place. */
export function restoreLostSections(heads: Head[], text: string, lines: readonly Line[]): void {
  if (!LOST_SECTIONS.on || !heads.some((h) => h.heading.kind === 'article') || !heads.some((h) => sectionNumber(h) !== undefined)) return;
  const headAt = new Map(heads.map((h) => [h.start, h]));
  const found: { line: Line; title: string; n: number }[] = [];
  lines.forEach((line, i) => {
    if (headAt.has(line.start)) return;
    const title = spaced(text.slice(line.start, line.end));
    if (!BARE_TITLE.test(title)) return;
    let j = i + 1;
    while (j < lines.length && !text.slice(lines[j].start, lines[j].end).trim()) j++;
    if (j >= lines.length || headAt.get(lines[j].start)?.heading.kind !== 'article') return;
    const chapter = heads.filter((h) => h.start < line.start && isChapter(h)).at(-1);
    if (!chapter) return;
    const nextChapter = heads.find((h) => h.start > line.start && (isChapter(h) || h.heading.rank < 0));
    const inChapter = (h: Head) => h.start > chapter.start && (!nextChapter || h.start < nextChapter.start);
    const before = heads.filter((h) => inChapter(h) && h.start < line.start).map(sectionNumber).filter((n): n is number => n !== undefined).at(-1) ?? 0;
    const after = heads.filter((h) => inChapter(h) && h.start > line.start).map(sectionNumber).find((n) => n !== undefined);
    if (after === undefined || after !== before + 2) return;
    // A title wrapped over two lines (最高人民法院关于适用《刑事诉讼法》的解释 (2012): `勘验、检查、辨认、侦查实验等` / `笔录的审查与认定`):
    // a bare line right before it, not a heading, opens the title.
    const prevText = (q: number) => {
      let p = q - 1;
      while (p >= 0 && !text.slice(lines[p].start, lines[p].end).trim()) p--;
      return p;
    };
    let first = i;
    const p = prevText(i);
    if (p >= 0 && !headAt.has(lines[p].start) && BARE_TITLE.test(spaced(text.slice(lines[p].start, lines[p].end)))) first = p;
    if (before === 0) {
      // The chapter's first section: the title follows the chapter heading, nothing between.
      const q = prevText(first);
      if (q < 0 || lines[q].start !== chapter.start) return;
    }
    const opened = first === i ? line : { start: lines[first].start, end: line.end };
    const whole = first === i ? title : spaced(text.slice(lines[first].start, lines[first].end)) + title;
    found.push({ line: opened, title: whole, n: before + 1 });
  });
  for (const { line, title, n } of found) {
    const at = heads.findIndex((h) => h.start > line.start);
    heads.splice(at < 0 ? heads.length : at, 0, { start: line.start, end: line.end, heading: { kind: 'section', rank: 1, label: `第${headingNumeral(n)}节`, rest: title } });
  }
}
