// Task tables (重点任务分工表): an implementation plan's measures as the rows of a table with a 序号 column, a task
// column and the units that must act. Before session 27 the clean stage turned the cells' tabs into spaces and removed
// them between Chinese characters: the table became one run-together blob inside the preamble
// (…以内。市市场监管局市公安局、市税务局2023年6月底前), no row was a measure and no unit was an addressee.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../ingest/pipeline.js';
import { readSource } from '../../../ingest/read/index.js';
import { buildDocx, tempDir } from '../read/fixtures.js';
import { structured } from '../helpers.js';

const HEAD = '某市人民政府办公室关于印发某市优化营商环境重点任务分工方案的通知\n某政办发〔2023〕12号\n各县（市、区）人民政府，市政府各部门：\n现将《某市优化营商环境重点任务分工方案》印发给你们，请认真贯彻落实。\n某市人民政府办公室\n2023年5月6日\n某市优化营商环境重点任务分工方案\n';
const TABLE = [
  ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
  ['1', '全面推行企业开办“一网通办”，将企业开办时间压缩至1个工作日以内。', '市市场监管局', '市公安局、市税务局', '2023年6月底前'],
  ['2', '推进工程建设项目审批制度改革，审批时间控制在60个工作日以内。', '市住房城乡建设局', '市自然资源和规划局', '2023年12月底前'],
  ['3', '建立涉企政策“免申即享”机制。', '市发展改革委', '市财政局', '持续推进'],
];
const rows = (table: string[][]) => table.map((r) => r.join('\t')).join('\n');
const paths = (doc: ReturnType<typeof structured>) => doc.units.map((u) => u.path);

describe('a task table', () => {
  it('makes each numbered row a measure named by its task, its cells kept apart, from a Word table', async () => {
    const { dir, dispose } = await tempDir();
    try {
      const path = join(dir, 'plan.docx');
      await writeFile(path, await buildDocx([...HEAD.trim().split('\n'), '为贯彻落实《某省优化营商环境条例》，制定本方案。', { table: TABLE }]));
      const doc = structured('plan.docx', (await readSource(path)).text);
      const items = doc.units.filter((u) => u.kind === 'item');
      expect(items.map((u) => [u.path, u.name])).toEqual([
        ['1', '全面推行企业开办“一网通办”，将企业开办时间压缩至1个工作日以内'],
        ['2', '推进工程建设项目审批制度改革，审批时间控制在60个工作日以内'],
        ['3', '建立涉企政策“免申即享”机制'],
      ]);
      expect(items[0].assigned).toEqual(['市市场监管局', '市公安局', '市税务局']);
      // The row's text keeps its cells apart: the units' names do not run into each other or into the deadline.
      const text = doc.text.slice(items[0].span[0], items[0].span[1]);
      expect(text.split('\t')).toEqual(TABLE[1]);
    } finally {
      await dispose();
    }
  });

  it('nests the rows under the heading before the table, and reads group rows as headings', () => {
    const doc = structured(
      'x.txt',
      `${HEAD}一、总体要求\n到2023年底，营商环境明显改善。\n二、重点任务\n${rows([TABLE[0]])}\n（一）优化政务服务\n${rows(TABLE.slice(1, 3))}\n（二）强化要素保障\n${rows([TABLE[3]])}\n三、保障措施\n加强组织领导。`,
    );
    expect(paths(doc)).toEqual(['通知', '一', '二', '二/（一）', '二/（一）/1', '二/（一）/2', '二/（二）', '二/（二）/3', '三']);
    expect(doc.units.find((u) => u.path === '二/（二）/3')!.assigned).toEqual(['市发展改革委', '市财政局']);
  });

  it('reads a row whose merged cell (a category over several rows) is missing, and one whose last cell is empty', () => {
    const table = [
      ['类别', '序号', '工作措施', '责任单位', '完成时限'],
      ['政务服务', '1', '推行告知承诺制。', '市司法局', '2023年底'],
      ['2', '压减审批环节。', '市行政审批局'],
      ['要素保障', '3', '保障用地需求。', '市自然资源和规划局', '长期坚持'],
    ];
    const doc = structured('x.txt', `${HEAD}${rows(table)}`);
    const items = doc.units.filter((u) => u.kind === 'item');
    expect(items.map((u) => [u.path, u.name, u.assigned])).toEqual([
      ['1', '推行告知承诺制', ['市司法局']],
      ['2', '压减审批环节', ['市行政审批局']],
      ['3', '保障用地需求', ['市自然资源和规划局']],
    ]);
  });

  it('leaves a table alone that lists no tasks, and a row whose number does not go on', () => {
    const contacts = rows([
      ['序号', '单位名称', '联系人', '联系电话'],
      ['1', '市市场监管局', '张三', '12345678'],
    ]);
    expect(structured('x.txt', `${HEAD}一、工作安排\n按要求报送。\n${contacts}`).units.filter((u) => u.kind === 'item')).toEqual([]);
    const jump = rows([TABLE[0], TABLE[1], ['7', '另一项任务。', '市财政局', '', '']]);
    expect(paths(structured('x.txt', `${HEAD}${jump}`)).filter((p) => /^\d/.test(p))).toEqual(['1']);
  });
});

