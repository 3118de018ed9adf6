// region-gaps under a revised law: a province's 办法 that carries out the law's earlier text (a
// laterVersion link) is one of the region's documents, as the coverage module and the gap view read
// it. Before session 21 the query kept only documents from the law's year on: on the 消防 family,
// 河南省's gaps were the 2021 南阳 regulation's alone (the 2014 河南省消防条例 and 新乡 2020 left out).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { directiveCoverage, graphFromSnapshot } from '../../coverage/index.js';
import type { Snapshot } from '../../graph-schema/index.js';
import { loadSnapshot } from '../../neo4j/loader.js';
import { createCypherService } from '../../neo4j/queries.js';
import type { CypherService } from '../../neo4j/types.js';
import { ingestTexts } from '../ingest/link/ingest-texts.js';
import { LAW_2012, province } from '../ingest/link/versions-texts.js';
import { neo4jOrSkip } from './helpers.js';
import { allPages } from './pages.js';

const server = neo4jOrSkip();

server.describe('#integration region-gaps under a revised law', () => {
  let driver: Driver;
  let service: CypherService;
  let snapshot: Snapshot;
  let law: string;

  beforeAll(async () => {
    snapshot = await ingestTexts({ 'law.txt': LAW_2012, 'henan.txt': province('河南省', '1995年6月8日') });
    law = snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.name === '中华人民共和国农业技术推广法')!.key;
    driver = server.driver();
    await loadSnapshot(driver, snapshot);
    service = createCypherService(driver, { maxRows: 10_000 });
  }, 300_000);
  afterAll(async () => {
    await driver?.close();
  });

  it('lists the 1995 办法 against the 2012 text, the rows the coverage module gives', async () => {
    const c = directiveCoverage(graphFromSnapshot(snapshot), law, { region: '河南省' });
    expect(c.pairs).toHaveLength(1);
    const expected = c.pairs.flatMap((p) => p.measures.filter((r) => r.status === 'gap' || r.status === 'partial').map((r) => `${p.lower} ${r.id} ${r.status}`));
    const result = await allPages(service, 'region-gaps', { directiveId: law, region: '河南省' }, 5);
    const col = (name: string) => result.rows.map((row) => row[result.columns.indexOf(name)] as string);
    const docs = col('docId');
    const got = docs.map((d, i) => `${d} ${col('measureId')[i]} ${col('status')[i]}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(got.sort()).toEqual(expected.sort());
    // And the document is there at all (an empty answer would also equal an empty expectation).
    const implemented = c.pairs[0].measures.filter((r) => r.status === 'implemented').length;
    expect(implemented + expected.length).toBeGreaterThan(0);
    expect(c.lowers.map((l) => l.name)).toEqual(['河南省实施《中华人民共和国农业技术推广法》办法']);
  });
});
