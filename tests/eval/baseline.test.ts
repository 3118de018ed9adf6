// The trivial baselines: jieba's own tags in a process of its own, scored like the extractor.
import { describe, expect, it } from 'vitest';
import { runBaseline } from './baseline.js';
import { belowFloors, FLOOR_KEYS, type FloorKey } from './floors.js';

describe('baseline', () => {
  const [names] = runBaseline([
    '国务院和中央军事委员会领导全国的国防教育工作。工会、共产主义青年团协助人民政府开展国防教育，对学生、职工和民兵进行教育，开展“科技之冬”活动。',
  ]);

  it("takes jieba's own nt words as organisations", () => {
    expect(names!.Organisation).toEqual(expect.arrayContaining(['国务院', '中央军事委员会']));
  });
  it('takes nouns ending in a person character as target groups', () => {
    expect(names!.TargetGroup).toEqual(expect.arrayContaining(['学生', '职工', '民兵']));
    expect(names!.TargetGroup).not.toContain('国防教育');
  });
  it('takes quoted spans as programmes', () => {
    expect(names!.Programme).toContain('科技之冬');
  });
  it('gives one result per text, empty for an empty text', () => {
    expect(runBaseline(['', '国务院']).map((n) => n.Organisation.length > 0)).toEqual([false, true]);
  });
});

describe('floors', () => {
  const got = Object.fromEntries(FLOOR_KEYS.map((k) => [k, 0.5])) as Record<FloorKey, number>;
  it('checks only the categories a floors file names', () => {
    expect(belowFloors({ Organisation: 0.6 }, got)).toEqual(['Organisation 0.50 < 0.6']);
    expect(belowFloors({ Organisation: 0.4, measures: 0.5 }, got)).toEqual([]);
  });
});
