// Clean stage: read text → simplified, normalised text for analysis, with a map back to the read
// text. Pure: takes a string, returns a value.
import type { Lexicon } from '../lexicon/load.js';
import { wrappedBreaks } from './wrapped.js';
import { MappedText } from './mapped-text.js';
import { convertToSimplified, removePinyin, simplifyVariants, traditionalShare } from './script.js';
import { normaliseWidth, SPACE_BETWEEN_WIDE } from './width.js';
import { jammerSpans, noiseKind } from './noise.js';
import { chapterArticleBreaks, runTogetherBreaks } from './reline.js';
import type { CleanText } from './types.js';

export type { CleanText } from './types.js';

/** Share of changed CJK characters above which a text is taken as traditional. */
const TRADITIONAL_THRESHOLD = 0.04;

/** An HTML comment, also one left open at the end of the text. */
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** A law database's field marker at a line's start, and the spaces after it. */
const DATABASE_MARKER = /^【(?:题注|章名|节名|条文|正文|标题|法规标题|附件)】[ \t\u3000]*/gm;

export function clean(source: string, lexicon: Lexicon): CleanText {
  // CRLF → LF and a lone CR → LF, keeping every character's origin in the source.
  let t = MappedText.from(source).remove(/\r(?=\n)/g);
  // A lone CR is rare (old Mac files): the per-character pass only when the text has one (session 29, perf).
  if (t.text.includes('\r')) t = t.mapChars((c) => (c === '\r' ? '\n' : c));
  // Markup comments (a mirror's <!-- INFO END -->) are never text; removed before width
  // normalisation turns their ! into ！.
  t = t.remove(HTML_COMMENT);
  const pinyin = removePinyin(t);
  t = pinyin.text;
  const traditional = traditionalShare(t.text) > TRADITIONAL_THRESHOLD;
  if (traditional) t = convertToSimplified(t);
  t = simplifyVariants(t);
  t = normaliseWidth(t);
  t = t.remove(SPACE_BETWEEN_WIDE);
  // A forum's anti-copy filler between a post's lines (noise.ts jammerSpans) is no text.
  const jammer = jammerSpans(t.text);
  if (jammer.length > 0) {
    const cut = new Uint8Array(t.text.length + 1);
    for (const [a, b] of jammer) cut.fill(1, a, b);
    t = t.dropUnits(cut);
  }
  // A text run together on one line gets its breaks back (reline.ts) before lines are judged as noise.
  t = t.insertBefore(runTogetherBreaks(t.text, lexicon.docTypes), '\n');
  t = t.insertBefore(chapterArticleBreaks(t.text), '\n');
  // A law database's field markers before its lines (【题注】 (…通过 …批准), 【章名】 第一章 总则): the database's, not the text's;
  // the line after them is (session 33 (plans), a real city 条例 whose history under 【题注】 was not read).
  t = t.remove(DATABASE_MARKER);
  // A paragraph hard-wrapped inside a sentence gets its rest back (wrapped.ts; session 40 (plans)).
  const wrapped = wrappedBreaks(t.text);
  if (wrapped.length > 0) {
    const cut = new Uint8Array(t.text.length + 1);
    for (const [a, b] of wrapped) cut.fill(1, a, b);
    t = t.dropUnits(cut);
  }

  const dropped: CleanText['dropped'] = [];
  const text = t.text;
  const drop = new Uint8Array(text.length + 1);
  let pos = 0;
  for (const line of text.split('\n')) {
    const kind = noiseKind(line, lexicon);
    if (kind) {
      dropped.push({ kind, line });
      drop.fill(1, pos, pos + line.length + 1);
    }
    pos += line.length + 1;
  }
  t = t.dropUnits(drop);
  // Blank lines carry no structure here: paragraphs are lines.
  t = t.remove(/^\n+|\n(?=\n)|\n+$/g);
  return {
    text: t.text,
    origin: t.unitOrigins(source.length),
    dropped,
    traditional,
    pinyinRemoved: pinyin.removed,
  };
}

