// The seeded sample of links a reader checks where no gold is (coverage/sample-links.ts, `report -- sample-links`).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleLinks, sampleText } from '../../coverage/sample-links.js';
import { excludedFiles } from '../../scripts/report.js';

// Four documents: a law, a province's and a city's regulation, and a held-out province's; each lower document has
// links to the law (and the city also to its province).
const docs = [
  { key: 'doc:law', name: '某某法', level: 'central', sources: ['laws/某某法(2019-01-01).md'], issuedOn: '2019-01-01' },
  { key: 'doc:prov', name: '甲省某某条例', level: 'provincial', sources: ['甲省某某条例.md'], fileDate: '2020-05-01' },
  { key: 'doc:city', name: '乙市某某条例', level: 'municipal', sources: ['乙市某某条例.md'], issuedOn: '2021-03-01' },
  { key: 'doc:held', name: '丙省某某条例', level: 'provincial', sources: ['held/丙省某某条例.md'], issuedOn: '2020-01-01' },
];
const nodes = [
  ...docs.map(({ key, ...a }) => ({ key, attributes: { type: 'Document', inCorpus: true, ...a } })),
  ...docs.flatMap((d) => Array.from({ length: 6 }, (_, i) => ({ key: `${d.key}#第${i + 1}条`, attributes: { type: 'Measure', docId: d.key, path: `第${i + 1}条`, text: `${d.name}第${i + 1}条的文字` } }))),
];
const link = (l: string, h: string, i: number, j: number, score: number) => ({
  key: `IMPLEMENTS|${l}#第${i}条|${h}#第${j}条`,
  source: `${l}#第${i}条`,
  target: `${h}#第${j}条`,
  attributes: { type: 'IMPLEMENTS', verdict: score >= 0.2 ? 'implements' : 'partial', score },
});
const edges = [
  ...[1, 2, 3, 4, 5, 6].map((i) => link('doc:prov', 'doc:law', i, i, 0.1 + i / 10)),
  ...[1, 2, 3].map((i) => link('doc:city', 'doc:law', i, i, 0.15)),
  ...[4, 5].map((i) => link('doc:city', 'doc:prov', i, i, 0.3)),
  ...[1, 2, 3, 4].map((i) => link('doc:held', 'doc:law', i, i, 0.5)),
  { key: 'CITES|x', source: 'doc:city#第1条', target: 'doc:law', attributes: { type: 'CITES' } },
];
const snapshot = { nodes, edges } as unknown as Parameters<typeof sampleLinks>[0];

describe('sampleLinks', () => {
  it('counts the links and document pairs it draws from, and draws at most what there is', () => {
    const s = sampleLinks(snapshot, { pairs: 10, links: 100, seed: 1 });
    expect(s).toMatchObject({ links: 15, pairs: 4, excludedDocs: 0 });
    expect(s.pairSample).toHaveLength(4);
    expect(s.linkSample).toHaveLength(15);
    const prov = s.pairSample.find((p) => p.lower.id === 'doc:prov')!;
    expect(prov).toMatchObject({ links: 6, implements: 6, higher: { id: 'doc:law', name: '某某法', date: '2019-01-01' } });
    expect(prov.maxScore).toBeCloseTo(0.7);
    // A document dated only by its file name shows that date.
    expect(prov.lower.date).toBe('2020-05-01');
    expect(s.pairSample.find((p) => p.lower.id === 'doc:city' && p.higher.id === 'doc:law')).toMatchObject({ links: 3, implements: 0 });
  });
  it('gives the same sample for the same seed, and another for another seed', () => {
    const a = sampleLinks(snapshot, { pairs: 2, links: 5, seed: 7 });
    expect(sampleLinks(snapshot, { pairs: 2, links: 5, seed: 7 })).toEqual(a);
    const keys = (seed: number) => sampleLinks(snapshot, { pairs: 4, links: 15, seed }).linkSample.map((l) => `${l.lower.doc.id}${l.lower.path}>${l.higher.doc.id}`).join();
    expect(new Set([1, 2, 3, 4, 5].map(keys)).size).toBeGreaterThan(1);
    // Every link once: a draw without replacement.
    expect(new Set(keys(3).split(',')).size).toBe(15);
  });
  it('leaves out documents whose source file is excluded, on either side of a link', () => {
    const s = sampleLinks(snapshot, { pairs: 10, links: 100, seed: 1, excludeFiles: new Set(['丙省某某条例.md']) });
    expect(s).toMatchObject({ links: 11, pairs: 3, excludedDocs: 1 });
    expect(s.linkSample.some((l) => l.lower.doc.id === 'doc:held' || l.higher.doc.id === 'doc:held')).toBe(false);
    const noLaw = sampleLinks(snapshot, { pairs: 10, links: 100, seed: 1, excludeFiles: new Set(['某某法(2019-01-01).md']) });
    expect(noLaw).toMatchObject({ links: 2, pairs: 1 });
  });
  it('prints each drawn pair and link with a box to tick, the texts on one line', () => {
    const text = sampleText(sampleLinks(snapshot, { pairs: 1, links: 1, seed: 2 }));
    expect(text.split('\n')[0]).toBe('15 IMPLEMENTS links in 4 document pairs; seed 2');
    expect(text.match(/^\[ \] 1\. /gm)).toHaveLength(2);
    expect(text).toMatch(/ {4}lower {2}\S+ \[\S+/);
    expect(text).toMatch(/ {4}higher \S+ \[(central|provincial) · /);
  });
});

describe('report -- sample-links --exclude', () => {
  it('reads the file names of every sources.json given, or found in a folder given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sample-links-'));
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'a', 'b', 'sources.json'), JSON.stringify({ files: [{ file: '丙省某某条例.md', source: 'DLC/丙省/丙省某某条例.md' }] }));
    writeFileSync(join(dir, 'one.json'), JSON.stringify({ files: [{ source: '行政法/某某法(2019-01-01).md' }] }));
    expect([...excludedFiles([dir])].sort()).toEqual(['丙省某某条例.md']);
    expect([...excludedFiles([join(dir, 'one.json')])]).toEqual(['某某法(2019-01-01).md']);
    expect(() => excludedFiles([join(dir, 'missing')])).toThrow(/does not exist/);
  });
});
