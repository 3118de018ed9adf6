// Traditional → simplified (opencc-js, phrase-aware) and inline pinyin removal: 中國(guó) → 中国.
import * as OpenCC from 'opencc-js';
import type { MappedText } from './mapped-text.js';

let converter: ((s: string) => string) | undefined;
function toSimplified(s: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
  return convert(s);
}

const NOT_CJK = /[^\u3400-\u9fff]+/g;

/** Share of CJK characters that t2s conversion changes: ~0 for simplified text, >5% for traditional. */
export function traditionalShare(text: string): number {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  // The ideographs as one string (one UTF-16 unit each: no surrogates in U+3400–U+9FFF), compared
  // by code unit: an array of one-character strings per document was most of this function's time.
  const cjk = sample.replace(NOT_CJK, '');
  if (cjk.length === 0) return 0;
  const conv = toSimplified(cjk);
  let changed = 0;
  for (let i = 0; i < cjk.length; i++) if (i >= conv.length || conv.charCodeAt(i) !== cjk.charCodeAt(i)) changed++;
  return changed / cjk.length;
}

/**
 * Converts line by line; when opencc changes a line's length (a phrase mapping of different
 * length) that line falls back to character-wise conversion so every character keeps its origin.
 */
export function convertToSimplified(t: MappedText): MappedText {
  const out: string[] = [];
  let start = 0;
  const chars = t.chars;
  for (let i = 0; i <= chars.length; i++) {
    if (i === chars.length || chars[i] === '\n') {
      const line = chars.slice(start, i);
      const conv = Array.from(toSimplified(line.join('')));
      if (conv.length === line.length) out.push(...conv);
      else for (const c of line) out.push(Array.from(toSimplified(c))[0] ?? c);
      if (i < chars.length) out.push('\n');
      start = i + 1;
    }
  }
  return t.mapChars((_c, i) => out[i]);
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
/** A CJK character followed by a pinyin syllable in half- or full-width brackets. */
const PINYIN_ANNOTATION = new RegExp(
  `([\\u3400-\\u9fff])[(（]([a-z${TONED}]{1,6})[)）]`,
  'g',
);
const HAS_TONE = new RegExp(`[${TONED}]`);

/**
 * Removes inline pinyin. An annotation without a tone mark (de, ma) is only removed when the
 * text carries many toned ones, so that a lone "(a)" in ordinary text is left alone.
 */
export function removePinyin(t: MappedText): { text: MappedText; removed: number } {
  const text = t.text;
  const matches = [...text.matchAll(PINYIN_ANNOTATION)];
  const toned = matches.filter((m) => HAS_TONE.test(m[2])).length;
  if (toned === 0) return { text: t, removed: 0 };
  const dense = toned >= 5;
  const filtered = new RegExp(
    `(?<=[\\u3400-\\u9fff])[(（](${dense ? `[a-z${TONED}]{1,6}` : `[a-z${TONED}]*[${TONED}][a-z${TONED}]*`})[)）]`,
    'g',
  );
  const removed = (text.match(filtered) ?? []).length;
  return { text: t.remove(filtered), removed };
}

