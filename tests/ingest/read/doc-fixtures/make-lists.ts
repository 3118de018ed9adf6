// Makes doc-fixtures/lists.doc and its twin lists.txt: a regulation whose chapter, article and item
// numbers (第一章 第一条 （一）) are Word automatic numbering, not typed. The article numbers come from
// a paragraph style that carries the list (as Chinese Word templates do); the items restart for each
// article as a list of their own. (A w:startOverride restart is not used: LibreOffice 7.4 saves it as
// two lists that both show （一）, and reads its own .doc back that way.) The .txt twin has the same numbers typed, as written below by hand.
// Also formats.doc / formats.txt: one multi-level list in the other Chinese number formats (壹 甲 ①).
// The .docx each .doc is converted from is kept too (written here, not by LibreOffice).
// Needs soffice on the PATH (Debian: libreoffice-writer-nogui). Run once and commit the output:
//   npx tsx tests/ingest/read/doc-fixtures/make-lists.ts
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const OUT = fileURLToPath(new URL('./', import.meta.url));

/** [typed label for the .txt twin, text, how the .docx numbers it]. */
type Kind = 'title' | 'chapter' | 'article' | 'items1' | 'items2' | 'f0' | 'f1' | 'f2' | 'f3';
const DOCUMENT: Array<[string, string, Kind]> = [
  ['', '某市志愿服务管理办法', 'title'],
  ['第一章 ', '总则', 'chapter'],
  ['第一条 ', '为了规范志愿服务管理，保障志愿者和志愿服务对象的合法权益，根据有关法律、法规，结合本市实际，制定本办法。', 'article'],
  ['第二条 ', '本办法适用于本市行政区域内的志愿服务及其管理活动。', 'article'],
  ['第二章 ', '志愿者', 'chapter'],
  ['第三条 ', '志愿者享有下列权利：', 'article'],
  ['（一）', '获得志愿服务真实、准确、完整的信息；', 'items1'],
  ['（二）', '获得从事志愿服务必要的条件和保障；', 'items1'],
  ['（三）', '对志愿服务组织的工作提出意见和建议。', 'items1'],
  ['第四条 ', '志愿者应当履行下列义务：', 'article'],
  ['（一）', '遵守法律、法规和志愿服务组织的章程；', 'items2'],
  ['（二）', '保守在志愿服务中获悉的个人隐私和商业秘密。', 'items2'],
  ['第三章 ', '附则', 'chapter'],
  ['第五条 ', '本办法自2026年1月1日起施行。', 'article'],
];
const FORMATS: Array<[string, string, Kind]> = [
  ['', '关于做好志愿服务工作的意见', 'title'],
  ['壹、', '总体要求', 'f0'],
  ['甲、', '指导思想', 'f1'],
  ['乙、', '基本原则', 'f1'],
  ['1.', '坚持统筹协调。', 'f2'],
  ['①', '加强组织领导。', 'f3'],
  ['②', '完善保障措施。', 'f3'],
  ['2.', '坚持依法管理。', 'f2'],
  ['贰、', '重点任务', 'f0'],
  ['甲、', '建设服务阵地。', 'f1'],
];

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const level = (fmt: string, text: string, suff: string) =>
  `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:suff w:val="${suff}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0">${level('chineseCounting', '第%1章', 'space')}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">${level('chineseCounting', '第%1条', 'space')}</w:abstractNum>
<w:abstractNum w:abstractNumId="2">${level('chineseCounting', '（%1）', 'nothing')}</w:abstractNum>
<w:abstractNum w:abstractNumId="4">${level('chineseCounting', '（%1）', 'nothing')}</w:abstractNum>
<w:abstractNum w:abstractNumId="3">${[
  ['chineseLegalSimplified', '%1、'],
  ['ideographTraditional', '%2、'],
  ['decimal', '%3.'],
  ['decimalEnclosedCircleChinese', '%4'],
].map(([fmt, text], i) => level(fmt, text, 'nothing').replace('w:ilvl="0"', `w:ilvl="${i}"`)).join('')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="4"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Article"><w:name w:val="条文"/><w:basedOn w:val="Normal"/>
<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
</w:styles>`;

function paragraph(text: string, kind: Kind): string {
  const pPr = {
    title: '',
    chapter: '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>',
    article: '<w:pPr><w:pStyle w:val="Article"/></w:pPr>',
    items1: '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>',
    items2: '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr></w:pPr>',
    f0: '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr>',
    f1: '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr></w:pPr>',
    f2: '<w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="5"/></w:numPr></w:pPr>',
    f3: '<w:pPr><w:numPr><w:ilvl w:val="3"/><w:numId w:val="5"/></w:numPr></w:pPr>',
  }[kind];
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

async function docx(document: Array<[string, string, Kind]>): Promise<Uint8Array> {
  const zip = new JSZip();
  const part = (name: string, type: string) => `<Override PartName="/word/${name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${type}+xml"/>`;
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
${part('document.xml', 'document.main')}${part('numbering.xml', 'numbering')}${part('styles.xml', 'styles')}
</Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'numbering', 'numbering.xml')}${rel('rId2', 'styles', 'styles.xml')}</Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${document.map(([, text, kind]) => paragraph(text, kind)).join('')}</w:body></w:document>`);
  zip.file('word/numbering.xml', NUMBERING);
  zip.file('word/styles.xml', STYLES);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const work = mkdtempSync(join(tmpdir(), 'doc-lists-'));
try {
  for (const [name, document] of [['lists', DOCUMENT], ['formats', FORMATS]] as const) {
    writeFileSync(join(work, `${name}.docx`), await docx(document));
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'doc', join(work, `${name}.docx`), '--outdir', work], { stdio: 'ignore' });
    copyFileSync(join(work, `${name}.doc`), join(OUT, `${name}.doc`));
    copyFileSync(join(work, `${name}.docx`), join(OUT, `${name}.docx`));
    writeFileSync(join(OUT, `${name}.txt`), document.map(([label, text]) => label + text).join('\n') + '\n');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
