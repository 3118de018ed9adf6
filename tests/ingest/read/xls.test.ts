// ingest/read/xls.ts and biff.ts: a task or indicator table published as an Excel 97-2003 workbook (.xls, the format
// of many 附件 on government sites) reads as the same table saved as .xlsx: the same lines, so the same measures and
// targets. Fixtures: xls-fixtures/README.md (LibreOffice-saved twins of .xlsx workbooks, and files of Apache POI's
// test data written by Excel and other real writers).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BiffReader, records, REC, rkNumber } from '../../../ingest/read/biff.js';
import { checkCfb } from '../../../ingest/read/cfb-guard.js';
import { readSource } from '../../../ingest/read/index.js';
import { formatKind, serialDate } from '../../../ingest/read/xls.js';
import { extracted } from '../helpers.js';
import { fixtureFolder, tempDir, writeFixture } from './fixtures.js';
import { failure, survivesDamage } from './twins.js';

const { path: fixture, bytes } = fixtureFolder(new URL('./xls-fixtures/', import.meta.url));

let dir: string;
let dispose: () => Promise<void>;
beforeAll(async () => ({ dir, dispose } = await tempDir()));
afterAll(() => dispose());

describe('readSource on an Excel 97-2003 workbook (.xls)', () => {
  it('gives the same lines as the .xlsx it was saved from: merged title, cells, date, percentages, sheet name', async () => {
    const [xls, xlsx] = await Promise.all([readSource(fixture('tasks.xls')), readSource(fixture('tasks.xlsx'))]);
    expect([xls.format, xls.encoding]).toEqual(['xls', 'binary']);
    expect(xls.text).toBe(xlsx.text);
    expect(xls.text.split('\n')).toEqual([
      '某某市2025年优化营商环境重点任务分工表',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '1\t推行涉企经营许可事项清单管理，清单之外不得违规设置准入条件。\t市市场监管局\t市发展改革委、市司法局\t2025年6月30日',
      '2\t深化工程建设项目审批制度改革，审批时间压减至40个工作日以内。\t市住房城乡建设局\t市自然资源局\t2025年底前',
      '3\t建立健全政企沟通机制。\t市工商联\t\t持续推进',
      '附表 主要指标',
      '指标\t2020年\t2025年',
      '政务服务事项网上可办率\t90%\t95.5%',
      '人均体育场地面积（平方米）\t2.2\t2.6',
    ]);
  });

  it('makes each task a measure with its lead unit, as the same table in a .xlsx or a Word file', async () => {
    const r = await readSource(fixture('tasks.xls'));
    const { doc } = extracted('tasks.xls', r.text);
    const tasks = doc.units.filter((u) => u.kind === 'item');
    expect(tasks.map((u) => u.path)).toEqual(['1', '2', '3']);
    expect(tasks[0].assigned).toEqual(expect.arrayContaining(['市市场监管局', '市发展改革委', '市司法局']));
  });

  it('reads shared strings that run from one record into its CONTINUE records, a string split between them', async () => {
    const cfb = checkCfb(bytes('long.xls'));
    const stream = cfb.read(cfb.streams.get('Workbook')!);
    const sst = [...records(stream)].find((r) => r.type === REC.SST)!;
    expect(sst.parts.length).toBeGreaterThanOrEqual(3);
    const [xls, xlsx] = await Promise.all([readSource(fixture('long.xls')), readSource(fixture('long.xlsx'))]);
    expect(xls.text).toBe(xlsx.text);
    expect(xls.text.split('\n')).toHaveLength(122);
    expect(xls.text).toContain('120\t第120项：围绕产业链供应链稳定，推动重点领域第120批项目开工建设');
  });

  it('reads real writers’ files: Chinese strings, a file ending inside its last sector, a chain longer than its stream', async () => {
    expect((await readSource(fixture('poi-chinese-provinces.xls'))).text.split('\n').slice(0, 3)).toEqual([
      'provinces',
      'Provinces in China\tChinese Name',
      'Anhui\t安徽省',
    ]);
    expect(bytes('poi-47251.xls').length % 512).not.toBe(0);
    expect((await readSource(fixture('poi-47251.xls'))).text).toMatch(/^AuctionSummary\nAuction Summary \(Public Issues Only\)/);
    expect((await readSource(fixture('poi-45290.xls'))).text).toMatch(/^Auction Date\tType\tCounty/);
    // A format code overrunning its record costs that format, not the workbook (POI's test expects this word).
    expect((await readSource(fixture('poi-61045_govdocs1_626534.xls'))).text).toContain('NONBUSINESS');
  });

  it('tells a workbook holding an embedded Word document from a Word document', async () => {
    const r = await readSource(fixture('poi-ole2-embedding.xls'));
    expect([r.format, r.text]).toEqual(['xls', '1\n2\n3']);
  });

  it('refuses an encrypted workbook and an Excel 5.0/95 one, each with what to do', async () => {
    await expect(readSource(fixture('poi-password.xls'))).rejects.toEqual(failure('unreadable', /encrypted.*save it again/));
    await expect(readSource(fixture('poi-testEXCEL_95.xls'))).rejects.toEqual(failure('unsupported-format', /Excel 5\.0\/95.*save it as \.xlsx/));
  });

  it('gives a cut-off download whole or refuses it as truncated, never as part of its table', async () => {
    const full = bytes('long.xls');
    const whole = (await readSource(fixture('long.xls'))).text;
    for (const n of [400, 4096, 9000, 20_000, full.length - 600, full.length - 1]) {
      const path = await writeFixture(dir, `cut-${n}.xls`, full.subarray(0, n));
      const got = await readSource(path).then((r) => r.text, (e: unknown) => e);
      if (typeof got === 'string') expect(got).toBe(whole);
      else expect(got).toEqual(failure('truncated', /cut off|damaged/));
    }
  });

  it('reads damaged bytes as text or refuses them with a one-line reason, quickly', async () => {
    await survivesDamage({ dir, name: 'damaged.xls', full: bytes('tasks.xls'), values: fc.integer({ min: 0, max: 255 }), reasons: ['truncated', 'unsupported-format', 'unreadable', 'too-long', 'no-structure', 'empty', 'binary'], runs: 150, check: (_reason, message) => expect(message).not.toMatch(/unexpected failure/) });
  });

  it('refuses a sheet over the row limit and a workbook over the cell limit, naming the limit', async () => {
    await expect(readSource(fixture('long.xls'), { limits: { maxSheetRows: 100 } })).rejects.toEqual(failure('too-long', /over 100 rows, the limit per sheet/));
    await expect(readSource(fixture('long.xls'), { limits: { maxSheetCells: 300 } })).rejects.toEqual(failure('too-long', /cells .* over the limit of 300/));
  });
});

