// Session 38: a link between two documents of one level (a law and its 实施条例, rules.ts legal rank) is kept under
// options.sameLevel.minScore when the lower article names the law (its title without 中华人民共和国, the short name the
// 实施条例 declares) other than before an article number: 个人所得税法所称…是指… carries out the law by its own words.
import { describe, expect, it } from 'vitest';
import { namesDocument } from '../../../ingest/link/basis.js';
import { runIngest } from '../../../ingest/pipeline.js';
import type { LinkOptions } from '../../../ingest/link/options.js';

/** The IMPLEMENTS links (`lower path → higher path`) of a law and its 实施条例 ingested together under `sameLevel`. */
async function linkedPair(law: string, regulation: string, sameLevel: LinkOptions['sameLevel']): Promise<string[]> {
  const { snapshot } = await runIngest({
    inputs: ['in-memory'],
    reader: {
      list: async () => ['法.txt', '条例.txt'].map((name) => ({ path: name, name })),
      read: async (_path, name) => ({ file: name, format: 'txt', encoding: 'utf-8', text: name === '法.txt' ? law : regulation }),
    },
    link: { sameLevel },
  });
  return snapshot.edges.filter((e) => e.attributes.type === 'IMPLEMENTS').map((e) => `${e.source.split('#')[1]} → ${e.target.split('#')[1]}`);
}

describe('namesDocument', () => {
  it('reads the law named by its short name, not before an article number nor as the head of a longer title', () => {
    expect(namesDocument('个人所得税法所称在中国境内有住所，是指因户籍、家庭、经济利益关系而在中国境内习惯性居住。', '个人所得税法')).toBe(true);
    expect(namesDocument('个人所得税法规定的各项个人所得的范围：', '个人所得税法')).toBe(true);
    expect(namesDocument('依照《中华人民共和国个人所得税法》的规定计算纳税。', '个人所得税法')).toBe(true);
    expect(namesDocument('个人所得税法第六条第一款第二项所称每次，分别按照下列方法确定：', '个人所得税法')).toBe(false);
    expect(namesDocument('依照《个人所得税法》第十七条的规定付给手续费。', '个人所得税法')).toBe(false);
    expect(namesDocument('个人所得税法实施条例另有规定的除外。', '个人所得税法')).toBe(false);
    expect(namesDocument('纳税人应当依法办理纳税申报。', '个人所得税法')).toBe(false);
    // The violation formula of a penalty article names the law as a whole.
    expect(namesDocument('招标人违反招标投标法和本条例规定的，由有关行政监督部门责令改正。', '招标投标法')).toBe(false);
    expect(namesDocument('违反《中华人民共和国招标投标法》规定的，依法给予处分。', '招标投标法')).toBe(false);
    expect(namesDocument('个人所得税法所称', undefined)).toBe(false);
  });
  it('with the higher article, reads a definition (…法所称T，是指) as naming it only when the article uses the term T', () => {
    const defines = '审计法所称财政收支，是指依照预算法和国家其他有关规定，纳入预算管理的收入和支出。';
    expect(namesDocument(defines, '审计法', '审计机关对本级各部门和下级政府预算的执行情况和决算以及其他财政收支情况，进行审计监督。')).toBe(true);
    expect(namesDocument(defines, '审计法', '审计机关履行职责所必需的经费，应当列入预算予以保证。')).toBe(false);
    expect(namesDocument('商标法所称商标代理机构，包括从事商标代理业务的服务机构。', '商标法', '国家机关工作人员不得从事商标代理业务。')).toBe(false);
    // Not a definition: the article named as a whole still counts.
    expect(namesDocument('个人所得税法规定的各项个人所得的范围：', '个人所得税法', '下列各项个人所得，应当缴纳个人所得税。')).toBe(true);
  });
});

