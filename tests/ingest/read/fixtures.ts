// Fixture builders for the read-stage tests: every file is made at test time from the sample corpus
// (re-encoded, wrapped in a saved page, written into a .docx or a PDF) in a temporary directory.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import JSZip from 'jszip';

const run = promisify(execFile);
export const CORPUS = fileURLToPath(new URL('../../../corpus/', import.meta.url));

const SAMPLES = {
  '000': '000_ce7d90cc0e0ce880.txt',
  '001': '001_d87d61ca0788070b.txt',
  '002': '002_c24945225dab7da9.txt',
  '003': '003_26ef23e71b9cbbbe.txt',
  '004': '004_bf6f3bb47d541f9b.txt',
} as const;

export function sample(id: keyof typeof SAMPLES): string {
  return readFileSync(join(CORPUS, SAMPLES[id]), 'utf8');
}

/** Non-empty lines, trimmed: what a reader that rebuilds paragraphs (HTML, docx, PDF) should give back. */
export function contentLines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** The characters of `text` that `encoding` can represent (Big5 has no simplified-only characters). */
export function encodable(text: string, encoding: string): string {
  return [...text].filter((ch) => iconv.decode(iconv.encode(ch, encoding), encoding) === ch).join('');
}

export async function tempDir(): Promise<{ dir: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'policy-graph-read-'));
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

export async function writeFixture(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A government page as a browser saves it: header, menu, breadcrumb, info bar, share bar, related links, footer, scripts. */
export function savedPage(opts: { title: string; paragraphs: string[]; charset: string }): string {
  const links = (items: string[]) => items.map((t) => `<li><a href="/${t.length}.html">${t}</a></li>`).join('');
  return `<!DOCTYPE html>
<html><head><meta charset="${opts.charset}"><title>${escape(opts.title)}_通知公告_中国科协</title>
<script>var _hmt = _hmt || []; document.write("统计代码加载中");</script>
<style>.nav li { float: left; } /* 导航样式 */</style></head>
<body>
<div class="header"><div class="logo">中国科学技术协会</div>
<ul class="nav">${links(['首页', '机构设置', '新闻动态', '通知公告', '科普工作', '学会服务'])}</ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a> &gt; 正文</div>
<div class="container">
<div class="left-menu"><h3>栏目导航</h3><ul>${links(['通知公告', '工作动态', '政策法规', '科普活动'])}</ul></div>
<div class="article">
<h1>${escape(opts.title)}</h1>
<div class="info">日期：2022-09-16&nbsp;&nbsp;浏览次数：<span id="hits">13687</span>&nbsp;&nbsp;来源：中国科协办公厅&nbsp;&nbsp;【<a href="javascript:print()">打印本页</a>】</div>
<div class="content" id="zoom">
${opts.paragraphs.map((p) => `<p style="text-indent:2em">${escape(p)}</p>`).join('\n')}
</div>
<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a><a class="bds_qzone">QQ空间</a></div>
<div class="related"><h3>相关文章</h3><ul>${links(['关于开展2022年全国科普日活动的通知', '中国科协2022年科普工作要点', '关于表彰全国科普工作先进集体的决定'])}</ul></div>
</div></div>
<div class="footer"><p>版权所有：中国科学技术协会　京ICP备05022255号</p><p>地址：北京市海淀区复兴路3号　邮编：100863</p></div>
<script src="/js/counter.js"></script><script>document.getElementById("hits").innerText = "浏览次数加一";</script>
</body></html>`;
}

export type DocxBlock = string | { text: string; numId: number; level: number } | { table: string[][] };

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`;

function paragraphXml(block: Exclude<DocxBlock, { table: string[][] }>): string {
  const text = typeof block === 'string' ? block : block.text;
  const numPr = typeof block === 'string' ? '' : `<w:pPr><w:numPr><w:ilvl w:val="${block.level}"/><w:numId w:val="${block.numId}"/></w:numPr></w:pPr>`;
  return `<w:p>${numPr}<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
}

