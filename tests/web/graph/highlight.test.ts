import { describe, expect, it } from 'vitest';
import { localRange, segmentText, sentenceAround, sentencesWith } from '../../../web/src/graph/index.js';

const text = '一是加强科普。二是建设科学辟谣平台；三是动员科技工作者！\n四是其他';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe('sentenceAround', () => {
  it('cuts at 。 and keeps the closing delimiter', () => {
    const b = sentenceAround(text, at('科普').start, at('科普').end);
    expect(text.slice(b.start, b.end)).toBe('一是加强科普。');
  });

  it('cuts at ； and ！', () => {
    const b = sentenceAround(text, at('科技工作者').start, at('科技工作者').end);
    expect(text.slice(b.start, b.end)).toBe('三是动员科技工作者！');
  });

  it('cuts at a line break without keeping it', () => {
    const b = sentenceAround(text, at('其他').start, at('其他').end);
    expect(text.slice(b.start, b.end)).toBe('四是其他');
  });
});

describe('localRange', () => {
  it('rebases a document span onto the measure text', () => {
    expect(localRange([105, 108], 100, 50, { kind: 'Brand' })).toEqual({ start: 5, end: 8, kind: 'Brand' });
  });

  it('drops a span outside the measure', () => {
    expect(localRange([10, 20], 100, 50, { kind: 'Brand' })).toBeNull();
  });
});

describe('segmentText', () => {
  it('splits text into plain and highlighted pieces that join back to the text', () => {
    const segs = segmentText(text, [{ ...at('科学辟谣平台'), kind: 'Programme' }]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.range).map((s) => s.text)).toEqual(['科学辟谣平台']);
  });

  it('gives overlapping characters to the range that starts first', () => {
    const segs = segmentText('科普中国进校园', [
      { start: 2, end: 7, kind: 'Programme' },
      { start: 0, end: 4, kind: 'Brand' },
    ]);
    expect(segs.map((s) => [s.text, s.range?.kind])).toEqual([
      ['科普中国', 'Brand'],
      ['进校园', 'Programme'],
    ]);
  });
});

describe('sentencesWith', () => {
  it('returns each sentence once with all its highlights, in text order', () => {
    const sentences = sentencesWith(text, [
      { ...at('科技工作者'), kind: 'TargetGroup' },
      { ...at('科学辟谣'), kind: 'Programme' },
      { ...at('平台'), kind: 'Programme' },
    ]);
    expect(sentences.map((s) => s.map((x) => x.text).join(''))).toEqual(['二是建设科学辟谣平台；', '三是动员科技工作者！']);
    expect(sentences[0].filter((s) => s.range).map((s) => s.text)).toEqual(['科学辟谣', '平台']);
  });
});
