// Articles that frame a law and that the linker never links (ingest/link/options.ts roleLinks.none: scope,
// effective-date, referral, basis): marked `framing` on the Measure at ingest and left out of coverage, as notices
// and preambles are. Session 24's walk on the 物业管理条例 family: 第六十七条 本条例自2003年9月1日起施行 was a gap of all
// seven lower documents, which can never carry it.
import { beforeAll, describe, expect, it } from 'vitest';
import { graphFromSnapshot, measureRows } from '../../coverage/index.js';
import type { Snapshot } from '../../graph-schema/index.js';
import { ingestTexts } from '../ingest/link/ingest-texts.js';
import { LAW_2012, province } from '../ingest/link/versions-texts.js';

const withArticle = (text: string, article: string) => text.replace(/\n$/, `\n${article}\n`);

describe('framing articles of a law', () => {
  let snapshot: Snapshot;
  let law: string;
  let henan: string;
  beforeAll(async () => {
    snapshot = await ingestTexts({
      'law.txt': withArticle(LAW_2012, '第五条　本法自1993年7月2日起施行。'),
      'henan.txt': withArticle(province('河南省', '2013年6月8日'), '第四条　本办法自2013年10月1日起施行。'),
    });
    const doc = (name: string) => snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.inCorpus && n.attributes.name === name)!.key;
    law = doc('中华人民共和国农业技术推广法');
    henan = doc('河南省实施《中华人民共和国农业技术推广法》办法');
  }, 120_000);

  const measure = (docId: string, path: string) => snapshot.nodes.find((n) => n.key === `${docId}#${path}`)!.attributes as { framing?: boolean };

  it('marks the effective-date articles framing, and no article that asks something', () => {
    expect(measure(law, '第五条').framing).toBe(true);
    expect(measure(henan, '第四条').framing).toBe(true);
    expect(measure(law, '第二条').framing).toBeUndefined();
  });

  it('leaves them out of coverage: the law’s effective-date article is no gap of the province', () => {
    const rows = measureRows(graphFromSnapshot(snapshot), law, henan);
    expect(rows.map((r) => r.path)).toEqual(['第一条', '第二条', '第三条', '第四条']);
    expect(rows.some((r) => r.status !== 'gap')).toBe(true);
  });
});
