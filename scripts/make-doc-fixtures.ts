// Makes the Word 97-2003 fixtures of tests/ingest/read/doc-fixtures/ with LibreOffice (soffice on the
// PATH; Debian: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui). Run once and commit
// the output: npx tsx scripts/make-doc-fixtures.ts
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSource } from '../ingest/read/index.js';
import { buildDocx } from '../tests/ingest/read/fixtures.js';

const OUT = fileURLToPath(new URL('../tests/ingest/read/doc-fixtures/', import.meta.url));
const SOURCE = fileURLToPath(new URL('../tests/real/corpus/上海市志愿服务条例(2019-11-15).md', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'doc-fixtures-'));

function soffice(args: string[]): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', ...args, '--outdir', work], { stdio: 'ignore' });
}

try {
  // The .txt twin: the corpus regulation as the markdown reader gives it, without the mirror's marker line.
  const text = (await readSource(SOURCE)).text.replace(/^<!-- INFO END -->\n+/m, '');
  writeFileSync(join(work, 'volunteer.txt'), text + '\n');
  const utf8Text = ['--infilter=Text (encoded):UTF8,LF,,,', '--convert-to'];
  soffice([...utf8Text, 'doc', join(work, 'volunteer.txt')]);
  soffice([...utf8Text, 'docx', join(work, 'volunteer.txt')]);

  // Word automatic numbering and a table, written as a .docx (as the docx tests do), saved as .doc.
  const numbered = await buildDocx([
    '关于推进志愿服务发展的实施意见',
    { text: '总体要求', numId: 1, level: 0 },
    { text: '指导思想', numId: 1, level: 1 },
    { text: '重点任务', numId: 1, level: 0 },
    '推进“志愿上海”建设——到2025年，注册志愿者达到600万人。',
    // U+00AD: LibreOffice writes it as Word's optional hyphen (U+001F in the .doc).
    '开展Inter\u00ADnational志愿服务交流。',
    '附件：任务分工',
    { table: [['任务', '牵头单位'], ['志愿服务日', '市文明办']] },
    '本意见自发布之日起施行。',
  ]);
  writeFileSync(join(work, 'numbered.docx'), numbered);
  soffice(['--convert-to', 'doc', join(work, 'numbered.docx')]);

  // A compound file that is not Word: a two-row sheet saved as Excel 97-2003.
  writeFileSync(join(work, 'sheet.csv'), '任务,牵头单位\n志愿服务日,市文明办\n');
  soffice(['--infilter=CSV:44,34,76', '--convert-to', 'xls', join(work, 'sheet.csv')]);

  for (const name of ['volunteer.txt', 'volunteer.doc', 'volunteer.docx', 'numbered.doc', 'sheet.xls']) {
    copyFileSync(join(work, name), join(OUT, name));
  }
  // A download cut off after 8,000 bytes (the directory, written last, is lost).
  writeFileSync(join(OUT, 'volunteer-cut.doc'), readFileSync(join(work, 'volunteer.doc')).subarray(0, 8000));
} finally {
  rmSync(work, { recursive: true, force: true });
}
