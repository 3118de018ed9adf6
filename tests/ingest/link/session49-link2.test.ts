// A body's list of tasks, each item a higher article (options.taskListTerms, session 49 helper link2; on by default:
// ingest/link/options.ts). Real text: 上海市公共图书馆条例 (2024) 第十条 gives 上海图书馆 seven tasks; its item (三)
// (通借通还 network) and (四) (总分馆) carry 公共图书馆法 第三十一条 (gold, weak: one item of a list), in words the rest of the
// law does not use, while the article as a whole scores under every threshold against each law article.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { taskItemArticles, taskItems, termFrequencies } from '../../../ingest/link/body-tasks.js';
import { TASK_LIST_TERMS_MEASURED, type LinkOptions } from '../../../ingest/link/options.js';
import { regulationUnit, textOnlyRegulation } from './units.js';

// The law's articles as the mirror prints them (tests/real/library/corpus): each line from 第…条 to the next.
const lawFile = readFileSync(fileURLToPath(new URL('../../real/library/corpus/公共图书馆法(2018-10-26).md', import.meta.url)), 'utf8');
const law: string[] = [];
for (const line of lawFile.split('\n').map((l) => l.trim())) {
  if (/^第[一二三四五六七八九十百]+条[\s　]/.test(line)) law.push(line);
  else if (line && !line.startsWith('#') && law.length && !/^第[一二三四五六七八九十]+章/.test(line)) law[law.length - 1] += `\n${line}`;
}
const at = (label: string) => law.findIndex((t) => t.startsWith(`${label} `));
const sh10 = [
  '第十条 市人民政府设立的上海图书馆为本市公共图书馆的中心馆，发挥全市地方文献收藏中心、联合编目中心、古籍保护中心和图书馆协调与协作中心等方面的作用，并承担以下工作：',
  '（一）拟定和组织实施本市公共图书馆相关业务标准和规范，提供业务指导和培训；',
  '（二）组织开展公共图书馆文献编目工作；',
  '（三）建设、维护和管理公共图书馆通借通还服务网络；',
  '（四）指导公共图书馆总分馆体系建设和运行；',
  '（五）统筹古籍和其他珍贵历史文献的保护、开发与利用工作；',
  '（六）统筹全市公共图书馆信息化管理系统建设和运行，推动公共图书馆数字化建设；',
  '（七）促进图书馆相关学术研究和国际交流。',
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
    expect(law.length).toBe(55);
    expect(taskItems(sh10, lead)?.slice(2, 4)).toEqual(['建设、维护和管理公共图书馆通借通还服务网络；', '指导公共图书馆总分馆体系建设和运行；']);
    expect(taskItems(law[at('第三十条')], lead)).toBeUndefined();
  });

  it('names each item’s article by the law’s own terms; the national library’s list of functions (第二十二条) never named', () => {
    const items = taskItems(sh10, new RegExp(TASK_LIST_TERMS_MEASURED.lead))!;
    const named = (skip?: string) => taskItemArticles(items, termFrequencies(law, skip ? new RegExp(skip) : undefined), TASK_LIST_TERMS_MEASURED).map((k) => (k < 0 ? '' : law[k].slice(0, law[k].indexOf('条') + 1)));
    // (三) 通借通还 and (四) 总分馆 → 第三十一条, (六) 数字化 → 第四十条 (gold); (五) 古籍…珍贵 → 第二十八条 (gold: 第四十一条).
    expect(named(TASK_LIST_TERMS_MEASURED.skip)).toEqual(['', '', '第三十一条', '第三十一条', '第二十八条', '第四十条', '']);
    // Without `skip`, (一)'s 业务指导 and (七)'s 国际交流 name the national library's functions (not a link).
    expect(named()).toEqual(['第二十二条', '', '第三十一条', '第三十一条', '第二十八条', '第四十条', '第二十二条']);
  });

  it('links 第十条, linked to nothing by its scores, to those articles, partial, with the option; to nothing without it', () => {
    const key = (l: { lower: string; higher: string; verdict: string }) => `${l.lower}>${l.higher} ${l.verdict}`;
    expect(links(null).map(key)).toEqual([]);
    expect(links(TASK_LIST_TERMS_MEASURED).map(key).sort()).toEqual(['sh#第十条>law#第三十一条 partial', 'sh#第十条>law#第二十八条 partial', 'sh#第十条>law#第四十条 partial'].sort());
  });
});
