// ingest/read/pdf-tables.ts through layoutText, on hand-made text items laid out as the two table styles of official
// documents: cells centred with padding (Chromium's and WPS's tables), and Word's default (no vertical padding, cells
// aligned to the top, a 类别 cell merged over rows); and on the page shapes that must stay paragraphs.
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../ingest/read/index.js';
import { layoutText, type PdfItem } from '../../../ingest/read/pdf-layout.js';
import { buildOfd, ofdDeltas, tempDir, writeFixture, type OfdRun } from './fixtures.js';

const CJK = /[\p{Script=Han}\uFF00-\uFFEF（）]/u;
/** One item: ideographs a full em wide, digits and Latin half. */
const at = (str: string, x: number, y: number, size: number): PdfItem => ({
  str,
  x,
  y,
  size,
  width: [...str].reduce((w, ch) => w + (CJK.test(ch) ? size : size * 0.55), 0),
});
const read = (items: PdfItem[]) => layoutText([{ items, width: 595 }]).split('\n');

describe('a table on a PDF page', () => {
  it('reads an indicator table whose cells are centred and wrapped as rows of tab-separated cells', () => {
    const s = 12;
    const items = [
      at('表1 主要指标', 34, 688, s),
      // Header: 序号 and 2020年 / 2025年 wrapped on two lines, 指标 and 属性 centred between them.
      at('序', 44, 660, s), at('号', 44, 646, s), at('指标', 242, 652, s), at('2020', 451, 660, s), at('年', 458, 646, s),
      at('2025', 498, 660, s), at('年', 505, 646, s), at('属性', 544, 652, s),
      at('1', 39, 620, s), at('经常参加体育锻炼人数比例（%）', 71, 620, s), at('37.2', 446, 620, s), at('38.5', 493, 620, s),
      at('预期', 540, 628, s), at('性', 540, 613, s),
      // A name cell wrapped on two lines around its row's numbers.
      at('3', 39, 588, s), at('每千人拥有社会体育指导员数', 71, 595, s), at('量（人）', 71, 581, s), at('2.16', 446, 588, s),
      at('2.5', 493, 588, s), at('预期', 540, 595, s), at('性', 540, 581, s),
      at('二、主要任务', 34, 488, s),
    ];
    expect(read(items)).toEqual([
      '表1 主要指标',
      '序号\t指标\t2020年\t2025年\t属性',
      '1\t经常参加体育锻炼人数比例（%）\t37.2\t38.5\t预期性',
      '3\t每千人拥有社会体育指导员数量（人）\t2.16\t2.5\t预期性',
      '二、主要任务',
    ]);
  });

  it('reads a Word table with no vertical padding row by row, a merged 类别 cell leaving its later rows empty', () => {
    const s = 10.5;
    const row = (y: number, cells: [string, number][]) => cells.map(([t, x]) => at(t, x, y, s));
    const items = [
      ...row(606, [['类别', 40], ['序号', 72], ['指标名称', 157], ['2020年', 263], ['2025年', 339], ['属性', 420]]),
      ...row(593.3, [['就业', 40], ['1', 72], ['城镇新增就业人数', 105], ['65', 263], ['[350]', 309], ['预期性', 415]]),
      ...row(580.5, [['2', 72], ['城镇调查失业率（%）', 105], ['5.2', 263], ['<5.5', 309], ['预期性', 415]]),
      ...row(567, [['收入', 40], ['3', 72], ['农村居民人均可支配收入（元）', 105], ['16000', 263], ['22000', 309], ['预期性', 415]]),
    ];
    expect(read(items)).toEqual([
      '类别\t序号\t指标名称\t2020年\t2025年\t属性',
      '就业\t1\t城镇新增就业人数\t65\t[350]\t预期性',
      '\t2\t城镇调查失业率（%）\t5.2\t<5.5\t预期性',
      '收入\t3\t农村居民人均可支配收入（元）\t16000\t22000\t预期性',
    ]);
  });

  it('reads a task table whose long cells wrap over several lines, each row one line with its bodies', () => {
    const s = 10.5;
    const items = [
      at('序', 42, 437, s), at('号', 42, 424.5, s), at('重点任务', 183, 437, s), at('牵头单位', 361, 437, s), at('配合单位', 453, 437, s),
      at('深化“放管服”改革，全面推行证明事项告知承诺', 66, 412, s), at('省政务服务', 353, 412, s),
      at('省市场监管局、省公', 423, 406, s),
      at('1', 40, 400, s), at('制，推动政务服务事项“一网通办”，实现企业开', 66, 400, s), at('和大数据管', 353, 400, s),
      at('安厅', 423, 394, s),
      at('办全流程一天办结。', 66, 388, s), at('理局', 353, 388, s),
      at('省住房城乡', 353, 369, s),
      at('2', 40, 363, s), at('优化工程建设项目审批流程。', 66, 363, s), at('省自然资源厅', 423, 363, s),
      at('建设厅', 353, 357, s),
    ];
    expect(read(items)).toEqual([
      '序号\t重点任务\t牵头单位\t配合单位',
      '1\t深化“放管服”改革，全面推行证明事项告知承诺制，推动政务服务事项“一网通办”，实现企业开办全流程一天办结。\t省政务服务和大数据管理局\t省市场监管局、省公安厅',
      '2\t优化工程建设项目审批流程。\t省住房城乡建设厅\t省自然资源厅',
    ]);
  });

  it('leaves a centred heading spaced out in three parts, the body after it and a signature line as they were', () => {
    const items = [
      at('第一章', 250, 729, 16), at('总', 314, 729, 16), at('则', 346, 729, 16),
      at('第一条', 34, 685, 16), at('为了规范管理，制定本办法。', 98, 685, 16),
      at('第二条', 34, 657, 16), at('本办法自印发之日起施行。', 98, 657, 16),
      at('某某省人民政府办公厅', 34, 560, 16), at('2021年3月5日印发', 339, 560, 16),
    ];
    // A joint signature of three bodies spaced on one line, the last wrapped under it: one seed row, no table.
    const joint = [
      at('某某省人力资源和社会保障厅', 34, 400, 16), at('某某省财政厅', 290, 400, 16), at('某某省教', 514, 400, 16),
      at('育厅', 34, 372, 16), at('2022年5月10日', 420, 344, 16),
    ];
    expect(read(joint).some((l) => l.includes('\t'))).toBe(false);
    const lines = read(items);
    expect(lines.some((l) => l.includes('\t'))).toBe(false);
    expect(lines).toContain('第一章总则');
    expect(lines).toContain('某某省人民政府办公厅 2021年3月5日印发');
  });

  it('ends a table at the paragraph after it, and reads a second table below as a table of its own', () => {
    const s = 12;
    const table = (top: number) => [
      at('序号', 40, top, s), at('指标', 100, top, s), at('2025年', 300, top, s),
      at('1', 40, top - 20, s), at('森林覆盖率（%）', 100, top - 20, s), at('45', 300, top - 20, s),
    ];
    const items = [
      ...table(700),
      at('以上指标由省统计局会同有关部门负责统计，每年第一季度向社会公布上一年度完成情况。', 34, 652, s),
      ...table(600),
    ];
    expect(read(items)).toEqual([
      '序号\t指标\t2025年',
      '1\t森林覆盖率（%）\t45',
      '以上指标由省统计局会同有关部门负责统计，每年第一季度向社会公布上一年度完成情况。',
      '序号\t指标\t2025年',
      '1\t森林覆盖率（%）\t45',
    ]);
  });
});

