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
