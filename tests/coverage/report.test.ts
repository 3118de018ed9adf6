// npm run report -- coverage on the sample corpus, as a user runs it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../ingest/pipeline.js';
import { coverageReport } from '../../scripts/report.js';

let snapshot: string;
beforeAll(async () => {
  const { snapshot: s } = await runIngest({ inputs: [resolve(import.meta.dirname, '../../corpus')] });
  snapshot = join(mkdtempSync(join(tmpdir(), 'pg-report-')), 'snapshot.json');
  writeFileSync(snapshot, JSON.stringify(s));
}, 180_000);

describe('npm run report -- coverage', () => {
  it('shows 科学辟谣平台 as not carried by 吉林省 against the 2020 national plan', async () => {
    const json = JSON.parse(await coverageReport({ directive: '中国科协2020年科普工作要点', region: '吉林省', format: 'json', snapshot }));
    expect(json.lowers.map((l: { name: string }) => l.name)).toEqual(['吉林省科协2020年科普工作要点']);
    const pair = json.pairs[0];
    expect(pair.programmes.find((e: { name: string }) => e.name === '科学辟谣平台')).toMatchObject({ carried: false });
    expect(pair.measures.find((m: { name: string }) => m.name.includes('科学辟谣平台')).status).toBe('gap');
    expect(json.thresholds.implements).toBeGreaterThan(json.thresholds.partial);
    const table = await coverageReport({ directive: '中国科协2020年科普工作要点', region: '吉林省', format: 'table', snapshot });
    expect(table.split('\n').find((l) => l.includes('科学辟谣平台') && !l.includes('升舱'))).toMatch(/not carried/);
  });

  it('prints the matrix of every lower document, and marks 党组/书记处 measures not applicable', async () => {
    const m = await coverageReport({ directive: '中国科协学习宣传贯彻', format: 'table', snapshot });
    expect(m).toMatch(/1 lower document|lower document\(s\)|2024年湖北省科协科普工作要点/);
    const csv = await coverageReport({ directive: '中国科协学习宣传贯彻', format: 'csv', snapshot });
    expect(csv.split('\n').find((l) => l.includes('党组、书记处领学'))).toMatch(/not applicable/);
  });

  it('names the documents when the directive is ambiguous or unknown', async () => {
    await expect(coverageReport({ directive: '科普', format: 'table', snapshot })).rejects.toThrow(/matches several documents[\s\S]*吉林省科协2020年科普工作要点/);
    await expect(coverageReport({ directive: '不存在的文件', format: 'table', snapshot })).rejects.toThrow(/no document matches/);
    await expect(coverageReport({ directive: '科普', format: 'xml' as never, snapshot })).rejects.toThrow(/--format must be/);
  });
});
