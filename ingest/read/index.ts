// The read stage: the only code that opens input files. One file in, its text out (ReadResult), or an
// IngestError naming the file and the reason; the format readers behind it are pure.
import type { PanelProbe } from '../structure/panel.js';
import { readFileSync, statSync } from 'node:fs';
import { extname, relative, sep } from 'node:path';
import { IngestError } from '../errors.js';
import { DEFAULT_LIMITS, limitsWith, textOverLimits, type IngestLimits } from '../guard.js';
import { archiveMembers, isArchiveName, readMember, splitMemberPath } from './archive.js';
import { docToText } from './doc.js';
import { docxToText } from './docx.js';
import { decodeBytes } from './encoding.js';
import { htmlToText } from './html.js';
import { markdownToText } from './markdown.js';
import { mhtToHtml } from './mht.js';
import { isBlank, normaliseText } from './normalise.js';
import { office2003Kind, spreadsheetMlToText, wordMlToText } from './office2003.js';
import { ofdToText } from './ofd.js';
import { pdfToText } from './pdf.js';
import { ReadProblem } from './problem.js';
import { sniffBytes, textFormat, type Sniffed } from './sniff.js';
import { xlsToText } from './xls.js';
import { xlsxToText } from './xlsx.js';
import type { ReadResult, SourceFormat } from './types.js';

export { listSources } from './list.js';
export { MEMBER_SEPARATOR } from './archive.js';
export type { ReadResult, SourceFormat } from './types.js';

export const DEFAULT_MAX_BYTES = DEFAULT_LIMITS.maxFileBytes;

export interface ReadOptions {
  /** Corpus root: `file` in the result and in errors is relative to it. */
  root?: string;
  /** Larger files fail with `too-large` before they are read. Default limits.maxFileBytes (50 MB). */
  maxBytes?: number;
  /** Bounds on zips, nesting and text per document (ingest/guard.ts). */
  limits?: Partial<IngestLimits>;
  /** Tells a disclosure page's metadata panel (索引号, 发文机关 …) from other blocks, so that one outside
   *  the article's block is kept (structure/panel.ts: panelProbe). */
  panel?: PanelProbe;
}

/**
 * Extensions that name one binary format: content of another kind is refused, not guessed. `.doc`
 * is not one: government sites serve Word-saved web pages and web archives (.mht) and .docx files
 * under that name, and all are read by their content.
 */
const BINARY_EXTENSIONS: Record<string, 'docx' | 'pdf' | 'ofd' | 'xlsx'> = { '.docx': 'docx', '.pdf': 'pdf', '.ofd': 'ofd', '.xlsx': 'xlsx' };

function describe(kind: Sniffed): string {
  switch (kind.kind) {
    case 'docx':
      return 'a Word document (.docx)';
    case 'doc':
      return 'a Word 97-2003 document (.doc)';
    case 'pdf':
      return 'a PDF';
    case 'ofd':
      return 'an OFD document';
    case 'xlsx':
      return 'an Excel workbook (.xlsx)';
    case 'xls':
      return 'an Excel 97-2003 workbook (.xls)';
    case 'mht':
      return 'a web archive (.mht)';
    case 'text':
      return 'plain text';
    case 'unsupported':
      return kind.what;
    case 'binary':
      return `not text (${kind.why})`;
  }
}

/** Synchronous: a stat and a read of a local file take microseconds of CPU, while each step of
 *  the promise versions waits for a libuv pool thread, which on a loaded machine costs more than
 *  decoding the file (issue 11: the read stage of small files was mostly that wait). */
