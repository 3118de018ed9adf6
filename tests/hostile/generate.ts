// The hostile-input corpus, generated at test time into a temporary folder (no binaries are
// committed): zip bombs, deep nesting, huge single lines, files whose name lies about their
// content, text that is no policy document, random and truncated bytes. Each file carries what a
// user should get: a Document, or a named refusal (the reason in ingest/errors.ts).
//
//   npx tsx tests/hostile/generate.ts <dir>     writes the files and prints the list
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { records, REC } from '../../ingest/read/biff.js';
import { checkCfb } from '../../ingest/read/cfb-guard.js';
import { deepPdf, flateBombPdf, manyObjectsPdf } from './pdf-writer.js';
import { repeatedEntry, smallEntry, writeZip, type ZipEntry } from './zip-writer.js';

const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
const sample = (n: string) => readFileSync(join(CORPUS, n), 'utf8');

export type Expect =
  /** Must become a Document. */
  | 'document'
  /** Either a Document or a named per-file error: what matters is bounded time and memory. */
  | 'any'
  /** Must be refused with this reason. */
  | { refused: string };

export interface HostileFile {
  name: string;
  path: string;
  bytes: number;
  what: string;
  expect: Expect;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`;
const DOC_TAIL = `</w:body></w:document>`;
const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;

/** A .docx whose document.xml is a plan's head, then `body` repeated `times`. */
export function docxOf(body: string, times: number, lie?: number): Buffer {
  const head = DOC_HEAD + para('某省科普工作实施方案') + para('一、总体要求');
  const doc: ZipEntry = repeatedEntry('word/document.xml', head, body, times, DOC_TAIL);
  if (lie !== undefined) doc.declaredSize = lie;
  return writeZip([smallEntry('[Content_Types].xml', CONTENT_TYPES), smallEntry('_rels/.rels', RELS), doc]);
}

const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const OREL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PREL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** An Excel workbook of one sheet whose XML is `head`, `body` repeated `times`, `tail` (a far cell, or a bomb). */
export function xlsxOf(head: string, body: string, times: number, tail: string): Buffer {
  return writeZip([
    smallEntry('[Content_Types].xml', `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`),
    smallEntry('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="${PREL}"><Relationship Id="rId1" Type="${OREL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    smallEntry('xl/workbook.xml', `<?xml version="1.0"?><workbook xmlns="${SML}" xmlns:r="${OREL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    smallEntry('xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="${PREL}"><Relationship Id="rId1" Type="${OREL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    repeatedEntry('xl/worksheets/sheet1.xml', `<?xml version="1.0"?><worksheet xmlns="${SML}"><sheetData>${head}`, body, times, `${tail}</sheetData></worksheet>`),
  ]);
}

const inlineCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** A paragraph and spaces up to 1 MiB (XML ignores them): deflate packs it about 1000:1, the format's limit. */
export function megabyteOfParagraphs(): string {
  const p = para('加强科普工作。');
  return p + ' '.repeat((1 << 20) - Buffer.byteLength(p));
}

export function nestedHtml(depth: number): string {
  const inner = sample('001_d87d61ca0788070b.txt').split('\n').map((l) => `<p>${l.replace(/[<&]/g, ' ')}</p>`).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>嵌套</title></head><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;
}

export function nestedTablesDocx(depth: number): Buffer {
  // Each level's width differs, so it deflates like a real table (well under 100:1), not like a bomb.
  const open = (i: number) => `<w:tbl><w:tblPr><w:tblW w:w="${(i * 7919) % 9973}" w:type="dxa"/></w:tblPr><w:tr><w:tc>`;
  const close = '<w:p/></w:tc></w:tr></w:tbl>';
  const opens = Array.from({ length: depth }, (_, i) => open(i)).join('');
  const xml = DOC_HEAD + para('某省科普工作实施方案') + opens + para('一、总体要求') + close.repeat(depth) + DOC_TAIL;
  return writeZip([smallEntry('[Content_Types].xml', CONTENT_TYPES), smallEntry('_rels/.rels', RELS), smallEntry('word/document.xml', xml)]);
}