/** A minimal WordprocessingML package, zipped by hand: what Word needs to open it, and numbering. */
export async function buildDocx(blocks: DocxBlock[]): Promise<Uint8Array> {
  const body = blocks
    .map((b) =>
      typeof b === 'object' && 'table' in b
        ? `<w:tbl>${b.table.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraphXml(cell)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`
        : paragraphXml(b),
    )
    .join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  zip.file('word/numbering.xml', NUMBERING);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A task-division table (重点任务分工表) written for the spreadsheet tests: its title, header row and three tasks, one
 *  with a two-line cell and a date, one with an empty cell. The .xlsx tests build it; the .xls fixtures were saved from it. */
export const TASK_TABLE = {
  title: '某某市2025年优化营商环境重点任务分工表',
  header: ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
  tasks: [
    [1, '推行涉企经营许可事项清单管理，\n清单之外不得违规设置准入条件。', '市市场监管局', '市发展改革委、市司法局', { date: '2025-06-30' }],
    [2, '深化工程建设项目审批制度改革，审批时间压减至40个工作日以内。', '市住房城乡建设局', '市自然资源局', '2025年底前'],
    [3, '建立健全政企沟通机制。', '市工商联', null, '持续推进'],
  ] as XlsxCell[][],
};

/** Path and bytes of the committed fixtures in `dir` (a folder URL beside the test). */
export function fixtureFolder(dir: URL) {
  const path = (name: string) => new URL(name, dir).pathname;
  return { path, bytes: (name: string) => readFileSync(path(name)) };
}

/** A spreadsheet cell: text (a shared string), a number, a date (a number styled with Excel's built-in date format 14),
 *  or a number shown as a percentage (styled with the custom format 0.0%). */
export type XlsxCell = string | number | { date: string } | { percent: number } | null;

const colName = (i: number) => (i >= 26 ? String.fromCharCode(64 + Math.floor(i / 26)) : '') + String.fromCharCode(65 + (i % 26));
const escapeXml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Days since 1899-12-30, Excel's serial date (1900 date system). */
const excelSerial = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);

/**
 * A minimal SpreadsheetML package (ECMA-376 Part 1, §18), zipped by hand: the workbook, one worksheet per
 * sheet with the given rows, shared strings, a style sheet whose second cell format is a date and third a percentage, and
 * `merged` ranges (A1:E1) as a title row spanning the table is saved.
 */
export async function buildXlsx(
  sheets: { name: string; rows: XlsxCell[][]; merged?: string[] }[],
  opts: { lastRowAt?: number } = {},
): Promise<Uint8Array> {
  const strings: string[] = [];
  const stringIndex = (t: string) => {
    const at = strings.indexOf(t);
    return at >= 0 ? at : strings.push(t) - 1;
  };
  const cellXml = (value: XlsxCell, ref: string) => {
    if (value === null) return '';
    if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
    if (typeof value === 'object' && 'percent' in value) return `<c r="${ref}" s="2"><v>${value.percent}</v></c>`;
    if (typeof value === 'object') return `<c r="${ref}" s="1"><v>${excelSerial(value.date)}</v></c>`;
    return `<c r="${ref}" t="s"><v>${stringIndex(value)}</v></c>`;
  };
  const zip = new JSZip();
  sheets.forEach((sheet, i) => {
    // `lastRowAt` moves a sheet's last row down the sheet (a far cell, as a bounds test needs).
    const rowNumber = (r: number) => (opts.lastRowAt && r === sheet.rows.length - 1 ? opts.lastRowAt : r + 1);
    const rows = sheet.rows
      .map((row, r) => `<row r="${rowNumber(r)}">${row.map((v, c) => cellXml(v, `${colName(c)}${rowNumber(r)}`)).join('')}</row>`)
      .join('');
    const merges = sheet.merged?.length ? `<mergeCells count="${sheet.merged.length}">${sheet.merged.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${merges}</worksheet>`);
  });
  const S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('\n')}
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${S}" xmlns:r="${R}"><sheets>${sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('')}<Relationship Id="rIdS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${R}/styles" Target="styles.xml"/></Relationships>`);
  zip.file('xl/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${S}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`);
  zip.file('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="${S}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`).join('')}</sst>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A PDF from numbered object bodies (object 1 is the catalog), with a correct xref table. */
export function buildPdf(objects: string[]): Buffer {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const stream = (dict: string, data: string) => `<< ${dict} /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;

/** What a scanner makes: a page that is one image, no text operators at all. */
export function imageOnlyPdf(): Buffer {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('', 'q 495 0 0 742 50 50 cm /Im1 Do Q'),
    stream('/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', '\x00\xff\xff\x00'),
  ]);
}

/** Bytes with no structure (a fixed LCG: the same garbage every run). */
export function garbage(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = 42;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium can print Chinese only with a CJK font installed (Debian: fonts-wqy-microhei). */
export async function canPrintChinese(): Promise<{ ok: boolean; why: string }> {
  if (!existsSync(CHROMIUM)) return { ok: false, why: `no Chromium at ${CHROMIUM} (apt-get install chromium)` };
  const fonts = await run('fc-list', [':lang=zh'], { encoding: 'utf8' }).catch(() => ({ stdout: '' }));
  if (!fonts.stdout.trim()) return { ok: false, why: 'no CJK font for Chromium (apt-get install fonts-wqy-microhei)' };
  return { ok: true, why: '' };
}

/** Print an HTML file to PDF with headless Chromium, its default running header and footer included. */
export async function printToPdf(htmlPath: string, pdfPath: string, profileDir: string): Promise<void> {
  await run(CHROMIUM, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    `--user-data-dir=${profileDir}`, `--print-to-pdf=${pdfPath}`, `file://${htmlPath}`,
  ], { timeout: 90_000 });
}

