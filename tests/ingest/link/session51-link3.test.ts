// A lower list of rights or duties, each item a higher one-duty article (options.rightsDutyLists, session 51 helper link3;
// off by default, the held-out totals having fallen by one link: ingest/link/options.ts; each test sets it). Real texts
// (tests/real/volunteer/corpus): 山东省志愿服务条例 (2021) 第十二条 lists the volunteers' rights, and its items (三)
// 拒绝提供超出自身能力…, (五) …培训…, (六) 无偿获得志愿服务记录证明 restate 志愿服务条例 第十五条, 第十六条 and 第十九条, each an
// article giving the organisations that one duty (gold, weak: one item of a list), while the article as a whole scores
// under every threshold against each article of the regulation.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { higherArticles, rightsItemArticles, rightsItems } from '../../../ingest/link/rights-list.js';
import { RIGHTS_DUTY_LISTS_MEASURED, type LinkOptions } from '../../../ingest/link/options.js';
import { regulationUnit, textOnlyRegulation } from './units.js';

// The regulation's articles as the mirror prints them, each with its chapter: 第一章/第二条 …
const file = readFileSync(fileURLToPath(new URL('../../real/volunteer/corpus/志愿服务条例(2017-08-22).md', import.meta.url)), 'utf8');
const reg: { path: string; text: string }[] = [];
let chapter = '';
for (const line of file.split('\n').map((l) => l.trim())) {
  const ch = /^## (第[一二三四五六七八九十]+章)/.exec(line);
  if (ch) chapter = ch[1];
  else if (/^第[一二三四五六七八九十百]+条[\s　]/.test(line)) reg.push({ path: `${chapter}/${line.slice(0, line.indexOf('条') + 1)}`, text: line });
  else if (line && !line.startsWith('#') && !line.startsWith('<!--') && reg.length) reg[reg.length - 1].text += `\n${line}`;
}
const sd12 = [
  '第十二条 志愿者享有下列权利：',
  '（一）自愿加入或者退出志愿服务组织；',
  '（二）自主选择参加志愿服务活动；',
  '（三）拒绝提供超出自身能力或者约定范围的志愿服务；',
  '（四）获得志愿服务相关信息和必要的物质条件、安全保障；',
  '（五）参加志愿服务相关知识、技能培训和安全教育；',
  '（六）无偿获得志愿服务记录证明；',
  '（七）对志愿服务工作提出意见、建议；',
  '（八）自身有志愿服务需求时获得志愿服务；',
  '（九）法律、法规规定的其他权利。',
].join('\n');
const label = (k: number) => reg[k].path.split('/')[1];
const lead = new RegExp(RIGHTS_DUTY_LISTS_MEASURED.lead);
const catchAll = new RegExp(RIGHTS_DUTY_LISTS_MEASURED.catchAll);
const units = [...reg.map((a) => regulationUnit(`reg#${a.path}`, 0, a.text)), regulationUnit('sd#第十二条', 1, sd12)];
const allowed = (lowerDoc: number, higherDoc: number) => lowerDoc === 1 && higherDoc === 0;
// A partial threshold no pair of these texts reaches: 第十二条 links to nothing by its scores.
const links = (rightsDutyLists: LinkOptions['rightsDutyLists'], partial = 0.6) => {
  const o = textOnlyRegulation({ rightsDutyLists });
  return linkMeasures(units, allowed, [], { ...o, genres: { regulation: { ...o.genres.regulation!, thresholds: { implements: 0.9, partial } } } });
};

