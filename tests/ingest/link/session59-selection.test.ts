// Session 59 (helper selection, issue 13): options.paragraphApart — a link only the widening admits, refused by the
// paragraph test (extraLinksByParagraph), kept when a line of the lower article prefers it to the document's best candidate
// and the best's own line is another. Off by default (measured: docs/history/links.md, session 59, helper selection).
import { describe, expect, it } from 'vitest';
import { articleBigrams, paragraphApart } from '../../../ingest/link/paragraph-apart.js';
import { paragraphBigrams } from '../../../ingest/link/paragraph-pair.js';
import { selectLinks, selectStored, nearCutRecord, type AlignedCandidate, type SelectionFacts } from '../../../ingest/link/select.js';
import { DEFAULT_LINK_OPTIONS, PARAGRAPH_APART_MEASURED } from '../../../ingest/link/options.js';

// Two paragraphs, each restating one article of the law (the government's planning duty; the departments' duties).
const lower = '第五条 县级以上人民政府应当将乡村振兴纳入国民经济和社会发展规划，建立健全工作协调机制。\n农业农村、发展改革、财政等有关部门应当按照各自职责做好乡村振兴促进工作。';
const planning = '第十一条 各级人民政府应当将乡村振兴促进工作纳入国民经济和社会发展规划，并建立乡村振兴考核评价制度。';
const departments = '第十条 县级以上地方人民政府农业农村主管部门负责本行政区域内乡村振兴促进工作的统筹协调；有关部门在各自职责范围内负责有关的乡村振兴促进工作。';
const other = '第二十条 各级人民政府应当加强农村基础设施建设，改善农村生产生活条件。';

describe('paragraphApart (reading)', () => {
  it('sets apart the article another line restates, not one no line prefers', () => {
    const lines = paragraphBigrams(lower);
    expect(lines).toHaveLength(2);
    expect(paragraphApart(lines, articleBigrams(departments), articleBigrams(planning), 0)).toBe(true);
    // Two lines, two articles: whichever is the document's best, the other is apart.
    expect(paragraphApart(lines, articleBigrams(planning), articleBigrams(departments), 0)).toBe(true);
    expect(paragraphApart(lines, articleBigrams(planning), articleBigrams(planning), 0)).toBe(false);
    // An article no line prefers to the best is not apart; nor is anything for an article of one line.
    expect(paragraphApart(lines, articleBigrams(other), articleBigrams(planning), 0)).toBe(false);
    expect(paragraphApart(paragraphBigrams('第五条 ' + lower.split('\n')[0]), articleBigrams(departments), articleBigrams(planning), 0)).toBe(false);
    // The margin asks more of the preferring line.
    expect(paragraphApart(lines, articleBigrams(departments), articleBigrams(planning), 0.99)).toBe(false);
  });
});

describe('paragraphApart (selection)', () => {
  // A two-paragraph regulation article: topK 3 and relative 0.4 by the widening; the second candidate (0.6 of the best)
  // is admitted only by the widening and no paragraph's best (no shares), so extraLinksByParagraph refuses it.
  const aligned: AlignedCandidate[] = [
    { higher: 'law#第十一条', doc: 1, score: 0.3 },
    { higher: 'law#第十条', doc: 1, score: 0.18 },
  ];
  const facts = (apart: boolean): SelectionFacts => ({ genre: 'regulation', clauses: 2, shares: () => new Map(), mayBeStrong: () => true, apart: (k) => apart && k === 1 });
  const p = { thresholds: { implements: 0.14, partial: 0.13 }, topK: 2, relative: 0.8 };
  const o = (on: boolean) => ({ ...DEFAULT_LINK_OPTIONS, paragraphApart: on ? PARAGRAPH_APART_MEASURED : null });
  const chosen = (apart: boolean, on: boolean) => selectLinks(aligned, facts(apart), p, o(on)).map((c) => c.higher);

  it('is off by default', () => {
    expect(DEFAULT_LINK_OPTIONS.paragraphApart).toBeNull();
    expect(chosen(true, false)).toEqual(['law#第十一条']);
  });

  it('keeps the refused candidate a line sets apart, and only that one', () => {
    expect(chosen(true, true)).toEqual(['law#第十一条', 'law#第十条']);
    expect(chosen(false, true)).toEqual(['law#第十一条']);
  });

  it('replays from the stored record as the link stage selects (coverage/replay.ts selectStored)', () => {
    const { record } = nearCutRecord('prov#第五条', aligned, facts(true), { partial: 0.13, topK: 3 });
    expect(record.candidates[1].apart).toBe(true);
    expect(selectStored({ ...record }, p, o(true)).map((c) => c.higher)).toEqual(['law#第十一条', 'law#第十条']);
    expect(selectStored({ ...record }, p, o(false)).map((c) => c.higher)).toEqual(['law#第十一条']);
  });
});
