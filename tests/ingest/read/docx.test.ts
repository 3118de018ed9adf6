// ingest/read/docx.ts: a Word document built from a sample gives its paragraphs back, one per line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../../ingest/read/index.js';
import { buildDocx, contentLines, sample, tempDir, writeFixture } from './fixtures.js';

let dir: string;
let dispose: () => Promise<void>;
beforeAll(async () => ({ dir, dispose } = await tempDir()));
afterAll(() => dispose());

async function readDocx(name: string, blocks: Parameters<typeof buildDocx>[0]) {
  return readSource(await writeFixture(dir, name, await buildDocx(blocks)));
}

describe('readSource on a .docx', () => {
  it('gives each paragraph of 001 on its own line', async () => {
    const paragraphs = contentLines(sample('001'));
    const r = await readDocx('001.docx', paragraphs);
    expect(r.text.split('\n')).toEqual(paragraphs);
  });

  it('reports format docx and encoding binary', async () => {
    const r = await readDocx('short.docx', ['吉林省科协2020年科普工作要点']);
    expect([r.format, r.encoding]).toEqual(['docx', 'binary']);
  });

  it('writes back Word automatic numbering as 一、 （一） 1.', async () => {
    const r = await readDocx('numbered.docx', [
      { text: '总体要求', numId: 1, level: 0 },
      { text: '指导思想', numId: 1, level: 1 },
      { text: '坚持问题导向', numId: 1, level: 2 },
      { text: '坚持系统观念', numId: 1, level: 2 },
      { text: '重点任务', numId: 1, level: 0 },
      { text: '强化价值引领', numId: 1, level: 1 },
    ]);
    expect(r.text.split('\n')).toEqual(['一、总体要求', '（一）指导思想', '1. 坚持问题导向', '2. 坚持系统观念', '二、重点任务', '（一）强化价值引领']);
  });

  it('writes a table row per line with cells separated by tabs', async () => {
    const r = await readDocx('table.docx', ['附件：任务分工', { table: [['任务', '牵头单位'], ['全国科普日', '科普部']] }]);
    expect(r.text.split('\n')).toEqual(['附件：任务分工', '任务\t牵头单位', '全国科普日\t科普部']);
  });

  it('reads a .docx by its content when it is named .txt', async () => {
    const r = readSource(await writeFixture(dir, 'misnamed.txt', await buildDocx(['湖北省科协'])));
    await expect(r).resolves.toMatchObject({ format: 'docx', text: '湖北省科协' });
  });
});
