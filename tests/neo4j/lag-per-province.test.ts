// lag-per-province (session 38) against the real Neo4j on a real family with cities: tests/real/unseen (献血法 1997,
// 河南 and 浙江's 办法, 宁波's and 泰安's 条例, 青岛's 规定). The canned query reads the figures the loader keeps on the
// directive (neo4j/derived.ts lagProvince…); its rows equal those of the query that walks the links and the regions'
// PART_OF chains per request (README, session 37), and its plan reads one node by index.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Snapshot } from '../../graph-schema/index.js';
import { runIngest } from '../../ingest/pipeline.js';
import { loadSnapshot } from '../../neo4j/loader.js';
import { createCypherService } from '../../neo4j/queries.js';
import type { CypherService } from '../../neo4j/types.js';
import { neo4jOrSkip } from './helpers.js';

const server = neo4jOrSkip();

/** The walk per request the loader's figures replace (README's console query, with the regions rolled in). */
const WALK = `
MATCH (:Measure {docId: $directiveId})<-[i:IMPLEMENTS]-(lm:Measure) WHERE i.lagDays IS NOT NULL
MATCH (d:Document {id: lm.docId})
WITH coalesce(d.region, '(no region)') AS region, collect(i.lagDays) AS lags, any(i2 IN collect(i) WHERE coalesce(i2.lagApprox, false)) AS approx
OPTIONAL MATCH (:Region {id: 'region:' + region})-[:PART_OF*0..3]->(p:Region {level: 'province'})
WITH coalesce(p.name, region) AS province, region, lags, approx
WITH province, collect(region) AS regions, collect(lags) AS lags, any(a IN collect(approx) WHERE a) AS approx
RETURN province, lags, regions, approx`;

const num = (x: unknown) => (typeof x === 'object' && x !== null && 'toNumber' in x ? (x as { toNumber(): number }).toNumber() : Number(x));

server.describe('#integration lag-per-province on 献血法 and its provinces and cities', () => {
  let driver: Driver;
  let service: CypherService;
  let snapshot: Snapshot;

  beforeAll(async () => {
    snapshot = (await runIngest({ inputs: ['tests/real/unseen/corpus'] })).snapshot;
    driver = server.driver();
    await loadSnapshot(driver, snapshot);
    service = createCypherService(driver, { maxRows: 10_000 });
  }, 300_000);
  afterAll(() => driver?.close());

  it('rolls 宁波 into 浙江 and 青岛 and 泰安 into 山东, with the figures the walk per request gives', async () => {
    const law = snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.inCorpus && n.attributes.name.startsWith('中华人民共和国献血法'))!;
    const result = await service.runCanned('lag-per-province', { directiveId: law.key });
    const col = (name: string) => result.rows.map((r) => r[result.columns.indexOf(name)]);
    const provinces = col('province') as string[];
    expect(provinces).toContain('浙江省');
    expect(provinces).not.toContain('宁波市');
    expect(col('regions')[provinces.indexOf('浙江省')]).toContain('宁波市');

    // The walk, flattening in the client (no APOC): per province every lag of its regions.
    const { records } = await driver.executeQuery(WALK, { directiveId: law.key }, { routing: 'READ' });
    const walked = new Map(
      records.map((r) => [r.get('province') as string, { lags: (r.get('lags') as unknown[][]).flat().map(num).sort((a, b) => a - b), regions: (r.get('regions') as string[]).sort(), approx: r.get('approx') as boolean }]),
    );
    expect([...provinces].sort()).toEqual([...walked.keys()].sort());
    provinces.forEach((p, i) => {
      const w = walked.get(p)!;
      expect(num(col('links')[i]), p).toBe(w.lags.length);
      expect(num(col('minLagDays')[i]), p).toBe(w.lags[0]);
      expect(num(col('maxLagDays')[i]), p).toBe(w.lags[w.lags.length - 1]);
      expect(num(col('medianLagDays')[i]), p).toBe(w.lags[Math.ceil(0.5 * w.lags.length) - 1]);
      expect(col('approx')[i], p).toBe(w.approx);
      expect((col('regions')[i] as string).split('、'), p).toEqual(w.regions);
    });
  });

  it('plans from the directive’s index: no walk over links', async () => {
    const q = service.canned().find((c) => c.name === 'lag-per-province')!;
    const { summary } = await driver.executeQuery(`PROFILE ${q.cypher}`, { directiveId: 'doc:none' }, { routing: 'READ' });
    const operators: string[] = [];
    const walk = (p: { operatorType: string; children: unknown[] }) => {
      operators.push(p.operatorType);
      p.children.forEach((c) => walk(c as typeof p));
    };
    walk(summary.profile as unknown as { operatorType: string; children: unknown[] });
    expect(operators.some((o) => o.startsWith('NodeIndexSeek') || o.startsWith('NodeUniqueIndexSeek'))).toBe(true);
    expect(operators.filter((o) => /Expand|AllNodesScan/.test(o))).toEqual([]);
  });
});