function loadBytes(path: string, file: string, maxBytes: number): Uint8Array {
  const fail = (reason: 'not-found' | 'unreadable' | 'too-large' | 'empty', message: string, cause?: unknown) =>
    new IngestError(file, 'read', reason, message, { cause });
  let info;
  try {
    info = statSync(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw fail('not-found', 'no such file', cause);
    throw fail('unreadable', `cannot stat the file (${code}); check its permissions`, cause);
  }
  if (info.isDirectory()) throw fail('unreadable', 'is a directory, not a file; pass the directory itself to list its files');
  if (!info.isFile()) throw fail('unreadable', 'is not a regular file (a device, socket or pipe)');
  if (info.size > maxBytes) {
    throw fail('too-large', `${info.size} bytes, over the limit of ${maxBytes}; split the file or raise maxBytes`);
  }
  if (info.size === 0) throw fail('empty', 'the file is empty (0 bytes)');
  try {
    return readFileSync(path);
  } catch (cause) {
    throw fail('unreadable', `cannot read the file (${(cause as NodeJS.ErrnoException).code}); check its permissions`, cause);
  }
}

async function toText(bytes: Uint8Array, ext: string, limits: IngestLimits, panel?: PanelProbe): Promise<{ format: SourceFormat; encoding: string; text: string }> {
  const sniffed = sniffBytes(bytes, ext);
  const named = BINARY_EXTENSIONS[ext];
  if (named && sniffed.kind !== named && sniffed.kind !== 'unsupported') {
    throw new ReadProblem('format-mismatch', `named ${ext} but its content is ${describe(sniffed)}; rename it to what it is or save it again as ${ext}`);
  }
  switch (sniffed.kind) {
    case 'docx':
      return { format: 'docx', encoding: 'binary', text: await docxToText(bytes, limits) };
    case 'doc':
      return { format: 'doc', encoding: 'binary', text: await docToText(bytes) };
    case 'pdf':
      return { format: 'pdf', encoding: 'binary', text: await pdfToText(bytes, limits) };
    case 'ofd':
      return { format: 'ofd', encoding: 'binary', text: ofdToText(bytes, limits) };
    case 'xlsx':
      return { format: 'xlsx', encoding: 'binary', text: await xlsxToText(bytes, limits) };
    case 'xls':
      return { format: 'xls', encoding: 'binary', text: xlsToText(bytes, limits) };
    case 'mht': {
      const { html, encoding } = mhtToHtml(bytes, limits);
      return { format: 'mht', encoding, text: htmlToText(html, limits, panel) };
    }
    case 'unsupported':
      throw new ReadProblem('unsupported-format', `${sniffed.what}, which cannot be read: ${sniffed.advice}`);
    case 'binary':
      throw new ReadProblem('binary', `not text (${sniffed.why}) and no known document format`);
    case 'text': {
      const { text, encoding } = decodeBytes(bytes);
      // An Office 2003 XML workbook or document (often named .xls or .doc) is read for its cells or paragraphs.
      const office = office2003Kind(text);
      if (office === 'spreadsheetml') return { format: office, encoding, text: spreadsheetMlToText(text, limits) };
      if (office === 'wordml') return { format: office, encoding, text: wordMlToText(text, limits) };
      const format = textFormat(text, ext);
      const body = format === 'html' ? htmlToText(text, limits, panel) : format === 'md' ? markdownToText(text) : text;
      return { format, encoding, text: body };
    }
  }
}

const isFile = (p: string) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/**
 * A member of a zip archive (`<archive>!/<name>`, as listSources names it), or an archive itself: one
 * that could not be listed says why, one that holds no document says so, and a zip that is one
 * document (a .docx named .zip) is read as that document.
 */
function loadArchived(path: string, file: string, limits: IngestLimits, maxBytes: number): { bytes: Uint8Array; name: string } | null {
  const member = isFile(path) ? null : splitMemberPath(path, isFile);
  try {
    if (member) return { bytes: readMember(member.archive, member.member, limits, maxBytes), name: member.member };
    if (!isArchiveName(path) || !isFile(path)) return null;
    const members = archiveMembers(path, limits);
    if (members === null) return null;
    if (!members.length) throw new ReadProblem('empty', 'the archive holds no document (only folders, hidden files or a README)');
    throw new ReadProblem('unsupported-format', `an archive of ${members.length} files: pass the archive to ingest, which reads the files inside one by one`);
  } catch (cause) {
    if (cause instanceof ReadProblem) throw new IngestError(file, 'read', cause.reason, cause.message, { cause });
    throw new IngestError(file, 'read', 'unreadable', `cannot read the archive (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})`, { cause });
  }
}

export async function readSource(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const file = opts.root ? relative(opts.root, path).split(sep).join('/') : path;
  const limits = limitsWith(opts.limits);
  const maxBytes = opts.maxBytes ?? limits.maxFileBytes;
  const archived = loadArchived(path, file, limits, maxBytes);
  const bytes = archived?.bytes ?? loadBytes(path, file, maxBytes);
  try {
    const { format, encoding, text: raw } = await toText(bytes, extname(archived?.name ?? path).toLowerCase(), limits, opts.panel);
    const over = textOverLimits(raw, limits);
    if (over) throw new ReadProblem('too-long', over);
    // A text run together on one line is read as it is; the clean stage puts its breaks back (clean/reline.ts).
    const text = normaliseText(raw);
    if (isBlank(text)) throw new ReadProblem('empty', `no text left after reading it as ${format}`);
    return { file, format, encoding, text };
  } catch (cause) {
    if (cause instanceof ReadProblem) throw new IngestError(file, 'read', cause.reason, cause.message, { cause });
    throw new IngestError(file, 'read', 'unreadable', `unexpected failure while reading: ${(cause as Error)?.message}`, { cause });
  }
}
