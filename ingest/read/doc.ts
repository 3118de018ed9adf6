// Word 97-2003 .doc bytes (also Kingsoft WPS .wps, which is the same binary format) → text with
// word-extractor: pure JavaScript, MIT, no Word/LibreOffice process; it reads the piece table, so
// Unicode (Chinese) text comes out as stored, fields give their shown result, deleted revisions are
// dropped. Before it runs, cfb-guard.ts checks the compound file and the FIB here is checked for
// what the library does not look at (Word 6/95, encryption). Word's automatic list numbers are not
// in the text stream and the library does not rebuild them: doc-lists.ts computes them and they are
// written back in front of their paragraphs here; typed numbers (一、 第一条) stay as they are.
import WordExtractor from 'word-extractor';
import { checkCfb, type CfbFile } from './cfb-guard.js';
import { docParagraphs, type DocParagraph } from './doc-lists.js';
import { ReadProblem } from './problem.js';

/** [MS-DOC] FIB: wIdent 0xA5EC for Word 97 and later; 0xA5DC was Word 6/95. */
const WORD97_IDENT = 0xa5ec;
const WORD95_IDENT = 0xa5dc;
/** FibBase flags at 0x0A: fEncrypted (bit 8), fWhichTblStm (bit 9: the table stream is 1Table). */
const F_ENCRYPTED = 0x0100;
const F_WHICH_TABLE = 0x0200;

function checkFib(cfb: CfbFile): void {
  const word = cfb.streams.get('WordDocument');
  if (!word) {
    const names = [...cfb.streams.keys()].map((n) => n.replace(/[\x00-\x1f]/g, '')).slice(0, 4).join(', ') || 'none';
    throw new ReadProblem(
      'unsupported-format',
      `an OLE2 file with no WordDocument stream (top-level streams: ${names}), so not a Word or WPS document: save it as .docx or .txt`,
    );
  }
  const fib = cfb.head(word, 12);
  if (!fib || fib.length < 12) throw new ReadProblem('truncated', 'the Word stream ends before its header; download it again');
  const ident = fib.readUInt16LE(0);
  if (ident === WORD95_IDENT) {
    throw new ReadProblem('unsupported-format', 'a Word 6.0/95 document, which cannot be read: save it as .docx or .txt');
  }
  if (ident !== WORD97_IDENT) {
    throw new ReadProblem('truncated', `the Word stream has no Word 97-2003 header (0x${ident.toString(16)}); save it again as .docx`);
  }
  if (fib.readUInt16LE(10) & F_ENCRYPTED) {
    throw new ReadProblem('unreadable', 'the .doc is password-protected: remove the password and save it again');
  }
}

/**
 * word-extractor 1.0.4 turns Word's optional hyphen (U+001F) into the word "undefined" (lib/filters.js
 * maps it through a table that has no entry for it). It sits inside a Latin word, so it is dropped
 * there; "undefined" written between spaces or Han characters is left alone.
 */
const OPTIONAL_HYPHEN = /(?<=[A-Za-z])undefined(?=[A-Za-z])/g;

/** One paragraph per line; a table cell ends with a tab, so a row's last cell leaves one to drop. */
function tidy(body: string): string[] {
  return body
    .replace(OPTIONAL_HYPHEN, '')
    .split('\n')
    .map((line) => (line.endsWith('\t') ? line.slice(0, -1) : line));
}

/**
 * The paragraphs with their list labels, or none when the list tables cannot be read: a damaged
 * table costs the labels, never the text.
 */
function listParagraphs(cfb: CfbFile): DocParagraph[] {
  try {
    const word = cfb.streams.get('WordDocument')!;
    const wordBytes = cfb.read(word);
    const table = cfb.streams.get(wordBytes.readUInt16LE(10) & F_WHICH_TABLE ? '1Table' : '0Table');
    return table ? docParagraphs(wordBytes, cfb.read(table)) : [];
  } catch {
    return [];
  }
}

/** What both sides of the match keep of a paragraph: no fields' codes, spaces or control characters. */
function matchKey(text: string): string {
  let s = text;
  // Innermost fields first; 32 passes is deeper nesting than Word writes (a damaged file stops there).
  for (let before = '', pass = 0; before !== s && pass < 32; pass++) {
    before = s;
    s = s.replace(/\x13[^\x13\x14\x15]*\x14?([^\x13\x14\x15]*)\x15/g, '$1');
  }
  return s.split(/[\n\x0b\x0c]/)[0].replace(/undefined|[\s\x00-\x1f\u2011]/g, '');
}

/** How far ahead of the last match a line's paragraph is looked for (word-extractor drops some). */
const MATCH_WINDOW = 16;

/**
 * Put each list label in front of its paragraph's line. Lines and paragraphs are matched in order by
 * their text, a few paragraphs ahead at most, so one the library left out cannot shift every label.
 */
function withLabels(lines: string[], paragraphs: DocParagraph[]): string[] {
  if (!paragraphs.some((p) => p.label)) return lines;
  // Table cells are written as one line per row, and empty paragraphs as empty lines: neither is
  // matched, nor counted in the window (a long table or a run of blank lines would exhaust it).
  const candidates = paragraphs.filter((p) => !p.cell).map((p) => ({ key: matchKey(p.text), label: p.label })).filter((p) => p.key);
  let next = 0;
  return lines.map((line) => {
    const key = matchKey(line);
    if (!key) return line;
    for (let j = next; j < Math.min(candidates.length, next + MATCH_WINDOW); j++) {
      if (candidates[j].key !== key) continue;
      next = j + 1;
      return candidates[j].label ? candidates[j].label + line : line;
    }
    return line;
  });
}

export async function docToText(bytes: Uint8Array): Promise<string> {
  let cfb: CfbFile;
  try {
    cfb = checkCfb(bytes);
  } catch (cause) {
    if (cause instanceof ReadProblem) throw cause;
    throw new ReadProblem('truncated', `the compound file is damaged (${(cause as Error)?.message}); save it again as .docx`, { cause });
  }
  checkFib(cfb);
  let body: string;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    // filterUnicode: false keeps “ ” ‘ ’ — as written (the default turns them into ASCII quotes and '-').
    body = doc.getBody({ filterUnicode: false });
  } catch (cause) {
    // The container is whole (checked above), so a failure here is damage inside the Word streams.
    const message = `the Word 97-2003 streams are damaged (${(cause as Error)?.message}); open it in Word or WPS and save it again`;
    throw new ReadProblem('truncated', message, { cause });
  }
  return withLabels(tidy(body), listParagraphs(cfb)).join('\n');
}
