// The item markers (项) of a Chinese legal or policy text — （一）…（十）, (一), and in plans 1. / 1、 — as the link rules read
// them: one definition of the numeral and brackets, in the variants the rules need. The variants differ on purpose:
// a marker opening a line is taken with either bracket of either width (drafters and converters mix them: （一) …), a
// marker found anywhere in a line only with a matched pair (（一） or (一)), so that a bracketed numeral inside a sentence's
// words is not cut at by a stray half bracket; the anywhere form also takes the arabic items of plans (1. / 1、) after a
// line start or ：；。. Session 50 (helper tidy): the same expressions were restated in body-tasks.ts, item-best.ts,
// clauses.ts, implements.ts and side-paragraph.ts.

/** The numerals of an item marker: 一 … 十 and their compounds (十一, 二十). */
const HAN_NUMERAL = '[一二三四五六七八九十]+';

/** An item marker opening a line (test, replace the marker): （一）, (一), mixed brackets too. */
export const ITEM_OPENING = new RegExp(`^[（(]${HAN_NUMERAL}[)）]`);

/** The same after any leading spaces (a paragraph's or item's leading marker in untrimmed text). */
export const ITEM_OPENING_SPACED = new RegExp(`^\\s*[（(]${HAN_NUMERAL}[)）]`);

/** Every item marker in a text (global and multiline: matchAll, replace): （一） or (一) anywhere, or 1. / 1、 at a line
 *  start or after ：；。. */
export const ITEM_MARKS = new RegExp(`（${HAN_NUMERAL}）|\\(${HAN_NUMERAL}\\)|(?:^|(?<=[：:；;。]))\\s*\\d{1,2}[.．、]`, 'gm');
