// ingest/read/cjk-score.ts: a right decoding scores high, a wrong one low.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { chooseCjkEncoding, scoreDecoding } from '../../../ingest/read/cjk-score.js';
import { encodable, sample } from './fixtures.js';

describe('scoreDecoding', () => {
  it('scores simplified policy text above 0.8', () => {
    expect(scoreDecoding(sample('003')).score).toBeGreaterThan(0.8);
  });

  it('scores traditional policy text above 0.8', () => {
    expect(scoreDecoding(encodable(sample('002'), 'big5')).score).toBeGreaterThan(0.8);
  });

  it('scores GBK bytes read as Big5 below 0.3', () => {
    expect(scoreDecoding(iconv.decode(iconv.encode(sample('000'), 'gbk'), 'big5')).score).toBeLessThan(0.3);
  });

  it('scores Big5 bytes read as GB18030 below 0.3', () => {
    const big5 = iconv.encode(encodable(sample('002'), 'big5'), 'big5');
    expect(scoreDecoding(iconv.decode(big5, 'gb18030')).score).toBeLessThan(0.3);
  });

  it('counts replacement characters as bad', () => {
    expect(scoreDecoding('科普\uFFFD\uFFFD').bad).toBe(2);
  });
});

describe('chooseCjkEncoding', () => {
  it('picks big5 for Big5 bytes even when told gb18030 is likely', () => {
    const big5 = iconv.encode(encodable(sample('002'), 'big5'), 'big5');
    expect(chooseCjkEncoding(big5, 'gb18030').encoding).toBe('big5');
  });

  it('picks gb18030 for GBK bytes even when told big5 is likely', () => {
    expect(chooseCjkEncoding(iconv.encode(sample('004'), 'gbk'), 'big5').encoding).toBe('gb18030');
  });
});
