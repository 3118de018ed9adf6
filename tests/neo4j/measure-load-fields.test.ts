// The properties the loader writes on each Measure from its document (graph-schema
// MeasureLoadFields): measure-cascade sorts a level of the cascade by `cascadeKey` alone, so its
// string order must be the order a reader expects: document level (central first, county or none
// last), document region (none last), then the measure's position in its document.
import { describe, expect, it } from 'vitest';
import { LEVEL_RANK, measureLoadFields, type Level } from '../../graph-schema/index.js';
import { planLoad } from '../../neo4j/load-plan.js';
import { switchStatements } from '../../neo4j/loader.js';
import { buildSnapshot, link } from './fixtures.js';

const LEVELS: (Level | undefined)[] = ['central', 'national', 'provincial', 'municipal', 'county', undefined];
// Regions that are prefixes of others, share a first character, or hold characters from far apart
// in Unicode (a fullwidth bracket, a character outside the BMP).
const REGIONS = [undefined, '吉林', '吉林省', '吉林省长春市', '湖北省', 'Ａ市', '𠀋县', '', '四川（试点）'];
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('measure load fields', () => {
  it('cascadeKey sorts as (level rank, region with none last, ordinal)', () => {
    const rows: { level?: Level; region?: string; ordinal: number; key: string }[] = [];
    for (const level of LEVELS) {
      for (const region of REGIONS) {
        for (const ordinal of [0, 1, 2, 9, 10, 11, 100, 12345]) {
          rows.push({ level, region, ordinal, key: measureLoadFields({ ordinal }, { level, region }, false).cascadeKey });
        }
      }
    }
    const rank = (l?: Level) => (l ? LEVEL_RANK[l] : 4);
    const byTuple = [...rows].sort(
      (x, y) =>
        rank(x.level) - rank(y.level) ||
        (x.region === undefined ? 1 : 0) - (y.region === undefined ? 1 : 0) ||
        cmp(x.region ?? '', y.region ?? '') ||
        x.ordinal - y.ordinal ||
        // county and no level share a rank: the tuple does not tell them apart, nor does the key.
        (x.level ?? '').localeCompare(y.level ?? ''),
    );
    const byKey = [...rows].sort((x, y) => cmp(x.key, y.key) || (x.level ?? '').localeCompare(y.level ?? ''));
    expect(byKey.map((r) => `${r.level} ${r.region} ${r.ordinal}`)).toEqual(byTuple.map((r) => `${r.level} ${r.region} ${r.ordinal}`));
  });

  it('the loader writes the document level, region and issue date, and the article-cited mark, on each measure', () => {
    const snapshot = buildSnapshot((g) => {
      g.addNode('doc:法', { type: 'Document', name: '法', inCorpus: true, level: 'national', issuedOn: '2018-04-27', year: 2018, sources: ['法.md'] });
      g.addNode('doc:条例', { type: 'Document', name: '条例', inCorpus: true, level: 'provincial', region: '浙江省', year: 2020, sources: ['条例.md'] });
      const measure = (doc: string, path: string, ordinal: number) => {
        g.addNode(`${doc}#${path}`, { type: 'Measure', name: path, text: path, docId: doc, path, ordinal, span: [0, 1], kind: 'article', leaf: true });
        link(g, doc, `${doc}#${path}`, { type: 'HAS_MEASURE', ordinal });
      };
      measure('doc:法', '第一条', 0);
      measure('doc:法', '第二条', 1);
      measure('doc:条例', '第一条', 0);
      const evidence = { passages: [], sharedEntities: [], signals: { reuse: 0, text: 0.5, entities: 0 } };
      link(g, 'doc:条例#第一条', 'doc:法#第二条', { type: 'IMPLEMENTS', verdict: 'implements', score: 0.9, citedArticle: true, evidence });
      link(g, 'doc:条例#第一条', 'doc:法#第一条', { type: 'IMPLEMENTS', verdict: 'partial', score: 0.5, evidence });
    });
    const props = new Map(planLoad(snapshot).nodes.flatMap((g) => g.rows).map((r) => [r.id, r.props]));
    expect(props.get('doc:法#第二条')).toMatchObject({ docLevel: 'national', docIssuedOn: '2018-04-27', articleCited: true });
    expect(props.get('doc:法#第二条')?.docRegion).toBeUndefined();
    expect(props.get('doc:法#第一条')?.articleCited).toBeUndefined();
    expect(props.get('doc:条例#第一条')).toMatchObject({ docLevel: 'provincial', docRegion: '浙江省' });
    // No full date: nothing (a query reads the document's year).
    expect(props.get('doc:条例#第一条')?.docIssuedOn).toBeUndefined();
    // Documents get none of them.
    expect(props.get('doc:法')?.cascadeKey).toBeUndefined();
  });
});

describe('batched switch', () => {
  it('runs every statement of a batched switch in transactions of bounded size (the marker replaced, not only where a comment names it)', () => {
    const code = (q: string) => q.split('\n').filter((l) => !l.trimStart().startsWith('//')).join('\n');
    const batched = switchStatements('batched');
    expect(batched.length).toBeGreaterThan(2);
    for (const s of batched) expect(code(s.query), s.query).toMatch(/CALL \{[^}]*\} IN TRANSACTIONS OF \d+ ROWS/);
    for (const s of switchStatements('atomic')) expect(code(s.query)).not.toMatch(/IN TRANSACTIONS OF/);
  });
});
