// Bounds on the work one input file can cause, and the checks that enforce them. Every limit is
// here, in one options object, with where its value comes from; the readers check the ones about
// bytes, zips and nesting before they build anything, the pipeline checks the rest per document.
// A file over a limit is refused with a named reason (ingest/errors.ts); the batch goes on.
import type { Lexicon } from './lexicon/load.js';
import type { StructuredDoc } from './structure/types.js';
import { IngestError } from './errors.js';

export interface IngestLimits {
  /** Bytes of one input file, read or not. */
  maxFileBytes: number;
  /** Entries in one .docx (zip). */
  maxZipEntries: number;
  /** Inflated bytes of one zip entry, as declared in the central directory and as inflated. */
  maxEntryBytes: number;
  /** Inflated bytes of all entries of one zip. */
  maxInflatedBytes: number;
  /** Largest inflated/compressed ratio of an entry over `inflateGraceBytes`. */
  maxInflateRatio: number;
  /** Entries smaller than this inflated are never a bomb, whatever their ratio. */
  inflateGraceBytes: number;
  /** Element nesting in an HTML page or a WordprocessingML part. */
  maxDepth: number;
  /** Elements (tags) in one HTML page. */
  maxHtmlElements: number;
  /** Characters of one document's text, after reading. */
  maxChars: number;
  /** Lines of one document's text. */
  maxLines: number;
  /** Measures (numbered units) of one document. */
  maxMeasures: number;
  /** Share of Han characters among the letters of a document (Han + other scripts' letters). */
  minHanShare: number;
  /** Objects in one PDF (numbered objects, also those packed in object streams). */
  maxPdfObjects: number;
  /** Parts in one MIME web archive (.mht), counted up to the HTML part read. */
  maxMimeParts: number;
  /** Cells of the grid an Excel workbook's sheets span (each sheet's last row × last column, summed): the reader
   *  builds that grid whole, so a 2 KB file with one cell at XFD1048576 would ask for 17 billion. */
  maxSheetCells: number;
  /** Rows of one Excel worksheet (its last row). */
  maxSheetRows: number;
  /** Multiparts nested inside one MIME web archive. */
  maxMimeDepth: number;
  /** Wall-clock milliseconds one file may take through read → clean → structure → extract. */
  maxFileMs: number;
}

export const DEFAULT_LIMITS: Readonly<IngestLimits> = Object.freeze({
  // The limit the README has always documented.
  maxFileBytes: 50 * 1024 * 1024,
  // Apache POI's ZipSecureFile allows 1,000 entries (MAX_FILE_COUNT); a Word document has about 15.
  maxZipEntries: 1000,
  // A 500-page Word document's word/document.xml is 10–20 MB; 64 MiB leaves three times that.
  maxEntryBytes: 64 * 1024 * 1024,
  maxInflatedBytes: 128 * 1024 * 1024,
  // Apache POI's ZipSecureFile: MIN_INFLATE_RATIO 0.01 (100:1) once GRACE_ENTRY_SIZE (100 KB)
  // has been inflated. WordprocessingML deflates 5–20:1; a bomb deflates about 1000:1.
  maxInflateRatio: 100,
  inflateGraceBytes: 100 * 1024,
  // Blink's and WebKit's HTML parsers never nest elements deeper than 512 (MAX_DOM_TREE_DEPTH:
  // deeper ones become siblings); a government page nests 20–40 deep.
  maxDepth: 512,
  // A long saved government page has 2,000–10,000 elements.
  maxHtmlElements: 200_000,
  // The longest Chinese law, the Civil Code (民法典), is about 110,000 characters, the 14th Five-Year
  // Plan outline about 70,000; 500,000 is four and a half Civil Codes. It is also the bound on one
  // document's cost: measured, a 950,000-character plan took 47 s of CPU and 866 MB through the
  // whole pipeline (3,550 measures), so this limit keeps one document near 25 s and 500 MB.
  // (POI's MAX_TEXT_SIZE is 10,485,760 characters, for spreadsheets.)
  maxChars: 500_000,
  // The Civil Code has about 1,500 numbered units (1,260 articles, books, chapters, sections) and
  // 3,000 lines: both limits leave three times that and more.
  maxLines: 50_000,
  maxMeasures: 5_000,
  // A Chinese policy document is Han text with Latin acronyms, numbers and URLs inside.
  minHanShare: 0.5,
  // A 500-page text PDF has 5,000–30,000 objects (a page, its contents, fonts and resources);
  // pdf.js keeps a cross-reference entry and, once parsed, the object for each.
  maxPdfObjects: 200_000,
  // A web archive saved by Word, IE or Chrome is one multipart/related: the page, then one part per
  // image or style sheet (10–100). 1,000 as for zip entries. Those writers nest no multipart; an
  // e-mail saved as .mht nests 2–3 (mixed > alternative > related): 8 leaves room and stops a loop
  // of nested multiparts early (h17-mht).
  maxMimeParts: 1000,
  // A plan's 任务分工表 is 50–500 rows of 5–10 columns; a statistics attachment of 10,000 rows × 50 columns is
  // 500,000 cells. A million empty cells cost read-excel-file about 8 MB and a second (session 31, lead).
  maxSheetCells: 1_000_000,
  // read-excel-file 9.3 parses a sheet in chunks sized by time (halved when one takes over 7 ms), calls itself once
  // per chunk and copies every row read so far after each: 60,000 rows read in 1 s, 200,000 overflowed the call stack
  // (session 31, lead). A plan's table has hundreds of rows; 20,000 keeps the chunk count far from the stack.
  maxSheetRows: 20_000,
  maxMimeDepth: 8,
  // The costliest document the limits above let in (450,000 characters, tests/hostile's
  // largest-accepted.txt) takes 10–16 s through the per-file stages on one core of a 2-core
  // machine; 60 s leaves four times that for a loaded machine. Anything slower is a pathological
  // input (a regex or a parser going quadratic) and is refused as `too-slow`. Environment:
  // POLICY_GRAPH_FILE_TIMEOUT_S; command line: --file-timeout <s>.
  maxFileMs: 60_000,
});

