// Session 63 (helper recall5, issue 13): options.unclaimedBest's two readings of the corpus around the pair (ingest/link/
// unclaimed-best.ts `sibling`, `chapter`): the law article linked by another lower document carrying the same law, and the
// law article in the chapter a neighbouring lower article links into. Measured on the development link sets and left off
// (docs/history/links.md, session 63 helper recall5): the default stays null.
import { describe, expect, it } from 'vitest';
import { unclaimedBest } from '../../../ingest/link/unclaimed-best.js';
import { DEFAULT_LINK_OPTIONS, UNCLAIMED_BEST_GUARDED, UNCLAIMED_CHAPTER_MEASURED, UNCLAIMED_SIBLING_MEASURED } from '../../../ingest/link/options.js';

const docOf = (m: string) => m.split('#')[0];
const under = (s: number) => s < 0.13;
const plain = () => '第X条 应当加强管理。';
const entry = (higher: string, lower = 'p#第一章/第三条') => ({ lower, text: '第三条 应当加强管理。', cands: [{ higher, score: 0.12 }] });

describe('unclaimedBest sibling and chapter readings (pure)', () => {
  it('the chapter reading is the default (session 63, the lead on the figures of helper recall5), the sibling reading off', () => {
    expect(DEFAULT_LINK_OPTIONS.unclaimedBest).toBe(UNCLAIMED_CHAPTER_MEASURED);
    expect(UNCLAIMED_SIBLING_MEASURED.sibling).toBe(true);
    expect(UNCLAIMED_CHAPTER_MEASURED).toEqual({ ...UNCLAIMED_BEST_GUARDED, chapter: true });
  });

  // p 第一章/第二条 links the law's 第二章/第六条; another province q links 第二章/第七条 and 第四章/第二十条.
  const links = [
    { lower: 'p#第一章/第二条', higher: 'L#第二章/第六条' },
    { lower: 'q#第五条', higher: 'L#第二章/第七条' },
    { lower: 'q#第九条', higher: 'L#第四章/第二十条' },
  ];
  const base = { genres: ['regulation'], min: 0.1, margin: 1.3 };

  it('`sibling`: keeps a law article another lower document links, not one no other document links', () => {
    const rule = { ...base, sibling: true };
    expect(unclaimedBest([entry('L#第二章/第七条')], links, docOf, plain, rule, under)).toEqual([[0, 0]]);
    expect(unclaimedBest([entry('L#第二章/第八条')], links, docOf, plain, rule, under)).toEqual([]);
    // Without the reading the unlinked 第八条 is kept (session 59's rule).
    expect(unclaimedBest([entry('L#第二章/第八条')], links, docOf, plain, base, under)).toEqual([[0, 0]]);
  });

  it('`chapter`: keeps a law article in the chapter the lower article\'s neighbour (±1, same parent) links into', () => {
    const rule = { ...base, chapter: true };
    expect(unclaimedBest([entry('L#第二章/第八条')], links, docOf, plain, rule, under)).toEqual([[0, 0]]);
    // 第四章 is linked only by q's articles, not by a neighbour of p 第三条.
    expect(unclaimedBest([entry('L#第四章/第二十一条')], links, docOf, plain, rule, under)).toEqual([]);
    // A neighbour under another parent (第二章/第二条 is not next to 第一章/第三条).
    expect(unclaimedBest([entry('L#第二章/第八条', 'p#第二章/第三条')], links, docOf, plain, rule, under)).toEqual([]);
    // Both readings: 第二章/第七条 is in the neighbour's chapter and linked by q.
    expect(unclaimedBest([entry('L#第二章/第七条')], links, docOf, plain, { ...rule, sibling: true }, under)).toEqual([[0, 0]]);
    expect(unclaimedBest([entry('L#第二章/第八条')], links, docOf, plain, { ...rule, sibling: true }, under)).toEqual([]);
  });
});