describe('a lower list of rights or duties, each item a higher one-duty article (session 51, link3)', () => {
  it('reads the items of a list led by 享有下列权利：, the catch-all item left out; no items of a one-duty article', () => {
    expect(reg.length).toBe(44);
    const items = rightsItems(sd12, lead, catchAll)!;
    expect(items.length).toBe(8);
    expect(items[5]).toBe('无偿获得志愿服务记录证明；');
    expect(rightsItems(reg[18].text, lead, catchAll)).toBeUndefined();
  });

  it('names each item’s article by its IDF-weighted share; the first chapter (general provisions) never named', () => {
    const items = rightsItems(sd12, lead, catchAll)!;
    const named = (skipFirst: boolean) => rightsItemArticles(items, higherArticles(reg.map((a) => a.text), reg.map((a) => skipFirst && a.path.startsWith('第一章/'))), RIGHTS_DUTY_LISTS_MEASURED).map(label).sort();
    // (三) → 第十五条, (五) → 第十六条, (六) → 第十九条 (gold); (八) → 第二十四条 (not a link).
    expect(named(true)).toEqual(['第十九条', '第十五条', '第十六条', '第二十四条'].sort());
    // Without the skip, (一) 自愿加入或者退出志愿服务组织 names the definitions of 第二条 and (七) the departments of 第五条.
    expect(named(false)).toEqual(['第十九条', '第十五条', '第十六条', '第二十四条', '第二条', '第五条'].sort());
  });

  it('keeps a list’s articles only when at least minItems items name distinct ones', () => {
    const one = rightsItems(sd12, lead, catchAll)!.slice(5, 6);
    const arts = higherArticles(reg.map((a) => a.text), reg.map((a) => a.path.startsWith('第一章/')));
    expect(rightsItemArticles(one, arts, { ...RIGHTS_DUTY_LISTS_MEASURED, minItems: 1 }).map(label)).toEqual(['第十九条']);
    expect(rightsItemArticles(one, arts, RIGHTS_DUTY_LISTS_MEASURED)).toEqual([]);
  });

  it('never names a higher body’s own list of functions (skip): 上海图书馆’s tasks and the law’s 国家图书馆 (第二十二条)', () => {
    // tests/real/library: 上海市公共图书馆条例 第十条 (承担以下工作：) against 公共图书馆法; 第二十二条 is the national library's
    // list of functions (国家设立国家图书馆，主要承担…等职能), which the lower centre's list mirrors (gold: not a link).
    const f = readFileSync(fileURLToPath(new URL('../../real/library/corpus/公共图书馆法(2018-10-26).md', import.meta.url)), 'utf8');
    const law: { path: string; text: string }[] = [];
    let ch = '';
    for (const line of f.split('\n').map((l) => l.trim())) {
      const c = /^## (第[一二三四五六七八九十]+章)/.exec(line);
      if (c) ch = c[1];
      else if (/^第[一二三四五六七八九十百]+条[\s　]/.test(line)) law.push({ path: `${ch}/${line.slice(0, line.indexOf('条') + 1)}`, text: line });
      else if (line && !line.startsWith('#') && !line.startsWith('<!--') && law.length) law[law.length - 1].text += `\n${line}`;
    }
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
    const items = rightsItems(sh10, lead, catchAll)!;
    const named = (skip?: string) => rightsItemArticles(items, higherArticles(law.map((a) => a.text), law.map((a) => a.path.startsWith('第一章/')), skip ? new RegExp(skip) : undefined), RIGHTS_DUTY_LISTS_MEASURED).map((k) => law[k].path.split('/')[1]).sort();
    expect(law.length).toBe(55);
    expect(named()).toEqual(['第三十一条', '第四十条', '第二十二条'].sort());
    // With `skip` only two items name distinct articles: under minItems, the list keeps none.
    expect(named(RIGHTS_DUTY_LISTS_MEASURED.skip)).toEqual([]);
  });

  it('links 第十二条, linked to nothing by its scores, to those articles, partial, with the option; to nothing without it', () => {
    const key = (l: { lower: string; higher: string; verdict: string }) => `${l.lower}>${l.higher} ${l.verdict}`;
    expect(links(null).map(key)).toEqual([]);
    expect(links(RIGHTS_DUTY_LISTS_MEASURED).map(key).sort()).toEqual(['第十五条', '第十六条', '第十九条', '第二十四条'].map((a) => `sd#第十二条>reg#第三章/${a} partial`).sort());
  });

  it('adds the items’ articles beside a link the article’s score makes (partial 0.05: its one best article)', () => {
    const key = (l: { lower: string; higher: string; verdict: string }) => `${l.lower}>${l.higher}`;
    const off = links(null, 0.05).map(key);
    expect(off.length).toBe(1);
    const on = links(RIGHTS_DUTY_LISTS_MEASURED, 0.05).map(key);
    expect(on).toEqual(expect.arrayContaining([...off, ...['第十五条', '第十六条', '第十九条'].map((a) => `sd#第十二条>reg#第三章/${a}`)]));
  });
});
