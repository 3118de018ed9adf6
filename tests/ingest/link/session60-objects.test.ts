// The object reading (ingest/link/objects.ts, options.ts OBJECT_READING; session 60 helper objects, issue 13): what an
// article rules on, read by general drafting patterns — a definition (所称X，是指 / 以下简称X), a management act's object
// (对X实行…), a procedure's object (X的审批 / 登记 / 核发 …), the object after a modal and a duty verb — and how much of a
// lower article's objects a law article holds, its bigrams weighed by their rarity among the law's articles. Measured on
// class E of the development link sets (tests/eval/session60-objects.ts): alone it does not tell the gold article from the
// chosen one; with session 59's bracket and claim cues it makes options.objectSwap (on by rule 5), tested below.
import { describe, expect, it } from 'vitest';
import { articleIdf, objectHold, objectSwaps, readObjects } from '../../../ingest/link/objects.js';
import { DEFAULT_LINK_OPTIONS, OBJECT_READING, OBJECT_SWAP_MEASURED } from '../../../ingest/link/options.js';
import { real } from './real-article.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { ingestLinks, replayLinks } from './ingest-replay.js';
import type { Snapshot } from '../../../graph-schema/index.js';

const objects = (t: string) => readObjects(t, OBJECT_READING).map((o) => `${o.by}:${o.text}`);

describe('the object reader on the drafting forms', () => {
  it('a definition: 本条例所称X，是指… and （以下简称X）', () => {
    expect(objects('第十条 本条例所称农产品，是指来源于农业的初级产品。')).toContain('defined:农产品');
    expect(objects('第三条 设区的市设立法律援助工作机构（以下简称法律援助机构）。')).toContain('defined:法律援助机构');
  });
  it('a management act’s object: 对X实行…, the actor before 对 left out', () => {
    expect(objects('第五条 县级以上人民政府应当对饮用水水源地实行严格保护。')).toEqual(['manage:饮用水水源地']);
  });
  it('a procedure’s object: the noun phrase before 的核发 / 的备案', () => {
    expect(objects('第十二条 排污许可证的核发、延续，由生态环境主管部门负责。')).toEqual(['procedure:排污许可证']);
  });
  it('the object after a modal and a duty verb, to the clause’s end; a further clause opened by a duty verb', () => {
    expect(objects('第八条 生产经营单位应当制定本单位生产安全事故应急救援预案，并报应急管理部门备案。')).toEqual(['modal:生产安全事故应急救援预案']);
    expect(objects('第九条 县级以上人民政府应当加强农村水系综合整治，建立河湖管护机制。')).toEqual(['modal:农村水系综合整治', 'clause:河湖管护机制']);
  });
  it('an article with no ruling pattern reads no object', () => {
    expect(objects('第一条 为了规范档案管理，制定本条例。')).toEqual([]);
  });
});

describe('object hold: rare words of the law weigh more than its field words', () => {
  const law = [
    '第二十八条 任何组织或者个人不得擅自拆除人民防空工程；确需拆除的，必须报经人民防空主管部门批准。',
    '第三十五条 人民防空通信、警报设施必须保持良好使用状态。',
    '第十条 人民防空主管部门负责人民防空工程的监督管理。',
  ];
  const idf = articleIdf(law);
  const lower = readObjects('第二十一条 任何单位或个人不得擅自拆除人民防空通信、警报设施。', OBJECT_READING);
  it('the lower article’s object is the alarm installations', () => {
    expect(lower.map((o) => o.text)).toEqual(['人民防空通信、警报设施']);
  });
  it('the article naming the installations holds more of it than the one sharing the scene (拆除, 人民防空)', () => {
    expect(objectHold(lower, law[1], idf)).toBeGreaterThan(objectHold(lower, law[0], idf));
    expect(objectHold(lower, law[1], idf)).toBe(1);
  });
  it('no object read, nothing held', () => {
    expect(objectHold([], law[1], idf)).toBe(0);
  });
});