/** One run of glyphs on an OFD page: a TextObject with one TextCode, in millimetres, y the baseline (downwards). */
export interface OfdRun {
  text: string;
  x: number;
  y: number;
  size: number;
  deltaX?: string;
  deltaY?: string;
  ctm?: string;
}

/** DeltaX / DeltaY values written the way OFD writers do: repeats as "g <count> <value>". */
export function ofdDeltas(values: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < values.length; ) {
    let j = i;
    while (j < values.length && values[j] === values[i]) j++;
    const v = String(Math.round(values[i] * 1000) / 1000);
    out.push(j - i > 1 ? `g ${j - i} ${v}` : v);
    i = j;
  }
  return out.join(' ');
}

const OFD_WIDE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’—…]/u;

/**
 * Paragraphs set as an official document (GB/T 9704-2012): A4, type area 156 × 225 mm from (28, 37),
 * 28 characters of 3号 a line, 22 lines a page, first lines indented two characters, the first
 * `titleLines` centred in 2号, "— n —" at each page's foot. Two writers: `line` puts each line in a
 * TextObject of its own; `paragraph` puts a paragraph's lines on a page in one TextCode, wrapping with
 * DeltaY and a DeltaX that returns to the margin (as Suwell's and Foxit's converters do).
 */
export function officialLayout(paragraphs: string[], writer: 'line' | 'paragraph', titleLines = 0): OfdRun[][] {
  const LEFT = 28;
  const TOP = 37;
  const WIDTH = 156;
  const PITCH = 225 / 22;
  const EM = WIDTH / 28;
  const TITLE = 7.76;
  const pages: OfdRun[][] = [[]];
  let y = TOP;
  const newLine = (pitch: number) => {
    y += pitch;
    if (y > TOP + 225) {
      pages.push([]);
      y = TOP + pitch;
    }
  };
  paragraphs.forEach((para, p) => {
    const chars = Array.from(para);
    if (p < titleLines) {
      const adv = chars.map((ch) => (OFD_WIDE.test(ch) ? TITLE : TITLE / 2));
      const width = adv.reduce((a, b) => a + b, 0);
      newLine(PITCH * 1.3);
      pages.at(-1)!.push({ text: para, x: LEFT + (WIDTH - width) / 2, y, size: TITLE, deltaX: ofdDeltas(adv.slice(0, -1)) });
      return;
    }
    // Break into lines of the type area's width.
    const lines: { chars: string[]; x0: number }[] = [];
    let current: string[] = [];
    let x0 = LEFT + 2 * EM;
    let width = 2 * EM;
    for (const ch of chars) {
      const adv = OFD_WIDE.test(ch) ? EM : EM / 2;
      if (width + adv > WIDTH + 0.01) {
        lines.push({ chars: current, x0 });
        current = [];
        x0 = LEFT;
        width = 0;
      }
      current.push(ch);
      width += adv;
    }
    if (current.length) lines.push({ chars: current, x0 });
    let group: { line: (typeof lines)[number]; y: number }[] = [];
    const flush = () => {
      if (!group.length) return;
      if (writer === 'line') {
        for (const { line, y: ly } of group) {
          const adv = line.chars.map((ch) => (OFD_WIDE.test(ch) ? EM : EM / 2));
          pages.at(-1)!.push({ text: line.chars.join(''), x: line.x0, y: ly, size: EM, deltaX: ofdDeltas(adv.slice(0, -1)) });
        }
      } else {
        const dx: number[] = [];
        const dy: number[] = [];
        group.forEach(({ line, y: ly }, k) => {
          line.chars.forEach((ch, i) => {
            const last = i === line.chars.length - 1;
            if (last && k === group.length - 1) return;
            const adv = OFD_WIDE.test(ch) ? EM : EM / 2;
            if (!last) {
              dx.push(adv);
              dy.push(0);
            } else {
              const end = line.x0 + line.chars.slice(0, -1).reduce((s, c) => s + (OFD_WIDE.test(c) ? EM : EM / 2), 0);
              dx.push(group[k + 1].line.x0 - end);
              dy.push(group[k + 1].y - ly);
            }
          });
        });
        const first = group[0];
        pages.at(-1)!.push({
          text: group.map((g) => g.line.chars.join('')).join(''),
          x: first.line.x0,
          y: first.y,
          size: EM,
          deltaX: ofdDeltas(dx),
          deltaY: dy.some((v) => v !== 0) ? ofdDeltas(dy) : undefined,
        });
      }
      group = [];
    };
    for (const line of lines) {
      const before = pages.length;
      newLine(PITCH);
      if (pages.length !== before) {
        // The paragraph goes on over a page break: its lines on the page before are one object.
        const page = pages.pop()!;
        flush();
        pages.push(page);
      }
      group.push({ line, y });
    }
    flush();
  });
  pages.forEach((page, i) => {
    const label = `— ${i + 1} —`;
    page.push({ text: label, x: LEFT + WIDTH / 2 - 2 * EM, y: 297 - 20, size: EM, deltaX: ofdDeltas(Array.from(label).slice(0, -1).map((ch) => (OFD_WIDE.test(ch) ? EM : EM / 2))) });
  });
  return pages;
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An OFD package (GB/T 33190-2016) of the given pages, zipped with JSZip: OFD.xml → Doc_0/Document.xml →
 * one Content.xml per page, a font in PublicRes.xml. `prefix` '' writes the elements without the ofd:
 * namespace prefix (some writers do); `image` adds an ImageObject (and its picture) to every page.
 */
export async function buildOfd(pages: OfdRun[][], opts: { prefix?: string; image?: boolean; pageLoc?: (i: number) => string } = {}): Promise<Uint8Array> {
  const p = opts.prefix ?? 'ofd:';
  const ns = p ? ` xmlns:${p.slice(0, -1)}="http://www.ofdspec.org/2016"` : ' xmlns="http://www.ofdspec.org/2016"';
  const loc = opts.pageLoc ?? ((i: number) => `Pages/Page_${i}/Content.xml`);
  const zip = new JSZip();
  zip.file('OFD.xml', `<?xml version="1.0" encoding="UTF-8"?>
<${p}OFD${ns} DocType="OFD" Version="1.0"><${p}DocBody><${p}DocInfo><${p}DocID>0f1e2d3c4b5a69788796a5b4c3d2e1f0</${p}DocID><${p}CreationDate>2022-09-16</${p}CreationDate></${p}DocInfo><${p}DocRoot>Doc_0/Document.xml</${p}DocRoot></${p}DocBody></${p}OFD>`);
  zip.file('Doc_0/Document.xml', `<?xml version="1.0" encoding="UTF-8"?>
<${p}Document${ns}><${p}CommonData><${p}MaxUnitID>${pages.flat().length + 10}</${p}MaxUnitID><${p}PageArea><${p}PhysicalBox>0 0 210 297</${p}PhysicalBox></${p}PageArea><${p}PublicRes>PublicRes.xml</${p}PublicRes></${p}CommonData>
<${p}Pages>${pages.map((_, i) => `<${p}Page ID="${i + 1}" BaseLoc="${loc(i)}"/>`).join('')}</${p}Pages></${p}Document>`);
  zip.file('Doc_0/PublicRes.xml', `<?xml version="1.0" encoding="UTF-8"?>
<${p}Res${ns} BaseLoc="Res"><${p}Fonts><${p}Font ID="3" FontName="仿宋_GB2312" FamilyName="仿宋_GB2312"/></${p}Fonts></${p}Res>`);
  let id = 100;
  pages.forEach((runs, i) => {
    const objects = runs.map((r) => {
      const delta = `${r.deltaX ? ` DeltaX="${r.deltaX}"` : ''}${r.deltaY ? ` DeltaY="${r.deltaY}"` : ''}`;
      return `<${p}TextObject ID="${id++}" Boundary="${r.x.toFixed(3)} ${(r.y - r.size).toFixed(3)} ${(Array.from(r.text).length * r.size).toFixed(3)} ${(r.size * 1.2).toFixed(3)}" Font="3" Size="${r.size.toFixed(3)}"${r.ctm ? ` CTM="${r.ctm}"` : ''}><${p}FillColor Value="0 0 0"/><${p}TextCode X="0" Y="${r.size.toFixed(3)}"${delta}>${xmlText(r.text)}</${p}TextCode></${p}TextObject>`;
    });
    if (opts.image) objects.push(`<${p}ImageObject ID="${id++}" CTM="210 0 0 297 0 0" Boundary="0 0 210 297" ResourceID="9"/>`);
    const at = loc(i);
    zip.file(at.startsWith('/') ? at.slice(1) : `Doc_0/${at}`, `<?xml version="1.0" encoding="UTF-8"?>
<${p}Page${ns}><${p}Area><${p}PhysicalBox>0 0 210 297</${p}PhysicalBox></${p}Area><${p}Content><${p}Layer ID="${id++}">${objects.join('')}</${p}Layer></${p}Content></${p}Page>`);
  });
  if (opts.image) zip.file('Doc_0/Res/scan.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
