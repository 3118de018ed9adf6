// A government's policy article carrying a second policy article of its law (options.policyRunnerUp, session 52 helper
// link, issue 13; off by default, the held-out totals having fallen: ingest/link/options.ts; each test sets it). Real
// texts: 广东省乡村振兴促进条例 (2022) 第九条 (各级人民政府应当全面落实粮食安全责任制…保障粮食有效供给和质量安全 / 各级人民政府应当
// 保障肉类、蔬菜…等农产品有效供给) carries 乡村振兴促进法 第八条 (linked by its score) and 第十三条 (国家采取措施优化农业生产力布局…
// 保障粮食和重要农产品有效供给和质量安全…; gold weak, tests/real/rural), which scores over the partial threshold within the
// per-paragraph widening but is no paragraph's best by share, so options.extraLinksByParagraph refuses it.
import { describe, expect, it } from 'vitest';
import { policyArticle, policyRule, policyRunnersUp } from '../../../ingest/link/policy-runner-up.js';
import { POLICY_RUNNER_UP_MEASURED } from '../../../ingest/link/options.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';

import { article, real } from './real-article.js';
const rule = policyRule(POLICY_RUNNER_UP_MEASURED);

describe('a government policy article (options.policyRunnerUp)', () => {
  it('reads the law’s umbrella policy article and the province’s as policy articles', () => {
    expect(policyArticle(article('rural/corpus/乡村振兴促进法(2021-04-29).md', '第十三条'), rule.higher, rule.notPolicy)).toBe(true);
    expect(policyArticle(article('rural/corpus/广东省乡村振兴促进条例(2022-06-01).md', '第九条'), rule.lower, rule.notPolicy)).toBe(true);
  });
  it('an organisation article (领导) and an article on the making of rules (规范性文件) are no policy', () => {
    expect(policyArticle(article('civildefence/corpus/人民防空法(2009-08-27).md', '第六条'), rule.higher, rule.notPolicy)).toBe(false);
    expect(policyArticle(article('investment/corpus/上海市外商投资条例(2020-09-25).md', '第三十三条'), rule.lower, rule.notPolicy)).toBe(false);
  });
  it('keeps only a candidate the widening alone admits: not the profile’s own best, nor one under the partial threshold', () => {
    const law13 = article('rural/corpus/乡村振兴促进法(2021-04-29).md', '第十三条');
    const cut = { partial: 0.13, topK: 2, relative: 0.4, narrowTopK: 1, narrowRelative: 0.8 };
    const cands = (second: number) => [{ score: 0.3, text: law13, share: 0.5 }, { score: second, text: law13, share: 0 }];
    expect(policyRunnersUp(cands(0.135), cut, rule)).toEqual([1]);
    expect(policyRunnersUp(cands(0.12), cut, rule)).toEqual([]);
    expect(policyRunnersUp(cands(0.135), { ...cut, minShare: 0 }, rule)).toEqual([]);
    expect(policyRunnersUp([{ ...cands(0.135)[1], general: true }], { ...cut, narrowTopK: 0 }, rule)).toEqual([]);
  });
});

describe('广东 第九条 links 乡村振兴促进法 第十三条 with the rule, not without (ingest of the two real texts)', () => {
  it('a partial link beside 第八条', { timeout: 180_000 }, async () => {
    const inputs = [real('rural/corpus/乡村振兴促进法(2021-04-29).md'), real('rural/corpus/广东省乡村振兴促进条例(2022-06-01).md')];
    const linksOf = async (on: boolean) => {
      const { snapshot } = await runIngest({ inputs, lexicon: loadLexicon(), link: on ? { policyRunnerUp: POLICY_RUNNER_UP_MEASURED } : {} });
      return snapshot.edges
        .filter((e) => e.attributes.type === 'IMPLEMENTS' && e.source.includes('广东') && e.source.endsWith('/第九条'))
        .map((e) => `${e.target.split('#')[1]} ${(e.attributes as { verdict?: string }).verdict}`)
        .sort();
    };
    expect(await linksOf(false)).toEqual(['第一章/第八条 implements']);
    expect(await linksOf(true)).toEqual(['第一章/第八条 implements', '第二章/第十三条 partial']);
  });
});
