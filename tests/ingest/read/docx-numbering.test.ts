// ingest/read/docx-numbering.ts: counters written the way Word draws them.
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../ingest/read/docx-numbering.js';

describe('formatNumber', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'],
    [35, 'chineseCountingThousand', '三十五'],
    [105, 'chineseCounting', '一百零五'],
    [3, 'decimalEnclosedCircle', '③'],
    [2, 'ideographTraditional', '乙'],
    [4, 'upperRoman', 'IV'],
    [27, 'lowerLetter', 'aa'],
    [12, 'decimalFullWidth', '１２'],
    [7, 'somethingNew', '7'],
  ])('writes %i in %s as %s', (n, fmt, expected) => {
    expect(formatNumber(n, fmt)).toBe(expected);
  });
});
