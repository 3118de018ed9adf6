import { describe, expect, it } from 'vitest';
import { lagYears } from '../../../web/src/graph/lag.js';

describe('lagYears', () => {
  it('reads a lag of a year or more in years, to one decimal, and leaves a shorter one in days', () => {
    expect(lagYears(8369)).toBe(22.9); // 浙江省实施《献血法》办法 (2020-11-27) after the law of 1997-12-29
    expect(lagYears(1455)).toBe(4);
    expect(lagYears(365)).toBe(1);
    expect(lagYears(364)).toBeNull();
    expect(lagYears(0)).toBeNull();
  });
});
