// Bytes → text, with the encoding detected, not assumed: BOM, then strict UTF-8, then the page's
// declared charset, then a scored choice between GB18030 and Big5 (cjk-score.ts).
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { canonicalCharset, declaredCharset } from './charset-meta.js';
import { chooseCjkEncoding } from './cjk-score.js';
import { ReadProblem } from './problem.js';

export interface Decoded {
  text: string;
  /** utf-8, utf-16le, utf-16be, gb18030, big5, or another iconv-lite name when a page declared one. */
  encoding: string;
}

/** Below this score (see scoreDecoding) neither GB18030 nor Big5 gave Chinese text. */
const MIN_CJK_SCORE = 0.2;
/** Fewer ideographs than this and the score says little: take the best guess without judging it. */
const MIN_CJK_SAMPLE = 20;

function strict(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (cause) {
    throw new ReadProblem('encoding', `the bytes are not valid ${encoding} although the file starts with its byte-order mark`, { cause });
  }
}

function fromBom(bytes: Uint8Array): Decoded | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: strict(bytes, 'utf-8'), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strict(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strict(bytes, 'utf-16be'), encoding: 'utf-16be' };
  return undefined;
}

/**
 * UTF-8, also when a few bytes are broken (a file cut mid-character by a scraper): GBK or Big5 read as
 * UTF-8 breaks on nearly every ideograph, so a handful of errors in a long text still means UTF-8.
 */
function fromUtf8(bytes: Uint8Array): Decoded | undefined {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    let broken = 0;
    let wide = 0;
    for (const ch of text) {
      if (ch === '\uFFFD') broken++;
      else if (ch.charCodeAt(0) >= 0x80) wide++;
    }
    return wide >= 50 && broken <= wide / 1000 ? { text, encoding: 'utf-8' } : undefined;
  }
}

function guess(bytes: Uint8Array): { encoding: string; confidence: number } {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1 << 16));
  const g = jschardet.detect(sample);
  return { encoding: g.encoding ? canonicalCharset(g.encoding) : '', confidence: g.confidence ?? 0 };
}

function decodeWith(bytes: Uint8Array, encoding: string): Decoded {
  return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding), encoding };
}

/** A declared non-CJK charset is trusted when decoding with it leaves almost no replacement characters. */
function fromDeclared(bytes: Uint8Array, declared: string): Decoded | undefined {
  if (declared === 'utf-8' || declared === 'gb18030' || declared === 'big5' || !iconv.encodingExists(declared)) return undefined;
  const d = decodeWith(bytes, declared);
  const broken = d.text.split('\uFFFD').length - 1;
  return broken <= d.text.length / 1000 ? d : undefined;
}

/**
 * `charset`: what a container says the bytes are (a MIME part's Content-Type), used only when the
 * page declares none itself, and only as the prior between GB18030 and Big5: a container's other
 * labels (iso-8859-1 on a GBK page) are ignored, as a Latin-1 reading never fails to decode.
 */
export function decodeBytes(bytes: Uint8Array, charset?: string): Decoded {
  const bom = fromBom(bytes);
  if (bom) return bom;
  const utf8 = fromUtf8(bytes);
  if (utf8) return utf8;
  const hint = charset ? canonicalCharset(charset) : undefined;
  const declared = declaredCharset(bytes) ?? (hint === 'gb18030' || hint === 'big5' ? hint : undefined);
  const asDeclared = declared ? fromDeclared(bytes, declared) : undefined;
  if (asDeclared) return asDeclared;

  // The detector (jschardet: most of the read stage's time on GBK files) only when its answer is
  // needed: to break a near-tie between GB18030 and Big5, or when neither reads as Chinese.
  let detected: ReturnType<typeof guess> | undefined;
  const detector = () => (detected ??= guess(bytes));
  const prior = () => (declared === 'gb18030' || declared === 'big5' ? declared : detector().encoding);
  const choice = chooseCjkEncoding(bytes, prior);
  const best = choice.scores[choice.encoding];
  const cjk = { text: choice.text, encoding: choice.encoding };
  // Chinese that reads as common Chinese wins, however short: detectors call short GBK "windows-1252".
  if (best.score >= 0.5 || (best.cjk >= MIN_CJK_SAMPLE && best.score >= MIN_CJK_SCORE)) return cjk;
  const other = detector().encoding;
  if (detector().confidence >= 0.5 && other && other !== 'gb18030' && other !== 'big5' && other !== 'ascii' && iconv.encodingExists(other)) {
    return decodeWith(bytes, other);
  }
  if (best.cjk < MIN_CJK_SAMPLE) return cjk; // too little to judge: the better of the two
  throw new ReadProblem(
    'encoding',
    `not UTF-8, and neither GB18030 nor Big5 decodes it to Chinese text (scores ${choice.scores.gb18030.score.toFixed(2)} / ${choice.scores.big5.score.toFixed(2)}); re-save it as UTF-8`,
  );
}
