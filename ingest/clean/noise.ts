// Page chrome, CMS footers and SEO spam lines: recognised by the lexicon's noise rules and by
// shape (a site title bar: three or more parts joined by _ or |, no sentence punctuation).
import type { Lexicon } from '../lexicon/load.js';

const SENTENCE = /[。；！？]/;
/** A document site's note on the file it serves (page count, provenance, takedown notice). */
const SITE_NOTE = /^(?:[-•·*▪●]?\s*\d{1,2}[.、．]\s*)*(?:\d{1,2}[.、．]\s*)?(?:本文档(?:共\d+页|由网友|由用户|来自|仅供)|如有侵权|侵权请|若内容存在侵权)/;
/** A list item's bullet at a line's start: -, •, ·, *, ▪, ●. */
const BULLET = /^[-•·*▪●]\s*/;

export function noiseKind(line: string, lexicon: Lexicon): string | undefined {
  const l = line.trim();
  // A document site's notes on the file, sentences though they are (本文档共5页，可阅读全部内容。本文档由网友投稿…，如有侵权
  // 请联系我们处理。): session 32 (plans), a real document site's copy of a county plan.
  if (l.length > 0 && l.length <= 80 && SITE_NOTE.test(l)) return 'chrome';
  if (l.length === 0 || SENTENCE.test(l) || l.length > 160) return undefined;
  const parts = l.split(/[_|｜]/).filter((p) => p.trim().length > 0);
  if (parts.length >= 3 && !/[，、]/.test(l)) return 'title-bar';
  // A list's bullet before a page line (- 发布日期：…, • 浏览次数：, as a copy prints a page's list; session 32 (plans)).
  const unbulleted = l.replace(BULLET, '');
  for (const rule of lexicon.noise) {
    if (rule.re.test(l) || (unbulleted !== l && rule.re.test(unbulleted))) return rule.kind;
  }
  return undefined;
}

/** A token of a forum's anti-copy filler (Discuz! "jammer" spans: 7 { g8 s: a% i/ Y. n2): one to five printable ASCII
 *  characters (or the full-width forms width normalisation made of them, which also closed the space after them). */
const JAMMER_TOKEN = '[!-~！（）：；，？]{1,5}';
/** The last token of a run: not ending in （, which opens the text's own item after it (h* [（四）). */
const JAMMER_LAST = '[!-~！（）：；，？]{0,4}[!-~！）：；，？]';
/** Four or more such tokens one space apart, at a line's start or end, against the text's CJK (the text's own punctuation
 *  before them, 妇委会：7 { g8 …, stays). */
const JAMMER = new RegExp(`(?:^|(?<=[\\u3400-\\u9fff。，；：！？）”]))[ \\t]*(?![：；，？！）])(?:${JAMMER_TOKEN}[ \\t]){3,}${JAMMER_LAST}(?=[ \\t]*$|[ \\t]*[（\\u3400-\\u9fff])`, 'gm');
/** What every JAMMER run holds: a token's last character, the space or tab after it and the next token's first. */
const JAMMER_PAIR = /[!-~！（）：；，？][ \t][!-~！（）：；，？]/;
/** A token that mixes a letter with a digit or a sign (g8, a%, Y.): what filler is made of and words, numbers and
 *  abbreviations are not. */
const MIXED = /^(?=.*[A-Za-z])(?=.*[^A-Za-z]).+$/;

/**
 * Spans of a copied forum page's filler: runs of short ASCII tokens a forum hides between a post's lines (shown to a
 * copy, not to a reader), at least three of whose tokens mix a letter with a digit or sign. Session 32 (plans), a real
 * county 妇联 notice copied to a forum: the filler ran into its title line and before its （一） items.
 */
export function jammerSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  // A run holds a token's character, a space or tab and the next token's character: a text without that has none (one
  // cheap pass instead of the run's lookbehind after every Chinese character; issue 11, session 45).
  if (!JAMMER_PAIR.test(text)) return out;
  for (const m of text.matchAll(JAMMER)) {
    const tokens = m[0].trim().split(/[ \t]+/);
    if (tokens.filter((t) => MIXED.test(t)).length >= 3) out.push([m.index!, m.index! + m[0].length]);
  }
  return out;
}
