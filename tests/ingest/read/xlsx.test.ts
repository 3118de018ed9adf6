// ingest/read/xlsx.ts: a task-division table or an indicator table published as an Excel workbook (a plan's
// attachment, 附件 重点任务分工表.xlsx) reads as the same table in a Word document or a web page does: a row per
// line, cells tab-separated, so each task becomes a measure with its lead unit and each indicator a target.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../../ingest/read/index.js';
import { cellText, sheetGridCells } from '../../../ingest/read/xlsx.js';
import { isPercentFormat, percentStyles, sheetPartsByName } from '../../../ingest/read/xlsx-formats.js';
import { IngestError } from '../../../ingest/errors.js';
import { extracted } from '../helpers.js';
import { buildDocx, buildXlsx, TASK_TABLE, tempDir, writeFixture, type XlsxCell } from './fixtures.js';

let dir: string;
let dispose: () => Promise<void>;
beforeAll(async () => ({ dir, dispose } = await tempDir()));
afterAll(() => dispose());

const { title: TITLE, header: HEADER, tasks: TASKS } = TASK_TABLE;

async function readXlsx(name: string, sheets: Parameters<typeof buildXlsx>[0]) {
  return readSource(await writeFixture(dir, name, await buildXlsx(sheets)));
}

describe('readSource on an Excel workbook (.xlsx)', () => {
  it('gives the title row, then each table row as one line of tab-separated cells', async () => {
    const r = await readXlsx('tasks.xlsx', [{ name: 'Sheet1', rows: [[TITLE, null, null, null, null], HEADER, ...TASKS], merged: ['A1:E1'] }]);
    expect([r.format, r.encoding]).toEqual(['xlsx', 'binary']);
    expect(r.text.split('\n')).toEqual([
      TITLE,
      HEADER.join('\t'),
      // A cell of two lines (Alt+Enter) joined as a Word cell's paragraphs are; a date cell written as documents write dates.
      '1\t推行涉企经营许可事项清单管理，清单之外不得违规设置准入条件。\t市市场监管局\t市发展改革委、市司法局\t2025年6月30日',
      '2\t深化工程建设项目审批制度改革，审批时间压减至40个工作日以内。\t市住房城乡建设局\t市自然资源局\t2025年底前',
      '3\t建立健全政企沟通机制。\t市工商联\t\t持续推进',
    ]);
  });

  it('writes a sheet’s own name above its rows, not a default name, and drops empty rows', async () => {
    const r = await readXlsx('two-sheets.xlsx', [
      { name: 'Sheet1', rows: [[TITLE], [null, null], HEADER, TASKS[2]] },
      { name: '附表 主要指标', rows: [['指标', '2025年目标'], ['政务服务事项网上可办率（%）', 95]] },
    ]);
    expect(r.text.split('\n')).toEqual([
      TITLE,
      HEADER.join('\t'),
      '3\t建立健全政企沟通机制。\t市工商联\t\t持续推进',
      '附表 主要指标',
      '指标\t2025年目标',
      '政务服务事项网上可办率（%）\t95',
    ]);
  });

  it('makes each task a measure with its lead and partner units, as a task table in a Word file', async () => {
    const r = await readXlsx('tasks-measures.xlsx', [{ name: 'Sheet1', rows: [[TITLE], HEADER, ...TASKS], merged: ['A1:E1'] }]);
    const { doc } = extracted('tasks-measures.xlsx', r.text);
    expect(doc.title).toBe(TITLE);
    const tasks = doc.units.filter((u) => u.kind === 'item');
    expect(tasks.map((u) => u.path)).toEqual(['1', '2', '3']);
    expect(tasks[0].assigned).toEqual(expect.arrayContaining(['市市场监管局', '市发展改革委', '市司法局']));
    expect(tasks[2].assigned).toEqual(['市工商联']);
    // The span of a task is its row, so one click shows the row the measure came from.
    expect(doc.text.slice(tasks[1].span[0], tasks[1].span[1])).toContain('审批时间压减至40个工作日以内');
  });

  it('finds the targets of an indicator table saved as a workbook, each at its target-year value', async () => {
    const r = await readXlsx('indicators.xlsx', [
      {
        name: '主要指标',
        rows: [
          ['某某市“十四五”全民健身发展主要指标'],
          ['序号', '指标', '2020年', '2025年', '属性'],
          [1, '经常参加体育锻炼人数比例（%）', 37.2, 38.5, '预期性'],
          [2, '人均体育场地面积（平方米）', 2.2, 2.6, '约束性'],
        ],
        merged: ['A1:E1'],
      },
    ]);
    const targets = extracted('indicators.xlsx', r.text).targets.map((t) => [t.metric, t.value, t.unit]);
    expect(targets).toEqual(
      expect.arrayContaining([
        ['经常参加体育锻炼人数比例', 38.5, '%'],
        ['人均体育场地面积', 2.6, '平方米'],
      ]),
    );
    expect(targets.filter(([, value]) => value === 37.2 || value === 2.2 || value === 2)).toEqual([]);
  });

  it('writes a number Excel shows as a percentage as one, so an indicator reads 85%, not 0.85', async () => {
    const r = await readXlsx('percent.xlsx', [
      {
        name: '主要指标',
        rows: [
          ['序号', '指标', '2020年', '2025年', '属性'],
          [1, '城镇新增就业人数完成率', { percent: 0.9 }, { percent: 0.955 }, '预期性'],
        ],
      },
    ]);
    expect(r.text.split('\n')).toContain('1\t城镇新增就业人数完成率\t90%\t95.5%\t预期性');
    // The indicator-table rule takes the unit from the value cell when the name has none (as Word tables also print it).
    const targets = extracted('percent.xlsx', '某某市“十四五”就业促进规划\n' + r.text).targets.map((t) => [t.metric, t.value, t.unit, t.year]);
    expect(targets).toEqual([['城镇新增就业人数完成率', 95.5, '%', 2025]]);
  });

  it('starts a table set in from column A at its own first column', async () => {
    const r = await readXlsx('inset.xlsx', [{ name: 'Sheet1', rows: [[null], [null, null, TITLE], [null, null, ...HEADER], [null, null, ...TASKS[2]]] }]);
    expect(r.text.split('\n')).toEqual([TITLE, HEADER.join('\t'), '3\t建立健全政企沟通机制。\t市工商联\t\t持续推进']);
  });

  it('tells percentage formats from others, and each sheet name its worksheet part', () => {
    expect(['0%', '0.00%', '#,##0.0%', '0.0"%"', '[Red]0.0', '0.0\\%'].map(isPercentFormat)).toEqual([true, true, true, false, false, false]);
    const styles = '<numFmts><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="165"/><xf numFmtId="164"/></cellXfs>';
    expect([...percentStyles(styles)]).toEqual([1, 3]);
    const workbook = '<sheets><sheet name="任务&amp;分工" sheetId="1" r:id="rId2"/><x:sheet name="附表" sheetId="2" r:id="rId1"/></sheets>';
    const rels = '<Relationship Id="rId1" Target="worksheets/sheet2.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet1.xml"/>';
    expect([...sheetPartsByName(workbook, rels)]).toEqual([
      ['任务&分工', 'xl/worksheets/sheet1.xml'],
      ['附表', 'xl/worksheets/sheet2.xml'],
    ]);
  });

  it('reads numbers without binary-fraction noise and leaves booleans and empty cells plain', () => {
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(38.5)).toBe('38.5');
    expect(cellText(null)).toBe('');
    expect(cellText('  牵头\t单位 ')).toBe('牵头 单位');
    expect(cellText(new Date(Date.UTC(2024, 0, 5)))).toBe('2024年1月5日');
  });

  it('refuses a workbook cut off in transfer, naming the file and the reason', async () => {
    const whole = await buildXlsx([{ name: 'Sheet1', rows: [[TITLE], HEADER, ...TASKS] }]);
    const path = await writeFixture(dir, 'cut.xlsx', whole.slice(0, Math.floor(whole.length * 0.6)));
    const failure = await readSource(path).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(IngestError);
    expect((failure as IngestError).file).toMatch(/cut\.xlsx$/);
    expect((failure as IngestError).message).toMatch(/Excel workbook|xlsx/);
  });

  it('refuses a .xlsx whose content is a Word document as a format mismatch', async () => {
    const path = await writeFixture(dir, 'really-word.xlsx', await buildDocx(['一段文字']));
    await expect(readSource(path)).rejects.toMatchObject({ reason: 'format-mismatch' });
  });

  it('reads a sheet of 20,000 rows whole and refuses one row more, naming the limit', async () => {
    const rows = (n: number): XlsxCell[][] => [HEADER.slice(0, 2), ...Array.from({ length: n - 1 }, (_, i) => [i + 1, `第${i + 1}项任务`])];
    const r = await readXlsx('long.xlsx', [{ name: 'Sheet1', rows: rows(20_000) }]);
    const lines = r.text.split('\n');
    expect(lines).toHaveLength(20_000);
    expect(lines.at(-1)).toBe('19999\t第19999项任务');
    await expect(readXlsx('longer.xlsx', [{ name: 'Sheet1', rows: rows(20_001) }])).rejects.toMatchObject({
      reason: 'too-long',
      message: expect.stringMatching(/20,001 rows, over the limit of 20,000/),
    });
  }, 60_000);

  it('refuses a tiny workbook whose one far cell would make the reader build a grid of billions, before reading it', async () => {
    // The task workbook with its last row moved to the sheet's last row: 1,048,576 × 5 cells to build.
    const far = await buildXlsx([{ name: 'Sheet1', rows: [[TITLE], HEADER, ...TASKS] }], { lastRowAt: 1_048_576 });
    expect(far.length).toBeLessThan(4000);
    const path = await writeFixture(dir, 'far.xlsx', far);
    await expect(readSource(path)).rejects.toMatchObject({ reason: 'too-long', message: expect.stringMatching(/1,048,576 rows, over the limit of 20,000/) });
    // With the row limit out of the way, the grid limit refuses it too.
    await expect(readSource(path, { limits: { maxSheetRows: 2_000_000 } })).rejects.toMatchObject({
      reason: 'too-long',
      message: expect.stringMatching(/5,242,880 cells.*limit of 1,000,000/),
    });
  });

  it('counts a sheet’s grid from its cell references, and from places where a writer leaves them out', () => {
    expect(sheetGridCells('<sheetData><row r="3"><c r="C3"/><c r="E3"><v>1</v></c></row></sheetData>')).toBe(15);
    expect(sheetGridCells('<sheetData><row><c/><c/></row><row><c/></row><cols><col min="1"/></cols></sheetData>')).toBe(4);
    expect(sheetGridCells('<sheetData><row r="2"><c r="AA2"/></row></sheetData><mergeCells><mergeCell ref="A1:XFD9"/></mergeCells>')).toBe(54);
  });

  it('refuses a workbook whose sheet declares a size over the entry limit before inflating it', async () => {
    const path = await writeFixture(dir, 'big.xlsx', await buildXlsx([{ name: 'Sheet1', rows: [[TITLE], HEADER, ...TASKS] }]));
    await expect(readSource(path, { limits: { maxEntryBytes: 200 } })).rejects.toMatchObject({ reason: 'zip-bomb' });
  });
});
