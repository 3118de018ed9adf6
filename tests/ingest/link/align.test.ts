// Local alignment: reused wording becomes passages with spans on both sides, clauses in any order,
// boilerplate never counts.
import { describe, expect, it } from 'vitest';
import { alignMeasures, localAlign, prepare } from '../../../ingest/link/align.js';
import { DEFAULT_LINK_OPTIONS } from '../../../ingest/link/options.js';

const s = DEFAULT_LINK_OPTIONS.align;

describe('local alignment', () => {
  it('finds the best local match with a small change inside', () => {
    const a = '我们要深入推进科学传播专家团队建设工作';
    const b = '省科协将推进科学传播专家队伍建设';
    const al = localAlign(a, 0, a.length, b, 0, b.length, s)!;
    expect(a.slice(...al.lower)).toContain('推进科学传播专家');
    expect(b.slice(...al.higher)).toContain('推进科学传播专家');
    expect(al.matched).toBeGreaterThanOrEqual(10);
  });

  it('aligns reordered clauses, each passage pointing at its own text on both sides', () => {
    const higher = prepare('推动流动科技馆区域常态化巡展，开展科普大篷车主题活动。建设农村中学科技馆。', []);
    const lower = prepare('建设农村中学科技馆，推动流动科技馆在全省常态化巡展。', []);
    const passages = alignMeasures(lower, higher, s);
    expect(passages.length).toBe(2);
    const [first, second] = passages;
    expect(higher.text.slice(...first.higher)).toBe('建设农村中学科技馆');
    expect(lower.text.slice(...first.lower)).toBe('建设农村中学科技馆');
    expect(higher.text.slice(...second.higher)).toContain('流动科技馆');
    expect(second.higher[0]).toBeLessThan(first.higher[0]); // reordered
  });

  it('does not count boilerplate or punctuation as reuse', () => {
    const bp = ['以习近平新时代中国特色社会主义思想为指导'];
    const a = prepare('以习近平新时代中国特色社会主义思想为指导，做好工作。', bp);
    const b = prepare('以习近平新时代中国特色社会主义思想为指导，全面推进。', bp);
    expect(alignMeasures(a, b, s)).toEqual([]);
    expect(a.substance).toBe(4);
  });
});
