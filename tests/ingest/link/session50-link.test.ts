// A list on both sides, matched item to item (options.listPairs, session 50 helper link; measured and left off:
// ingest/link/options.ts, docs/history/links.md). Real text: 北京市乡村振兴促进条例 (2024) 第十七条 lists the fields the city
// develops (发展高科技农业、特色品牌农业、绿色和有机农业、生态循环农业、一二三产融合产业); its item 生态循环农业 carries 乡村振兴促进法
// 第三十五条 (…优先发展生态循环农业; gold, weak: one item of a list), in words the rest of the law does not use, while the
// article as a whole scores under every threshold against that law article (0.072).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { higherTerms, listItems, listPairArticles, lowerFrequencies } from '../../../ingest/link/list-pair.js';
import { LIST_PAIRS_MEASURED, type LinkOptions } from '../../../ingest/link/options.js';
import { regulationUnit, textOnlyRegulation } from './units.js';

// The law's articles as the mirror prints them (tests/real/rural/corpus): each line from 第…条 to the next.
const lawFile = readFileSync(fileURLToPath(new URL('../../real/rural/corpus/乡村振兴促进法(2021-04-29).md', import.meta.url)), 'utf8');
const law: string[] = [];
for (const line of lawFile.split('\n').map((l) => l.replace(/\u200b/g, '').trim())) {
  if (/^第[一二三四五六七八九十百]+条[\s　]/.test(line)) law.push(line);
  else if (line && !line.startsWith('#') && law.length && !/^第[一二三四五六七八九十]+章/.test(line)) law[law.length - 1] += `\n${line}`;
}
const label = (k: number) => (k < 0 ? '' : law[k].slice(0, law[k].indexOf('条') + 1));
const bj17 = [
  '第十七条 市、涉农区人民政府应当立足乡村区位条件、资源禀赋、产业基础，引导符合北京城市功能定位的产业在乡村布局，发展高科技农业、特色品牌农业、绿色和有机农业、生态循环农业、一二三产融合产业，发展农业新质生产力，促进都市型现代农业高质量发展。',
  '本市制定、调整新增产业禁止和限制目录时，应当统筹考虑乡村产业布局需求。',
].join('\n');
const units = [...law.map((t) => regulationUnit(`law#${label(law.indexOf(t))}`, 0, t)), regulationUnit('bj#第十七条', 1, bj17)];
const allowed = (lowerDoc: number, higherDoc: number) => lowerDoc === 1 && higherDoc === 0;
// A partial threshold no pair of these texts reaches: 第十七条 links to nothing by its scores (as in the dev snapshot,
// where its best, 第十二条, scores under the partial threshold).
const links = (listPairs: LinkOptions['listPairs']) => {
  const o = textOnlyRegulation({ listPairs });
  return linkMeasures(units, allowed, [], { ...o, genres: { regulation: { ...o.genres.regulation!, thresholds: { implements: 0.9, partial: 0.6 } } } });
};

describe('a list on both sides, matched item to item (session 50, link)', () => {
  it('reads the items of the lower article’s lists of fields (a promotion verb leads them), an actor’s item left out', () => {
    expect(law.length).toBe(74);
    // The first item is cut to the middle items' width (list-items.ts), the 和 of 绿色和有机农业 splits it.
    expect(listItems(bj17, LIST_PAIRS_MEASURED)).toEqual(['展高科技农业', '特色品牌农业', '绿色', '有机农业', '生态循环农业', '一二三产融合']);
    // Without `lead`, the list of conditions (立足乡村区位条件、资源禀赋、产业基础) is read too: 资源禀赋 names the law's 第四条.
    expect(listItems(bj17, { ...LIST_PAIRS_MEASURED, lead: undefined })).toContain('资源禀赋');
    expect(listItems('第五条 支持发展特色农业、休闲农业、农业企业、乡村旅游。', LIST_PAIRS_MEASURED)).toEqual(['特色农业', '休闲农业', '乡村旅游']);
  });

  it('names the article an item’s own terms vote for: 生态循环农业 → 第三十五条', () => {
    const named = listPairArticles(bj17, lowerFrequencies([bj17]), higherTerms(law, LIST_PAIRS_MEASURED), LIST_PAIRS_MEASURED).map(label);
    expect(named).toContain('第三十五条');
    // A term the lower document repeats in more than `lowerDf` of its articles does not vote.
    const twice = lowerFrequencies([bj17, '第十八条 推广生态循环农业。']);
    expect(listPairArticles(bj17, twice, higherTerms(law, LIST_PAIRS_MEASURED), LIST_PAIRS_MEASURED).map(label)).not.toContain('第三十五条');
  });

  it('links 第十七条, linked to nothing by its scores, to 第十二条 and 第三十五条, partial, with the option; to nothing without it', () => {
    const key = (l: { lower: string; higher: string; verdict: string }) => `${l.lower}>${l.higher} ${l.verdict}`;
    expect(links(null).map(key)).toEqual([]);
    // Both gold weak links (一二三产融合 → 第十二条's 农村一二三产业融合发展, 生态循环农业 → 第三十五条).
    expect(links(LIST_PAIRS_MEASURED).map(key).sort()).toEqual(['bj#第十七条>law#第三十五条 partial', 'bj#第十七条>law#第十二条 partial'].sort());
    // Without `lead`, 第四条 too (资源禀赋, from the list of conditions: not a link).
    expect(links({ ...LIST_PAIRS_MEASURED, lead: undefined }).map(key)).toContain('bj#第十七条>law#第四条 partial');
  });
});
