// `npm run report -- cascade --from <title>` on a revised law: the title names the version in the
// corpus and the cited-only node older regulations cite. Before session 21 the report took the
// cited-only one (消防法: "central, 全国, undated, cited only", citations only, none of the 12
// regulations' IMPLEMENTS links).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../graph-schema/index.js';
import { cascadeReport, coverageReport } from '../../scripts/report.js';
import { ingestTexts } from '../ingest/link/ingest-texts.js';
import { LAW_2012, province } from '../ingest/link/versions-texts.js';

const TITLE = '中华人民共和国农业技术推广法';

describe('report on a revised law named by its title', () => {
  let path: string;
  let s: Snapshot;
  beforeAll(async () => {
    // The 办法 cites the law by its bare title: a citation in 1995 names the text then in force, an earlier version the
    // corpus does not hold; since session 23 it goes to the corpus's later text (citedVersion), as IMPLEMENTS do.
    const henan = province('河南省', '1995年6月8日').replace('人民代表大会常务委员会通过）\n', '人民代表大会常务委员会通过）\n根据《中华人民共和国农业技术推广法》，结合本省实际，制定本办法。\n');
    expect(henan).toContain('根据《');
    s = await ingestTexts({ 'law.txt': LAW_2012, 'henan.txt': henan });
    path = join(mkdtempSync(join(tmpdir(), 'pg-report-revised-')), 'snapshot.json');
    writeFileSync(path, JSON.stringify(s));
  }, 120_000);

  it('the cascade starts from the version in the corpus, with the province implementing it', async () => {
    const named = s.nodes.filter((n) => n.attributes.type === 'Document' && n.attributes.name === TITLE);
    // One node for the title: the 2012 text, which the 1995 办法's citation now reaches too (no cited-only copy).
    expect(named.map((n) => (n.attributes as { inCorpus: boolean }).inCorpus)).toEqual([true]);
    const json = JSON.parse(await cascadeReport({ from: TITLE, format: 'json', snapshot: path })) as { root: string; links: { kind: string }[] };
    expect(json.root).toBe(named.find((n) => (n.attributes as { inCorpus: boolean }).inCorpus)!.key);
    expect(json.links.some((l) => l.kind === 'implements')).toBe(true);
  });

  it('the coverage report reads the same version', async () => {
    const out = await coverageReport({ directive: TITLE, format: 'json', snapshot: path });
    expect(JSON.parse(out).directive.id).toMatch(/@2012/);
  });

  it('the short title of a national law (农业技术推广法) names it, though the 办法 title contains it too', async () => {
    const out = await coverageReport({ directive: '农业技术推广法', format: 'json', snapshot: path });
    expect(JSON.parse(out).directive.id).toMatch(/^doc:中华人民共和国农业技术推广法@2012/);
    const cascade = JSON.parse(await cascadeReport({ from: '农业技术推广法', format: 'json', snapshot: path })) as { root: string };
    expect(cascade.root).toMatch(/^doc:中华人民共和国农业技术推广法@2012/);
  });
});
