// Session 63 (helper verdict2, issue 13): coverage's long-lower reading (coverage/options.ts longLower, LONG_LOWER_63, on): a
// strong link under 0.22 from a lower text of 60 or more articles is read partial — by the report, the server and the page
// (coverage/links.ts linksInto) and by the Cypher columns (neo4j/derived.ts implementedMeasures) alike; the links do not move.
// On the water family: 山东省水污染防治条例 (91 articles) → 水污染防治法.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../graph-schema/index.js';
import { graphFromSnapshot, measureRows, type CoverageGraph } from '../../coverage/index.js';
import { articleCountOf, linksInto } from '../../coverage/links.js';
import { COVERAGE_OPTIONS, LONG_LOWER_63, type CoverageOptions } from '../../coverage/options.js';
import { derivedProperties } from '../../neo4j/derived.js';
import { runIngest } from '../../ingest/pipeline.js';

describe('longLower on the water family (山东 → 水污染防治法)', () => {
  let snapshot: Snapshot;
  let g: CoverageGraph;
  let law: string;
  let province: string;
  let low: { source: string; target: string }[];
  beforeAll(async () => {
    snapshot = (await runIngest({ inputs: ['tests/real/water/corpus'] })).snapshot;
    g = graphFromSnapshot(snapshot);
    const doc = (part: string) => snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.inCorpus && n.attributes.name.includes(part))!.key;
    [law, province] = [doc('中华人民共和国水污染防治法'), doc('山东省')];
    const docOf = new Map(snapshot.nodes.map((n) => [n.key, (n.attributes as { docId?: string }).docId]));
    // The linker's strong links from the province into the law under 0.22, not by citation of an article's number.
    low = snapshot.edges.flatMap((e) => {
      const a = e.attributes;
      return a.type === 'IMPLEMENTS' && a.verdict !== 'partial' && !a.citedArticle && a.score < 0.22 && docOf.get(e.source) === province && docOf.get(e.target) === law ? [{ source: e.source, target: e.target }] : [];
    });
  }, 180_000);

  const verdictOf = (l: { source: string; target: string }, opts?: CoverageOptions) => linksInto(g, l.target, undefined, opts).find((x) => x.source === l.source)?.verdict;

  it('is on by default and reads the long text\'s low strong links partial', () => {
    expect(COVERAGE_OPTIONS.longLower).toEqual(LONG_LOWER_63);
    expect(articleCountOf(g, province)).toBeGreaterThanOrEqual(LONG_LOWER_63.minArticles);
    expect(low.length).toBeGreaterThan(0);
    for (const l of low) expect(verdictOf(l)).toBe('partial');
    for (const l of low) expect(verdictOf(l, { chain: { named: false }, longLower: false })).toBe('implements');
  });

  it('leaves a text shorter than minArticles as the linker reads it', () => {
    const short: CoverageOptions = { chain: { named: false }, longLower: { ...LONG_LOWER_63, minArticles: articleCountOf(g, province) + 1 } };
    for (const l of low) expect(verdictOf(l, short)).toBe('implements');
  });

  it('the Cypher columns give the rows the report gives', () => {
    const rows = measureRows(g, law, province);
    const implemented = rows.filter((r) => r.status === 'implemented').map((r) => r.id).sort();
    const partial = rows.filter((r) => r.status === 'partial').map((r) => r.id).sort();
    const p = derivedProperties(snapshot).get(province)!;
    const ofLaw = (ids: unknown) => (ids as string[]).filter((m) => rows.some((r) => r.id === m)).sort();
    expect(ofLaw(p.implementedMeasures)).toEqual(implemented);
    expect(ofLaw(p.partialMeasures)).toEqual(partial);
    // Some row the linker's verdicts call implemented is partial under the reading.
    expect(low.some((l) => partial.includes(l.target))).toBe(true);
    // The threshold control at the snapshot's own thresholds (coverage's replay) gives the same rows.
    const th = snapshot.attributes.linkThresholds!;
    const own = th.byGenre?.regulation ?? th;
    const at = (t?: { implements: number; partial: number }) => measureRows(g, law, province, t).map((r) => [r.id, r.status]);
    expect(at({ implements: own.implements, partial: own.partial })).toEqual(at());
  });
});
