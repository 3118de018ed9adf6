// Makes the web-archive fixtures of tests/ingest/read/mht-fixtures/ from the regulation of
// doc-fixtures/volunteer.txt, in the shapes Word, Internet Explorer and Chrome write (headers,
// boundaries, part order and encodings copied from such files). Run once and commit the output:
// npx tsx scripts/make-mht-fixtures.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const OUT = fileURLToPath(new URL('../tests/ingest/read/mht-fixtures/', import.meta.url));
const SOURCE = fileURLToPath(new URL('../tests/ingest/read/doc-fixtures/volunteer.txt', import.meta.url));
const CRLF = '\r\n';

const lines = readFileSync(SOURCE, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const [title, ...body] = lines;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page Word writes for "Save as: Single File Web Page" (its HTML part), with or without a <meta charset>. */
function wordPage(meta: boolean): string {
  const paras = body.map(
    (l) => `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>${esc(l)}<span lang=EN-US><o:p></o:p></span></span></p>`,
  );
  return [
    `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">`,
    '<head>',
    ...(meta ? ['<meta http-equiv=Content-Type content="text/html; charset=gb2312">'] : []),
    '<meta name=ProgId content=Word.Document>',
    '<meta name=Generator content="Microsoft Word 15">',
    '<link rel=File-List href="volunteer.files/filelist.xml">',
    `<title>${esc(title)}</title>`,
    '<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:SpellingState>Clean</w:SpellingState></w:WordDocument></xml><![endif]-->',
    '<style><!-- p.MsoNormal {margin:0cm; text-align:justify; font-size:10.5pt;} @page WordSection1 {size:595.3pt 841.9pt;} div.WordSection1 {page:WordSection1;} --></style>',
    '</head>',
    "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>",
    "<div class=WordSection1 style='layout-grid:15.6pt'>",
    `<p class=MsoTitle align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>${esc(title)}<span lang=EN-US><o:p></o:p></span></span></b></p>`,
    ...paras,
    `<p class=MsoNormal><span lang=EN-US><!--[if gte vml 1]><v:shape id="_x0000_i1025" type="#_x0000_t75"><v:imagedata src="volunteer.files/image001.png" o:title=""/></v:shape><![endif]--><![if !vml]><img width=40 height=40 src="volunteer.files/image002.png" v:shapes="_x0000_i1025"><![endif]></span></p>`,
    '</div>',
    '</body>',
    '</html>',
  ].join(CRLF);
}

/** A government site's article page (navigation, breadcrumb, footer around the article), UTF-8. */
function sitePage(): string {
  const nav = ['首页', '政务公开', '政策文件', '政策解读', '互动交流', '办事服务'].map((n, i) => `<li><a href="/col${i}/">${n}</a></li>`).join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${esc(title)}_政策文件_上海市人民政府</title>`,
    '<link rel="stylesheet" href="https://www.shanghai.gov.cn/css/main.css">',
    '</head><body>',
    `<div class="header"><ul class="nav">${nav}</ul></div>`,
    '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zcwj/">政策文件</a></div>',
    '<div class="article">',
    `<h1>${esc(title)}</h1>`,
    '<div class="info">发布日期：2019-11-15　来源：上海市人大常委会</div>',
    '<div class="content">',
    ...body.map((l) => `<p>${esc(l)}</p>`),
    '</div></div>',
    '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>',
    '<div class="footer"><p>主办：上海市人民政府办公厅　沪ICP备12345678号</p><img src="https://www.shanghai.gov.cn/images/logo.png"></div>',
    '</body></html>',
  ].join('\n');
}

/** RFC 2045 6.7 quoted-printable of bytes, lines of at most 76 characters with soft breaks, as Word writes it. */
function quotedPrintable(bytes: Buffer): string {
  const out: string[] = [];
  let line = '';
  const push = (token: string) => {
    if (line.length + token.length > 75) {
      out.push(line + '=');
      line = '';
    }
    line += token;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0d && bytes[i + 1] === 0x0a) {
      out.push(line);
      line = '';
      i++;
    } else if ((b >= 33 && b <= 126 && b !== 61) || (b === 32 && bytes[i + 1] !== 0x0d)) push(String.fromCharCode(b));
    else push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
  }
  out.push(line);
  return out.join(CRLF);
}

const base64Lines = (bytes: Buffer, width = 76) => (bytes.toString('base64').match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join(CRLF);

// A 1×1 PNG and the filelist.xml Word adds: parts that must be passed over.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const FILELIST = '<xml xmlns:o="urn:schemas-microsoft-com:office:office">\r\n <o:MainFile HRef="../volunteer.htm"/>\r\n <o:File HRef="image001.png"/>\r\n <o:File HRef="filelist.xml"/>\r\n</xml>';

function part(headers: string[], content: string): string {
  return [...headers, '', content, ''].join(CRLF);
}

function archive(top: string[], boundary: string, preamble: string, parts: string[]): string {
  return [...top, '', preamble, '', ...parts.map((p) => `--${boundary}${CRLF}${p}`), `--${boundary}--`, ''].join(CRLF);
}

mkdirSync(OUT, { recursive: true });

// 1. Word, "Single File Web Page": GBK page in quoted-printable, then an image and filelist.xml.
const wordHtml = iconv.encode(wordPage(true), 'gbk');
writeFileSync(join(OUT, 'volunteer-word.html'), wordHtml);
const wordBoundary = '----=_NextPart_01DA2F3B.6C8E1A40';
writeFileSync(
  join(OUT, 'volunteer-word.mht'),
  archive(
    ['MIME-Version: 1.0', 'X-Document-Type: Word', `Content-Type: multipart/related; boundary="${wordBoundary}"`],
    wordBoundary,
    'This document is a Single File Web Page, also known as a Web Archive file.  If you are seeing this message, your browser or editor doesn\'t support Web Archive files.  Please download a browser that supports Web Archive, such as Windows® Internet Explorer®.',
    [
      part(['Content-Location: file:///C:/3F2A1B7C/volunteer.htm', 'Content-Transfer-Encoding: quoted-printable', 'Content-Type: text/html; charset="gb2312"'], quotedPrintable(wordHtml)),
      part(['Content-Location: file:///C:/3F2A1B7C/volunteer.files/image002.png', 'Content-Transfer-Encoding: base64', 'Content-Type: image/png'], base64Lines(PNG)),
      part(['Content-Location: file:///C:/3F2A1B7C/volunteer.files/filelist.xml', 'Content-Transfer-Encoding: quoted-printable', 'Content-Type: text/xml; charset="utf-8"'], FILELIST),
    ],
  ),
  'latin1',
);

// 2. Internet Explorer "Web Archive, single file", served as .doc: the page has no <meta charset>,
// only the part's Content-Type names gb2312; an image part comes first, the page after it.
const ieBoundary = '----=_NextPart_000_0000_01DA2F3B.6C8E1A40';
writeFileSync(
  join(OUT, 'volunteer-ie.doc'),
  archive(
    [
      'From: <Saved by Windows Internet Explorer 8>',
      `Subject: =?gb2312?B?${iconv.encode(title, 'gbk').toString('base64')}?=`,
      'Date: Fri, 15 Nov 2019 10:12:31 +0800',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      `\tboundary="${ieBoundary}"`,
      'X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24158',
    ],
    ieBoundary,
    'This is a multi-part message in MIME format.',
    [
      part(['Content-Type: image/png', 'Content-Transfer-Encoding: base64', 'Content-Location: http://www.shanghai.gov.cn/images/logo.png'], base64Lines(PNG)),
      part(['Content-Type: text/html;', '\tcharset="gb2312"', 'Content-Transfer-Encoding: quoted-printable', 'Content-Location: http://www.shanghai.gov.cn/nw12344/volunteer.html'], quotedPrintable(iconv.encode(wordPage(false), 'gbk'))),
    ],
  ),
  'latin1',
);

// 3. Chrome "Webpage, single file" (.mhtml) of a site's article page: UTF-8 page in base64.
const site = Buffer.from(sitePage(), 'utf8');
writeFileSync(join(OUT, 'volunteer-site.html'), site);
const chromeBoundary = '----MultipartBoundary--Hq3PkA8Zt1cVx2GmRwYbN7sJfE5dLo0uTiKnMa4WpC----';
writeFileSync(
  join(OUT, 'volunteer-site.mhtml'),
  archive(
    [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://www.shanghai.gov.cn/nw12344/volunteer.html',
      `Subject: =?utf-8?B?${Buffer.from(title).toString('base64')}?=`,
      'Date: Fri, 15 Nov 2019 02:12:31 -0000',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      `\tboundary="${chromeBoundary}"`,
    ],
    chromeBoundary,
    '',
    [
      part(['Content-Type: text/html', 'Content-ID: <frame-8C1F2E3D4B5A69788796A5B4C3D2E1F0@mhtml.blink>', 'Content-Transfer-Encoding: base64', 'Content-Location: https://www.shanghai.gov.cn/nw12344/volunteer.html'], base64Lines(site)),
      part(['Content-Type: text/css', 'Content-Transfer-Encoding: quoted-printable', 'Content-Location: https://www.shanghai.gov.cn/css/main.css'], '@charset "utf-8";=0D=0A.nav li { float: left; }'),
      part(['Content-Type: image/png', 'Content-Transfer-Encoding: base64', 'Content-Location: https://www.shanghai.gov.cn/images/logo.png'], base64Lines(PNG)),
    ],
  ),
  'latin1',
);
