// The grown snapshot the scale test and the bench use: valid against the schema, each copy a
// whole document (its measures, targets and their edges) under a new name, pointing at the same
// shared entities.
import { describe, expect, it } from 'vitest';
import { Snapshot } from '../../../graph-schema/index.js';
import { JILIN, fixtureSnapshot } from '../fixtures.js';
import { growSnapshot } from './grow.js';

describe('growSnapshot', () => {
  const base = fixtureSnapshot();
  const grown = Snapshot.parse(growSnapshot(base, 1_000));

  it('reaches the asked size and stays a valid snapshot', () => {
    expect(grown.nodes.length).toBeGreaterThanOrEqual(1_000);
    expect(new Set(grown.nodes.map((n) => n.key)).size).toBe(grown.nodes.length);
  });

  it('copies a document with its measures and their edges, under a new name', () => {
    const copy = `${JILIN}·副本2`;
    const doc = grown.nodes.find((n) => n.key === copy)!;
    expect(doc.attributes.name).toBe(`${base.nodes.find((n) => n.key === JILIN)!.attributes.name}·副本2`);
    const measuresOf = (d: string, s: Snapshot) => s.nodes.filter((n) => n.attributes.type === 'Measure' && n.attributes.docId === d).length;
    expect(measuresOf(copy, grown)).toBe(measuresOf(JILIN, base));
    const edgesFrom = (d: string, s: Snapshot) => s.edges.filter((e) => e.source === d || e.source.startsWith(`${d}#`)).map((e) => e.attributes.type).sort();
    expect(edgesFrom(copy, grown)).toEqual(edgesFrom(JILIN, base));
    // Mentions point at the same entities as the original's.
    const mentioned = (d: string, s: Snapshot) => s.edges.filter((e) => e.attributes.type === 'MENTIONS' && e.source.startsWith(`${d}#`)).map((e) => e.target).sort();
    expect(mentioned(copy, grown)).toEqual(mentioned(JILIN, base));
  });
});
