// What a file is, from its bytes first and its extension second: scraped files often lie in their names
// (a saved page called .txt, a .docx that is really a .doc).
import { checkCfb } from './cfb-guard.js';

export type Sniffed =
  | { kind: 'docx' | 'pdf' }
  /** An OFD document (GB/T 33190, China's fixed-layout format for electronic official documents). */
  | { kind: 'ofd' }
  /** An Excel workbook (Office Open XML): a task or indicator table published as a spreadsheet. */
  | { kind: 'xlsx' }
  /** An Excel 97-2003 workbook (OLE2, BIFF8), also a Kingsoft WPS .et in that format. */
  | { kind: 'xls' }
  /** A Word 97-2003 binary document (OLE2), also a Kingsoft WPS .wps in that format. */
  | { kind: 'doc' }
  /** A MIME web archive (.mht, .mhtml; also served as .doc): its HTML page is read (mht.ts). */
  | { kind: 'mht' }
  /** Bytes that look like text; html/md/txt is decided after decoding (see textFormat). */
  | { kind: 'text' }
  /** A format we know and cannot read; `what` names it, `advice` says what to do. */
  | { kind: 'unsupported'; what: string; advice: string }
  /** Not text and no format we know. */
  | { kind: 'binary'; why: string };

const SAVE_AS = 'save it as .docx or .txt';

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** Latin-1 view of the first `n` bytes: enough to look for ASCII markers whatever the encoding. */
function head(bytes: Uint8Array, n: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(n, bytes.length)).toString('latin1');
}

/** Entry names of a zip stand in clear in its local headers, so no unzip is needed to tell OOXML kinds. */
function sniffZip(bytes: Uint8Array, ext: string): Sniffed {
  const names = head(bytes, 1 << 20);
  if (names.includes('word/document.xml') || names.includes('word/_rels')) return { kind: 'docx' };
  // OFD's entry file, OFD.xml, sits at the package root (GB/T 33190 §7.4). A cut-off .ofd goes to
  // the OFD reader too, which says what is missing.
  if (names.includes('OFD.xml') || ext === '.ofd') return { kind: 'ofd' };
  if (names.includes('xl/workbook') || ext === '.xlsx') return { kind: 'xlsx' };
  if (names.includes('ppt/presentation')) {
    return { kind: 'unsupported', what: 'a PowerPoint file (.pptx)', advice: SAVE_AS };
  }
  if (names.includes('opendocument')) return { kind: 'unsupported', what: 'an OpenDocument file', advice: SAVE_AS };
  // A cut-off .docx may have lost the entry names: let the docx reader fail on it as truncated.
  if (ext === '.docx') return { kind: 'docx' };
  return { kind: 'unsupported', what: 'a zip archive', advice: 'name it .zip to have the files inside read, or unpack it' };
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (name: string) => Buffer.from(name, 'utf16le');
const WORD_STREAM = utf16('WordDocument');
const WORKBOOK_STREAM = utf16('Workbook');
/** Excel 5.0/95 names its stream Book (so do some writers of BIFF8): the .xls reader tells them by their version. */
const BOOK_STREAM = utf16('Book');
const OTHER_OLE: Array<[Buffer, string, string]> = [
  [utf16('PowerPoint Document'), 'a PowerPoint 97-2003 file (.ppt)', SAVE_AS],
];
/** Extensions whose OLE2 content goes to the .doc reader even when its stream names cannot be found. */
const WORD_EXTENSIONS = new Set(['.doc', '.dot', '.wps', '.wpt']);
/** Extensions whose OLE2 content goes to the .xls reader even when its stream names cannot be found. */
const SHEET_EXTENSIONS = new Set(['.xls', '.xlt', '.et', '.ett']);

/**
 * An OLE2 compound file is told by its stream names, which stand in its directory as UTF-16LE:
 * a Word document has a WordDocument stream (Word checked first: a .doc with an embedded chart
 * holds a Workbook too), an Excel 97-2003 workbook a Workbook stream. A cut-off .doc may have lost its directory (writers put it last): with a
 * Word extension it goes to the .doc reader, which says what is missing.
 */
function sniffOle(bytes: Uint8Array, ext: string): Sniffed {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const word = buf.includes(WORD_STREAM);
  const workbook = buf.includes(WORKBOOK_STREAM);
  if (word && workbook) return topLevelKind(bytes) ?? { kind: 'doc' };
  if (word) return { kind: 'doc' };
  if (workbook || buf.includes(BOOK_STREAM)) return { kind: 'xls' };
  for (const [name, what, advice] of OTHER_OLE) if (buf.includes(name)) return { kind: 'unsupported', what, advice };
  if (WORD_EXTENSIONS.has(ext)) return { kind: 'doc' };
  if (SHEET_EXTENSIONS.has(ext)) return { kind: 'xls' };
  return { kind: 'unsupported', what: 'a legacy Office (OLE2) file that is not a Word document', advice: SAVE_AS };
}

/** A workbook with a Word document embedded in it (or a document with an embedded sheet) holds both names: the one
 *  directly under the root storage tells. Undefined when the directory cannot be read (the reader then says why). */
function topLevelKind(bytes: Uint8Array): Sniffed | undefined {
  try {
    const names = [...checkCfb(bytes).streams.keys()];
    if (names.includes('WordDocument')) return { kind: 'doc' };
    if (names.some((n) => n.toLowerCase() === 'workbook')) return { kind: 'xls' };
  } catch {
    // a damaged directory: decided by the names found in the bytes
  }
  return undefined;
}

const IMAGE_MAGIC: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
];

