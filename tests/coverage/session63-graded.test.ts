// Session 63 (helper verdict3, issue 13): coverage's long-lower threshold graded by the lower text's length
// (coverage/options.ts longLower.then, LONG_LOWER_GRADED_63: 0.22 from 60 articles, 0.26 from 70; off by default). The
// threshold a text's length gives, and on the water family (山东省水污染防治条例, 91 articles → 水污染防治法): a strong link
// scoring 0.22–0.26 reads partial under the graded reading and as the linker gives it under LONG_LOWER_63.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../graph-schema/index.js';
import { graphFromSnapshot, type CoverageGraph } from '../../coverage/index.js';
import { articleCountOf, linksInto } from '../../coverage/links.js';
import { longLowerBelow, longLowerPartial } from '../../coverage/grade.js';
import { LONG_LOWER_63, LONG_LOWER_GRADED_63, type CoverageOptions } from '../../coverage/options.js';
import { runIngest } from '../../ingest/pipeline.js';

const opts = (longLower: CoverageOptions['longLower']): CoverageOptions => ({ chain: { named: false }, longLower });

describe('longLowerBelow', () => {
  it('steps: none under minArticles, below from it, then.below from then.minArticles', () => {
    const o = opts(LONG_LOWER_GRADED_63);
    expect(longLowerBelow(o, 59)).toBe(0);
    expect(longLowerBelow(o, 60)).toBe(0.22);
    expect(longLowerBelow(o, 69)).toBe(0.22);
    expect(longLowerBelow(o, 70)).toBe(0.26);
    expect(longLowerBelow(o, 200)).toBe(0.26);
    expect(longLowerBelow(opts(LONG_LOWER_63), 200)).toBe(0.22);
    expect(longLowerBelow(opts(false), 200)).toBe(0);
  });

  it('ramps linearly between the two lengths when then.ramp', () => {
    const o = opts({ minArticles: 60, below: 0.2, then: { minArticles: 100, below: 0.3, ramp: true } });
    expect(longLowerBelow(o, 59)).toBe(0);
    expect(longLowerBelow(o, 60)).toBeCloseTo(0.2);
    expect(longLowerBelow(o, 80)).toBeCloseTo(0.25);
    expect(longLowerBelow(o, 100)).toBeCloseTo(0.3);
    expect(longLowerBelow(o, 150)).toBeCloseTo(0.3);
  });

  it('a link by citation of the article\'s number keeps its verdict', () => {
    const o = opts(LONG_LOWER_GRADED_63);
    expect(longLowerPartial(o, 0.24, false, 80)).toBe(true);
    expect(longLowerPartial(o, 0.24, true, 80)).toBe(false);
    expect(longLowerPartial(o, 0.24, false, 65)).toBe(false);
  });
});

describe('the graded reading on the water family (山东 → 水污染防治法)', () => {
  let snapshot: Snapshot;
  let g: CoverageGraph;
  let province: string;
  let mid: { source: string; target: string }[];
  beforeAll(async () => {
    snapshot = (await runIngest({ inputs: ['tests/real/water/corpus'] })).snapshot;
    g = graphFromSnapshot(snapshot);
    const doc = (part: string) => snapshot.nodes.find((n) => n.attributes.type === 'Document' && n.attributes.inCorpus && n.attributes.name.includes(part))!.key;
    const law = doc('中华人民共和国水污染防治法');
    province = doc('山东省');
    const docOf = new Map(snapshot.nodes.map((n) => [n.key, (n.attributes as { docId?: string }).docId]));
    mid = snapshot.edges.flatMap((e) => {
      const a = e.attributes;
      return a.type === 'IMPLEMENTS' && a.verdict !== 'partial' && !a.citedArticle && a.score >= 0.22 && a.score < 0.26 && docOf.get(e.source) === province && docOf.get(e.target) === law ? [{ source: e.source, target: e.target }] : [];
    });
  }, 180_000);

  const verdictOf = (l: { source: string; target: string }, o: CoverageOptions) => linksInto(g, l.target, undefined, o).find((x) => x.source === l.source)?.verdict;

  it('reads a 70+ article text\'s strong links of 0.22–0.26 partial, LONG_LOWER_63 leaves them strong', () => {
    expect(articleCountOf(g, province)).toBeGreaterThanOrEqual(LONG_LOWER_GRADED_63.then!.minArticles);
    expect(mid.length).toBeGreaterThan(0);
    for (const l of mid) expect(verdictOf(l, opts(LONG_LOWER_GRADED_63))).toBe('partial');
    for (const l of mid) expect(verdictOf(l, opts(LONG_LOWER_63))).toBe('implements');
  });
});
