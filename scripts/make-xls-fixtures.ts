// Makes the Excel 97-2003 fixtures of tests/ingest/read/xls-fixtures/ with LibreOffice (soffice on the PATH;
// Debian: apt-get install libreoffice-calc-nogui): each workbook is built as a .xlsx by buildXlsx (as the .xlsx tests
// build theirs) and saved by LibreOffice as .xls ("MS Excel 97"), so the two readers can be compared on the same
// table written by a real BIFF8 writer. Run once and commit the output: npx tsx scripts/make-xls-fixtures.ts
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildXlsx, TASK_TABLE, type XlsxCell } from '../tests/ingest/read/fixtures.js';

const OUT = fileURLToPath(new URL('../tests/ingest/read/xls-fixtures/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'xls-fixtures-'));

const { title: TITLE, header: HEADER, tasks: TASKS } = TASK_TABLE;

/** A task table long enough that its shared strings run past one BIFF record (8,224 bytes) into CONTINUE records,
 *  Chinese text stored two bytes a character, so some string is split between two records. Written for this test. */
const LONG_TASKS: XlsxCell[][] = Array.from({ length: 120 }, (_, i) => [
  i + 1,
  `第${i + 1}项：围绕产业链供应链稳定，推动重点领域第${i + 1}批项目开工建设，落实用地、用能、资金等要素保障，按季度调度进展情况。`,
  i % 3 === 0 ? '市发展改革委' : i % 3 === 1 ? '市工业和信息化局' : '市商务局',
  { percent: (i % 20) / 20 },
]);

const WORKBOOKS: Record<string, Parameters<typeof buildXlsx>[0]> = {
  tasks: [
    { name: 'Sheet1', rows: [[TITLE, null, null, null, null], HEADER, ...TASKS], merged: ['A1:E1'] },
    { name: '附表 主要指标', rows: [['指标', '2020年', '2025年'], ['政务服务事项网上可办率', { percent: 0.9 }, { percent: 0.955 }], ['人均体育场地面积（平方米）', 2.2, 2.6]] },
  ],
  long: [{ name: '任务清单', rows: [['序号', '任务', '牵头单位', '完成率'], ...LONG_TASKS] }],
};

try {
  for (const [name, sheets] of Object.entries(WORKBOOKS)) {
    const xlsx = join(work, `${name}.xlsx`);
    writeFileSync(xlsx, await buildXlsx(sheets));
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'xls:MS Excel 97', xlsx, '--outdir', work], { stdio: 'ignore' });
    copyFileSync(xlsx, join(OUT, `${name}.xlsx`));
    copyFileSync(join(work, `${name}.xls`), join(OUT, `${name}.xls`));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
