// One synthetic plan as a file in one of the formats users bring: UTF-8 or GBK text, a saved web
// page with navigation and footer around the article, or a Word .docx (built with jszip).
import iconv from 'iconv-lite';
import JSZip from 'jszip';

export type Format = 'txt-utf8' | 'txt-gbk' | 'html' | 'docx';

/** Mixed formats by a fixed share: 55 % UTF-8 text, 15 % GBK text, 20 % web pages, 10 % docx. */
export function formatFor(r: number): Format {
  if (r < 0.55) return 'txt-utf8';
  if (r < 0.7) return 'txt-gbk';
  if (r < 0.9) return 'html';
  return 'docx';
}

export const EXTENSION: Record<Format, string> = { 'txt-utf8': 'txt', 'txt-gbk': 'txt', html: 'html', docx: 'docx' };

export async function encode(format: Format, title: string, text: string): Promise<Buffer> {
  switch (format) {
    case 'txt-utf8':
      return Buffer.from(text, 'utf8');
    case 'txt-gbk':
      return iconv.encode(text, 'gbk');
    case 'html':
      return Buffer.from(html(title, text), 'utf8');
    case 'docx':
      return docx(text);
  }
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function html(title: string, text: string): string {
  const paragraphs = text.split('\n').filter((l) => l.trim()).map((l) => `<p>${escape(l)}</p>`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(title)}_通知公告</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/tzgg">通知公告</a></div>
<div class="article">
${paragraphs}
</div>
<div class="footer">版权所有 主办单位 ICP备案号 联系我们 网站地图</div>
</body></html>
`;
}

async function docx(text: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  const body = text.split('\n').map((l) => `<w:p><w:r><w:t xml:space="preserve">${escape(l)}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  // A fixed date keeps the bytes the same for the same seed.
  for (const f of Object.values(zip.files)) f.date = new Date('2020-01-01T00:00:00Z');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
