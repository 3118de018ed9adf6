// Full-/half-width normalisation for matching: ASCII-range full-width letters and digits become
// half-width; half-width punctuation in Chinese text becomes full-width (except inside numbers,
// so 1,000 / 10:30 / 91.6 stay as they are); stray spaces between CJK characters go.
import type { MappedText } from './mapped-text.js';

const TO_FULL: Record<string, string> = { ',': '，', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！', ':': '：' };
const QUOTES: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’', '〝': '“', '〞': '”' };

/** A year written in Chinese numerals with a stand-in for 〇 (二○一二年 with a white circle, 二0一二年 with a
 *  digit or a letter O): typed that way in many real documents; the stand-ins become 〇 so that dates read. */
const YEAR_RUN = /[〇○◯零一二三四五六七八九0OＯ０]{4}(?=\s*年)/g;
const ZERO_STANDIN = /[○◯0OＯ０]/;

/** A stand-in next to a Chinese numeral: the cheap test before the year runs are looked for. */
const STANDIN_BY_NUMERAL = /[〇○◯零一二三四五六七八九][○◯0OＯ０]|[○◯0OＯ０][〇○◯零一二三四五六七八九]/;

function yearZeros(t: MappedText): Set<number> {
  const out = new Set<number>();
  const text = t.text;
  if (!STANDIN_BY_NUMERAL.test(text)) return out;
  const chars = t.chars;
  // Offsets in the joined text are char indices while every char is one code unit; else map them.
  let index: number[] | undefined;
  if (text.length !== chars.length) {
    index = [];
    chars.forEach((c, i) => {
      for (let k = 0; k < c.length; k++) index!.push(i);
    });
  }
  for (const m of text.matchAll(YEAR_RUN)) {
    const run = m[0];
    if (!/[一二三四五六七八九]/.test(run) || !ZERO_STANDIN.test(run)) continue;
    // Not a number with Arabic digits around it (2010年 is not a stand-in; 二0一二 is).
    if (/\d/.test(text[m.index! - 1] ?? '')) continue;
    [...run].forEach((c, k) => {
      if (ZERO_STANDIN.test(c)) out.add(index ? index[m.index! + k] : m.index! + k);
    });
  }
  return out;
}

export function normaliseWidth(t: MappedText): MappedText {
  const chars = t.chars;
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  const zeros = yearZeros(t);
  // Most texts have no year written with a stand-in for 〇: then no look-up per character (session 29, perf).
  const anyZero = zeros.size > 0;
  return t.mapChars((c, i) => {
    if (anyZero && zeros.has(i)) return '〇';
    const code = c.charCodeAt(0);
    // Ideographs and ASCII letters, digits and spaces (most of a text) never change: returned before
    // the table lookups, which hashed every character (issue 11: most of the clean stage's time).
    if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x20 || code === 0x0a) return c;
    // Full-width digits and Latin letters → ASCII; full-width punctuation stays (it is the norm).
    if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
      return String.fromCharCode(code - 0xfee0);
    }
    if (c === '．' && isDigit(half(chars[i - 1]))) return '.';
    // A tab stays: the readers write a table row's cells tab-separated (html-render, markdown, .doc), and a task
    // table's columns (牵头单位, 完成时限) are read from them (structure/tables.ts).
    if (c === '\u3000' || c === '\u00a0') return ' ';
    if (QUOTES[c]) return QUOTES[c];
    if (TO_FULL[c]) {
      if ((c === ',' || c === ':') && isDigit(half(chars[i - 1])) && isDigit(half(chars[i + 1]))) return c;
      if (c === ':' && /[a-z]/i.test(chars[i - 1] ?? '') && chars[i + 1] === '/') return c; // http://
      return TO_FULL[c];
    }
    return c;
  });
}

function half(c: string | undefined): string | undefined {
  if (c === undefined) return c;
  const code = c.charCodeAt(0);
  return code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xfee0) : c;
}

const WIDE = '[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef“”‘’《》〈〉]';
/** An article's own label opening its line (第十四条, 第十条之一, a Markdown heading's # before it). */
const ARTICLE_LABEL = '^[ \\t]*(?:#+[ \\t]*)?第[零〇一二两三四五六七八九十百千\\d]+条(?:之[一二三四五六七八九十]+)?';
/** Spaces inside Chinese text are layout noise; spaces between Latin words are kept. Tabs (cell boundaries) stay
 *  inside a line, without the spaces around them; at a line's ends they are layout too. One space after an article's
 *  label opening its line stays (session 38: `第十四条 老年人…`, not `第十四条老年人…`, in measure texts and evidence
 *  passages; the label and its text were glued): the others after it go. Every branch starts on a space or a tab, so
 *  `(?=[ \t])` asks that first: the same matches, and the lookbehinds back to the line's start are no longer tried after
 *  every Chinese character (issue 11, session 45). */
export const SPACE_BETWEEN_WIDE = new RegExp(
  `(?=[ \\t])(?:(?<=${WIDE})(?<!${ARTICLE_LABEL}) +|(?<=${ARTICLE_LABEL} ) +|(?<=\\S)(?<!${ARTICLE_LABEL}) +(?=${WIDE})| +(?=\\t)|(?<=\\t) +|^[ \\t]+|[ \\t]+$)`,
  'gm',
);