describe('BIFF8 records and values', () => {
  it('reads a string whose characters go on in the next record, stored one byte each there', () => {
    // 4 characters, two-byte: 任务 in the record, then a CONTINUE whose flag byte (0) says "ab" is one byte each.
    const first = Buffer.concat([Buffer.from([4, 0, 1]), Buffer.from('任务', 'utf16le')]);
    const cont = Buffer.concat([Buffer.from([0]), Buffer.from('ab', 'latin1')]);
    expect(new BiffReader([first, cont]).string(2)).toBe('任务ab');
    expect(() => new BiffReader([first]).string(2)).toThrow(/runs past its record/);
  });

  it('decodes RK numbers: integers, doubles by their high bits, and hundredths', () => {
    expect(rkNumber((123 << 2) | 2)).toBe(123);
    expect(rkNumber(((-7 << 2) | 2) >>> 0)).toBe(-7);
    expect(rkNumber((12345 << 2) | 3)).toBe(123.45);
    expect(rkNumber(0x3ff00000)).toBe(1);
  });

  it('turns date serials into days, with the 1900 system’s phantom 29 February and the 1904 system', () => {
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    expect(iso(serialDate(45838, false))).toBe('2025-06-30');
    expect(iso(serialDate(45838.75, false))).toBe('2025-06-30');
    expect([1, 59, 61].map((n) => iso(serialDate(n, false)))).toEqual(['1900-01-01', '1900-02-28', '1900-03-01']);
    expect(iso(serialDate(0, true))).toBe('1904-01-01');
  });

  it('tells dates, months, times and percentages from number formats, outside quoted text and brackets', () => {
    expect(formatKind('yyyy"年"m"月"d"日"')).toBe('date');
    expect(formatKind('[$-F800]dddd, mmmm dd, yyyy')).toBe('date');
    expect(formatKind('yyyy"年"m"月"')).toBe('month');
    expect(formatKind('h:mm')).toBe('time');
    expect(formatKind('0.0%')).toBe('percent');
    expect(['0.0"万元"', '[Red]0.00', '#,##0', 'General', '0.00_);(0.00)', '@'].map(formatKind)).toEqual(Array(6).fill('number'));
  });
});
