// A plan's indicator table and a 分工方案's task table, printed to PDF by Chromium, read as the HTML of the same page is
// read: one line of tab-separated cells per row, so the targets of the table and the bodies of each task come out of
// the PDF too (session 30, lead). Needs Chromium and a CJK font; without them the suite is skipped locally and fails
// under CI, as pdf.test.ts does.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../../ingest/read/index.js';
import { extracted } from '../helpers.js';
import { canPrintChinese, printToPdf, tempDir, writeFixture } from './fixtures.js';

const printer = await canPrintChinese();

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>plan</title>
<style>
body { font-family: "WenQuanYi Micro Hei", sans-serif; font-size: 16pt; line-height: 28pt; }
table { border-collapse: collapse; font-size: 10.5pt; line-height: 1.2; }
td, th { border: 1px solid #000; padding: 0 5.4pt; }
table.word td { vertical-align: top; }
table.centred td { padding: 4pt 6pt; vertical-align: middle; }
</style></head><body>
<p>某某市“十四五”全民健身实施计划</p>
<p>一、主要目标</p>
<p>到2025年，全民健身公共服务体系更加完善。</p>
<table class="centred">
<tr><th>序号</th><th>指标</th><th>2020年</th><th>2025年</th><th>属性</th></tr>
<tr><td>1</td><td>经常参加体育锻炼人数比例（%）</td><td>37.2</td><td>38.5</td><td>预期性</td></tr>
<tr><td>2</td><td>人均体育场地面积（平方米）</td><td>2.2</td><td>2.6</td><td>约束性</td></tr>
<tr><td>3</td><td>城乡居民达到《国民体质测定标准》合格以上的人数比例（%）</td><td>90.4</td><td>&gt;92</td><td>预期性</td></tr>
</table>
<p>二、重点任务</p>
<table class="word">
<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>
<tr><td>1</td><td>推进全民健身场地设施建设，新建改建一批体育公园、全民健身中心和社区多功能运动场。</td><td>市体育局</td><td>市发展改革委、市自然资源局、市住房城乡建设局</td><td>2025年底前</td></tr>
<tr><td>2</td><td>广泛开展全民健身赛事活动。</td><td>市体育局</td><td>市总工会、团市委、市妇联</td><td>持续推进</td></tr>
</table>
<p>某某市体育局</p>
</body></html>`;

const tabLines = (text: string) => text.split('\n').filter((l) => l.includes('\t'));

describe.skipIf(!printer.ok && process.env.CI !== 'true')('tables of a plan printed to PDF by Chromium #browser', () => {
  let pdfText = '';
  let htmlText = '';
  let dispose = async () => {};
  beforeAll(async () => {
    if (!printer.ok) throw new Error(`cannot print the PDF fixture: ${printer.why}`);
    const t = await tempDir();
    dispose = t.dispose;
    const htmlPath = await writeFixture(t.dir, 'plan.html', PAGE);
    const pdfPath = join(t.dir, 'plan.pdf');
    await printToPdf(htmlPath, pdfPath, join(t.dir, 'profile'));
    pdfText = (await readSource(pdfPath)).text;
    htmlText = (await readSource(htmlPath)).text;
  }, 120_000);
  afterAll(() => dispose());

  it('gives every table row as the HTML reader does: one line, cells tab-separated, wrapped cells joined', () => {
    expect(tabLines(htmlText)).toHaveLength(7);
    expect(tabLines(pdfText)).toEqual(tabLines(htmlText));
  });

  it('keeps the paragraphs around the tables as paragraphs', () => {
    const lines = pdfText.split('\n');
    for (const p of ['一、主要目标', '到2025年，全民健身公共服务体系更加完善。', '二、重点任务', '某某市体育局']) expect(lines).toContain(p);
  });

  it('finds the targets of the indicator table in the PDF, each at its 2025 value', () => {
    const targets = extracted('plan.pdf', pdfText).targets.map((t) => [t.metric, t.comparator, t.value, t.unit]);
    expect(targets).toEqual(
      expect.arrayContaining([
        ['经常参加体育锻炼人数比例', '=', 38.5, '%'],
        ['人均体育场地面积', '=', 2.6, '平方米'],
        ['城乡居民达到《国民体质测定标准》合格以上的人数比例', '>', 92, '%'],
      ]),
    );
    // No cell read with its neighbour's number (序号 2 + 人均… was "2 人" before).
    expect(targets.filter(([, , value]) => value === 2 || value === 37.2 || value === 2.2)).toEqual([]);
  });
});

describe.skipIf(!printer.ok && process.env.CI !== 'true')('a task table over several PDF pages, its header repeated on each #browser', () => {
  const ROWS = 40;
  let lines: string[] = [];
  let htmlLines: string[] = [];
  let dispose = async () => {};
  beforeAll(async () => {
    if (!printer.ok) throw new Error(`cannot print the PDF fixture: ${printer.why}`);
    const t = await tempDir();
    dispose = t.dispose;
    const rows = Array.from({ length: ROWS }, (_, i) =>
      `<tr><td>${i + 1}</td><td>推进第${i + 1}项改革任务，完善相关制度机制，确保各项措施落地见效，形成可复制可推广的经验做法。</td><td>市发展改革委</td><td>市财政局、市人力资源社会保障局</td><td>2025年底前</td></tr>`,
    ).join('');
    const html = PAGE.replace(/<body>[\s\S]*<\/body>/, `<body><p>某某市重点任务分工方案</p><p>一、重点任务</p>
<table class="word"><thead><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr></thead>
<tbody>${rows}</tbody></table><p>二、保障措施</p></body>`);
    const htmlPath = await writeFixture(t.dir, 'tasks.html', html);
    const pdfPath = join(t.dir, 'tasks.pdf');
    await printToPdf(htmlPath, pdfPath, join(t.dir, 'profile'));
    lines = (await readSource(pdfPath)).text.split('\n');
    htmlLines = (await readSource(htmlPath)).text.split('\n');
  }, 120_000);
  afterAll(() => dispose());

  it('reads the header once and every row once, in order, across the page breaks', () => {
    const rows = tabLines(lines.join('\n'));
    expect(rows[0]).toBe('序号\t重点任务\t牵头单位\t配合单位\t完成时限');
    expect(rows.slice(1).map((r) => r.split('\t')[0])).toEqual(Array.from({ length: ROWS }, (_, i) => String(i + 1)));
    expect(rows.slice(1).every((r) => r.endsWith('\t市发展改革委\t市财政局、市人力资源社会保障局\t2025年底前'))).toBe(true);
    expect(lines.at(-1)).toBe('二、保障措施');
  });

  it('reads the page whose table holds most of its text the same from its HTML: title, rows, paragraph after', () => {
    // The HTML reader's content walk once ended inside such a table: the title was lost and each cell became a line.
    // (The HTML reader puts the page's <title>, here "plan", first.)
    expect(htmlLines.slice(1)).toEqual(lines);
    expect(htmlLines[1]).toBe('某某市重点任务分工方案');
  });
});
