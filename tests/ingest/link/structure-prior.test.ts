// A document-structure prior (options.structurePrior, session 42): a lower document's strong links show which higher
// chapter (or run of higher articles) each of its chapters carries out; an article of that lower chapter keeps, as a
// partial link, its best candidate under the partial threshold in a higher document it does not link into when the
// candidate lies there, no article of the lower document links to it, and the article carries a share of one of its units.
import { describe, expect, it } from 'vitest';
import { articleNumber, chapterOf, priorCandidates, structurePrior, type PriorEntry } from '../../../ingest/link/structure-prior.js';
import { DEFAULT_LINK_OPTIONS, STRUCTURE_PRIOR_MEASURED, linkOptions } from '../../../ingest/link/options.js';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { regulationUnit } from './units.js';

const strong = (higher: string) => ({ higher, strong: true });
const weak = (higher: string) => ({ higher, strong: false });

describe('structurePrior', () => {
  it('reads the chapter and the article number of a measure id', () => {
    expect(chapterOf('doc:law@2020#第三章/第二十一条')).toBe('第三章');
    expect(chapterOf('doc:law@2020#第二十一条')).toBe('');
    expect(articleNumber('doc:law@2020#第三章/第二十一条')).toBe(21);
    expect(articleNumber('doc:law@2020#第三章')).toBeUndefined();
  });

  it('keeps a candidate in the higher chapter its lower chapter is mapped to by a strong link, and no other', () => {
    const entries: PriorEntry[] = [
      { lower: 'city#第二章/第五条', links: [strong('law#第三章/第十条')], candidates: [] },
      {
        lower: 'city#第二章/第六条',
        links: [],
        // In the mapped chapter; in another chapter, far from the run; in the mapped chapter but linked from 第七条.
        candidates: ['law#第三章/第十四条', 'law#第五章/第四十条', 'law#第三章/第十一条'],
      },
      { lower: 'city#第二章/第七条', links: [weak('law#第三章/第十一条')], candidates: [] },
      // A lower chapter with no strong link into the law: nothing.
      { lower: 'city#第四章/第二十条', links: [weak('law#第五章/第四十一条')], candidates: ['law#第五章/第四十条'] },
    ];
    expect(structurePrior(entries, 1)).toEqual([[1, 0]]);
    // A weak link maps nothing: without the strong one, nothing is kept.
    expect(structurePrior([{ ...entries[0], links: [weak('law#第三章/第十条')] }, ...entries.slice(1)], 1)).toEqual([]);
  });

  it('in a higher document without chapters, keeps a candidate within `reach` articles of the run its strong links reach', () => {
    const entries: PriorEntry[] = [
      { lower: 'city#第一章/第三条', links: [strong('law#第十条'), strong('law#第十二条')], candidates: [] },
      { lower: 'city#第一章/第四条', links: [], candidates: ['law#第十三条', 'law#第十五条', 'law#第九条'] },
    ];
    expect(structurePrior(entries, 1)).toEqual([[1, 0], [1, 2]]);
    expect(structurePrior(entries, 0)).toEqual([]);
    expect(structurePrior(entries, 3)).toEqual([[1, 0], [1, 1], [1, 2]]);
  });

  it('offers only the best candidate of a document the lower does not link into, from min, under the partial threshold, with its unit share', () => {
    const aligned = [
      { doc: 0, score: 0.3 },
      { doc: 1, score: 0.1 },
      { doc: 1, score: 0.09 },
      { doc: 2, score: 0.05 },
    ];
    const rule = { min: 0.08, unit: { share: 0.2 } };
    const under = (s: number) => s < 0.13;
    expect(priorCandidates(aligned, new Set([0]), rule, under, () => 0.5)).toEqual([1]);
    expect(priorCandidates(aligned, new Set([0]), rule, under, (k) => (k === 1 ? 0.1 : 0.5))).toEqual([]);
    expect(priorCandidates(aligned, new Set([0, 1]), rule, under, () => 0.5)).toEqual([]);
  });

  it('adds, in the linker, the partial link of an article restating one item of a higher article in the chapter its chapter carries out', () => {
    expect(DEFAULT_LINK_OPTIONS.structurePrior).toBeNull();
    const law3 = '第三条 居民委员会的任务：\n（一）宣传宪法、法律、法规和国家的政策，维护居民的合法权益，教育居民履行依法应尽的义务，爱护公共财产；\n（二）办理本居住地区居民的公共事务和公益事业；\n（三）调解民间纠纷；\n（四）协助维护社会治安；\n（五）协助人民政府或者它的派出机关做好与居民利益有关的公共卫生、优抚救济、青少年教育等项工作；\n（六）向人民政府或者它的派出机关反映居民的意见、要求和提出建议。';
    const law17 = '第十七条 居民委员会的工作经费和来源，居民委员会成员的生活补贴费的范围、标准和来源，由不设区的市、市辖区的人民政府或者上级人民政府规定并拨付；经居民会议同意，可以从居民委员会的经济收入中给予适当补助。';
    const units = [
      regulationUnit('law#第一章/第三条', 0, law3),
      regulationUnit('law#第一章/第四条', 0, '第四条 居民委员会应当开展便民利民的社区服务活动，可以兴办有关的服务事业。居民委员会管理本居民委员会的财产，任何部门和单位不得侵犯居民委员会的财产所有权。'),
      regulationUnit('law#第三章/第十七条', 0, law17),
      // Carries 第四条 out nearly word for word: a strong link mapping the city's 第二章 to the law's 第一章.
      regulationUnit('city#第二章/第十条', 1, '第十条 居民委员会应当开展便民利民的社区服务活动，可以兴办有关的服务事业。居民委员会管理本居民委员会的财产，任何部门和单位不得侵犯居民委员会的财产所有权。'),
      // Item (四) of 第三条 restated in the city's own frame, in the same chapter.
      regulationUnit('city#第二章/第十二条', 1, '第十二条 居民委员会应当组织居民开展群防群治，协助维护社会治安，对发现的安全隐患应当及时报告。'),
    ];
    const options = (structurePrior: typeof DEFAULT_LINK_OPTIONS.structurePrior) =>
      linkOptions({
        structurePrior,
        topKPerClause: null,
        paragraphBest: null,
        procedureStages: null,
        neighbourBest: null,
        clearBest: null,
        genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.5, partial: 0.45 }, relative: 0.8, topK: 1, pairIdf: true } },
      });
    const linked = (o: ReturnType<typeof options>) => linkMeasures(units, (l, h) => l === 1 && h === 0, [], o).map((l) => `${l.lower}>${l.higher}:${l.verdict}`).sort();
    const base = linked(options(null));
    expect(base).toEqual(['city#第二章/第十条>law#第一章/第四条:implements']);
    const rule = { ...STRUCTURE_PRIOR_MEASURED, min: 0.01 };
    expect(linked(options(rule))).toEqual([...base, 'city#第二章/第十二条>law#第一章/第三条:partial'].sort());
    // Mapped elsewhere (the strong link's article in another chapter), the same candidate is not kept.
    const moved = units.map((u) => (u.id === 'law#第一章/第四条' ? { ...u, id: 'law#第三章/第十六条' } : u));
    expect(linkMeasures(moved, (l, h) => l === 1 && h === 0, [], options(rule)).map((l) => `${l.lower}>${l.higher}:${l.verdict}`).sort()).toEqual(['city#第二章/第十条>law#第三章/第十六条:implements']);
  });
});