describe('objectSwap (the step, on hand-written links)', () => {
  const docOf = (m: string) => m.split('#')[0];
  const texts: Record<string, string> = {
    'L#第三条': '第三条 从事动物运输的单位应当建立运输台账，记录检疫证明编号和动物数量。',
    'L#第九条': '第九条 县级以上人民政府应当加强动物防疫工作的领导，建立健全动物防疫体系。',
    'L#第二条': '第二条 国家对动物疫病实行预防为主的方针。',
    'L#第四条': '第四条 动物防疫主管部门负责本行政区域的动物防疫工作。',
  };
  const textOf = (m: string) => texts[m] ?? '';
  const articles = () => Object.values(texts);
  const lower = { lower: 'p#第二条', text: '第二条 从事动物收购、运输的单位应当建立台账，如实记录检疫证明编号。', cands: [{ higher: 'L#第九条', score: 0.14 }, { higher: 'L#第三条', score: 0.1 }] };
  // Its neighbours link 第二条 and 第四条 (the bracket 2..4, slack 1: 1..5); 第五条 of the lower document links 第九条 too.
  const links = [
    { lower: 'p#第一条', higher: 'L#第二条' },
    { lower: 'p#第二条', higher: 'L#第九条' },
    { lower: 'p#第三条', higher: 'L#第四条' },
    { lower: 'p#第五条', higher: 'L#第九条' },
  ];
  const rule = OBJECT_SWAP_MEASURED;
  it('replaces the claimed article outside the bracket by the unclaimed one inside that holds the object (台账, 检疫证明编号)', () => {
    expect(objectSwaps([lower], links, docOf, textOf, articles, rule)).toEqual([[0, 1, 'L#第九条']]);
  });
  it('leaves it when the chosen is inside the bracket, claimed by no other article, or the candidate is claimed', () => {
    expect(objectSwaps([lower], links.map((l) => (l.lower === 'p#第三条' ? { ...l, higher: 'L#第十条' } : l)), docOf, textOf, articles, rule)).toEqual([]);
    expect(objectSwaps([lower], links.filter((l) => l.lower !== 'p#第五条'), docOf, textOf, articles, rule)).toEqual([]);
    expect(objectSwaps([lower], [...links, { lower: 'p#第六条', higher: 'L#第三条' }], docOf, textOf, articles, rule)).toEqual([]);
  });
  it('leaves it when the candidate holds no more of the objects, scores under the ratio, or a text is a sanction article', () => {
    expect(objectSwaps([{ ...lower, text: '第二条 县级以上人民政府应当加强动物防疫工作的领导。' }], links, docOf, textOf, articles, rule)).toEqual([]);
    expect(objectSwaps([{ ...lower, cands: [{ higher: 'L#第九条', score: 0.3 }, { higher: 'L#第三条', score: 0.1 }] }], links, docOf, textOf, articles, rule)).toEqual([]);
    expect(objectSwaps([{ ...lower, text: lower.text + '违反前款规定的，处一千元以下罚款。' }], links, docOf, textOf, articles, rule)).toEqual([]);
  });
  it('leaves a lower article that cites an article by number; off by default (its memory cost, options.ts)', () => {
    expect(objectSwaps([{ ...lower, text: lower.text + '依照本条例第九条办理。' }], links, docOf, textOf, articles, rule)).toEqual([]);
    expect(DEFAULT_LINK_OPTIONS.objectSwap).toBeNull();
  });
});

describe('动物防疫法 → 山东, 广东 (ingest of the family\'s real texts)', () => {
  const inputs = [real('animal/corpus/')];
  const at = (m: string) => `${m.includes('山东') ? '山东' : m.includes('广东') ? '广东' : '法'} ${m.split(/[#/]/).pop()}`;
  const pairs = (s: Snapshot) => new Set(s.edges.flatMap((e) => (e.attributes.type === 'IMPLEMENTS' ? [`${at(e.source)} > ${at(e.target)}`] : [])));
  it('swaps 山东 第三十四条 (its 台账 of 检疫证明编号) from 第七十八条 to 第五十二条 (gold), partial, and nothing else; coverage\'s replay agrees', { timeout: 240_000 }, async () => {
    const off = (await runIngest({ inputs, lexicon: loadLexicon(), link: { objectSwap: null } })).snapshot;
    const { snapshot: on } = await runIngest({ inputs, lexicon: loadLexicon(), link: { objectSwap: OBJECT_SWAP_MEASURED } });
    const [a, b] = [pairs(off), pairs(on)];
    expect([...b].filter((p) => !a.has(p))).toEqual(['山东 第三十四条 > 法 第五十二条']);
    expect([...a].filter((p) => !b.has(p))).toEqual(['山东 第三十四条 > 法 第七十八条']);
    const link = on.edges.find((e) => e.attributes.type === 'IMPLEMENTS' && at(e.source) === '山东 第三十四条' && at(e.target) === '法 第五十二条')!;
    expect((link.attributes as { verdict?: string }).verdict).toBe('partial');
    // Coverage's threshold replay at the snapshot's own thresholds gives the links the link stage wrote, with the rule.
    expect(replayLinks(on)).toEqual(ingestLinks(on));
  });
});