const ARCHIVE_MAGIC: Array<[number[], string]> = [
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7z archive'],
];

/** Share of bytes that never occur in text: NUL and C0 controls other than \t \n \r \f \v ESC. */
export function controlShare(bytes: Uint8Array): { nul: number; control: number } {
  const n = Math.min(bytes.length, 1 << 16);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1b) control++;
  }
  return { nul: nul / Math.max(1, n), control: control / Math.max(1, n) };
}

/** A header field, or the continuation of a folded one (RFC 5322 2.2). */
const HEADER_LINE = /^(?:[!-9;-~]+[ \t]*:|[ \t])/;

/**
 * A MIME web archive starts with a block of header lines (From, Subject, MIME-Version …) up to a
 * blank line, one of them a Content-Type of multipart/* (or text/html with MIME-Version). Text that
 * merely mentions MIME, or a page, never starts with header lines only.
 */
export function isMimeArchive(bytes: Uint8Array): boolean {
  const text = head(bytes, 16 * 1024).replace(/^(?:\xEF\xBB\xBF)?\s*/, '');
  const end = text.search(/\r?\n\r?\n/);
  if (end <= 0) return false;
  const block = text.slice(0, end);
  if (!block.split(/\r?\n/).every((line) => HEADER_LINE.test(line))) return false;
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  if (/^content-type[ \t]*:\s*multipart\//im.test(unfolded)) return true;
  return /^mime-version[ \t]*:/im.test(unfolded) && /^content-type[ \t]*:\s*text\/html/im.test(unfolded);
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

const TEXT_EXTENSIONS = new Set(['', '.txt', '.text', '.html', '.htm', '.shtml', '.xhtml', '.mht', '.mhtml', '.md', '.markdown']);

/**
 * Decide from content what kind of file this is; `ext` (lower case, with the dot) only breaks ties.
 * Text is told from binary by its control bytes: a few stray NULs are tolerated (dropped later),
 * more than 1% (or 5% controls) is not text unless a UTF-16 BOM explains them.
 */
export function sniffBytes(bytes: Uint8Array, ext: string): Sniffed {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return sniffZip(bytes, ext);
  }
  // Readers accept junk before %PDF- (PDF 32000-1, Annex H); so do we, within the first KB.
  if (head(bytes, 1024).includes('%PDF-')) return { kind: 'pdf' };
  if (startsWith(bytes, OLE_MAGIC)) return sniffOle(bytes, ext);
  if (head(bytes, 5) === '{\\rtf') return { kind: 'unsupported', what: 'an RTF file', advice: SAVE_AS };
  for (const [magic, what] of IMAGE_MAGIC) {
    if (startsWith(bytes, magic)) return { kind: 'unsupported', what, advice: 'run OCR on it and save the text as .txt' };
  }
  for (const [magic, what] of ARCHIVE_MAGIC) {
    if (startsWith(bytes, magic)) return { kind: 'unsupported', what, advice: 'unpack it and ingest the files inside' };
  }
  if (isMimeArchive(bytes)) return { kind: 'mht' };
  if (hasUtf16Bom(bytes)) return { kind: 'text' };
  const { nul, control } = controlShare(bytes);
  if (nul <= 0.01 && control <= 0.05) return { kind: 'text' };
  if (ext === '.doc' || ext === '.xls' || ext === '.ppt' || ext === '.wps') {
    // Not OLE2 and not text: a Word 6/95-era or Microsoft Works file, or a damaged one.
    return { kind: 'unsupported', what: `a ${ext} file`, advice: SAVE_AS };
  }
  if (!TEXT_EXTENSIONS.has(ext)) {
    return { kind: 'unsupported', what: `a ${ext} file whose content is not text`, advice: SAVE_AS };
  }
  return { kind: 'binary', why: `${Math.round(nul * 100)}% NUL and ${Math.round(control * 100)}% control bytes` };
}

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>])/i;
const HTML_ANYWHERE = /<(?:!doctype\s+html|html[\s>]|body[\s>])/i;

/** Format of decoded text: content first (a .txt holding a page is a page), the extension second. */
export function textFormat(text: string, ext: string): 'html' | 'md' | 'txt' {
  const start = text.slice(0, 2048);
  if (HTML_START.test(start)) return 'html';
  if (/^\s*</.test(start) && HTML_ANYWHERE.test(start)) return 'html';
  if (ext === '.html' || ext === '.htm' || ext === '.shtml' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'md';
  return 'txt';
}
