import { describe, expect, it } from 'vitest';
import { jiebaNtOrganisations, jiebaNtWords } from '../../../ingest/extract/baseline.js';
import { extracted } from '../helpers.js';

// Sentences written for this test, in the style of a regulation.
const TEXT = '省人民政府应当支持共产主义青年团开展工作。浙江省民政厅负责组织实施本条例。';

describe('jieba nt baseline', () => {
  it('returns the words jieba itself tags as organisations, with their spans', () => {
    const words = jiebaNtWords(TEXT);
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(TEXT.slice(w.span[0], w.span[1])).toBe(w.word);
    expect(words.map((w) => w.word)).toContain('共产主义青年团');
  });

  it('does not see the project lexicon, even after the extractor ran in the same process', () => {
    const before = jiebaNtOrganisations('依托吉林省科协大讲堂开展宣传。');
    extracted('x.txt', '某方案\n一、任务\n1.依托吉林省科协大讲堂开展宣传。');
    const after = jiebaNtOrganisations('依托吉林省科协大讲堂开展宣传。');
    // 科协 is an nt word only in the project's dictionary.
    expect(after).toEqual(before);
    expect(after).not.toContain('科协');
  });

  it('gives each name once per text', () => {
    const names = jiebaNtOrganisations('共产主义青年团和共产主义青年团');
    expect(names).toEqual(['共产主义青年团']);
  });

  it('leaves the extractor working after it ran', () => {
    jiebaNtWords(TEXT);
    const { mentions } = extracted('x.txt', '某方案\n一、任务\n1.吉林省科协牵头。');
    expect(mentions.map((m) => m.canonical)).toContain('吉林省科协');
  });
});
