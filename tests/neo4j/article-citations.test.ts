// cypher/article-citations against the real Neo4j on real regulations (tests/real/corpus, the
// 国防教育 family: the law in its 2018 and 2024 versions and four local regulations): which local
// measures cite an article of the law by number, checked against what the snapshot's links say
// and against what a reader of the regulation finds.
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { recordsToRows } from '../../neo4j/to-plain.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Snapshot } from '../../graph-schema/index.js';
import { runIngest } from '../../ingest/pipeline.js';
import { loadSnapshot } from '../../neo4j/loader.js';
import { createCypherService } from '../../neo4j/queries.js';
import type { CypherService, QueryResult } from '../../neo4j/types.js';
import { neo4jOrSkip } from './helpers.js';

const server = neo4jOrSkip();
const DIR = 'tests/real/corpus';
const FILES = ['国防教育法(2018-04-27).md', '国防教育法(2024-09-13).md', '浙江省国防教育条例(2020-09-24).md', '上海市国防教育条例(2012-09-26).md', '重庆市国防教育条例(2010-11-25).md', '北京市实施《国防教育法》办法.md'];
const LAW_2018 = 'doc:中华人民共和国国防教育法@2018-04-27';
const LAW_2024 = 'doc:中华人民共和国国防教育法@2024-09-13';
const ZHEJIANG = 'doc:浙江省国防教育条例@2020-09-24';

const rows = (r: QueryResult) => r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, row[i]])) as Record<string, unknown>);

server.describe('#integration article-citations on real regulations', () => {
  let driver: Driver;
  let service: CypherService;
  let snapshot: Snapshot;
  const cited = () =>
    snapshot.edges.filter((e) => e.attributes.type === 'IMPLEMENTS' && (e.attributes as { citedArticle?: boolean }).citedArticle);

  beforeAll(async () => {
    snapshot = (await runIngest({ inputs: FILES.map((f) => `${DIR}/${f}`) })).snapshot;
    driver = server.driver();
    await loadSnapshot(driver, snapshot);
    service = createCypherService(driver, { maxRows: 10_000 });
  }, 300_000);
  afterAll(() => driver?.close());

  it('finds the article the 浙江 regulation cites by number (第二十七条 → 国防教育法 第二十八条), with the lag between the issue dates', async () => {
    // As a reader finds it in the regulation's text.
    const text = readFileSync(`${DIR}/浙江省国防教育条例(2020-09-24).md`, 'utf8');
    expect(text).toContain('第二十七条 符合《中华人民共和国国防教育法》第二十八条规定条件的');
    const result = rows(await service.runCanned('article-citations', { docId: LAW_2018, article: '第二十八条' }));
    const zj = result.filter((r) => r.docId === ZHEJIANG);
    expect(zj.map((r) => r.measureId)).toEqual([`${ZHEJIANG}#第四章/第二十七条`]);
    const [row] = zj;
    expect(row.articlePath).toMatch(/(^|\/)第二十八条(\/|$)/);
    expect(row.verdict).toBe('implements');
    expect(row.issued).toBe('2020-09-24');
    // 2018-04-27 → 2020-09-24, counted here from the two dates.
    expect(row.lagDays).toBe((Date.parse('2020-09-24') - Date.parse('2018-04-27')) / 86_400_000);
    expect(row.lagApprox).toBe(false);
    const citations = (JSON.parse(String(row.evidence)) as { citations: { span: [number, number]; text: string }[] }).citations;
    expect(citations.map((c) => c.text)).toContain('《中华人民共和国国防教育法》第二十八条');
  });

  it('lists every citing link of the law with article "" (the default), article by article, each as the snapshot has it', async () => {
    const expected = cited().filter((e) => e.target.startsWith(`${LAW_2018}#`));
    expect(expected.length).toBeGreaterThan(1);
    const result = rows(await service.runCanned('article-citations', { docId: LAW_2018 }));
    expect(result.map((r) => `${r.measureId} ${r.articleId}`).sort()).toEqual(expected.map((e) => `${e.source} ${e.target}`).sort());
    for (const r of result) {
      const e = expected.find((x) => x.source === r.measureId && x.target === r.articleId)!;
      expect(r.lagDays).toBe((e.attributes as { lagDays?: number }).lagDays ?? null);
      expect(r.score).toBe((e.attributes as { score: number }).score);
    }
    // Article by article, in the law's reading order.
    const ordinal = new Map(snapshot.nodes.map((n) => [n.key, (n.attributes as { ordinal?: number }).ordinal ?? -1]));
    const order = result.map((r) => ordinal.get(String(r.articleId))!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The range 第三十三条至第三十七条 of 浙江 第三十一条 gives one row per article of the range.
    const range = result.filter((r) => r.measureId === `${ZHEJIANG}#第五章/第三十一条`).map((r) => String(r.articlePath).split('/').pop());
    expect(range).toEqual(['第三十三条', '第三十四条', '第三十五条', '第三十六条', '第三十七条']);
  });

  it('gives nothing for the 2024 version the 2020 regulation could not cite, nor for an article nobody cites', async () => {
    expect(rows(await service.runCanned('article-citations', { docId: LAW_2024 })).filter((r) => r.docId === ZHEJIANG)).toEqual([]);
    expect(cited().some((e) => e.target.endsWith('/第一条'))).toBe(false);
    expect(rows(await service.runCanned('article-citations', { docId: LAW_2018, article: '第一条' }))).toEqual([]);
  });

  it('gives the rows of its session-21 version (article-citations-reference.cypher) for every cited article, every article and one nobody cites', async () => {
    const reference = readFileSync(new URL('./article-citations-reference.cypher', import.meta.url), 'utf8');
    const articles = [...new Set(cited().map((e) => String(snapshot.nodes.find((n) => n.key === e.target)?.attributes.type === 'Measure' ? e.target.split('#')[1].split('/').pop() : '')))];
    expect(articles.length).toBeGreaterThan(1);
    for (const docId of [LAW_2018, LAW_2024]) {
      for (const article of ['', '第一条', ...articles]) {
        const got = await service.runCanned('article-citations', { docId, article });
        const want = await driver.executeQuery(reference, { docId, article }, { routing: 'READ' });
        expect(JSON.stringify(got.rows), `${docId} ${article}`).toBe(JSON.stringify(recordsToRows(want.records)));
      }
    }
  });
});

