// Session 39: where the cascade opens scrolled (openingScrollLeft): the root whole, and as many other boxes whole as
// fit right of the band names' strip; on a tie the fewest cut, then nearest the offset centring the root.
import { describe, expect, it } from 'vitest';
import { openingScrollLeft, type BoxLayout } from '../../web/src/graph/cascade-layout.js';

const box = (id: string, x: number): BoxLayout => ({ doc: { id } as BoxLayout['doc'], x, y: 0, width: 250, height: 60, rows: new Map() });
// Five columns 500 px apart, as a law's cascade with two earlier and two later implementers.
const layout = { width: 2600, boxes: [box('a', 200), box('b', 700), box('root', 1200), box('c', 1700), box('d', 2200)] };

describe('openingScrollLeft', () => {
  it('shows the root and the most boxes that fit beside it, not the root centred with its neighbours cut', () => {
    const view = 1100;
    const gutter = 92;
    const left = openingScrollLeft(layout, 'root', view, gutter);
    const whole = layout.boxes.filter((b) => b.x >= left + gutter && b.x + b.width <= left + view).map((b) => b.doc.id);
    expect(whole).toContain('root');
    expect(whole).toHaveLength(2);
    // Centred on the root, the view (1200 + 125 − 596 = 729) holds the root alone, its two neighbours cut.
    const centred = 1200 + 125 - (gutter + view) / 2;
    expect(layout.boxes.filter((b) => b.x >= centred + gutter && b.x + b.width <= centred + view)).toHaveLength(1);
  });

  it('is 0 when the diagram fits, and keeps the root whole in a narrow view', () => {
    expect(openingScrollLeft(layout, 'root', 3000, 92)).toBe(0);
    const left = openingScrollLeft(layout, 'root', 400, 92);
    expect(1200 >= left + 92 && 1450 <= left + 400).toBe(true);
  });
});
