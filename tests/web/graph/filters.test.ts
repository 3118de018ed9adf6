// Scope filters on the fixture: a region, a level, a year and a document pick documents; their
// measures, targets and what those touch stay; the four combine with AND; empty means all.
import { describe, expect, it } from 'vitest';
import { documentInScope, graphFromSnapshot, isEdgeVisible, nodesInScope, scopeOptions, visibleNodeCount } from '../../../web/src/graph/index.js';
import { DIRECTIVE, JILIN, NATIONAL, fixtureSnapshot } from '../fixtures.js';

const data = graphFromSnapshot(fixtureSnapshot());
const none = { documents: [], regions: [], levels: [], years: [] };

describe('scope filters', () => {
  it('keeps everything when no filter is set', () => {
    expect(nodesInScope(data, none)).toBeNull();
    expect(visibleNodeCount(data, new Set(), null)).toBe(data.order);
  });

  it('keeps a region’s documents, their measures and targets, and what they touch', () => {
    const s = nodesInScope(data, { ...none, regions: ['吉林省'] })!;
    expect(s.has(JILIN)).toBe(true);
    expect(s.has(`${JILIN}#1`)).toBe(true);
    expect(s.has('org:吉林省科协')).toBe(true);
    expect(s.has('brand:科普中国')).toBe(true);
    // Cited by the Jilin plan: in scope as a neighbour.
    expect(s.has(DIRECTIVE)).toBe(true);
    // The national plan's own measures and its target are not.
    expect(s.has(NATIONAL)).toBe(false);
    expect(s.has(`${NATIONAL}#一/1`)).toBe(false);
    expect(s.has(`target:${NATIONAL}#一/1#1`)).toBe(false);
    expect(s.has('prog:科学辟谣平台')).toBe(false);
  });

  it('combines filters with AND and lists with OR', () => {
    expect(documentInScope(data, JILIN, { ...none, regions: ['吉林省'], years: [2022] })).toBe(true);
    expect(documentInScope(data, JILIN, { ...none, regions: ['吉林省'], years: [2021] })).toBe(false);
    expect(documentInScope(data, NATIONAL, { ...none, levels: ['national', 'provincial'] })).toBe(true);
    expect(documentInScope(data, JILIN, { ...none, documents: [NATIONAL] })).toBe(false);
    const both = nodesInScope(data, { ...none, documents: [NATIONAL, JILIN] })!;
    expect(both.has(`${NATIONAL}#一/2`) && both.has(`${JILIN}#1`)).toBe(true);
  });

  it('hides an edge when either end is out of scope or of a hidden type', () => {
    const s = nodesInScope(data, { ...none, regions: ['吉林省'] })!;
    const edge = data.edges(`${JILIN}#1`, `${NATIONAL}#一/1`)[0];
    expect(isEdgeVisible(data, edge, new Set(), s)).toBe(false);
    const mention = data.edges(`${JILIN}#1`, 'group:青少年')[0];
    expect(isEdgeVisible(data, mention, new Set(), s)).toBe(true);
    expect(isEdgeVisible(data, mention, new Set(['TargetGroup']), s)).toBe(false);
  });

  it('offers the regions, levels and years of the documents in the corpus', () => {
    expect(scopeOptions(data)).toEqual({ regions: ['吉林省', '全国'].sort((a, b) => a.localeCompare(b, 'zh')), levels: ['national', 'provincial'], years: [2022] });
  });
});
