// npm run report -- coverage on the sample corpus, as a user runs it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../ingest/pipeline.js';
import { cascadeReport, coverageReport } from '../../scripts/report.js';

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

// Session 25: a law's whole-document cascade printed every article link (616 implements and 83 partial for the
// 物业管理条例 family of the law mirror); it prints one line per pair of documents unless --links.
describe('npm run report -- cascade, grouped by pair of documents', () => {
  it('prints one line per lower document with its counts, median score, lag and the measures it leaves out', async () => {
    const text = await cascadeReport({ from: '中国科协2020年科普工作要点', format: 'table', snapshot });
    const jilin = text.split('\n').find((l) => l.startsWith('  ← 吉林省科协2020年科普工作要点: '))!;
    expect(jilin).toMatch(/^ {2}← 吉林省科协2020年科普工作要点: \d+ implements, \d+ partial; median score 0\.\d\d; lag \d+ d \(from years\); reaches \d+ of \d+ measures$/);
    expect(text).toMatch(/\n {6}not carried \(\d+\): [^\n]*三\/10/);
    expect(text).not.toMatch(/§/);
    expect(text).toMatch(/\d+ links in 2 pairs of documents; --links lists every link under its pair\.$/);
  });

  it('with --links, every link under its pair; in JSON, the pairs beside the links', async () => {
    const text = await cascadeReport({ from: '中国科协2020年科普工作要点', links: true, format: 'table', snapshot });
    expect(text).toMatch(/← 吉林省科协2020年科普工作要点: [^\n]*\n(?: {6}not carried[^\n]*\n)? {4}§ \S+ (implements|partial) § \S+, score 0\.\d\d/);
    const json = JSON.parse(await cascadeReport({ from: '中国科协2020年科普工作要点', format: 'json', snapshot }));
    const pair = json.pairs.find((p: { lowerDoc: string }) => p.lowerDoc === 'doc:吉林省科协2020年科普工作要点');
    const links = json.links.filter((l: { lowerDoc: string }) => l.lowerDoc === 'doc:吉林省科协2020年科普工作要点');
    expect(pair.implements + pair.partial).toBe(links.length);
    expect(pair.notCarried.map((m: { path: string }) => m.path)).toContain('三/10');
  });
});

// Session 19 (first-user QA): what a user types that the report used to take silently.
describe('npm run report -- with what a user types', () => {
  it('reads --region 吉林 as 吉林省, and names the regions for one the snapshot does not have', async () => {
    const short = await coverageReport({ directive: '中国科协2020年科普工作要点', region: '吉林', format: 'table', snapshot });
    expect(short).toMatch(/^吉林省科协2020年科普工作要点 {2}→/);
    await expect(coverageReport({ directive: '中国科协2020年科普工作要点', region: '火星', format: 'table', snapshot })).rejects.toThrow(/no region "火星"[\s\S]*吉林省/);
    await expect(cascadeReport({ from: '中国科协2020年科普工作要点', region: '火星', format: 'table', snapshot })).rejects.toThrow(/no region "火星"/);
    const cascade = await cascadeReport({ from: '中国科协2020年科普工作要点', region: '吉林', format: 'table', snapshot });
    expect(cascade).toMatch(/← 吉林省科协2020年科普工作要点/);
    expect(cascade).not.toMatch(/湖北/);
  });

  it('takes a measure as people name it for --from: the document, a space and its path; says the paths when it has none', async () => {
    const byPath = await cascadeReport({ from: '中国科协2020年科普工作要点 三/10', format: 'json', snapshot });
    expect(JSON.parse(byPath).root).toBe('doc:中国科协2020年科普工作要点#三/10');
    await expect(cascadeReport({ from: '中国科协2020年科普工作要点 九/99', format: 'table', snapshot })).rejects.toThrow(/has no measure 九\/99; its paths are like 通知, 前言, 一 \(25 measures\)/);
    // Neither a document nor a document and a path: the error says how to name a measure.
    await expect(cascadeReport({ from: '不存在的文件 第一条', format: 'table', snapshot })).rejects.toThrow(/no document matches[^\n]*a measure: the document, a space and its article or path/);
  });

  it('writes both CSVs with a UTF-8 BOM, so Excel opens the Chinese intact', async () => {
    const one = await coverageReport({ directive: '中国科协2020年科普工作要点', region: '吉林省', format: 'csv', snapshot });
    const all = await coverageReport({ directive: '中国科协2020年科普工作要点', format: 'csv', snapshot });
    for (const csv of [one, all]) {
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv.charCodeAt(1)).not.toBe(0xfeff);
    }
    expect(one).toMatch(/持续做好应急科普宣传服务,implemented/);
  });

  it('refuses a cascade --format or --asOf it cannot honour, instead of printing a table or nothing', async () => {
    await expect(cascadeReport({ from: '中国科协2020年科普工作要点', format: 'csv', snapshot })).rejects.toThrow(/--format must be table or json/);
    for (const asOf of ['2021-13-45', '2020', '2021-02-30']) {
      await expect(cascadeReport({ from: '中国科协2020年科普工作要点', asOf, format: 'table', snapshot })).rejects.toThrow(/--asOf must be a date/);
    }
    // A valid date before the directive: one line saying why, not an empty output.
    const before = await cascadeReport({ from: '中国科协2020年科普工作要点', region: '吉林省', asOf: '2019-01-01', format: 'table', snapshot });
    expect(before).toMatch(/中国科协2020年科普工作要点: left out by the filters \(issued 2020-03-12, after 2019-01-01\)$/);
    const asOf = await cascadeReport({ from: '中国科协2020年科普工作要点', asOf: '2021-01-01', format: 'table', snapshot });
    expect(asOf).toMatch(/吉林省科协2020年科普工作要点/);
    expect(asOf).not.toMatch(/2024年湖北/);
  });
});
