// A paragraph hard-wrapped inside a sentence (a copy out of a PDF or a print layout): the mirror's texts break an article's
// line at the page's width, often in the middle of a word (测绘地理信息主管部 / 门负责…, 选举 / 情况的报告；), and print the
// rest as a paragraph of its own. The rest is then read as a paragraph of the article and the line before it, ending without
// punctuation, as a title (structure-scan's heldPart class; session 40 (plans)). The break between the two is dropped when:
// - an article label (第N条) opened an earlier line (the body of a text of articles, never its title or preamble);
// - the line is long (at least `minWidth` characters: a wrapped line is as long as the page; a title or heading is short),
//   ends on a Chinese character (no punctuation, no bracket) and is no heading (#, 第N章/节/编);
// - the next line opens on a Chinese character that is no label (第N条/章/节, 一、, （一）, 附件 …) and has punctuation of
//   its own (a continuation ends its sentence; a signature or a title has none).
// Only the line break and blank lines go (same characters otherwise; each kept character keeps its origin). Pure.

/** A wrapped line's least length, in characters: the mirror's wrapped lines are 22–26 wide (a page of 25 characters). */
export const WRAP = { minWidth: 20 };

const ARTICLE = /^\s*(?:#+\s*)?第[零〇一二两三四五六七八九十百千\d]+条/;
const HEADING = /^\s*(?:#|第[零〇一二两三四五六七八九十百千\d]+[章节编])/;
const LABEL = /^(?:第[零〇一二两三四五六七八九十百千\d]+[条章节编款项]|[一二三四五六七八九十百]+、|[（(]|\d|附|#)/;
const CJK_END = /[\u4e00-\u9fff]$/;
const CJK_START = /^[\u4e00-\u9fff]/;
const PUNCT = /[，。；：、？！]/;

/** The spans [from, to) of `text` to drop: each the break (and blank lines) between a wrapped line and its rest. */
export function wrappedBreaks(text: string, minWidth = WRAP.minWidth): [number, number][] {
  const out: [number, number][] = [];
  const lines = text.split('\n');
  const starts: number[] = [];
  let pos = 0;
  for (const l of lines) {
    starts.push(pos);
    pos += l.length + 1;
  }
  let inArticles = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (ARTICLE.test(line)) inArticles = true;
    if (!inArticles || line.length < minWidth || !CJK_END.test(line) || HEADING.test(line)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    if (j >= lines.length || j === i + 1) continue;
    const next = lines[j]!.trim();
    if (!CJK_START.test(next) || LABEL.test(next) || !PUNCT.test(next)) continue;
    // From the end of the line's text (its trailing spaces too) to the start of the next line's text.
    const from = starts[i]! + lines[i]!.replace(/\s+$/, '').length;
    const to = starts[j]! + (lines[j]!.length - lines[j]!.trimStart().length);
    out.push([from, to]);
  }
  return out;
}
