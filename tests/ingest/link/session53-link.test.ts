// Session 53 (helper link, issue 13): options.orderBracket's per-pair monotonicity guard (ingest/link/order-bracket.ts
// orderShare, pairOrder, orderBrackets' `guard`): the bracket only in a document pair whose confident links keep the
// higher text's order. Measured (ORDER_BRACKET_GUARDED_MEASURED), on since session 54, when coverage's replay came to run it: docs/history/links.md,
// session 53 helper link.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../ingest/pipeline.js';
import { ORDER_BRACKET_GUARDED_MEASURED } from '../../../ingest/link/options.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { orderBrackets, orderShare, pairOrder, type BracketEntry, type BracketGuard } from '../../../ingest/link/order-bracket.js';

const LAW = 'doc:中华人民共和国公共图书馆法@2018-10-26';
const SH = 'doc:上海市公共图书馆条例@2024-11-28';
// 上海市公共图书馆条例 第十三条 to 第十七条 with the strong links of its gold (第十三条 → 第十九条, 第十五条 → 第二十四条, 第十七条 →
// 第二十六条) and 第十六条 → 第二十五条 (weak in the gold): the text follows its law in order there; 第十四条's best candidate in the
// law is 第二十三条 (a weak gold link, the one the session-52 rule finds).
const art = (n: string, law: string) => ({ lower: `${SH}#${n}`, links: [`${LAW}#${law}`], candidates: [], confident: [`${LAW}#${law}`] });
const ordered = (): BracketEntry[] => [
  art('第十三条', '第二章/第十九条'),
  { lower: `${SH}#第十四条`, links: [], candidates: [`${LAW}#第三章/第二十三条`], confident: [] },
  art('第十五条', '第三章/第二十四条'),
  art('第十六条', '第三章/第二十五条'),
  art('第十七条', '第三章/第二十六条'),
];
const guard: BracketGuard = { score: 0.2, order: 0.7, minLinks: 4 };

describe('the order of a document pair’s confident links (orderShare, pairOrder)', () => {
  it('is 1 where the lower text follows the higher throughout, less where it regroups it', () => {
    expect(orderShare([[0, 15], [1, 17], [2, 19], [4, 24]])).toBe(1);
    // a lower text that takes the law's later articles first: two of four on the longest rising run
    expect(orderShare([[0, 24], [1, 25], [2, 15], [3, 17]])).toBe(0.5);
    expect(pairOrder(ordered()).get(`${SH}>${LAW}`)).toEqual({ share: 1, n: 4 });
  });
});

describe('the bracket with the guard (orderBrackets)', () => {
  it('keeps 第十四条 → 第二十三条 in an ordered pair', () => {
    expect(orderBrackets(ordered(), 5, true, guard)).toEqual([[1, 0]]);
  });
  it('keeps nothing where the pair’s confident links do not follow the law’s order (the unguarded rule still would)', () => {
    // made up: a text that regroups its law, carrying the law's earlier articles after the bracket and its later ones before
    const shuffled: BracketEntry[] = [art('第十一条', '第三章/第二十六条'), art('第十二条', '第三章/第二十五条'), ...ordered().slice(0, 3), art('第十八条', '第二章/第十七条'), art('第十九条', '第二章/第十五条')];
    expect(pairOrder(shuffled).get(`${SH}>${LAW}`)!.share).toBeLessThan(0.7);
    expect(orderBrackets(shuffled, 5, true)).toEqual([[3, 0]]);
    expect(orderBrackets(shuffled, 5, true, guard)).toEqual([]);
  });
  it('with too few confident links the pair is not read as ordered', () => {
    expect(orderBrackets(ordered(), 5, true, { ...guard, minLinks: 5 })).toEqual([]);
  });
  it('with `neighbours`, a bracketing link that is not confident brackets nothing', () => {
    // 第十五条's link not confident: the nearest confident link after 第十四条 is 第十六条 → 第二十五条, so b − a = 6 > 5
    const weak = ordered();
    weak[2] = { ...weak[2], confident: [] };
    expect(orderBrackets(weak, 5, true, { ...guard, minLinks: 3 })).toEqual([[1, 0]]);
    expect(orderBrackets(weak, 5, true, { ...guard, minLinks: 3, neighbours: true })).toEqual([]);
  });
  it('with `span`, not where more lower articles lie between the neighbours than higher ones between a and b', () => {
    expect(orderBrackets(ordered(), 5, true, { ...guard, span: true })).toEqual([[1, 0]]);
    // made up: the article after 第十四条 that links into the law is 第二十条 (the lower text's own matter in 第十五条 to
    // 第十九条): a lower run of 7 articles against a higher run of 5
    const own: BracketEntry[] = [...ordered().slice(0, 2), art('第二十条', '第三章/第二十四条'), art('第二十一条', '第三章/第二十五条')];
    expect(orderBrackets(own, 5, true, { ...guard, minLinks: 3 })).toEqual([[1, 0]]);
    expect(orderBrackets(own, 5, true, { ...guard, minLinks: 3, span: true })).toEqual([]);
  });
});

describe('上海市公共图书馆条例 第十四条 links 公共图书馆法 第二十三条 with the guarded bracket (ingest of the two real texts)', () => {
  it('ORDER_BRACKET_GUARDED_MEASURED: a partial link between 第十三条 → 第十九条 and 第十五条 → 第二十四条; none with the rule off', { timeout: 180_000 }, async () => {
    const real = (path: string) => fileURLToPath(new URL(`../../real/${path}`, import.meta.url));
    const inputs = [real('library/corpus/公共图书馆法(2018-10-26).md'), real('library/corpus/上海市公共图书馆条例(2024-11-28).md')];
    const linksOf = async (link: object) => {
      const { snapshot } = await runIngest({ inputs, lexicon: loadLexicon(), link });
      return snapshot.edges
        .filter((e) => e.attributes.type === 'IMPLEMENTS' && e.source.startsWith(SH) && e.source.endsWith('#第十四条'))
        .map((e) => `${e.target.split('#')[1]} ${(e.attributes as { verdict?: string }).verdict}`);
    };
    expect(await linksOf({ orderBracket: ORDER_BRACKET_GUARDED_MEASURED })).toEqual(['第三章/第二十三条 partial']);
    expect(await linksOf({ orderBracket: null })).toEqual([]);
  });
});
