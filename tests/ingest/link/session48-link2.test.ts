// One item of a higher list given an article of its own (options.listItemArticles, session 48 helper link2; on by default:
// ingest/link/options.ts). Real text: 公共文化服务保障法 第二十七条 lists the activities (全民阅读、全民普法、全民健身、全民科普和
// 艺术普及、优秀传统文化传承), and 上海市公共文化服务保障与促进条例 第三十二条–第三十五条 give four of them an article each, in
// words of their own (first paragraphs); 第二十九条 of the law lists the services (文艺演出…阅读服务、艺术培训), which 上海
// 第二十四条 (the blind's reading) names in passing, out of the list's order and apart from the run.
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { enumerations, listItemPairs, runs } from '../../../ingest/link/list-items.js';
import { LIST_ITEM_ARTICLES_MEASURED, type LinkOptions } from '../../../ingest/link/options.js';
import { regulationUnit, textOnlyRegulation } from './units.js';

const law27 = '第二十七条 各级人民政府应当充分利用公共文化设施，促进优秀公共文化产品的提供和传播，支持开展全民阅读、全民普法、全民健身、全民科普和艺术普及、优秀传统文化传承活动。';
const law29 = '第二十九条 公益性文化单位应当完善服务项目、丰富服务内容，创造条件向公众提供免费或者优惠的文艺演出、陈列展览、电影放映、广播电视节目收听收看、阅读服务、艺术培训等，并为公众开展文化活动提供支持和帮助。';
const law37 = '第三十七条 国家鼓励公民主动参与公共文化服务，自主开展健康文明的群众性文化体育活动；地方各级人民政府应当给予必要的指导、支持和帮助。';
const sh = [
  '第二十四条 市、区两级公共图书馆应当设置盲文阅读、盲人有声阅读专区或者专座，社区文化活动中心应当配备盲文书籍或者有声图书，提供无障碍阅读服务。',
  '第二十五条 本市依托老年人活动中心、社区文化活动中心等公共文化设施，提供适宜老年人的公共文化服务。',
  '第二十六条 本市健全和完善市、区、街镇、居（村）四级公共文化服务供给体系，加强公共文化配送供需对接，提高配送服务效能。',
  '第三十二条 倡导公众经常参加体育锻炼，培养健身技能，养成运动习惯。',
  '第三十三条 倡导公民参加各类科普活动，反对封建迷信，坚持科学精神。',
  '第三十四条 鼓励和支持各类文艺表演团体、演出场所经营单位等开展文艺演出、艺术教育、文艺指导等全民艺术普及活动。',
  '第三十五条 鼓励和支持通过文化展演、竞技比赛等方式，开展优秀传统文化的传承和传播。',
];
const units = [
  regulationUnit('law#第二十七条', 0, law27),
  regulationUnit('law#第二十九条', 0, law29),
  regulationUnit('law#第三十七条', 0, law37),
  ...sh.map((t) => regulationUnit(`sh#${t.slice(0, t.indexOf('条') + 1)}`, 1, t)),
];
const allowed = (lowerDoc: number, higherDoc: number) => lowerDoc === 1 && higherDoc === 0;
// A partial threshold no pair of these short texts reaches: the lower articles link to nothing by their scores.
const links = (listItemArticles: LinkOptions['listItemArticles']) => {
  const o = textOnlyRegulation({ listItemArticles });
  return linkMeasures(units, allowed, [], { ...o, genres: { regulation: { ...o.genres.regulation!, thresholds: { implements: 0.9, partial: 0.6 } } } });
};

describe('one item of a list given an article of its own (session 48, link2)', () => {
  it('reads the items of an enumeration: first cut to the middle items, last past its head noun, the shared 全民 left out', () => {
    expect(enumerations(law27, LIST_ITEM_ARTICLES_MEASURED.heads)).toEqual([['阅读', '普法', '健身', '科普', '艺术普及', '优秀传统文化传承']]);
  });

  it('keeps runs of lower articles naming the items in the list’s order, each close to the one before', () => {
    expect(runs([[0, 0], [6, 2], [8, 3], [9, 4]], 2)).toEqual([[[0, 0]], [[6, 2], [8, 3], [9, 4]]]);
    expect(runs([[0, 4], [1, 2], [2, 0]], 2)).toEqual([[[0, 4]], [[1, 2]], [[2, 0]]]);
  });

  it('pairs 上海 第三十二条–第三十五条 with 第二十七条, not 第二十四条 (and nothing with 第二十九条)', () => {
    const pairs = listItemPairs(sh, [law27, law29, law37], LIST_ITEM_ARTICLES_MEASURED);
    expect([...pairs].sort((a, b) => a[0] - b[0])).toEqual([[3, [0]], [4, [0]], [5, [0]], [6, [0]]]);
  });

  it('links 第三十二条–第三十四条 to 第二十七条, partial, beside what the other rules keep; not without the option', () => {
    const key = (l: { lower: string; higher: string; verdict: string }) => `${l.lower}>${l.higher} ${l.verdict}`;
    const off = links(null).map(key);
    const on = links(LIST_ITEM_ARTICLES_MEASURED).map(key);
    // 第三十五条's pair (0.124) is its clear best (options.clearBest) already: the rule adds only to an article linked to nothing.
    expect(off).toEqual(['sh#第三十五条>law#第二十七条 partial']);
    expect(on.filter((k) => !off.includes(k)).sort()).toEqual(['sh#第三十二条>law#第二十七条 partial', 'sh#第三十三条>law#第二十七条 partial', 'sh#第三十四条>law#第二十七条 partial'].sort());
    expect(on.filter((k) => off.includes(k))).toEqual(off);
  });
});
