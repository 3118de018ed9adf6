// The verdict confusion `npm run eval` prints per set: each gold link by its grade (strong, weak) and
// our verdict (implements, partial, none), and each predicted link that is not in the gold.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../graph-schema/index.js';
import { formatConfusion, scoreLinks, type GoldLinks } from './links.js';

const doc = (key: string, file: string) => ({ key, attributes: { type: 'Document', sources: [`corpus/${file}`] } });
const measure = (doc: string, path: string) => ({ key: `${doc}#${path}`, attributes: { type: 'Measure', docId: doc, path } });
const link = (lower: string, higher: string, verdict: 'implements' | 'partial') => ({
  key: `IMPLEMENTS|${lower}|${higher}`, source: lower, target: higher,
  attributes: { type: 'IMPLEMENTS', verdict, score: 0.5, evidence: { passages: [], sharedEntities: [], signals: { reuse: 0, text: 0.5, entities: 0 } } },
});

describe('verdict confusion', () => {
  const arts = ['第一条', '第二条', '第三条', '第四条', '第五条'];
  const snapshot = {
    nodes: [doc('L', 'low.md'), doc('H', 'high.md'), doc('X', 'other.md'), ...arts.map((a) => measure('L', a)), ...arts.map((a) => measure('H', `第一章/${a}`)), measure('X', '第一条')],
    edges: [
      link('L#第一条', 'H#第一章/第一条', 'implements'), // gold strong, ours implements
      link('L#第二条', 'H#第一章/第二条', 'partial'), // gold strong, ours partial
      link('L#第三条', 'H#第一章/第三条', 'implements'), // gold weak, ours implements
      link('L#第四条', 'H#第一章/第五条', 'partial'), // not a link
      link('L#第五条', 'X#第一条', 'implements'), // outside the annotated pairs: not counted
    ],
  } as unknown as Snapshot;
  const gold: GoldLinks = {
    pairs: [{ lower: 'low.md', higher: 'high.md' }],
    links: [
      { lower: 'low.md#第一条', higher: 'high.md#第一章/第一条', strength: 'strong', why: '' },
      { lower: 'low.md#第二条', higher: 'high.md#第二条', strength: 'strong', why: '' },
      { lower: 'low.md#第三条', higher: 'high.md#第一章/第三条', strength: 'weak', why: '' },
      { lower: 'low.md#第四条', higher: 'high.md#第一章/第四条', strength: 'weak', why: '' },
      { lower: 'low.md#第五条', higher: 'high.md#第一章/第五条', strength: 'strong', why: '' },
    ],
    unlinked: [],
    issuerOnly: [],
  };

  it('counts each gold link by its grade and our verdict, and each predicted link not in the gold', () => {
    const s = scoreLinks(gold, snapshot);
    expect(s.confusion).toEqual({
      strong: { implements: 1, partial: 1, none: 1 },
      weak: { implements: 1, partial: 0, none: 1 },
      notALink: { implements: 0, partial: 1 },
    });
    // The rows add up to the scores: found gold links are TP, the rest FN, not-a-link FP.
    const { strong, weak, notALink } = s.confusion;
    expect(strong.implements + strong.partial + weak.implements + weak.partial).toBe(s.tp);
    expect(strong.none + weak.none).toBe(s.fn);
    expect(notALink.implements + notALink.partial).toBe(s.fp);
  });

  it('prints one row per gold grade under the three verdicts', () => {
    const lines = formatConfusion(scoreLinks(gold, snapshot).confusion);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/implements\s+partial\s+none$/);
    expect(lines[1]).toMatch(/gold strong\s+1\s+1\s+1$/);
    expect(lines[3]).toMatch(/not a link\s+0\s+1\s+—$/);
  });
});
