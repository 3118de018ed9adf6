// Session 62 (helper implrules, issue 13): options.citedOnly refuses, before any score, the candidates of an article that
// applies the articles it cites (劳动合同法实施条例 第二十二条 …用人单位应当依照劳动合同法第四十七条的规定向劳动者支付经济补偿) in
// the cited text other than those articles; refused candidates are never recorded, so coverage's threshold replay keeps them
// out at any thresholds. On the labour family (a development set) ingested with the rule given and without it.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../ingest/pipeline.js';
import { CITED_ONLY_62 } from '../../ingest/link/options.js';
import { ingestLinks, own, replayed } from './replay-harness.js';

const real = (path: string) => fileURLToPath(new URL(`../real/${path}`, import.meta.url));
const inputs = [real('labour/corpus/劳动合同法(2012-12-28).md'), real('labour/corpus/劳动合同法实施条例(2008-09-18).md')];
/** The law articles a 条例 article links to, by their labels. */
const into = (links: string[], article: string) =>
  links.filter((l) => l.includes(`/${article} > `)).map((l) => l.split(' > ')[1].split(' ')[0].replace(/^.*\//, '')).sort();

describe('citedOnly on the labour family', () => {
  it('an article applying one cited article links only it; coverage’s replay keeps the others out at any thresholds', { timeout: 240_000 }, async () => {
    const { snapshot: off } = await runIngest({ inputs, link: { citedOnly: null } });
    // Without the rule, 第二十二条's condition (以完成一定工作任务为期限的劳动合同…) draws the law's kinds of contract.
    expect(into(ingestLinks(off), '第二十二条')).toEqual(expect.arrayContaining(['第四十七条', '第十二条']));
    const { snapshot } = await runIngest({ inputs, link: { citedOnly: CITED_ONLY_62 } });
    const ingested = ingestLinks(snapshot);
    expect(into(ingested, '第二十二条')).toEqual(['第四十七条']);
    expect(into(ingested, '第三十二条')).toEqual(['第四十八条']);
    // A citation as a condition restricts nothing: 第二十六条 still links the law's 第二十二条 (服务期) by its wording.
    expect(into(ingested, '第二十六条')).toContain('第二十二条');
    expect(replayed(snapshot, own(snapshot))).toEqual(ingested);
    const low = replayed(snapshot, { implements: 0.14, partial: 0.05 });
    expect(into(low, '第二十二条')).toEqual(['第四十七条']);
  });
});