/** The defaults, then POLICY_GRAPH_FILE_TIMEOUT_S from `env`, then `overrides` (the run's options). */
export function limitsWith(overrides?: Partial<IngestLimits>, env: NodeJS.ProcessEnv = process.env): IngestLimits {
  const fromEnv: Partial<IngestLimits> = {};
  const seconds = Number(env.POLICY_GRAPH_FILE_TIMEOUT_S);
  if (env.POLICY_GRAPH_FILE_TIMEOUT_S && seconds > 0) fromEnv.maxFileMs = seconds * 1000;
  return { ...DEFAULT_LIMITS, ...fromEnv, ...overrides };
}

/** The refusal of a file that ran past `maxFileMs` (`stage`: where it was, when known). */
export function tooSlow(file: string, limits: IngestLimits, stage: 'read' | 'clean' | 'structure' | 'extract' = 'read'): IngestError {
  return new IngestError(
    file,
    stage,
    'too-slow',
    `took longer than ${limits.maxFileMs / 1000} s to read and analyse (the per-file time limit, POLICY_GRAPH_FILE_TIMEOUT_S); it was stopped. Split or simplify the file, or raise the limit`,
  );
}

/** Why a text is over the per-document limits, or undefined. Linear in the text, nothing allocated. */
export function textOverLimits(text: string, limits: IngestLimits): string | undefined {
  if (text.length > limits.maxChars) {
    return `${text.length.toLocaleString('en')} characters, over the limit of ${limits.maxChars.toLocaleString('en')} per document; split the file`;
  }
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (++lines > limits.maxLines) return `more than ${limits.maxLines.toLocaleString('en')} lines in one document; split the file`;
  }
  return undefined;
}

const LETTER_OR_HAN = /(\p{Script=Han})|\p{L}/gu;

/** Han characters over all letters (Han, Latin, Cyrillic …); 0 when there are no letters. */
export function hanShare(text: string): number {
  let letters = 0;
  let han = 0;
  // By a table of the Basic Multilingual Plane made from the same pattern (a match object per letter
  // of every document was an item of the issue 11 profile); a surrogate pair asks the pattern.
  const kinds = (bmpKinds ??= bmpTable());
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    let kind: number;
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      kind = kindOf(text.slice(i, i + 2));
      i++;
    } else kind = kinds[u];
    if (kind === 0) continue;
    letters++;
    if (kind === 2) han++;
  }
  return letters === 0 ? 0 : han / letters;
}

/** 0: neither, 1: a letter of another script, 2: Han (as LETTER_OR_HAN's two branches say). */
function kindOf(ch: string): number {
  const m = new RegExp(LETTER_OR_HAN.source, 'u').exec(ch);
  return !m || m[0] !== ch ? 0 : m[1] ? 2 : 1;
}
let bmpKinds: Uint8Array | undefined;
function bmpTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const one = new RegExp(`^(?:${LETTER_OR_HAN.source})$`, 'u');
  for (let u = 0; u < 0x10000; u++) {
    if (u >= 0xd800 && u <= 0xdfff) continue; // a lone surrogate is no letter
    const m = one.exec(String.fromCharCode(u));
    if (m) t[u] = m[1] ? 2 : 1;
  }
  return t;
}

/**
 * What makes a structured text a Chinese policy document: Han text, and at least one of a numbered
 * unit (一、 第一条 …), a transmitting notice, a document number, or a title naming a document type
 * (方案, 意见, 条例 … from the lexicon's doc-types.txt). Undefined when it is one, else why not.
 */
export function notAPolicyDocument(doc: StructuredDoc, lexicon: Pick<Lexicon, 'docTypes'>, limits: IngestLimits): string | undefined {
  const share = hanShare(doc.text);
  if (share < limits.minHanShare) {
    return `not Chinese text (${Math.round(share * 100)}% of its letters are Chinese characters, at least ${Math.round(limits.minHanShare * 100)}% needed)`;
  }
  const numbered = doc.units.some((u) => u.kind !== 'notice' && u.kind !== 'preamble');
  const titled = lexicon.docTypes.some((t) => doc.title.includes(t));
  if (numbered || doc.notice || doc.docNumber || titled) return undefined;
  return `no policy structure: no numbered items (一、 第一条), no document number, and the title 「${doc.title.slice(0, 40)}」 names no document type (方案, 意见, 通知, 条例 …)`;
}

/** The per-document checks after the structure stage: measures within bounds, a policy document. */
export function guardDocument(file: string, doc: StructuredDoc, lexicon: Pick<Lexicon, 'docTypes'>, limits: IngestLimits): void {
  if (doc.units.length > limits.maxMeasures) {
    throw new IngestError(file, 'structure', 'too-long', `${doc.units.length.toLocaleString('en')} numbered units, over the limit of ${limits.maxMeasures.toLocaleString('en')} measures per document; split the file`);
  }
  const why = notAPolicyDocument(doc, lexicon, limits);
  if (why) throw new IngestError(file, 'structure', 'no-structure', `${why}: is this a policy document?`);
}

/** The per-document check of read text (for readers injected into the pipeline; readSource checks it too). */
export function guardText(file: string, text: string, limits: IngestLimits): void {
  const why = textOverLimits(text, limits);
  if (why) throw new IngestError(file, 'read', 'too-long', why);
}