describe('a table on an OFD page', () => {
  it('reads an indicator table whose glyphs an OFD writer placed one by one as rows of tab-separated cells', async () => {
    // Millimetres, y the baseline downwards; 五号 (3.7 mm) glyphs, each advanced by DeltaX; Word's cell margins.
    const size = 3.7;
    const run = (text: string, x: number, y: number): OfdRun => {
      const adv = [...text].map((ch) => (CJK.test(ch) ? size : size * 0.55));
      return { text, x, y, size, deltaX: ofdDeltas(adv.slice(0, -1)) };
    };
    const body = (text: string, y: number): OfdRun => ({ ...run(text, 28, y), size: 5.6, deltaX: ofdDeltas([...text].slice(1).map(() => 5.6)) });
    const page: OfdRun[] = [
      body('一、主要目标', 50),
      run('序号', 30, 70), run('指标', 50, 70), run('2020年', 120, 70), run('2025年', 145, 70), run('属性', 170, 70),
      run('1', 30, 75), run('森林覆盖率（%）', 50, 75), run('23.6', 120, 75), run('24.1', 145, 75), run('约束性', 170, 75),
      run('2', 30, 80), run('人均公园绿地面积（平方米）', 50, 80), run('14.2', 120, 80), run('15', 145, 80), run('预期性', 170, 80),
      body('二、重点任务', 95),
    ];
    const { dir, dispose } = await tempDir();
    try {
      const path = await writeFixture(dir, 'plan.ofd', await buildOfd([page]));
      expect((await readSource(path)).text.split('\n')).toEqual([
        '一、主要目标',
        '序号\t指标\t2020年\t2025年\t属性',
        '1\t森林覆盖率（%）\t23.6\t24.1\t约束性',
        '2\t人均公园绿地面积（平方米）\t14.2\t15\t预期性',
        '二、重点任务',
      ]);
    } finally {
      await dispose();
    }
  });
});

describe('a table over two pages', () => {
  it('drops the header row printed again at the top of the second page, so the rows go on under one header', () => {
    const s = 10.5;
    const header = (top: number) => [at('序号', 40, top, s), at('重点任务', 100, top, s), at('牵头单位', 400, top, s)];
    const row = (n: string, task: string, owner: string, y: number) => [at(n, 40, y, s), at(task, 100, y, s), at(owner, 400, y, s)];
    const pages = [
      { items: [at('二、重点任务', 34, 760, 16), ...header(730), ...row('1', '推进政务服务一网通办。', '市政务服务局', 715)], width: 595 },
      { items: [...header(800), ...row('2', '优化工程建设项目审批。', '市住房城乡建设局', 785)], width: 595 },
    ];
    expect(layoutText(pages).split('\n')).toEqual([
      '二、重点任务',
      '序号\t重点任务\t牵头单位',
      '1\t推进政务服务一网通办。\t市政务服务局',
      '2\t优化工程建设项目审批。\t市住房城乡建设局',
    ]);
  });
});
