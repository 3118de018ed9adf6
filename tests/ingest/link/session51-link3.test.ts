// A lower list of rights or duties, each item a higher one-duty article (options.rightsDutyLists, session 51 helper link3;
// on by default: ingest/link/options.ts). Real texts (tests/real/volunteer/corpus): 山东省志愿服务条例 (2021) 第十二条 lists
// the volunteers' rights, and its items (三) 拒绝提供超出自身能力…, (五) …培训…, (六) 无偿获得志愿服务记录证明 restate
// 志愿服务条例 第十五条, 第十六条 and 第十九条, each an article giving the organisations that one duty (gold, weak: one item
// of a list), while the article as a whole scores under every threshold against each article of the regulation.
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
const links = (rightsDutyLists: LinkOptions['rightsDutyLists']) => {
  const o = textOnlyRegulation({ rightsDutyLists });
  return linkMeasures(units, allowed, [], { ...o, genres: { regulation: { ...o.genres.regulation!, thresholds: { implements: 0.9, partial: 0.6 } } } });
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

  it('links 第十二条, linked to nothing by its scores, to those articles, partial, with the option; to nothing without it', () => {
    const key = (l: { lower: string; higher: string; verdict: string }) => `${l.lower}>${l.higher} ${l.verdict}`;
    expect(links(null).map(key)).toEqual([]);
    expect(links(RIGHTS_DUTY_LISTS_MEASURED).map(key).sort()).toEqual(['第十五条', '第十六条', '第十九条', '第二十四条'].map((a) => `sd#第十二条>reg#第三章/${a} partial`).sort());
  });
});
