// A body's list of tasks, each item a higher article (options.taskListTerms, session 49 helper link2; measured and off
// by default: ingest/link/options.ts). Real text: 上海市公共图书馆条例 (2024) 第十条 gives 上海图书馆 seven tasks; its item (三)
// (通借通还 network) and (四) (总分馆) carry 公共图书馆法 第三十一条 (gold, weak: one item of a list), in words the rest of the
// law does not use, while the article as a whole scores under every threshold against each law article.
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { taskItemArticles, taskItems, termFrequencies } from '../../../ingest/link/task-list.js';
import { TASK_LIST_TERMS_MEASURED, type LinkOptions } from '../../../ingest/link/options.js';
import { regulationUnit, textOnlyRegulation } from './units.js';

const law = [
  '第九条 国家鼓励和支持在公共图书馆领域开展国际交流与合作。',
  '第二十二条 国家设立国家图书馆，主要承担国家文献信息战略保存、国家书目和联合目录编制、为国家立法和决策服务、组织全国古籍保护、开展图书馆发展研究和国际交流、为其他图书馆提供业务指导和技术支持等职能。国家图书馆同时具有本法规定的公共图书馆的功能。',
  '第二十八条 公共图书馆应当妥善保存馆藏文献信息，不得随意处置；确需处置的，应当遵守国务院文化主管部门有关处置文献信息的规定。\n公共图书馆应当配备防火、防盗等设施，并按照国家有关规定和标准对古籍和其他珍贵、易损文献信息采取专门的保护措施，确保安全。',
  '第三十条 公共图书馆应当加强馆际交流与合作。国家支持公共图书馆开展联合采购、联合编目、联合服务，实现文献信息的共建共享，促进文献信息的有效利用。',
  '第三十一条 县级人民政府应当因地制宜建立符合当地特点的以县级公共图书馆为总馆，乡镇（街道）综合文化站、村（社区）图书室等为分馆或者基层服务点的总分馆制，完善数字化、网络化服务体系和配送体系，实现通借通还，促进公共图书馆服务向城乡基层延伸。总馆应当加强对分馆和基层服务点的业务指导。',
];
const sh10 = [
  '第十条 市人民政府设立的上海图书馆为本市公共图书馆的中心馆，发挥全市地方文献收藏中心、联合编目中心、古籍保护中心和图书馆协调与协作中心等方面的作用，并承担以下工作：',
  '（一）拟定和组织实施本市公共图书馆相关业务标准和规范，提供业务指导和培训；',
  '（二）组织开展公共图书馆文献编目工作；',
  '（三）建设、维护和管理公共图书馆通借通还服务网络；',
  '（四）指导公共图书馆总分馆体系建设和运行；',
].join('\n');
const units = [...law.map((t) => regulationUnit(`law#${t.slice(0, t.indexOf('条') + 1)}`, 0, t)), regulationUnit('sh#第十条', 1, sh10)];
const allowed = (lowerDoc: number, higherDoc: number) => lowerDoc === 1 && higherDoc === 0;
// A partial threshold no pair of these texts reaches: 第十条 links to nothing by its scores.
const links = (taskListTerms: LinkOptions['taskListTerms']) => {
  const o = textOnlyRegulation({ taskListTerms });
  return linkMeasures(units, allowed, [], { ...o, genres: { regulation: { ...o.genres.regulation!, thresholds: { implements: 0.9, partial: 0.6 } } } });
};

describe('a body’s list of tasks, each item a higher article (session 49, link2)', () => {
  it('reads the items of a list led by 承担以下工作：, and no items of an article without such a lead', () => {
    const lead = new RegExp(TASK_LIST_TERMS_MEASURED.lead);
    expect(taskItems(sh10, lead)).toEqual(['拟定和组织实施本市公共图书馆相关业务标准和规范，提供业务指导和培训；', '组织开展公共图书馆文献编目工作；', '建设、维护和管理公共图书馆通借通还服务网络；', '指导公共图书馆总分馆体系建设和运行；']);
    expect(taskItems(law[2], lead)).toBeUndefined();
  });

  it('names 第三十一条 for (三) and (四) by the law’s own terms (通借通还, 总分馆); (一) goes to 第二十二条 (the national library’s 业务指导: not a link, the failure the dev sets measured); (二) to nothing (编目 alone is under min)', () => {
    const items = taskItems(sh10, new RegExp(TASK_LIST_TERMS_MEASURED.lead))!;
    expect(taskItemArticles(items, termFrequencies(law), TASK_LIST_TERMS_MEASURED)).toEqual([1, -1, 4, 4]);
  });

  it('links 第十条 to 第三十一条 (gold) and 第二十二条 (not a link), partial, with the option; to nothing without it', () => {
    const key = (l: { lower: string; higher: string; verdict: string }) => `${l.lower}>${l.higher} ${l.verdict}`;
    expect(links(null).map(key)).toEqual([]);
    expect(links({ ...TASK_LIST_TERMS_MEASURED, orphanOnly: true }).map(key)).toEqual(['sh#第十条>law#第二十二条 partial', 'sh#第十条>law#第三十一条 partial']);
  });
});
