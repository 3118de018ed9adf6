// The gap queries through the chain (cypher/region-gaps, coverage-gaps): a city document that implements
// its province's document only (the 焦作/开封 air-pollution regulations on the law mirror, linked only to
// 河南省大气污染防治条例) carries the national measures its province carries, "via" the province, as the
// coverage module (coverage/index.ts measureRows) reads it. On the sample with a hand-linked 长春 plan
// (tests/coverage/chain-fixture.ts), and on a real chain of the link gold's regulations.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { directiveCoverage, graphFromSnapshot, measureRows } from '../../coverage/index.js';
import { Snapshot } from '../../graph-schema/index.js';
import { runIngest } from '../../ingest/pipeline.js';
import { loadSnapshot } from '../../neo4j/loader.js';
import { createCypherService } from '../../neo4j/queries.js';
import type { CypherService, QueryResult } from '../../neo4j/types.js';
import { withCity } from '../coverage/chain-fixture.js';
import { neo4jOrSkip } from './helpers.js';
import { allPages } from './pages.js';

const server = neo4jOrSkip();
const NATIONAL = 'doc:中国科协2020年科普工作要点';
const JILIN = 'doc:吉林省科协2020年科普工作要点';
const CITY = 'doc:长春市科协2020年科普工作要点';

const col = (r: QueryResult, name: string) => r.rows.map((row) => row[r.columns.indexOf(name)] as string);

/** region-gaps' rows, and the module's gap and partial rows of the region's documents. */
async function regionRows(service: CypherService, snapshot: Snapshot, directive: string, region: string) {
  const c = directiveCoverage(graphFromSnapshot(snapshot), directive, { region });
  const expected = c.pairs.flatMap((p) => p.measures.filter((r) => r.status === 'gap' || r.status === 'partial').map((r) => `${p.lower} ${r.id} ${r.status}`));
  const result = await allPages(service, 'region-gaps', { directiveId: directive, region }, 7);
  const got = col(result, 'docId').map((d, i) => `${d} ${col(result, 'measureId')[i]} ${col(result, 'status')[i]}`);
  return { c, expected: expected.sort(), got: got.sort() };
}

/** coverage-gaps' measure rows, and the module's gaps: no implementer, direct or through a chain, and not addressed
 *  to the higher document's issuer only ('not applicable'). */
async function pairRows(service: CypherService, snapshot: Snapshot, higherDocId: string, lowerDocId: string) {
  const expected = measureRows(graphFromSnapshot(snapshot), higherDocId, lowerDocId).filter((r) => r.status === 'gap').map((r) => r.id);
  const result = await service.runCanned('coverage-gaps', { higherDocId, lowerDocId });
  const got = col(result, 'id').filter((_, i) => col(result, 'gap')[i] === 'measure');
  return { expected: expected.sort(), got: got.sort() };
}

server.describe('#integration gap queries through the chain: the sample with a city linked only to 吉林', () => {
  let driver: Driver;
  let service: CypherService;
  let snapshot: Snapshot;
  beforeAll(async () => {
    const sample = (await runIngest({ inputs: ['corpus'] })).snapshot;
    const docOf = new Map(sample.nodes.map((n) => [n.key, (n.attributes as { docId?: string }).docId]));
    const carrying = [
      ...new Set(sample.edges.filter((e) => e.attributes.type === 'IMPLEMENTS' && docOf.get(e.source) === JILIN && docOf.get(e.target) === NATIONAL && !e.source.endsWith('#前言')).map((e) => e.source)),
    ].sort();
    snapshot = Snapshot.parse(
      withCity(sample, {
        name: '长春市科协2020年科普工作要点',
        region: '长春市',
        province: '吉林省',
        issuedOn: '2020-05-01',
        links: carrying.slice(0, 5).map((province, i) => ({ path: `${i + 1}`, province, verdict: i % 2 ? 'partial' : 'implements', score: 0.5 - i * 0.05 })),
      }),
    );
    driver = server.driver();
    await loadSnapshot(driver, snapshot);
    service = createCypherService(driver, { maxRows: 10_000 });
  }, 300_000);
  afterAll(() => driver?.close());

  it('region-gaps gives 吉林省’s rows as the module does, the city’s chain-covered measures left out or partial', async () => {
    const { c, expected, got } = await regionRows(service, snapshot, NATIONAL, '吉林省');
    expect(c.lowers.map((l) => l.id)).toEqual([JILIN, CITY]);
    const city = c.pairs[1].measures;
    expect(city.filter((r) => r.implementedBy?.via?.docId === JILIN && r.status === 'implemented').length).toBeGreaterThan(0);
    expect(city.filter((r) => r.implementedBy?.via && r.status === 'partial').length).toBeGreaterThan(0);
    expect(got).toEqual(expected);
  });

  it('coverage-gaps does not list as gaps of the city the national measures it carries via 吉林', async () => {
    const { expected, got } = await pairRows(service, snapshot, NATIONAL, CITY);
    const measures = measureRows(graphFromSnapshot(snapshot), NATIONAL, CITY).length;
    expect(expected.length).toBeLessThan(measures);
    expect(got).toEqual(expected);
  });
});

server.describe('#integration gap queries through the chain: 志愿服务条例 → 山东省 → 泰安市 (tests/real/corpus)', () => {
  let driver: Driver;
  let service: CypherService;
  let snapshot: Snapshot;
  let law: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cov-chain-'));
    for (const f of ['志愿服务条例(2017-08-22).md', '山东省志愿服务条例(2021-12-03).md', '泰安市志愿服务促进条例(2022-01-21).md', '浙江省志愿服务条例(2018-07-27).md', '宁波市志愿服务条例(2021-12-03).md']) {
      cpSync(join('tests/real/corpus', f), join(dir, f));
    }
    snapshot = (await runIngest({ inputs: [dir] })).snapshot;
    law = snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.inCorpus && n.attributes.name === '志愿服务条例')!.key;
    driver = server.driver();
    await loadSnapshot(driver, snapshot);
    service = createCypherService(driver, { maxRows: 10_000 });
  }, 300_000);
  afterAll(() => driver?.close());

  it('region-gaps and coverage-gaps agree with the module for 山东省 and 浙江省 and their cities', async () => {
    for (const region of ['山东省', '浙江省']) {
      const { c, expected, got } = await regionRows(service, snapshot, law, region);
      expect(c.lowers).toHaveLength(2);
      expect(c.pairs[1].measures.some((r) => r.implementedBy?.via)).toBe(true);
      expect(got, region).toEqual(expected);
      for (const p of c.pairs) {
        const pair = await pairRows(service, snapshot, law, p.lower);
        expect(pair.got, p.lower).toEqual(pair.expected);
      }
    }
  });
});
