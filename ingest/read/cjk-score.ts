// Choosing between GB18030 and Big5 for bytes that are not UTF-8. Detectors often get this wrong
// (jschardet calls Big5 with pinyin "windows-1252", GBK and Big5 share most byte ranges), so every
// candidate is decoded and scored by how much of it is common Chinese text — a wrong decoding yields
// rare characters, replacement characters and stray symbols instead.
import iconv from 'iconv-lite';
import { COMMON_SIMPLIFIED, COMMON_TRADITIONAL_ONLY } from './common-hanzi.js';

const COMMON = new Set([...COMMON_SIMPLIFIED, ...COMMON_TRADITIONAL_ONLY]);
/** COMMON as a table over the Basic Multilingual Plane (a Set lookup of a fresh one-character
 *  string per ideograph was most of the scoring time: issue 11); the Set answers for the others. */
const COMMON_BMP = new Uint8Array(0x10000);
for (const ch of COMMON) if (ch.length === 1) COMMON_BMP[ch.charCodeAt(0)] = 1;

export interface DecodingScore {
  /** CJK ideographs seen. */
  cjk: number;
  /** Of those, how many are among the common characters. */
  common: number;
  /** Replacement characters, private-use and C1 control characters: signs of a wrong decoding. */
  bad: number;
  /** Other non-ASCII symbols that are neither ideographs nor CJK/general punctuation. */
  odd: number;
  /** (common − 2·bad − odd/2) / (cjk + bad + odd): about 0.7–0.9 for right decodings, below 0.3 for wrong ones. */
  score: number;
}

function isIdeograph(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff) || cp >= 0x20000;
}

function isPunctuationLike(cp: number): boolean {
  return (
    (cp >= 0x2000 && cp <= 0x206f) || // general punctuation: “”—…
    (cp >= 0x3000 && cp <= 0x303f) || // CJK punctuation: 、。《》〔〕
    (cp >= 0xff00 && cp <= 0xff60) || // full-width forms: ，（）：
    (cp >= 0x00a0 && cp <= 0x00ff) || // Latin-1: ·×÷ and pinyin vowels
    (cp >= 0x0100 && cp <= 0x024f) || // Latin extended: pinyin tone marks
    (cp >= 0x2460 && cp <= 0x24ff) // enclosed numbers ①
  );
}

export function scoreDecoding(text: string): DecodingScore {
  let cjk = 0;
  let common = 0;
  let bad = 0;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp < 0x80) continue;
    if (cp > 0xffff) i++; // the code point's second unit
    if (isIdeograph(cp)) {
      cjk++;
      if (cp <= 0xffff ? COMMON_BMP[cp] === 1 : COMMON.has(String.fromCodePoint(cp))) common++;
    } else if (cp === 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff) || (cp >= 0x80 && cp <= 0x9f)) {
      bad++;
    } else if (!isPunctuationLike(cp)) {
      odd++;
    }
  }
  const score = (common - 2 * bad - odd / 2) / Math.max(1, cjk + bad + odd);
  return { cjk, common, bad, odd, score };
}

export interface CjkChoice {
  encoding: 'gb18030' | 'big5';
  text: string;
  scores: Record<'gb18030' | 'big5', DecodingScore>;
}

/** The prior's bonus: it wins near-ties, not a clearly better decoding. */
const PRIOR_BONUS = 0.1;

/**
 * Decode with both GB18030 and Big5 and keep the better-scoring text. `prior` (a declared charset or
 * a detector's guess) gets a small bonus, so it wins near-ties but not a clearly better decoding; as a
 * function, it is asked only for a near-tie (a detector is slow).
 */
export function chooseCjkEncoding(bytes: Uint8Array, prior?: string | (() => string | undefined)): CjkChoice {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const texts = { gb18030: iconv.decode(buf, 'gb18030'), big5: iconv.decode(buf, 'big5') };
  const scores = { gb18030: scoreDecoding(texts.gb18030), big5: scoreDecoding(texts.big5) };
  const pick = (p: string | undefined): 'gb18030' | 'big5' => {
    const bonus = (e: 'gb18030' | 'big5') => (p === e ? PRIOR_BONUS : 0);
    return scores.big5.score + bonus('big5') > scores.gb18030.score + bonus('gb18030') ? 'big5' : 'gb18030';
  };
  // Whatever the prior says (GB18030, Big5 or something else), the same answer: no need to ask it.
  const unanimous = pick('gb18030') === pick('big5') && pick('big5') === pick(undefined);
  const encoding = unanimous ? pick(undefined) : pick(typeof prior === 'function' ? prior() : prior);
  return { encoding, text: texts[encoding], scores };
}
