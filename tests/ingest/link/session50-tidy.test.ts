// Session 50 (helper tidy): the item markers the link rules read come from one module (ingest/link/item-marks.ts), in the
// variants the rules need: a marker opening a line in either bracket of either width, every marker in a line with a
// matched pair of brackets or an arabic number after ：；。.
import { describe, expect, it } from 'vitest';
import { ITEM_MARKS, ITEM_OPENING, ITEM_OPENING_SPACED } from '../../../ingest/link/item-marks.js';
import { taskItems } from '../../../ingest/link/body-tasks.js';
import { lowerItems } from '../../../ingest/link/item-best.js';
import { paragraphClauses } from '../../../ingest/link/clauses.js';

describe('item markers (item-marks.ts)', () => {
  it('a line opens on （一）, (三) or a mixed pair', () => {
    for (const line of ['（一）制定本市公共图书馆发展规划', '(三)建设、维护和管理公共图书馆通借通还服务网络', '（六)推动公共图书馆数字化建设']) {
      expect(ITEM_OPENING.test(line)).toBe(true);
    }
    expect(ITEM_OPENING.test('本市公共图书馆（一）')).toBe(false);
    expect(ITEM_OPENING_SPACED.test('  （二）组织开展阅读推广活动')).toBe(true);
    expect(ITEM_OPENING.test('  （二）组织开展阅读推广活动')).toBe(false);
  });

  it('every marker of a line: matched brackets anywhere, 1、 after a colon', () => {
    const marks = (s: string) => [...s.matchAll(ITEM_MARKS)].map((m) => m.index);
    expect(marks('承担以下工作：（一）收集文献；（二）提供服务')).toEqual([7, 15]);
    expect(marks('主要任务：1、完善设施；2、开展活动')).toEqual([5, 12]);
    // a stray half bracket inside a sentence is no marker
    expect(marks('按照（一)项规定执行')).toEqual([]);
  });

  it('the rules read the shared markers: a task list, the items of a lower article, its clauses', () => {
    const article = '第十条 上海图书馆承担以下工作：\n（一）收集、整理和保存文献信息资源；\n(三)建设、维护和管理公共图书馆通借通还服务网络；';
    expect(taskItems(article, /承担以下工作：$/)).toEqual(['收集、整理和保存文献信息资源；', '建设、维护和管理公共图书馆通借通还服务网络；']);
    const text = '第十条 县级以上人民政府履行下列职责：（一）制定公共图书馆发展规划；（二）建设公共图书馆服务网络。';
    const items = lowerItems(text);
    expect(items.map((i) => text.slice(i.start, i.end))).toEqual(['县级以上人民政府履行下列职责：', '（一）制定公共图书馆发展规划；', '（二）建设公共图书馆服务网络。']);
    const clauses = paragraphClauses('第十条 图书馆履行下列职责：\n（一）收集、整理和保存文献信息资源', { cut: 'sentences', minBigrams: 4 });
    expect(clauses.some((c) => c.text.startsWith('收集'))).toBe(true);
  });
});
