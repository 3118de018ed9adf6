// A law's glossary article (options.glossary, session 33): 教师法 第四十条 (本法下列用语的含义…中小学教师，是指幼儿园、特殊教育
// 机构…) is carried out by 浙江's 第二条, which defines the same terms (本办法所称的中小学教师，是指…), not by the articles
// that only use a defined term (浙江 第十条: 中小学教师 …特殊教育津贴), which were linked to it (the gold: no link).
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { linkOptions } from '../../../ingest/link/options.js';
import { regulationUnit } from './units.js';

const law40 = '第四十条 本法下列用语的含义是：\n（一）各级各类学校，是指实施学前教育、普通初等教育、普通中等教育、职业教育、普通高等教育以及特殊教育、成人教育的学校。\n（三）中小学教师，是指幼儿园、特殊教育机构、普通中小学、成人初等中等教育机构、职业中学以及其他教育机构的教师。';
const law26 = '第二十六条 中小学教师和职业学校教师享受教龄津贴和其他津贴，具体办法由国务院教育行政部门会同有关部门制定。';
const prov2 = '第二条 本办法适用于在本省各级各类学校和其他教育机构中专门从事教育教学工作的教师。\n本办法所称的中小学教师，是指幼儿园、特殊教育机构、普通中小学、成人初等中等教育机构、职业中学以及其他教育机构的教师。';
const prov10 = '第十条 各级人民政府应当保障中小学教师各项津贴及时兑现。中小学教师享受的津贴，包括教龄津贴、班主任津贴、特殊教育津贴、特级教师津贴以及政府根据需要设立的其他津贴。';
const units = [
  regulationUnit('law#第四十条', 0, law40),
  regulationUnit('law#第二十六条', 0, law26),
  regulationUnit('prov#第二条', 1, prov2),
  regulationUnit('prov#第十条', 1, prov10),
  ...['慈善 事业 发展', '农业 技术 推广', '国防 教育 课程', '图书馆 免费 开放'].map((t, i) => ({ ...regulationUnit(`other#${i}`, 2, t), words: t.split(' ') })),
];
const links = (glossary: ReturnType<typeof linkOptions>['glossary']) =>
  linkMeasures(units, (l, h) => l === 1 && h === 0, [], linkOptions({ glossary, topKPerClause: null, paragraphBest: null, procedureStages: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.9, partial: 0.01 }, relative: 0.01, topK: 2, pairIdf: true } } }))
    .map((l) => `${l.lower}>${l.higher}`)
    .sort();

describe('glossary articles', () => {
  it('are carried out by a lower article that defines, not by one that uses a defined term', () => {
    const on = links(linkOptions().glossary);
    expect(on).toContain('prov#第二条>law#第四十条');
    expect(on).not.toContain('prov#第十条>law#第四十条');
    expect(on).toContain('prov#第十条>law#第二十六条');
    expect(links(null)).toContain('prov#第十条>law#第四十条');
  });
});
