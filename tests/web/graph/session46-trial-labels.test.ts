// Session 46 trial: on the 促进科技成果转化 family's home graph a measure's label ran over the law's, and the 北京 and
// 上海 document nodes had no label (sigma's grid gave their cells to measures with more links). label-layout.ts
// draws documents first and no label over another.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alternativeBoxes, chooseLabels, chooseLabelsPlain, labelBox, type LabelCandidate } from '../../../web/src/views/label-layout.js';

const cand = (key: string, x: number, y: number, width: number, over: Partial<LabelCandidate> = {}): LabelCandidate => ({
  key,
  ...labelBox(x, y, 5, 12, width),
  forced: false,
  first: false,
  size: 5,
  ...over,
});

describe('chooseLabels', () => {
  it('keeps a document’s label over a bigger measure’s that would cover it', () => {
    const law = cand('doc:中华人民共和国促进科技成果转化法', 100, 100, 200, { first: true, size: 4 });
    const measure = cand('doc:上海…#第二章/第八条', 150, 104, 300, { size: 9 });
    expect(chooseLabels([measure, law]).map((c) => c.key)).toEqual([law.key]);
  });
  it('draws labels that do not meet, and none over another', () => {
    const a = cand('a', 0, 0, 100, { size: 9 });
    const b = cand('b', 0, 40, 100, { size: 8 });
    const c = cand('c', 50, 5, 100, { size: 7 });
    const kept = chooseLabels([a, b, c]);
    expect(kept.map((k) => k.key)).toEqual(['a', 'b']);
  });
  it('draws a forced label whatever it meets (a lit neighbourhood), and keeps others off it', () => {
    const f = cand('f', 0, 0, 100, { forced: true, size: 1 });
    const d = cand('d', 10, 0, 100, { first: true });
    expect(chooseLabels([d, f]).map((k) => k.key)).toEqual(['f']);
  });
});

describe('chooseLabels at scale (the cells of LABEL_CELL)', () => {
  it('keeps exactly the labels the plain every-kept-label test keeps, on random screens', () => {
    const box = fc.record({
      x: fc.integer({ min: -150, max: 1500 }),
      y: fc.integer({ min: -50, max: 950 }),
      width: fc.integer({ min: 10, max: 400 }),
      size: fc.integer({ min: 1, max: 20 }),
      forced: fc.boolean(),
      first: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 300 }), (boxes) => {
        const cands = boxes.map((b, i) => {
          const c = cand(`n${i}`, b.x, b.y, b.width, { size: b.size, forced: b.forced && i % 7 === 0, first: b.first });
          return b.first ? { ...c, alternatives: alternativeBoxes(c, 5, 12) } : c;
        });
        const place = (c: LabelCandidate) => `${c.key}@${c.x0},${c.y0}`;
        expect(chooseLabels(cands).map(place)).toEqual(chooseLabelsPlain(cands).map(place));
      }),
      { numRuns: 200 },
    );
  });
});

describe('a document label whose place is taken', () => {
  it('moves left of its node (then above, below) instead of going undrawn: two documents side by side both labelled', () => {
    // 上海's label right of its node runs over 山东's node and label place (the merged trial graph of session 46).
    const shanghai = cand('doc:上海', 100, 100, 150, { first: true, size: 8 });
    const shandongBox = cand('doc:山东', 240, 104, 150, { first: true, size: 7 });
    const shandong = { ...shandongBox, alternatives: alternativeBoxes(shandongBox, 5, 12) };
    const kept = chooseLabels([shanghai, shandong]);
    expect(kept.map((k) => k.key)).toEqual(['doc:上海', 'doc:山东']);
    const moved = kept[1]!;
    expect([moved.x0, moved.y0]).not.toEqual([shandongBox.x0, shandongBox.y0]);
    const meet = (a: LabelCandidate, b: LabelCandidate) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    expect(meet(kept[0]!, moved)).toBe(false);
    expect(chooseLabels([shanghai, shandongBox]).map((k) => k.key)).toEqual(['doc:上海']);
  });
});
