// Reading a document's predicted facts out of a snapshot.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../graph-schema/index.js';
import { collect } from './collect.js';

type N = Snapshot['nodes'][number];
type E = Snapshot['edges'][number];
const node = (key: string, attributes: N['attributes']): N => ({ key, attributes });
const edge = (type: string, source: string, target: string, extra: object = {}): E =>
  ({ key: `${type}|${source}|${target}`, source, target, attributes: { type, ...extra } }) as E;
const mention = (s: string, t: string) => edge('MENTIONS', s, t, { spans: [[0, 1]], surfaces: ['x'] });

function snapshot(): Snapshot {
  return {
    attributes: { schemaVersion: 1, corpus: 'corpus', files: [], errors: [] },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes: [
      node('doc:a', { type: 'Document', name: '甲方案', inCorpus: true, sources: ['corpus/003_a.txt', '/x/002_b.txt'], year: 2022 }),
      node('doc:cited', { type: 'Document', name: '关于新时代进一步加强科学技术普及工作的意见', inCorpus: false, sources: [], aliases: ['意见'] }),
      node('m0', { type: 'Measure', name: 'm0', text: '', docId: 'doc:a', path: 'preamble', ordinal: 0, span: [0, 1], kind: 'preamble', leaf: true }),
      node('s1', { type: 'Measure', name: 's1', text: '', docId: 'doc:a', path: '一', ordinal: 1, span: [0, 2], kind: 'section', leaf: false }),
      node('m1', { type: 'Measure', name: 'm1', text: '', docId: 'doc:a', path: '一/1', ordinal: 2, span: [0, 1], kind: 'item', leaf: true }),
      node('m2', { type: 'Measure', name: 'm2', text: '', docId: 'doc:a', path: '一/2', ordinal: 3, span: [1, 2], kind: 'item', leaf: true }),
      node('org:cast', { type: 'Organisation', name: '中国科协', aliases: [] }),
      node('org:office', { type: 'Organisation', name: '中国科协办公厅', aliases: [] }),
      node('brand:kp', { type: 'Brand', name: '科普中国', aliases: [] }),
      node('region:cn', { type: 'Region', name: '全国', level: 'country' }),
      node('t1', { type: 'Target', name: '不少于30场', metric: '培训', comparator: '>=', value: 30, unit: '场', measureId: 'm1', docId: 'doc:a', span: [0, 1] }),
    ],
    edges: [
      mention('m0', 'org:cast'),
      mention('m1', 'org:cast'),
      mention('m0', 'brand:kp'),
      mention('m2', 'org:cast'),
      edge('ISSUED_BY', 'doc:a', 'org:office'),
      edge('FOR_REGION', 'doc:a', 'region:cn'),
      edge('SETS', 'm1', 't1'),
      edge('CITES', 'm1', 'doc:cited', { spans: [[0, 1]], via: ['title'] }),
      edge('CITES', 'm2', 'doc:cited', { spans: [[0, 1]], via: ['abbreviation'] }),
    ],
  };
}

describe('collect', () => {
  const [doc, ...rest] = collect(snapshot());

  it('returns one entry per corpus document only', () => {
    expect([doc!.id, rest.length]).toEqual(['doc:a', 0]);
  });
  it('keeps the base names of the source files', () => {
    expect(doc!.sources).toEqual(['003_a.txt', '002_b.txt']);
  });
  it('collects only leaf measures, not sections, the notice or the preamble', () => {
    expect(doc!.measures).toEqual(['一/1', '一/2']);
  });
  it('collects each entity mentioned by any measure once, preamble included, under its type', () => {
    expect([doc!.entities.Organisation.filter((n) => n === '中国科协'), doc!.entities.Brand]).toEqual([['中国科协'], ['科普中国']]);
  });
  it('takes the ISSUED_BY organisation as an organisation and as the issuer', () => {
    expect([doc!.entities.Organisation.includes('中国科协办公厅'), doc!.meta.issuer]).toEqual([true, '中国科协办公厅']);
  });
  it('takes the region from FOR_REGION when the document has none', () => {
    expect(doc!.meta.region).toBe('全国');
  });
  it('collects a target once when it is both the document’s and SET by a measure', () => {
    expect(doc!.targets.map((t) => t.value)).toEqual([30]);
  });
  it('collects a document cited from two measures once, with its aliases', () => {
    expect(doc!.citedDocuments).toEqual([{ name: '关于新时代进一步加强科学技术普及工作的意见', aliases: ['意见'] }]);
  });
});

describe('collect: genre and history of a regulation', () => {
  const history = [{ date: '2018-07-27', action: 'revised', by: '浙江省人民代表大会常务委员会' }];
  const withDoc = (extra: object): Snapshot => {
    const s = snapshot();
    const doc = s.nodes.find((n) => n.key === 'doc:a')!;
    doc.attributes = { ...doc.attributes, ...extra } as N['attributes'];
    return s;
  };

  it('reads genre and history when the snapshot has them', () => {
    const meta = collect(withDoc({ genre: 'regulation', history }))[0]!.meta;
    expect([meta.genre, meta.history]).toEqual(['regulation', history]);
  });
  it('reads a history stored as a JSON string (as in Neo4j)', () => {
    expect(collect(withDoc({ history: JSON.stringify(history) }))[0]!.meta.history).toEqual(history);
  });
  it('leaves them absent for a snapshot without them', () => {
    const meta = collect(snapshot())[0]!.meta;
    expect([meta.genre, meta.history]).toEqual([undefined, undefined]);
  });
});