/** A web archive: MIME headers, then `parts` (each its headers, a blank line, its body) between `--b` lines; `close` ends it. */
export function mimeArchive(parts: string[], close = true): string {
  const head = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n';
  return head + parts.map((p) => `--b\r\n${p}\r\n`).join('') + (close ? '--b--\r\n' : '');
}

/** A text as a page in GBK quoted-printable, the page part of a Word .mht (without its soft line breaks). */
export function qpPagePart(text: string): string {
  const html = `<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"></head><body>${text.split('\n').map((l) => `<p>${l.replace(/[<&]/g, ' ')}</p>`).join('\r\n')}</body></html>`;
  const qp = [...iconv.encode(html, 'gbk')].map((b) => (b >= 33 && b <= 126 && b !== 61 ? String.fromCharCode(b) : b === 10 ? '\n' : b === 13 ? '\r' : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
  return `Content-Type: text/html; charset="gb2312"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp}`; // lines left unwrapped: decoders take long lines
}

function nestedMultiparts(depth: number, inner: string): string {
  let part = inner;
  for (let d = depth; d > 0; d--) part = `Content-Type: multipart/related; boundary="n${d}"\r\n\r\n--n${d}\r\n${part}\r\n--n${d}--`;
  return `MIME-Version: 1.0\r\n${part}\r\n`;
}

function prng(seed: number) {
  let x = seed >>> 0;
  return () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 8) / (1 << 24);
}

function randomBytes(n: number, seed: number): Buffer {
  const r = prng(seed);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(r() * 256);
  return b;
}

/** Every plane's first assigned block and a few private-use and unassigned code points, between the lines of a plan. */
function allPlanes(text: string): string {
  const cps = [0x41, 0x3b1, 0x5d0, 0x627, 0x915, 0xe01, 0x1100, 0x3042, 0x4e00, 0xac00, 0xe000, 0xfeff, 0xfffd, 0x10000, 0x1f600, 0x20000, 0x2a700, 0x30000, 0xe0001, 0xf0000, 0x10fffd];
  const extra = cps.map((c) => String.fromCodePoint(c)).join('');
  return text.split('\n').map((l, i) => (i % 3 === 1 ? `${l}${extra}` : l)).join('\n') + '\n\ud800 lone surrogate \udc00\n';
}

/** The plan's title, then its body repeated until the text has about `chars` characters. */
function nearLimitPlan(plan: string, chars: number): string {
  const [title, ...body] = plan.split('\n');
  const text = body.join('\n') + '\n';
  return title + '\n' + text.repeat(Math.max(1, Math.floor(chars / text.length)));
}

/** A copy of `xls` changed in the last record of `type` (LABELSST, a text cell) or the first (SST, the string table),
 *  found in the file by its first 12 bytes as the workbook stream holds them (checked to occur once). */
function patchXls(xls: Buffer, type: number, change: (copy: Buffer, at: number) => void): Buffer {
  const cfb = checkCfb(xls);
  const stream = cfb.read(cfb.streams.get('Workbook')!);
  const found = [...records(stream)].filter((r) => r.type === type);
  const record = type === REC.SST ? found[0] : found.at(-1);
  if (!record) throw new Error(`no record 0x${type.toString(16)} in the .xls fixture`);
  const needle = stream.subarray(record.at, record.at + 12);
  const at = xls.indexOf(needle);
  if (at < 0 || xls.indexOf(needle, at + 1) >= 0) throw new Error(`record 0x${type.toString(16)} not found once in the .xls fixture`);
  const copy = Buffer.from(xls);
  change(copy, at);
  return copy;
}

export function generateHostileCorpus(dir: string): HostileFile[] {
  mkdirSync(dir, { recursive: true });
  const plan = sample('002_c24945225dab7da9.txt');
  const files: HostileFile[] = [];
  const add = (name: string, content: string | Uint8Array, what: string, expect: Expect) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    files.push({ name, path, bytes: typeof content === 'string' ? Buffer.byteLength(content) : content.length, what, expect });
  };
  const mb = megabyteOfParagraphs();
  add('zip-bomb.docx', docxOf(mb, 2040), 'a 2 MB .docx whose document.xml inflates to 2 GB', { refused: 'zip-bomb' });
  add('inflates-400mb.docx', docxOf(mb, 400), 'a 0.4 MB .docx inflating to 400 MB', { refused: 'zip-bomb' });
  add('lying-sizes.docx', docxOf(mb, 200, 20_000), 'a .docx whose headers say 20 KB and that inflates to 200 MB', { refused: 'zip-bomb' });
  add('nested-tables.docx', nestedTablesDocx(20_000), '20,000 tables nested in one another in a .docx', { refused: 'too-deep' });
  add('nested-10k.html', nestedHtml(10_000), 'a plan inside 10,000 nested <div>s', { refused: 'too-deep' });
  add('nested-100k.html', nestedHtml(100_000), 'a plan inside 100,000 nested <div>s', { refused: 'too-deep' });
  add('one-line-45mb.txt', '关于印发《某省科普工作方案》的通知\n' + '加强科普工作，提升公民科学素质。'.repeat(940_000), 'a 45 MB text, its body one line', { refused: 'too-long' });
  add('many-articles.txt', '某省科普条例\n' + Array.from({ length: 8_000 }, (_, i) => `第${i + 1}条 加强科普工作。`).join('\n'), '8,000 articles (第N条) in one regulation, 130,000 characters', { refused: 'too-long' });
  add('many-lines.txt', '某省科普工作方案\n' + '科普\n'.repeat(120_000), '120,000 short lines (360,000 characters)', { refused: 'too-long' });
  add('flate-bomb.pdf', flateBombPdf(2), 'a 4 MB PDF whose content stream (FlateDecode) inflates to 2 GB', { refused: 'zip-bomb' });
  add('nested-arrays.pdf', deepPdf(100_000), 'a PDF page with arrays nested 100,000 deep', { refused: 'too-deep' });
  add('many-objects.pdf', manyObjectsPdf(300_000), 'a PDF with 300,000 objects', { refused: 'too-long' });
  add('far-cell.xlsx', xlsxOf(`<row r="1">${inlineCell('A1', '某省科普工作任务分工表')}</row>`, '', 0, `<row r="1048576">${inlineCell('XFD1048576', '完')}</row>`), 'a 1 KB Excel workbook with one cell at XFD1048576 (a grid of 17 billion cells to build)', { refused: 'too-long' });
  add('sheet-bomb.xlsx', xlsxOf('', `<row>${inlineCell('A1', '加强科普工作')}</row>` + ' '.repeat((1 << 20) - 80), 2040, ''), 'a 2 MB Excel workbook whose sheet inflates to 2 GB', { refused: 'zip-bomb' });
  // Zip archives of documents (ingest/read/archive.ts): a member that is a bomb, one whose header lies, and an
  // archive of 60,000 entries (its central directory alone is 3 MB to list).
  const paragraphs = '加强科普工作。\n' + ' '.repeat((1 << 20) - 22);
  add('archive-bomb.zip', writeZip([repeatedEntry('附件1.txt', '某省科普工作方案\n', paragraphs, 2040, '')]), 'a 2 MB zip archive whose one document inflates to 2 GB', { refused: 'zip-bomb' });
  add('archive-lying.zip', writeZip([{ ...repeatedEntry('附件1.txt', '某省科普工作方案\n', paragraphs, 200, ''), declaredSize: 20_000 }]), 'a zip archive whose document says 20 KB and inflates to 200 MB', { refused: 'zip-bomb' });
  add('archive-60k.zip', writeZip(Array.from({ length: 60_000 }, (_, i) => smallEntry(`附件${i}.txt`, '第一条'))), 'a zip archive of 60,000 entries', { refused: 'zip-bomb' });
  // An Excel 97-2003 workbook (the .xls tests' LibreOffice-saved task table) with its last text cell moved to row 65,536,
  // and one whose shared-string table declares four billion strings in a few hundred bytes.
  const xls = readFileSync(fileURLToPath(new URL('../ingest/read/xls-fixtures/tasks.xls', import.meta.url)));
  add('far-row.xls', patchXls(xls, REC.LABELSST, (b, at) => b.writeUInt16LE(0xffff, at + 4)), 'a 7 KB .xls whose last text cell is on row 65,536', { refused: 'too-long' });
  add('sst-count.xls', patchXls(xls, REC.SST, (b, at) => b.writeUInt32LE(0xffffffff, at + 8)), 'a 7 KB .xls whose string table declares 4,294,967,295 strings', 'any');
  add('not-a-pdf.pdf', 'not a pdf at all\n', 'plain text named .pdf', { refused: 'format-mismatch' });
  add('not-a-docx.docx', plan, 'a plan as plain text named .docx', { refused: 'format-mismatch' });
  add('english.txt', 'Annual Report on Public Science Outreach\n\n1. Overview\nThe programme reached many schools this year.\n2. Outlook\nMore events are planned.\n', 'an English report with numbered headings', { refused: 'no-structure' });
  add('chinese-prose.txt', '春天来了\n\n小河边的柳树发芽了，燕子从南方飞回来。孩子们在田野里放风筝，笑声传得很远。\n傍晚，太阳落山，村子里升起了炊烟。\n', 'Chinese prose with no policy structure', { refused: 'no-structure' });
  add('random-bytes.txt', randomBytes(200_000, 7), '200 KB of random bytes named .txt', 'any');
  add('random-bytes.docx', Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(100_000, 8)]), 'a zip signature then random bytes, named .docx', 'any');
  add('truncated-utf8.txt', Buffer.from(plan, 'utf8').subarray(0, 5_000 + 1), 'a plan in UTF-8 cut inside a character', 'document');
  add('truncated-gbk.txt', iconv.encode(plan, 'gbk').subarray(0, 4_001), 'a plan in GBK cut inside a character', 'document');
  add('truncated-big5.txt', iconv.encode(plan, 'big5').subarray(0, 4_001), 'a plan in Big5 cut inside a character', 'any');
  add('control-chars.txt', plan.replace(/。/g, (m, i: number) => m + String.fromCharCode(1 + (i % 31))), 'a plan with C0 control characters after each 。', 'any');
  add('all-planes.txt', allPlanes(plan), 'a plan with characters of every Unicode plane and lone surrogates', 'document');
  add('largest-accepted.txt', nearLimitPlan(plan, 450_000), 'a plan repeated to 450,000 characters (under the 500,000 limit): the costliest document accepted', 'document');
  add('many-tags.html', `<html><body><h1>某省科普工作方案</h1>${'<p><span>一</span></p>'.repeat(400_000)}</body></html>`, '400,000 tiny elements in one page', { refused: 'too-long' });
  // A regulation (the .doc fixtures' 上海市志愿服务条例) as a Word web archive, and hostile archives around it.
  const page = qpPagePart(readFileSync(fileURLToPath(new URL('../ingest/read/doc-fixtures/volunteer.txt', import.meta.url)), 'utf8'));
  const image = 'Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=';
  add('web-archive.doc', mimeArchive([page, image]), 'a regulation as a Word web archive (GBK quoted-printable) named .doc', 'document');
  add('web-archive-open.mht', mimeArchive([page + '=C9=CF'.repeat(4_000_000)], false), 'a web archive whose 24 MB page never reaches a boundary', { refused: 'truncated' });
  add('web-archive-parts.mht', mimeArchive([...Array.from({ length: 200_000 }, () => image), page]), '200,000 image parts before the page', { refused: 'too-long' });
  add('web-archive-nested.mht', nestedMultiparts(100_000, page), 'the page inside 100,000 nested multiparts', { refused: 'too-deep' });
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: tsx tests/hostile/generate.ts <dir>');
    process.exit(2);
  }
  for (const f of generateHostileCorpus(dir)) console.log(`${f.name}\t${f.bytes}\t${f.what}`);
}
