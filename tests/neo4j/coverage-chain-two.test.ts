// The gap queries (cypher/region-gaps, coverage-gaps) through chains of two intermediates: a county's document
// that implements its city's, which implements its province's, which implements the national law, carries the
// law's measures "via" the city and then the province, as the coverage module reads it (coverage/index.ts
// measureRows; tests/coverage/chain-two on the module alone). On a hand-built graph, so every link is known; the
// region's documents are the module's lower documents (on the law's subject, not issued before it).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { directiveCoverage, graphFromSnapshot, measureRows } from '../../coverage/index.js';
import { measureId, nodeId, type Snapshot } from '../../graph-schema/index.js';
import { loadSnapshot } from '../../neo4j/loader.js';
import { createCypherService } from '../../neo4j/queries.js';
import type { CypherService, QueryResult } from '../../neo4j/types.js';
import { buildSnapshot, link } from './fixtures.js';
import { neo4jOrSkip } from './helpers.js';
import { allPages } from './pages.js';

const server = neo4jOrSkip();
const LAW = nodeId('Document', '某法');
const PROVINCE = nodeId('Document', '某省条例');
const CITY = nodeId('Document', '某市条例');
const COUNTY = nodeId('Document', '某县办法');
const OTHER_PROVINCE = nodeId('Document', '他省条例');
/** In 某县, on another subject: no link to the law, no citation of it. */
const UNRELATED = nodeId('Document', '某县供热办法');
/** In 某市, citing the law, but issued months before it in the same year. */
const EARLIER = nodeId('Document', '某市早先规定');

type Level = 'national' | 'provincial' | 'municipal' | 'county';
const DOCS: [string, Level, string, string][] = [
  [LAW, 'national', '全国', '2020-06-01'],
  [PROVINCE, 'provincial', '某省', '2021-03-01'],
  [OTHER_PROVINCE, 'provincial', '他省', '2021-04-01'],
  [CITY, 'municipal', '某市', '2022-05-01'],
  [COUNTY, 'county', '某县', '2023-07-01'],
  [UNRELATED, 'county', '某县', '2023-08-01'],
  [EARLIER, 'municipal', '某市', '2020-02-01'],
];
const m = (doc: string, n: number) => measureId(doc, String(n));

/** Links [lower measure, higher measure, verdict]. */
const LINKS: [string, string, 'implements' | 'partial'][] = [
  // Law 1: county → city → province → law, all strong: implemented via two.
  [m(PROVINCE, 1), m(LAW, 1), 'implements'],
  [m(CITY, 1), m(PROVINCE, 1), 'implements'],
  [m(COUNTY, 1), m(CITY, 1), 'implements'],
  // Law 2: the same with a partial top link: partial (the weakest link).
  [m(PROVINCE, 2), m(LAW, 2), 'partial'],
  [m(CITY, 2), m(PROVINCE, 2), 'implements'],
  [m(COUNTY, 2), m(CITY, 2), 'implements'],
  // Law 3: county → city → law, the county's link partial: partial via one.
  [m(CITY, 3), m(LAW, 3), 'implements'],
  [m(COUNTY, 3), m(CITY, 3), 'partial'],
  // Law 4: through 他省, not on the county's region chain: a gap.
  [m(OTHER_PROVINCE, 4), m(LAW, 4), 'implements'],
  [m(CITY, 4), m(OTHER_PROVINCE, 4), 'implements'],
  [m(COUNTY, 4), m(CITY, 4), 'implements'],
  // Law 6 (addressed to the law's issuer only): weakly carried down: partial, not 'not applicable'.
  [m(PROVINCE, 6), m(LAW, 6), 'partial'],
  [m(CITY, 6), m(PROVINCE, 6), 'implements'],
  [m(COUNTY, 6), m(CITY, 6), 'implements'],
];

