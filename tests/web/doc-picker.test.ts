// The document pickers' filter (graph/document-filter.ts): what a planner typing into the picker sees.
import { describe, expect, it } from 'vitest';
import type { DocumentOption } from '../../web/src/graph/corpus-documents.js';
import { documentOptions } from '../../web/src/graph/corpus-documents.js';
import { filterDocuments, PICKER_SHOWN } from '../../web/src/graph/document-filter.js';
import { graphFromSnapshot } from '../../coverage/graph.js';
import { fixtureSnapshot } from './fixtures.js';

const doc = (id: string, name: string, more: Partial<DocumentOption> = {}): DocumentOption => {
  const o = { id, name, ...more };
  return { ...o, label: [name, o.level, o.region, o.year].filter((x) => x !== undefined).join(' · ') };
};

const options = [
  doc('a', '全民科学素质行动规划纲要', { level: 'national', year: 2021, issuer: '国务院' }),
  doc('b', '吉林省全民科学素质行动实施方案', { level: 'provincial', region: '吉林省', year: 2022, issuer: '吉林省人民政府' }),
  doc('c', '关于加强基层治理的意见', { level: 'provincial', region: '浙江省', year: 2021, issuer: '浙江省人民政府办公厅' }),
  doc('d', '国务院办公厅关于印发工作要点的通知', { level: 'national', year: 2022 }),
];
const ids = (q: string, first?: string[]) => filterDocuments(options, q, PICKER_SHOWN, first ? new Set(first) : null).shown.map((o) => o.id);

describe('document picker filter', () => {
  it('finds a document by part of its title, whatever the case or the spaces around the words', () => {
    expect(ids('素质行动')).toEqual(['a', 'b']);
    expect(ids('  吉林  方案 ')).toEqual(['b']);
    expect(ids('NATIONAL 2022')).toEqual(['d']);
  });

  it('finds a document by its issuer, region or year too, title matches first', () => {
    // 国务院 is the issuer of a and in the title of d: d (title) comes before a (issuer).
    expect(ids('国务院')).toEqual(['d', 'a']);
    expect(ids('浙江')).toEqual(['c']);
    expect(ids('2021')).toEqual(['a', 'c']);
    expect(ids('吉林 2021')).toEqual([]);
  });

  it('lists the documents asked first before the others, and everything without a query', () => {
    expect(ids('')).toEqual(['a', 'b', 'c', 'd']);
    expect(ids('', ['c'])).toEqual(['c', 'a', 'b', 'd']);
    expect(ids('素质', ['b'])).toEqual(['b', 'a']);
  });

  it('makes the first hits only and counts the rest', () => {
    const many = Array.from({ length: 16_664 }, (_, i) => doc(`d${i}`, `工作要点·副本${i}`, { year: 2000 + (i % 20) }));
    const all = filterDocuments(many, '工作要点', 50);
    expect(all.shown.map((o) => o.id)).toEqual(many.slice(0, 50).map((o) => o.id));
    expect(all.more).toBe(16_664 - 50);
    const refined = filterDocuments(many, '副本16663', 50);
    expect(refined.shown.map((o) => o.name)).toEqual(['工作要点·副本16663']);
    expect(refined.more).toBe(0);
  });

  it("reads the issuer of the graph's documents", () => {
    const g = graphFromSnapshot(fixtureSnapshot());
    const withIssuer = documentOptions(g).filter((o) => o.issuer);
    expect(withIssuer.length).toBeGreaterThan(0);
    const o = withIssuer[0];
    expect(filterDocuments(documentOptions(g), o.issuer!, 1000).shown.map((x) => x.id)).toContain(o.id);
  });
});