describe('the link stage, two documents of one level', () => {
  const a2 = '县级以上人民政府城乡规划主管部门应当会同有关部门编制历史街区保护规划，报本级人民政府批准后公布实施。';
  const a3 = '在历史街区保护范围内进行建设活动，应当符合保护规划的要求，不得损害历史风貌，不得破坏传统格局。';
  const law = `中华人民共和国历史街区保护法\n\n（2012年6月29日第十一届全国人民代表大会常务委员会第二十七次会议通过）\n\n第一条 为了保护历史街区，传承优秀历史文化，制定本法。\n\n第二条 ${a2}\n\n第三条 ${a3}\n\n第四条 本法自2013年1月1日起施行。\n`;
  const regulation = `历史街区保护法实施条例\n\n（2014年3月1日中华人民共和国国务院令第600号公布）\n\n第一条 根据《中华人民共和国历史街区保护法》（以下简称历史街区保护法），制定本条例。\n\n第二条 历史街区保护法所称历史街区保护规划，由县级以上人民政府城乡规划主管部门会同有关部门编制，报本级人民政府批准后公布实施。\n\n第三条 ${a3}\n\n第四条 本条例自公布之日起施行。\n`;
  // minScore above every score (1 at most): only what the rule keeps (and citations by number) is left.
  const linked = (sameLevel: LinkOptions['sameLevel']) => linkedPair(law, regulation, sameLevel);

  it('keeps the low link of the article that names the law, not the one that restates it unnamed', async () => {
    expect(await linked({ minScore: 1.01, named: true })).toEqual(['第二条 → 第二条']);
  });
  it('without `named`, under minScore nothing is kept', async () => {
    expect(await linked({ minScore: 1.01 })).toEqual([]);
  });
  it('at the default minScore both restatements link', async () => {
    expect(new Set(await linked({ minScore: 0.25, named: true }))).toEqual(new Set(['第二条 → 第二条', '第三条 → 第三条']));
  });
});

// Session 40: a glossary article of the 实施条例 (历史街区保护法和本条例中下列用语的含义：…) names the law for each of the terms it
// lists; `namedExcept` keeps it from counting as naming the law for whatever article its score finds.
describe('the link stage, a glossary article of one level', () => {
  const a3 = '在历史街区保护范围内进行建设活动，应当符合保护规划的要求，不得损害历史风貌，不得破坏传统格局。';
  const law = `中华人民共和国历史街区保护法\n\n（2012年6月29日第十一届全国人民代表大会常务委员会第二十七次会议通过）\n\n第一条 为了保护历史街区，传承优秀历史文化，制定本法。\n\n第二条 县级以上人民政府城乡规划主管部门应当会同有关部门编制历史街区保护规划。\n\n第三条 ${a3}\n\n第四条 本法自2013年1月1日起施行。\n`;
  const regulation = `历史街区保护法实施条例\n\n（2014年3月1日中华人民共和国国务院令第600号公布）\n\n第一条 根据《中华人民共和国历史街区保护法》（以下简称历史街区保护法），制定本条例。\n\n第二条 历史街区保护法和本条例中下列用语的含义：\n\n（一）历史风貌，是指历史街区在建设活动中形成的反映历史文化特征的景观。\n\n（二）传统格局，是指历史街区保护范围内的街巷布局和空间形态。\n\n第三条 本条例自公布之日起施行。\n`;
  const linked = (sameLevel: LinkOptions['sameLevel']) => linkedPair(law, regulation, sameLevel);
  it('without namedExcept the glossary article is kept under minScore as naming the law', async () => {
    expect(await linked({ minScore: 1.01, named: true })).toContain('第二条 → 第三条');
  });
  it('with namedExcept (the default) it is not', async () => {
    const { DEFAULT_LINK_OPTIONS } = await import('../../../ingest/link/options.js');
    expect(await linked({ minScore: 1.01, named: true, namedExcept: DEFAULT_LINK_OPTIONS.sameLevel.namedExcept })).not.toContain('第二条 → 第三条');
  });
});
