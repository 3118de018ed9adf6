// Counts in the page's sentences take i18next's plural forms (session 36, from ui35's planner's trial: the English gap
// view said "1 target groups missing"). Chinese keeps one form and its text of before.
import { describe, expect, it } from 'vitest';
import { i18n } from '../../web/src/i18n/index.js';

const en = i18n.getFixedT('en');
const zh = i18n.getFixedT('zh');

describe('plural forms', () => {
  it('writes one and many in English', () => {
    const missing = (programmes: number, groups: number, t = en) =>
      t('gaps.summaryMissing', { programmes: t('gaps.programmesMissing', { count: programmes }), groups: t('gaps.groupsMissing', { count: groups }) });
    expect(missing(0, 1)).toBe('0 programmes/brands and 1 target group missing');
    expect(missing(1, 3)).toBe('1 programme/brand and 3 target groups missing');
    expect(en('console.rows', { count: 1 })).toBe('1 row');
    expect(en('console.rows', { count: 5 })).toBe('5 rows');
    expect(en('measure.lagDays', { count: 1 })).toBe('1 day after the higher document');
    expect(en('matrix.lagIs', { count: 1 })).toBe('1 day later');
    expect(en('matrix.mentions', { count: 1 })).toBe('mentioned once by the lower document');
    expect(en('matrix.directiveOption', { name: '献血法', count: 1 })).toBe('献血法 (1 lower document)');
    expect(en('cascade.places', { count: 1 })).toBe('cited in 1 place');
    expect(en('time.hidden', { count: 1 })).toBe('1 document issued later hidden');
    expect(en('value.chars', { count: 1 })).toBe('(1 character)');
    const summary = (documents: number, cites: number, t = en) =>
      t('cascade.summary', { documents: t('cascade.documents', { count: documents }), implements: 3, partial: 0, cites: t('cascade.citations', { count: cites }) });
    expect(summary(2, 1)).toBe('2 documents · 3 implement · 0 partial · 1 citation');
    expect(summary(1, 6)).toBe('1 document · 3 implement · 0 partial · 6 citations');
    // Chinese reads as before the plural keys.
    expect(missing(1, 3, zh)).toBe('缺少 1 个项目/品牌和 3 个目标人群');
    expect(summary(6, 6, zh)).toBe('6 份文件 · 落实 3 · 部分落实 0 · 引用 6');
    expect(zh('console.rows', { count: 1 })).toBe('1 行');
    expect(zh('matrix.directiveOption', { name: '献血法', count: 5 })).toBe('献血法（5 份下级文件）');
  });
});
