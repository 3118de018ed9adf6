// A console query that names a law by its id without the version date finds nothing; the console says which
// ids exist (neo4j/id-hint.ts). Seen on the 物业管理 family: `WHERE m.docId = 'doc:物业管理条例'` gave 0 rows, silently.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { measureId, nodeId } from '../../graph-schema/index.js';
import { loadSnapshot } from '../../neo4j/loader.js';
import { createCypherService } from '../../neo4j/queries.js';
import type { CypherService } from '../../neo4j/types.js';
import { buildSnapshot, link } from './fixtures.js';
import { neo4jOrSkip } from './helpers.js';

const server = neo4jOrSkip();
const LAW = nodeId('Document', '物业管理条例');
const V2016 = `${LAW}@2016-02-06`;
const V2007 = `${LAW}@2007-08-26`;
const PLAN = nodeId('Document', '某市物业服务工作要点');

server.describe('#integration console: ids quoted without their version', () => {
  let driver: Driver;
  let service: CypherService;
  beforeAll(async () => {
    driver = server.driver();
    await loadSnapshot(
      driver,
      buildSnapshot((g) => {
        for (const [id, year] of [[V2016, 2016], [V2007, 2007], [PLAN, 2022]] as const) {
          g.addNode(id, { type: 'Document', name: id === PLAN ? '某市物业服务工作要点' : '物业管理条例', inCorpus: true, level: 'national', year, sources: [`${year}.txt`] });
        }
        for (const doc of [V2016, PLAN]) {
          const m = measureId(doc, '第一条');
          g.addNode(m, { type: 'Measure', name: '第一条', text: '为了规范物业管理活动', docId: doc, path: '第一条', ordinal: 0, span: [0, 10], kind: 'article', leaf: true });
          link(g, doc, m, { type: 'HAS_MEASURE', ordinal: 0 });
        }
      }),
    );
    service = createCypherService(driver);
  });
  afterAll(() => driver.close());

  it('names the versioned ids, newest first, when a query quoting the bare id returns nothing', async () => {
    const r = await service.run(`MATCH (m:Measure) WHERE m.docId = '${LAW}' RETURN m.name`);
    expect(r.rows).toEqual([]);
    expect(r.idHints).toEqual([{ given: LAW, ids: [V2016, V2007] }]);
    // A measure id keeps its path; a parameter is read too.
    const p = await service.run('MATCH (m:Measure {id: $id}) RETURN m.text', { id: `${LAW}#第一条` });
    expect(p.idHints).toEqual([{ given: `${LAW}#第一条`, ids: [`${V2016}#第一条`, `${V2007}#第一条`] }]);
    // And the suggested id does find it.
    expect((await service.run('MATCH (m:Measure {id: $id}) RETURN m.text', { id: p.idHints![0].ids[0] })).rows).toEqual([['为了规范物业管理活动']]);
  });

  it('gives no hint when the query has rows, when the bare id is all there is, or in a comment', async () => {
    expect((await service.run(`MATCH (d:Document) WHERE d.id STARTS WITH '${LAW}' RETURN d.id`)).idHints).toBeUndefined();
    expect((await service.run(`MATCH (m:Measure) WHERE m.docId = '${PLAN}' AND m.path = '第二条' RETURN m`)).idHints).toBeUndefined();
    expect((await service.run(`// was '${LAW}'\nMATCH (m:Measure) WHERE m.path = '第九条' RETURN m`)).idHints).toBeUndefined();
  });

  it('hints a canned query run with a bare id as its parameter', async () => {
    const canned = service.canned().find((q) => q.params.some((p) => p.name === 'docId'));
    expect(canned, 'a canned query taking $docId').toBeDefined();
    const args = Object.fromEntries(canned!.params.filter((q) => q.default === undefined).map((q) => [q.name, q.name === 'docId' ? LAW : q.type === 'integer' ? 10 : 'x']));
    const r = await service.runCanned(canned!.name, args);
    expect(r.rows).toEqual([]);
    expect(r.idHints?.[0]).toEqual({ given: LAW, ids: [V2016, V2007] });
  });
});
