// A refused console query in the page's language (session 32 trial: every refusal was English in the
// Chinese page). A Neo4j stand-in refuses as the real service does (neo4j/console-guard.ts checkText,
// refusalError); the page words the guard's reason in Chinese, then in English after the switch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkText, refusalError } from '../../neo4j/console-guard.js';
import { loadCannedQueries } from '../../neo4j/queries.js';
import type { CypherService } from '../../neo4j/types.js';
import { newTestPage, SKIP_BROWSER, startHarness, testSnapshot, type Harness } from './browser-harness.js';

const guarded: CypherService = {
  run: async (text) => {
    const refusal = checkText(text);
    if (refusal) throw refusalError(refusal);
    if (text.startsWith('MATCH (n RETURN')) throw Object.assign(new Error("Invalid input 'RETURN': expected a graph pattern"), { code: 'Neo.ClientError.Statement.SyntaxError' });
    // A property no Document has, as the service answers it (neo4j/property-hint.ts; tests/neo4j/queries.test.ts on a real server).
    if (text.includes('WHERE d.title')) return { columns: ['d'], rows: [], truncated: false, propertyHints: [{ column: 'd.title', label: 'Document', property: 'title', keys: ['id', 'name'], filter: true }] };
    // A relationship type that never joins the pattern's labels (neo4j/relationship-hint.ts; tests/neo4j/queries.test.ts).
    if (text.includes('<-[:IMPLEMENTS]-(x)')) return { columns: ['x.name'], rows: [], truncated: false, relationshipHints: [{ pattern: '()-[:IMPLEMENTS]->(:Document)', type: 'IMPLEMENTS', pairs: ['Measure → Measure'], labels: [{ label: 'Document', relationships: ['(:Document)-[:HAS_MEASURE]->()', '(:Document)<-[:CITES]-()'] }] }] };
    if (text.includes('d.title')) return { columns: ['d.title'], rows: [[null], [null]], truncated: false, propertyHints: [{ column: 'd.title', label: 'Document', property: 'title', keys: ['id', 'name'] }] };
    return { columns: [], rows: [], truncated: false };
  },
  runCanned: async () => ({ columns: [], rows: [], truncated: false }),
  canned: () => loadCannedQueries(),
};

describe.skipIf(SKIP_BROWSER)('#browser console refusals', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness((await testSnapshot()).snapshot, '', guarded);
  }, 180_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('words a refused LOAD CSV and apoc procedure in Chinese, then in English; says why a property column is empty', async () => {
    const errors: string[] = [];
    const page = await newTestPage(harness.browser, errors, { consoleErrors: false });
    await page.goto(`${harness.served.url}/?view=console`);
    const shown = async () => (await page.getByTestId('cypher-error').textContent({ timeout: 15_000 })) ?? '';
    // One query run from the button; its answer is the error that holds `expected` (the one shown
    // before it may still be on the page for a moment after the click).
    const run = async (q: string, expected: string) => {
      await page.getByTestId('cypher-query').fill(q);
      await page.getByTestId('cypher-run').click();
      await expect.poll(shown, { timeout: 15_000 }).toContain(expected);
      return shown();
    };
    await run("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", '控制台不允许 LOAD CSV');
    const apoc = await run("CALL apoc.load.json('file:///etc/passwd')", '控制台不允许调用过程 apoc.load.json');
    expect(apoc).not.toMatch(/Refused|not allowed/);
    // A syntax error: Neo4j's sentence, under a Chinese heading and without its code.
    const syntax = await run('MATCH (n RETURN n', "查询有语法错误（Neo4j 的说明）：Invalid input 'RETURN'");
    expect(syntax).not.toContain('Neo.ClientError');
    // The switch words the error already shown again, in English.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(shown, { timeout: 5_000 }).toContain("Syntax error (as Neo4j words it): Invalid input 'RETURN'");
    expect(await shown()).not.toContain('查询有语法错误');
    await run("LOAD CSV FROM 'x' AS l RETURN l", 'Refused: LOAD CSV is not allowed');
    // Session 33: a column null in every row because no Document has `title` says so, with the keys they have.
    await page.getByTestId('cypher-query').fill('MATCH (d:Document) RETURN d.title');
    await page.getByTestId('cypher-run').click();
    await expect.poll(() => page.getByTestId('cypher-property-hint').textContent()).toBe('Column d.title is empty in every row: no Document node has the property title. Document nodes have: id, name');
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.getByTestId('cypher-property-hint').textContent()).toBe('d.title 列全为空：没有一个 Document 节点有属性 title。Document 节点的属性有：id、name');
    // Session 34 trial: a WHERE on a property no Document has returned no rows and said nothing more. The hint
    // replaces the column's (its own run's answer: the wording differs).
    await page.getByTestId('cypher-query').fill("MATCH (d:Document) WHERE d.title = '中华人民共和国教师法' RETURN d");
    await page.getByTestId('cypher-run').click();
    await expect.poll(() => page.getByTestId('cypher-property-hint').textContent()).toBe('查询读取 d.title，但没有一个 Document 节点有属性 title，所以没有结果。Document 节点的属性有：id、name');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByTestId('cypher-property-hint').textContent()).toBe('The query reads d.title, but no Document node has the property title, so nothing matches. Document nodes have: id, name');
    // Session 35 trial: a planner's IMPLEMENTS into a Document (it joins measures) answered "no rows" only.
    await page.getByTestId('cypher-query').fill("MATCH (d:Document {name: '中华人民共和国统计法'})<-[:IMPLEMENTS]-(x) RETURN x.name");
    await page.getByTestId('cypher-run').click();
    await expect.poll(() => page.getByTestId('cypher-relationship-hint').textContent()).toBe('Nothing matches ()-[:IMPLEMENTS]->(:Document): IMPLEMENTS relationships in the graph only join Measure → Measure.');
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.getByTestId('cypher-relationship-hint').textContent()).toBe('查询中的 ()-[:IMPLEMENTS]->(:Document) 没有匹配：图中的 IMPLEMENTS 关系只连接 Measure → Measure，所以没有结果。');
    // Session 36: and the relationships a Document does have, so the HAS_MEASURE route is in sight.
    await expect.poll(() => page.getByTestId('cypher-relationship-hint-label').textContent()).toBe('Document 节点有这些关系：(:Document)-[:HAS_MEASURE]->()、(:Document)<-[:CITES]-()。');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByTestId('cypher-relationship-hint-label').textContent()).toBe('Document nodes have these relationships: (:Document)-[:HAS_MEASURE]->(), (:Document)<-[:CITES]-().');
    expect(errors).toEqual([]);
  }, 60_000);
});
