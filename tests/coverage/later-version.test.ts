// A regulation that carries out an earlier text of a law stays a column of the law's coverage after
// the law is revised: the linker links it (`laterVersion`), the cascade and the gap view show it,
// and before session 21 the report and the matrix left it out as "issued before the directive"
// (9 of the 消防 family's 13 regulations under the 2021 消防法).
import { beforeAll, describe, expect, it } from 'vitest';
import type { EdgeOf } from '../../graph-schema/index.js';
import { directiveCoverage, graphFromSnapshot, lowerDocuments, type CoverageGraph } from '../../coverage/index.js';
import { ingestTexts } from '../ingest/link/ingest-texts.js';
import { LAW_2012, province } from '../ingest/link/versions-texts.js';

describe('coverage of a revised law', () => {
  let g: CoverageGraph;
  let law: string;
  beforeAll(async () => {
    const snapshot = await ingestTexts({ 'law.txt': LAW_2012, 'henan.txt': province('河南省', '1995年6月8日') });
    g = graphFromSnapshot(snapshot);
    law = snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.name.includes('农业技术推广法') && !n.attributes.name.includes('办法'))!.key;
    // The pipeline links the 1995 办法 to the 2012 text as a later version of the law it carried out.
    expect(snapshot.edges.some((e) => e.attributes.type === 'IMPLEMENTS' && (e.attributes as EdgeOf<'IMPLEMENTS'>).laterVersion)).toBe(true);
  }, 120_000);

  it('keeps the earlier provincial 办法 as a lower document, with its implemented measures', () => {
    const lowers = lowerDocuments(g, law).map((d) => d.name);
    expect(lowers).toEqual(['河南省实施《中华人民共和国农业技术推广法》办法']);
    const cov = directiveCoverage(g, law);
    expect(cov.pairs).toHaveLength(1);
    expect(cov.pairs[0].measures.filter((r) => r.status === 'implemented').length).toBeGreaterThan(0);
  });
});
