// Session 57 (helper recall, issue 13): paraphrase classes of drafting for the gold links under the weak threshold
// (options.recallClasses, ingest/lexicon/recall-classes.txt, ingest/link/recall-classes.ts). The licensing class (许可 |
// 审批 | 批准) on real dev pairs: 重庆市招标投标条例 第九条 (a project's 审批、核准、备案 procedure for its tender plan) carries
// 招标投标法 第九条 (履行审批手续，取得批准), gold, scored under the weak threshold without the class; 北京市统计条例 第十四条
// (the survey projects published 自批准之日起) is no link of 统计法 第十一条 (the kinds of survey projects), and the class
// no longer makes it (without the class it is linked).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RECALL_CLASSES, termClassRows } from '../../../ingest/link/recall-classes.js';
import { RECALL_CLASSES_MEASURED, TERM_CLASSES } from '../../../ingest/link/options.js';
import { termMatcher } from '../../../ingest/link/index.js';
import { runIngest } from '../../../ingest/pipeline.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';

const real = (path: string) => fileURLToPath(new URL(`../../real/${path}`, import.meta.url));
const TERMS = { genres: ['regulation' as const], classes: TERM_CLASSES, weight: 1 };

describe('the recall classes (ingest/lexicon/recall-classes.txt)', () => {
  it('are read as rows of classes and added after termClasses’ only when on', () => {
    expect(RECALL_CLASSES.some((c) => c.includes('许可') && c.includes('审批') && c.includes('批准'))).toBe(true);
    expect(termClassRows({ termClasses: TERMS, recallClasses: null })).toEqual(TERM_CLASSES);
    expect(termClassRows({ termClasses: TERMS, recallClasses: RECALL_CLASSES_MEASURED })).toEqual([...TERM_CLASSES, ...RECALL_CLASSES]);
    expect(termClassRows({ termClasses: null, recallClasses: RECALL_CLASSES_MEASURED })).toEqual(RECALL_CLASSES);
  });
  it('meet the licensing words of both texts with one token', () => {
    const terms = termMatcher(termClassRows({ termClasses: TERMS, recallClasses: RECALL_CLASSES_MEASURED }));
    expect(terms('应当先履行审批手续，取得批准')).toEqual(['§许可', '§许可']);
    expect(terms('依法取得相应许可')).toEqual(['§许可']);
  });
});

const linksOf = async (inputs: string[], lower: string, on: boolean) => {
  const { snapshot } = await runIngest({ inputs, lexicon: loadLexicon(), link: { recallClasses: on ? RECALL_CLASSES_MEASURED : null } });
  return snapshot.edges
    .filter((e) => e.attributes.type === 'IMPLEMENTS' && e.source.includes(lower.split('#')[0]) && /[#/]$/.test(e.source.slice(0, -lower.split('#')[1].length)) && e.source.endsWith(lower.split('#')[1]))
    .map((e) => e.target.split('#')[1]);
};

describe('重庆市招标投标条例 第九条 links 招标投标法 第九条 with the class, not without (ingest of the set’s three real texts)', () => {
  it('the gold link under the weak threshold is made', { timeout: 300_000 }, async () => {
    const inputs = ['招标投标法(2017-12-27).md', '重庆市招标投标条例(2018-07-26).md', '北京市招标投标条例(2021-09-24).md'].map((f) => real(`tendering/corpus/${f}`));
    expect(await linksOf(inputs, '重庆市招标投标条例#第九条', false)).not.toContain('第二章/第九条');
    expect(await linksOf(inputs, '重庆市招标投标条例#第九条', true)).toContain('第二章/第九条');
  });
});

describe('北京市统计条例 第十四条 stays unlinked to 统计法 第十一条 with the class (ingest of the set’s four real texts)', () => {
  it('a false link made without the class is not made with it', { timeout: 300_000 }, async () => {
    const inputs = ['统计法(2009-06-27).md', '北京市统计条例.md', '山东省统计管理条例(2017-09-30).md', '浙江省统计工作监督管理条例(2020-11-27).md'].map((f) => real(`statistics/corpus/${f}`));
    expect(await linksOf(inputs, '北京市统计条例#第十四条', false)).toContain('第二章/第十一条');
    expect(await linksOf(inputs, '北京市统计条例#第十四条', true)).not.toContain('第二章/第十一条');
  });
});