function chainSnapshot(): Snapshot {
  return buildSnapshot((g) => {
    const regions: [string, 'country' | 'province' | 'city' | 'county', string?][] = [
      ['全国', 'country'], ['某省', 'province', '全国'], ['他省', 'province', '全国'], ['某市', 'city', '某省'], ['某县', 'county', '某市'],
    ];
    for (const [name, level] of regions) g.addNode(`region:${name}`, { type: 'Region', name, level });
    for (const [name, , up] of regions) if (up) link(g, `region:${name}`, `region:${up}`, { type: 'PART_OF' });
    for (const [id, level, region, issuedOn] of DOCS) {
      g.addNode(id, { type: 'Document', name: id.slice(4), inCorpus: true, level, region, issuedOn, year: Number(issuedOn.slice(0, 4)), sources: [`${id.slice(4)}.txt`] });
      link(g, id, `region:${region}`, { type: 'FOR_REGION' });
      for (let k = 1; k <= 6; k++) {
        const mid = m(id, k);
        g.addNode(mid, {
          type: 'Measure', name: `${id.slice(4)}第${k}条`, text: `第${k}条`, docId: id, path: String(k), ordinal: k, span: [10 * k, 10 * k + 5], kind: 'article', leaf: true,
          ...(id === LAW && k === 6 ? { forIssuerOnly: true } : {}),
          // Law 5 frames the law (its effective-date article): never linked, no gap (coverage isPlanMeasure).
          ...(id === LAW && k === 5 ? { framing: true as const } : {}),
        });
        link(g, id, mid, { type: 'HAS_MEASURE', ordinal: k });
      }
    }
    for (const [lower, higher, verdict] of LINKS) {
      link(g, lower, higher, { type: 'IMPLEMENTS', verdict, score: verdict === 'implements' ? 0.5 : 0.2, evidence: { passages: [], sharedEntities: [], signals: { reuse: 0, text: 0, entities: 0 } } });
    }
    link(g, EARLIER, LAW, { type: 'CITES', spans: [[0, 4]], via: ['title'] });
  });
}

const col = (r: QueryResult, name: string) => r.rows.map((row) => row[r.columns.indexOf(name)] as string);

server.describe('#integration gap queries through two intermediates: county → city → province → law', () => {
  let driver: Driver;
  let service: CypherService;
  let snapshot: Snapshot;
  beforeAll(async () => {
    snapshot = chainSnapshot();
    driver = server.driver();
    await loadSnapshot(driver, snapshot);
    service = createCypherService(driver, { maxRows: 10_000 });
  }, 300_000);
  afterAll(() => driver?.close());

  it('region-gaps gives 某省’s rows as the module does: the county’s law 1 implemented via 某市 → 某省, law 2 and law 6 partial, law 5 (framing) left out', async () => {
    const c = directiveCoverage(graphFromSnapshot(snapshot), LAW, { region: '某省' });
    expect(c.lowers.map((l) => l.id)).toEqual([PROVINCE, CITY, COUNTY]);
    const county = c.pairs[2].measures;
    expect(county.find((r) => r.id === m(LAW, 1))).toMatchObject({ status: 'implemented', implementedBy: { via: { docId: CITY, then: { docId: PROVINCE } } } });
    const expected = c.pairs.flatMap((p) => p.measures.filter((r) => r.status === 'gap' || r.status === 'partial').map((r) => `${p.lower} ${r.id} ${r.status}`)).sort();
    const result = await allPages(service, 'region-gaps', { directiveId: LAW, region: '某省' }, 4);
    const got = col(result, 'docId').map((d, i) => `${d} ${col(result, 'measureId')[i]} ${col(result, 'status')[i]}`).sort();
    expect(got).toEqual(expected);
    const countyRows = got.filter((r) => r.startsWith(`${COUNTY} `));
    expect(countyRows).toEqual([`${COUNTY} ${m(LAW, 2)} partial`, `${COUNTY} ${m(LAW, 3)} partial`, `${COUNTY} ${m(LAW, 4)} gap`, `${COUNTY} ${m(LAW, 6)} partial`]);
  });

  it('region-gaps leaves out the region’s documents the module does not list: another subject, issued before the law', async () => {
    const result = await allPages(service, 'region-gaps', { directiveId: LAW, region: '某县' }, 100);
    expect(new Set(col(result, 'docId'))).toEqual(new Set([COUNTY]));
    const city = await allPages(service, 'region-gaps', { directiveId: LAW, region: '某市' }, 100);
    expect(new Set(col(city, 'docId'))).toEqual(new Set([CITY, COUNTY]));
  });

  it('coverage-gaps lists for each pair the measures the module calls gaps', async () => {
    const g = graphFromSnapshot(snapshot);
    for (const lowerDocId of [PROVINCE, CITY, COUNTY, OTHER_PROVINCE]) {
      const expected = measureRows(g, LAW, lowerDocId).filter((r) => r.status === 'gap').map((r) => r.id).sort();
      const result = await service.runCanned('coverage-gaps', { higherDocId: LAW, lowerDocId });
      const got = col(result, 'id').filter((_, i) => col(result, 'gap')[i] === 'measure').sort();
      expect(got, lowerDocId).toEqual(expected);
    }
    const county = await service.runCanned('coverage-gaps', { higherDocId: LAW, lowerDocId: COUNTY });
    expect(col(county, 'id').filter((_, i) => col(county, 'gap')[i] === 'measure').sort()).toEqual([m(LAW, 4)]);
  });
});
