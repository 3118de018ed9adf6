// Canned-query inputs on a corpus that is not the sample: the examples name the sample's nodes, so
// before session 21 every canned query ran on ids this graph does not have and answered 0 rows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCannedQuery } from '../../../neo4j/canned-header.js';
import { CYPHER_DIR } from '../../../neo4j/cypher-files.js';
import { paramInput } from '../../../web/src/api/params.js';
import { graphFromSnapshot, type PolicyGraph } from '../../../web/src/graph/index.js';
import { graphExamples, inGraph, queryExamples } from '../../../web/src/graph/param-examples.js';
import { ingestTexts } from '../../ingest/link/ingest-texts.js';
import { LAW_2012, province } from '../../ingest/link/versions-texts.js';
import { testSnapshot } from '../browser-harness.js';

const canned = readdirSync(CYPHER_DIR)
  .filter((f) => f.endsWith('.cypher'))
  .map((f) => parseCannedQuery(f.replace(/\.cypher$/, ''), readFileSync(join(CYPHER_DIR, f), 'utf8')));
const inputs = (g: PolicyGraph) => {
  const examples = graphExamples(g);
  const has = (v: string) => inGraph(g, v);
  return canned.flatMap((q) => q.params.map((p) => ({ query: q.name, param: p.name, example: p.example, value: paramInput(p, { values: queryExamples(examples, q.name), has }) })));
};

const VOLUNTEER_LAW = [
  '中华人民共和国志愿服务法',
  '',
  '（2015年3月1日第十二届全国人民代表大会常务委员会第十三次会议通过）',
  '',
  '第一条 为了发展志愿服务事业，保障志愿者和服务对象的合法权益，制定本法。',
  '',
  '第十二条 志愿服务组织应当为志愿者购买必要的人身意外伤害保险，并如实记录志愿服务时间。',
  '',
].join('\n');
const HEBEI = [
  '河北省志愿服务条例',
  '',
  '（2019年5月30日河北省第十三届人民代表大会常务委员会第十次会议通过）',
  '',
  '第一条 为了促进本省志愿服务发展，根据《中华人民共和国志愿服务法》，结合本省实际，制定本条例。',
  '',
  '第二条 志愿服务组织开展大型活动的，应当依照《中华人民共和国志愿服务法》第十二条的规定，为参加活动的志愿者办理保险，并在活动结束后七日内公示服务时长。',
  '',
].join('\n');

describe('canned-query inputs', () => {
  let law: PolicyGraph;
  beforeAll(async () => {
    law = graphFromSnapshot(await ingestTexts({ 'law.txt': LAW_2012, 'henan.txt': province('河南省', '1995年6月8日'), 'hubei.txt': province('湖北省', '1997年8月10日') }));
  }, 120_000);

  it('on another corpus, every id and region input names a node of that graph', () => {
    const ids = inputs(law).filter((i) => /Id$|^region$/.test(i.param));
    expect(ids.length).toBeGreaterThan(10);
    for (const i of ids) expect(inGraph(law, i.value), `${i.query} $${i.param} = ${i.value}`).toBe(true);
    const at = (q: string, p: string) => ids.find((i) => i.query === q && i.param === p)!.value;
    expect(at('region-gaps', 'directiveId')).toMatch(/^doc:中华人民共和国农业技术推广法/);
    expect(['河南省', '湖北省']).toContain(at('region-gaps', 'region'));
    expect(at('measure-cascade', 'measureId')).toMatch(/^doc:中华人民共和国农业技术推广法.*#/);
  });

  it('article-citations opens on a document whose articles a lower measure cites by number, not on the gap view’s directive', async () => {
    // The law corpus above, plus a law and a province that writes 《中华人民共和国志愿服务法》第十二条.
    const both = graphFromSnapshot(
      await ingestTexts({ 'law.txt': LAW_2012, 'henan.txt': province('河南省', '1995年6月8日'), 'hubei.txt': province('湖北省', '1997年8月10日'), 'volunteer.md': VOLUNTEER_LAW, 'hebei.md': HEBEI }),
    );
    const cited = new Set<string>();
    both.forEachEdge((_e, a, _s, t) => void (a.type === 'IMPLEMENTS' && a.citedArticle && cited.add(both.getNodeAttribute(t, 'docId' as never))));
    expect([...cited]).toEqual([expect.stringMatching(/^doc:中华人民共和国志愿服务法/)]);
    const at = (q: string, p: string) => inputs(both).find((i) => i.query === q && i.param === p)!.value;
    expect(at('article-citations', 'docId')).toBe([...cited][0]);
    expect(at('article-citations', 'article')).toBe('第十二条');
    // The other document inputs still open on the gap view's directive.
    expect(at('document-measures', 'docId')).toMatch(/^doc:中华人民共和国农业技术推广法/);
    // A corpus with no citation by number: the directive, as before.
    const inLaw = (q: string, p: string) => inputs(law).find((i) => i.query === q && i.param === p)!.value;
    expect(inLaw('article-citations', 'docId')).toBe(inLaw('region-gaps', 'directiveId'));
  }, 120_000);

  it('on the sample corpus, the examples stay as written', async () => {
    const sample = graphFromSnapshot((await testSnapshot()).snapshot);
    for (const i of inputs(sample)) if (typeof i.example === 'string' && inGraph(sample, i.example)) expect(i.value).toBe(i.example);
    expect(inputs(sample).find((i) => i.query === 'region-gaps' && i.param === 'region')!.value).toBe('吉林省');
  }, 120_000);
});
