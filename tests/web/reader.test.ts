// The reader's computation (web/src/graph/reader.ts) on the fixture: lines in their structure,
// every mention, target and citation marked (a target holding an organisation keeps both), and
// beside a measure what it implements and what implements it.
import { describe, expect, it } from 'vitest';
import { layeredSegments, readDocument } from '../../web/src/graph/reader.js';
import { graphFromSnapshot } from '../../web/src/graph/policy-graph.js';
import { DIRECTIVE, JILIN, JILIN_TEXT, NATIONAL, NATIONAL_TEXT, fixtureSnapshot } from './fixtures.js';

describe('readDocument', () => {
  const g = graphFromSnapshot(fixtureSnapshot());

  it('gives every non-blank line once, in order, in the innermost measure holding it', () => {
    const r = readDocument(g, NATIONAL)!;
    expect(r.blocks.map((b) => b.segments.map((s) => s.text).join(''))).toEqual(NATIONAL_TEXT.split('\n'));
    expect(r.blocks.map((b) => b.measure)).toEqual([null, null, `${NATIONAL}#一/1`, `${NATIONAL}#一/2`]);
    expect(r.blocks[2].depth).toBe(2);
  });

  it('marks entities by type, targets and citations, with a target and the organisation in it both kept', () => {
    const r = readDocument(g, NATIONAL)!;
    const line = r.blocks[2].segments;
    const marked = (layer: 'entity' | 'target' | 'citation') => [...new Set(line.filter((s) => s[layer]).map((s) => s[layer]!.ref))];
    expect(marked('entity').sort()).toEqual(['brand:科普中国', 'group:青少年', 'org:中国科协', 'org:全国学会', 'prog:基层科普行动计划']);
    expect(marked('target')).toEqual([`target:${NATIONAL}#一/1#1`]);
    expect(line.filter((s) => s.target).map((s) => s.text).join('')).toBe('不少于1000场');
    expect(r.counts).toMatchObject({ Organisation: 2, Programme: 2, Target: 1, Document: 1 });
    const jilin = readDocument(g, JILIN)!;
    const cite = jilin.blocks[1].segments.filter((s) => s.citation);
    expect(cite.map((s) => s.text).join('')).toBe('《关于新时代进一步加强科学技术普及工作的意见》');
    expect(cite[0].citation!.ref).toBe(DIRECTIVE);
    expect(jilin.blocks.map((b) => b.segments.map((s) => s.text).join('')).join('\n')).toBe(JILIN_TEXT);
  });

  it('puts the links beside the measure: up from the lower, down from the higher', () => {
    const lower = readDocument(g, JILIN)!.blocks.find((b) => b.measure === `${JILIN}#1`)!;
    expect(lower.implements.map((l) => [l.measure.id, l.verdict, l.score, l.document?.id])).toEqual([[`${NATIONAL}#一/1`, 'implements', 0.72, NATIONAL]]);
    const higher = readDocument(g, NATIONAL)!.blocks.find((b) => b.measure === `${NATIONAL}#一/1`)!;
    expect(higher.implementedBy.map((l) => l.measure.id)).toEqual([`${JILIN}#1`]);
  });

  it('is null without the text (not loaded, or not a document)', () => {
    expect(readDocument(g, DIRECTIVE)).toBeNull();
    expect(readDocument(g, 'org:中国科协')).toBeNull();
  });

  it('layers: nested ranges keep each layer, the shortest range of a layer wins', () => {
    const segs = layeredSegments('ABCDEF', [
      { start: 0, end: 6, kind: 'Target', ref: 't' },
      { start: 1, end: 3, kind: 'Organisation', ref: 'o' },
      { start: 1, end: 2, kind: 'Organisation', ref: 'p' },
    ]);
    expect(segs.map((s) => [s.text, s.target?.ref, s.entity?.ref])).toEqual([
      ['A', 't', undefined],
      ['B', 't', 'p'],
      ['C', 't', 'o'],
      ['DEF', 't', undefined],
    ]);
  });
});
