// Session 52 (helper link3, issue 13): a lower article bracketed by its neighbours' links (options.orderBracket,
// ingest/link/order-bracket.ts; measured and left off: docs/history/links.md, session 52 helper link3).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { orderBrackets, type BracketEntry } from '../../../ingest/link/order-bracket.js';
import { ORDER_BRACKET_MEASURED } from '../../../ingest/link/options.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';

const real = (path: string) => fileURLToPath(new URL(`../../real/${path}`, import.meta.url));
const LAW = 'doc:中华人民共和国公共图书馆法@2018-10-26';
const SH = 'doc:上海市公共图书馆条例@2024-11-28';
// 上海 第十三条 (岗位, 专业人员) → 法 第十九条 and 第十五条 (收集文献信息) → 第二十四条; 第十四条 (管理制度) between them, whose
// best candidate in the law is 第二十三条 (法人治理结构, 参与管理), as the gold reads it (weak).
const entries = (candidate: string): BracketEntry[] => [
  { lower: `${SH}#第十三条`, links: [`${LAW}#第二章/第十九条`], candidates: [] },
  { lower: `${SH}#第十四条`, links: [], candidates: [`${LAW}#${candidate}`] },
  { lower: `${SH}#第十五条`, links: [`${LAW}#第三章/第二十四条`], candidates: [] },
];

describe('a lower article bracketed by its neighbours’ links (orderBrackets)', () => {
  it('keeps the candidate between the articles its neighbours link to', () => {
    expect(orderBrackets(entries('第三章/第二十三条'), 5, true)).toEqual([[1, 0]]);
    expect(orderBrackets(entries('第三章/第二十三条'), 4, true)).toEqual([]);
  });
  it('not one outside them, nor (strict) one of the neighbours’ own articles', () => {
    expect(orderBrackets(entries('第三章/第二十五条'), 5)).toEqual([]);
    expect(orderBrackets(entries('第三章/第二十四条'), 5)).toEqual([[1, 0]]);
    expect(orderBrackets(entries('第三章/第二十四条'), 5, true)).toEqual([]);
  });
  it('reads the neighbours within the lower article’s own document only', () => {
    const other = entries('第三章/第二十三条');
    other[0] = { ...other[0], lower: 'doc:另一条例@2020-01-01#第十三条' };
    expect(orderBrackets(other, 5, true)).toEqual([]);
  });
});

describe('上海市公共图书馆条例 第十四条 links 公共图书馆法 第二十三条 with the rule, not without (ingest of the two real texts)', () => {
  it('a partial link between 第十三条 → 第十九条 and 第十五条 → 第二十四条', { timeout: 180_000 }, async () => {
    const inputs = [real('library/corpus/公共图书馆法(2018-10-26).md'), real('library/corpus/上海市公共图书馆条例(2024-11-28).md')];
    const linksOf = async (on: boolean) => {
      const { snapshot } = await runIngest({ inputs, lexicon: loadLexicon(), link: { orderBracket: on ? ORDER_BRACKET_MEASURED : null } });
      return snapshot.edges
        .filter((e) => e.attributes.type === 'IMPLEMENTS' && e.source.startsWith(SH) && e.source.endsWith('#第十四条'))
        .map((e) => `${e.target.split('#')[1]} ${(e.attributes as { verdict?: string }).verdict}`);
    };
    expect(await linksOf(false)).toEqual([]);
    expect(await linksOf(true)).toEqual(['第三章/第二十三条 partial']);
  });
});
