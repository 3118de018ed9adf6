// Canned-query inputs on a corpus that is not the sample: the examples name the sample's nodes, so
// before session 21 every canned query ran on ids this graph does not have and answered 0 rows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCannedQuery } from '../../../neo4j/canned-header.js';
import { CYPHER_DIR } from '../../../neo4j/cypher-files.js';
import { paramInput } from '../../../web/src/api/params.js';
import { graphFromSnapshot, type PolicyGraph } from '../../../web/src/graph/index.js';
import { graphExamples, inGraph } from '../../../web/src/graph/param-examples.js';
import { ingestTexts } from '../../ingest/link/ingest-texts.js';
import { LAW_2012, province } from '../../ingest/link/versions-texts.js';
import { testSnapshot } from '../browser-harness.js';

const canned = readdirSync(CYPHER_DIR)
  .filter((f) => f.endsWith('.cypher'))
  .map((f) => parseCannedQuery(f.replace(/\.cypher$/, ''), readFileSync(join(CYPHER_DIR, f), 'utf8')));
const inputs = (g: PolicyGraph) => {
  const standIns = { values: graphExamples(g), has: (v: string) => inGraph(g, v) };
  return canned.flatMap((q) => q.params.map((p) => ({ query: q.name, param: p.name, example: p.example, value: paramInput(p, standIns) })));
};

describe('canned-query inputs', () => {
  let law: PolicyGraph;
  beforeAll(async () => {
    law = graphFromSnapshot(await ingestTexts({ 'law.txt': LAW_2012, 'henan.txt': province('河南省', '1995年6月8日'), 'hubei.txt': province('湖北省', '1997年8月10日') }));
  }, 120_000);

  it('on another corpus, every id and region input names a node of that graph', () => {
    const ids = inputs(law).filter((i) => /Id$|^region$/.test(i.param));
    expect(ids.length).toBeGreaterThan(10);
    for (const i of ids) expect(inGraph(law, i.value), `${i.query} $${i.param} = ${i.value}`).toBe(true);
    const at = (q: string, p: string) => ids.find((i) => i.query === q && i.param === p)!.value;
    expect(at('region-gaps', 'directiveId')).toMatch(/^doc:中华人民共和国农业技术推广法/);
    expect(['河南省', '湖北省']).toContain(at('region-gaps', 'region'));
    expect(at('measure-cascade', 'measureId')).toMatch(/^doc:中华人民共和国农业技术推广法.*#/);
  });

  it('on the sample corpus, the examples stay as written', async () => {
    const sample = graphFromSnapshot((await testSnapshot()).snapshot);
    for (const i of inputs(sample)) if (typeof i.example === 'string' && inGraph(sample, i.example)) expect(i.value).toBe(i.example);
    expect(inputs(sample).find((i) => i.query === 'region-gaps' && i.param === 'region')!.value).toBe('吉林省');
  }, 120_000);
});
