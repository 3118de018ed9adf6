// A law database holds a law's current text, dated by its latest revision; the provinces' 实施办法 of
// the years before it still carry the law out. Written for the purpose (not from any corpus): the law's
// 1993 text and its 2012 revision, a province's 1995 办法 and a province's 2015 办法.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../graph-schema/index.js';
import { ingestTexts } from './ingest-texts.js';
import { LAW_1993, LAW_2012, province } from './versions-texts.js';

async function linksOf(files: Record<string, string>) {
  const snapshot: Snapshot = await ingestTexts(files);
  const docs = new Map(snapshot.nodes.filter((n) => n.attributes.type === 'Document').map((n) => [n.key, n.attributes as { name: string; issuedOn?: string }]));
  const docOf = new Map(snapshot.nodes.filter((n) => n.attributes.type === 'Measure').map((n) => [n.key, (n.attributes as { docId: string }).docId]));
  return snapshot.edges
    .filter((e) => e.attributes.type === 'IMPLEMENTS')
    .map((e) => {
      const [lo, hi] = [docs.get(docOf.get(e.source)!)!, docs.get(docOf.get(e.target)!)!];
      const a = e.attributes as { laterVersion?: true; lagDays?: number };
      return { lower: `${lo.name}@${lo.issuedOn}`, higher: `${hi.name}@${hi.issuedOn}`, laterVersion: a.laterVersion ?? false, lagDays: a.lagDays };
    });
}

describe('the current text of a law, and the implementing measures of the years before it', () => {
  let onlyCurrent: Awaited<ReturnType<typeof linksOf>>;
  let bothTexts: Awaited<ReturnType<typeof linksOf>>;
  beforeAll(async () => {
    onlyCurrent = await linksOf({ 'law.txt': LAW_2012, 'henan.txt': province('河南省', '1995年6月8日'), 'zhejiang.txt': province('浙江省', '2015年9月24日') });
    bothTexts = await linksOf({ 'law-1993.txt': LAW_1993, 'law-2012.txt': LAW_2012, 'henan.txt': province('河南省', '1995年6月8日') });
  }, 120_000);

  it('links a province’s 1995 measures to the 2012 text, flagged, the lag counted from the 1993 adoption', () => {
    const henan = onlyCurrent.filter((l) => l.lower.startsWith('河南省'));
    expect(henan.length).toBeGreaterThan(0);
    expect(henan.every((l) => l.laterVersion && l.higher.endsWith('@2012-08-31'))).toBe(true);
    // 1993-07-02 → 1995-06-08
    expect(henan.every((l) => l.lagDays === 706)).toBe(true);
  });

  it('links a document after the revision as before, without the flag', () => {
    const zhejiang = onlyCurrent.filter((l) => l.lower.startsWith('浙江省'));
    expect(zhejiang.length).toBeGreaterThan(0);
    expect(zhejiang.some((l) => l.laterVersion)).toBe(false);
  });

  it('prefers the text in force when the corpus holds it: the 1995 measures go to the 1993 text only', () => {
    expect(bothTexts.length).toBeGreaterThan(0);
    expect(bothTexts.every((l) => l.higher.endsWith('@1993-07-02') && !l.laterVersion)).toBe(true);
  });
});
