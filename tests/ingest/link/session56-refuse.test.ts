// Session 56 (helper refuse, issue 13): an article of a law's liability chapter that sanctions nothing and settles a dispute
// (矿产资源法 第四十九条: 矿山企业之间的矿区范围的争议，由当事人协商解决，协商不成的，由有关县级以上地方人民政府…处理) is no penalty
// article (options.penaltyArticles.recourse, ingest/link/penalty-liable.ts RECOURSE_WITH_DISPUTES), so the group rule no
// longer refuses 重庆市矿产资源管理条例 第五十三条 (the disputes over exploration blocks and mine areas, in the city's
// management chapter) → 第四十九条, a strong gold link of the mineral family; the law's sanction articles stay penalty
// articles, and a false link the group rule keeps out (重庆 第五十二条, the department's supervision → 第四十八条, obstruction of
// the inspectors) stays out.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../ingest/pipeline.js';
import { penaltyPaths } from '../../../ingest/link/index.js';
import { DEFAULT_LINK_OPTIONS } from '../../../ingest/link/options.js';
import { PENALTY_LIABLE_MEASURED, RECOURSE_WITH_DISPUTES } from '../../../ingest/link/penalty-liable.js';
import type { Snapshot } from '../../../graph-schema/index.js';
import { regulation } from './regulation-fixture.js';

const real = (path: string) => fileURLToPath(new URL(`../../real/${path}`, import.meta.url));
const LAW = real('mineral/corpus/矿产资源法(2009-08-27).md');
const CQ = real('mineral/corpus/重庆市矿产资源管理条例(2020-06-05).md');
const BEFORE = '申诉|申请(?:行政)?复议|提起(?:行政)?诉讼';
const base = DEFAULT_LINK_OPTIONS.penaltyArticles!;
const ingest = (recourse: string) => runIngest({ inputs: [LAW, CQ], link: { penaltyArticles: { ...base, recourse } } });
/** IMPLEMENTS edges as `lower article > higher article verdict` (article numbers only; 重庆 → 法). */
const links = (s: Snapshot) =>
  s.edges.flatMap((e) => {
    if (e.attributes.type !== 'IMPLEMENTS' || !e.source.includes('重庆')) return [];
    const art = (id: string) => id.split('/').pop();
    return [`${art(e.source)} > ${art(e.target)} ${e.attributes.verdict}`];
  });

describe('a liability-chapter article that settles a dispute leaves the penalty group (mineral: 矿产资源法 → 重庆)', () => {
  it('is the default recourse pattern', () => {
    expect(base.recourse).toBe(RECOURSE_WITH_DISPUTES);
    expect(base.liable).toBeUndefined();
  });

  it('links 重庆 第五十三条 → 法 第四十九条 (strong in the gold), which the group rule refused before; the false 第五十二条 → 第四十八条 stays out', { timeout: 300_000 }, async () => {
    const [before, after] = [links((await ingest(BEFORE)).snapshot), links((await ingest(RECOURSE_WITH_DISPUTES)).snapshot)];
    expect(before.filter((l) => l.startsWith('第五十三条 > 第四十九条'))).toEqual([]);
    expect(after.filter((l) => l.startsWith('第五十三条 > 第四十九条'))).toEqual(['第五十三条 > 第四十九条 implements']);
    for (const l of [before, after]) expect(l.filter((x) => x.startsWith('第五十二条 > 第四十八条'))).toEqual([]);
    // The city's sanction articles still link to the law's sanctions (第五十五条 → 第三十九条, 第四十条, 第四十四条: gold strong).
    for (const h of ['第三十九条', '第四十条', '第四十四条']) expect(after.some((l) => l.startsWith(`第五十五条 > ${h} `))).toBe(true);
  });

  it('takes only 第四十九条 out of the law’s penalty articles; `liable` (measured, off) reads a sanction named in other words', () => {
    // The law's 第六章 法律责任 as written (第三十九条 to 第四十九条), each article one part under the chapter.
    const chapter = readFileSync(LAW, 'utf8').split('## 第六章 法律责任')[1].split('## 第七章')[0];
    const articles = chapter.split(/\n(?=第[一二三四五六七八九十]+条 )/).map((t) => t.trim()).filter((t) => t.startsWith('第'));
    expect(articles).toHaveLength(11);
    const doc = regulation([
      { path: '第六章', kind: 'chapter', text: '第六章 法律责任' },
      ...articles.map((text) => ({ path: `第六章/${text.split(' ')[0]}`, kind: 'article' as const, text, parent: '第六章' })),
    ]);
    const paths = (recourse: string, liable?: string) => [...penaltyPaths(doc, { ...base, recourse, ...(liable ? { liable } : {}) })].map((p) => p.split('/').pop()!).sort();
    const [old, now] = [paths(BEFORE), paths(RECOURSE_WITH_DISPUTES)];
    expect(old.filter((p) => !now.includes(p))).toEqual(['第四十九条']);
    expect(now).not.toContain('第四十六条'); // 复议, 诉讼: session 33's recourse
    for (const p of ['第三十九条', '第四十条', '第四十一条', '第四十二条', '第四十三条', '第四十四条', '第四十五条', '第四十七条', '第四十八条']) expect(now).toContain(p);
    // The `liable` reading (no sanction form and no sanction or liability named: not a penalty article) takes 第四十九条 out
    // too: 由…人民政府…处理 settles the dispute, it is no referral (依法处理, 依照…规定处理).
    expect(paths(BEFORE, PENALTY_LIABLE_MEASURED)).toEqual(now);
  });
});