describe('a task table in a saved page whose cells hold several paragraphs', () => {
  it('keeps each row on one line, the paragraphs of a cell joined, so the row is still a measure', async () => {
    const { dir, dispose } = await tempDir();
    try {
      const cell = (c: string) => `<td>${c.split('|').map((p) => `<p class="MsoNormal">${p}</p>`).join('')}</td>`;
      const table = [
        ['序号', '重点任务', '牵头单位', '完成时限'],
        ['1', '深化“放管服”改革。|推行告知承诺制，压减审批环节。', '市政务服务局|市司法局', '2023年底'],
        ['2', '保障用地需求。', '市自然资源和规划局', '长期坚持'],
      ];
      const html = `<html><head><meta charset="utf-8"></head><body><div class="article">${HEAD.trim()
        .split('\n')
        .map((l) => `<p>${l}</p>`)
        .join('')}<table>${table.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</table></div></body></html>`;
      const path = join(dir, 'plan.html');
      await writeFile(path, html);
      const text = (await readSource(path)).text;
      expect(text.split('\n')).toContain('1\t深化“放管服”改革。推行告知承诺制，压减审批环节。\t市政务服务局；市司法局\t2023年底');
      const items = structured('plan.html', text).units.filter((u) => u.kind === 'item');
      expect(items.map((u) => [u.path, u.name, u.assigned])).toEqual([
        ['1', '深化“放管服”改革', ['市政务服务局', '市司法局']],
        ['2', '保障用地需求', ['市自然资源和规划局']],
      ]);
    } finally {
      await dispose();
    }
  });
});

describe('a task table through the whole pipeline', () => {
  it('gives each row its measure and the units its columns name as who must act', async () => {
    const { dir, dispose } = await tempDir();
    try {
      const html = `<html><head><meta charset="utf-8"><title>分工方案</title></head><body><div class="article">${HEAD.trim()
        .split('\n')
        .map((l) => `<p>${l}</p>`)
        .join('')}<table>${TABLE.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></div></body></html>`;
      await writeFile(join(dir, 'plan.html'), html);
      const { snapshot, report } = await runIngest({ inputs: [dir] });
      expect(report.failed).toEqual([]);
      const measures = snapshot.nodes.map((n) => n.attributes).filter((a) => a.type === 'Measure' && a.kind === 'item');
      expect(measures.map((m) => (m.type === 'Measure' ? [m.path, m.addressees, m.forIssuerOnly] : []))).toEqual([
        ['1', ['市市场监管局', '市公安局', '市税务局'], false],
        ['2', ['市住房城乡建设局', '市自然资源和规划局'], false],
        ['3', ['市发展改革委', '市财政局'], false],
      ]);
    } finally {
      await dispose();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
