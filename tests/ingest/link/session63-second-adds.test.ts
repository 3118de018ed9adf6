// Session 63 (helper precision6, issue 13): options.secondAdds (ingest/link/second-adds.ts) — a weak partial second link
// whose law article holds no clause of the lower article better than the lower article's better links' articles is dropped.
import { describe, expect, it } from 'vitest';
import { secondAddsLinks, type SecondAddsRule } from '../../../ingest/link/second-adds.js';
import { SECOND_ADDS_63, SECOND_ADDS_SENTENCES_63 } from '../../../ingest/link/options.js';

const TEXT: Record<string, string> = {
  // A province's article listing four of the law's systems in one sentence (广东省动物防疫条例 第十一条, development set animal).
  'p#第十一条': '第十一条 县级以上人民政府应当依法执行动物疫病风险评估、动物疫病监测和疫情预警、动物防疫条件审查、动物疫情通报等制度，制定重大动物疫情应急预案，做好动物疫病预防与控制工作。',
  'law#第十七条': '第十七条 国家建立动物疫病监测和疫情预警制度。县级以上人民政府建立健全动物疫病监测网络，加强动物疫病监测。',
  'law#第二十五条': '第二十五条 国家实行动物防疫条件审查制度。开办动物饲养场和隔离场所，应当向县级以上地方人民政府农业农村主管部门提出申请。',
  // A province's article on one duty, its second link into an article meeting it only by the field's words.
  'p#第十六条': '第十六条 各级人民政府应当建立健全河长制、湖长制，实现区域内重要水域全覆盖。各级河长、湖长应当组织、协调、监督水资源保护、水污染防治等工作。',
  'law#第五条': '第五条 省、市、县、乡建立河长制，分级分段组织领导本行政区域内江河、湖泊的水资源保护、水域岸线管理、水污染防治、水环境治理等工作。',
  'law#第九条': '第九条 县级以上人民政府环境保护主管部门对水污染防治实施统一监督管理。县级以上人民政府水行政、农业等部门，在各自的职责范围内，对有关水污染防治实施监督管理。',
};
const docOf = (m: string) => m.split('#')[0];
const genreOf = () => 'regulation';
const textOf = (m: string) => TEXT[m];
type L = { lower: string; higher: string; score: number; verdict: string; citedArticle?: boolean; penaltyConduct?: boolean };
const dropped = (links: L[], rule: SecondAddsRule) => [...secondAddsLinks(links, docOf, genreOf, textOf, rule)].map((i) => `${links[i].lower}>${links[i].higher}`);

describe('secondAdds: a weak second link that adds no clause of the lower article', () => {
  const water: L[] = [
    { lower: 'p#第十六条', higher: 'law#第五条', score: 0.42, verdict: 'implements' },
    { lower: 'p#第十六条', higher: 'law#第九条', score: 0.085, verdict: 'partial' },
  ];
  it('drops the second link whose article holds no part of the lower article better than the first link does', () => {
    expect(dropped(water, SECOND_ADDS_63)).toEqual(['p#第十六条>law#第九条']);
  });
  it('never drops the first link, a strong link, one at or above max, one by article number or a penalty conduct pair', () => {
    expect(dropped([water[0]], SECOND_ADDS_63)).toEqual([]);
    expect(dropped([water[0], { ...water[1], verdict: 'implements' }], SECOND_ADDS_63)).toEqual([]);
    expect(dropped([water[0], { ...water[1], score: 0.3 }], SECOND_ADDS_63)).toEqual([]);
    expect(dropped([water[0], { ...water[1], citedArticle: true }], SECOND_ADDS_63)).toEqual([]);
    expect(dropped([water[0], { ...water[1], penaltyConduct: true }], SECOND_ADDS_63)).toEqual([]);
    expect(dropped(water, { ...SECOND_ADDS_63, genres: ['plan'] })).toEqual([]);
  });
  const animal: L[] = [
    { lower: 'p#第十一条', higher: 'law#第十七条', score: 0.2, verdict: 'partial' },
    { lower: 'p#第十一条', higher: 'law#第二十五条', score: 0.125, verdict: 'partial' },
  ];
  it('keeps a second law system named in the lower article’s list (the parts cut reads 动物防疫条件审查 alone)', () => {
    expect(dropped(animal, SECOND_ADDS_63)).toEqual([]);
  });
  it('the sentence cut reads the list as one clause and drops it (why SECOND_ADDS_63 cuts at ，、)', () => {
    expect(dropped(animal, SECOND_ADDS_SENTENCES_63)).toEqual(['p#第十一条>law#第二十五条']);
  });
});

describe('secondAdds in an ingest (development set mental)', () => {
  it('drops 山东精神卫生 第二十九条 → 精神卫生法 第五十八条 (false) and keeps its better link', { timeout: 300_000 }, async () => {
    const { runIngest } = await import('../../../ingest/pipeline.js');
    const { real } = await import('./real-article.js');
    const inputs = [real('mental/corpus/精神卫生法(2018-04-27).md'), real('mental/corpus/山东省精神卫生条例(2019-03-29).md')];
    const links = async (link: Parameters<typeof runIngest>[0]['link']) =>
      (await runIngest({ inputs, link })).snapshot.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' && e.source.endsWith('/第二十九条') ? [e.target.split('/').pop()] : []));
    const [off, on] = [await links({ secondAdds: null }), await links({})];
    expect(off).toContain('第五十八条');
    expect(on).not.toContain('第五十八条');
    expect(on.length).toBe(off.length - 1);
  });
});
