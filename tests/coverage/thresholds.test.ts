// Re-reading verdicts under thresholds (the explorer's threshold control, `--implements/--partial` of the report):
// under the linker's own thresholds every verdict is the linker's, so links its rules keep under the partial
// threshold (an article's clear best, a duty list's item) and links it made partial over the implements threshold
// (only a side paragraph shared) do not vanish or turn strong when a user applies the defaults. Real documents:
// the 消防 family of tests/real/fire, whose links include both kinds.
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../ingest/pipeline.js';
import { graphFromSnapshot, type CoverageGraph } from '../../coverage/graph.js';
import { measureRows, rereadVerdict } from '../../coverage/index.js';
import type { Snapshot } from '../../graph-schema/index.js';

let snapshot: Snapshot;
let g: CoverageGraph;
/** Every (higher, lower) pair of documents an IMPLEMENTS link joins. */
let pairs: [string, string][];

beforeAll(async () => {
  snapshot = (await runIngest({ inputs: ['tests/real/fire/corpus'] })).snapshot;
  g = graphFromSnapshot(snapshot);
  const docOf = new Map(snapshot.nodes.map((n) => [n.key, (n.attributes as { docId?: string }).docId]));
  const seen = new Set<string>();
  pairs = [];
  for (const e of snapshot.edges) {
    if (e.attributes.type !== 'IMPLEMENTS') continue;
    const [lower, higher] = [docOf.get(e.source)!, docOf.get(e.target)!];
    if (!seen.has(`${higher}\n${lower}`)) pairs.push([higher, lower]);
    seen.add(`${higher}\n${lower}`);
  }
}, 120_000);

const rowsOf = (rows: ReturnType<typeof measureRows>) => rows.map((r) => [r.id, r.status, r.implementedBy?.id ?? null, r.implementedBy?.verdict ?? null, r.implementers]);

describe("coverage under the snapshot's own thresholds", () => {
  it('is the coverage the linker wrote, for every pair of documents (links its rules kept or demoted included)', () => {
    const t = snapshot.attributes.linkThresholds!;
    const linker = t.byGenre?.regulation ?? t;
    // The family has both kinds of rule-made verdicts, or the check below would prove nothing.
    const links = snapshot.edges.filter((e) => e.attributes.type === 'IMPLEMENTS').map((e) => e.attributes as { score: number; verdict?: string; citedArticle?: string });
    expect(links.filter((l) => !l.citedArticle && l.score < linker.partial).length).toBeGreaterThan(0);
    expect(links.filter((l) => l.score >= linker.implements && l.verdict === 'partial').length).toBeGreaterThan(0);
    expect(pairs.length).toBeGreaterThan(1);
    for (const [higher, lower] of pairs) {
      expect(rowsOf(measureRows(g, higher, lower, { implements: linker.implements, partial: linker.partial })), `${lower} → ${higher}`).toEqual(rowsOf(measureRows(g, higher, lower)));
    }
  });

  it('a stricter partial threshold drops the links kept under the linker’s; a looser one keeps them, and never makes a demoted link strong', () => {
    const linker = { implements: 0.14, partial: 0.13 };
    expect(rereadVerdict(0.11, 'partial', { implements: 0.14, partial: 0.2 }, linker)).toBeNull();
    expect(rereadVerdict(0.11, 'partial', { implements: 0.14, partial: 0.05 }, linker)).toBe('partial');
    expect(rereadVerdict(0.3, 'partial', { implements: 0.1, partial: 0.05 }, linker)).toBe('partial');
    expect(rereadVerdict(0.13, 'partial', { implements: 0.12, partial: 0.05 }, linker)).toBe('implements');
    expect(rereadVerdict(0.3, 'implements', { implements: 0.4, partial: 0.2 }, linker)).toBe('partial');
  });
});
