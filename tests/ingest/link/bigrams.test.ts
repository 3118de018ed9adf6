// Character bigrams beside the words (options.bigramWords): a provincial article that restates
// its higher article in other cuts of the same terms (表彰奖励 / 表彰、奖励) shares no segmented
// word with it, but shares its character bigrams.
import { describe, expect, it } from 'vitest';
import { withBigrams } from '../../../ingest/link/index.js';
import { linkMeasures, type LinkUnit } from '../../../ingest/link/implements.js';
import { ARTICLE_LABEL, DEFAULT_LINK_OPTIONS, linkOptions } from '../../../ingest/link/options.js';

const higherText = '有关的人民政府、司法行政部门应当给予表彰、奖励。';
const lowerText = '县级以上人民政府应当表彰奖励有突出贡献的单位。';
// As a segmenter may cut them: no word in common.
const higherWords = ['有关', '人民政府', '司法行政部门', '给予', '表彰', '奖励'];
const lowerWords = ['县级', '以上', '人民政府应当', '表彰奖励', '突出贡献', '单位'];

const unit = (id: string, docIndex: number, text: string, words: string[]): LinkUnit => ({
  id, docIndex, offset: 0, text, entities: new Set(), words, genre: 'regulation',
});

describe('bigram words', () => {
  it('adds the bigrams of each run of Chinese characters, never across punctuation, marked apart from words', () => {
    expect(withBigrams(['表彰'], '表彰、奖励', true)).toEqual(['表彰', '·表彰', '·奖励']);
    expect(withBigrams(['表彰'], '表彰、奖励', false)).toEqual(['表彰']);
    expect(withBigrams([], '第3条 甲', true)).toEqual([]);
  });

  it('let a restatement in other cuts of the same terms be scored, where words alone find nothing', () => {
    const o = linkOptions({ genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.9, partial: 0.01 }, pairIdf: false } } });
    const link = (add: boolean) =>
      linkMeasures(
        [unit('h', 0, higherText, withBigrams(higherWords, higherText, add)), unit('l', 1, lowerText, withBigrams(lowerWords, lowerText, add))],
        (l, h) => l === 1 && h === 0,
        [],
        o,
      );
    expect(link(false)).toEqual([]);
    const [found] = link(true);
    expect(found).toMatchObject({ lower: 'l', higher: 'h' });
    expect(found.signals.text).toBeGreaterThan(0.1);
  });

  it('leave out the article’s own number when asked (bigramLabel), not a number it cites', () => {
    const label = new RegExp(ARTICLE_LABEL);
    expect(withBigrams([], '第七条 国家鼓励捐助。', true, label)).toEqual(['·国家', '·家鼓', '·鼓励', '·励捐', '·捐助']);
    expect(withBigrams([], '第十条之一 依照本条例第十条', true, label)).toEqual(['·依照', '·照本', '·本条', '·条例', '·例第', '·第十', '·十条']);
    expect(withBigrams([], '第七条 国家鼓励捐助。', true)).toContain('·七条');
  });

  it('without the label, two articles that share only their number are not linked', () => {
    const label = new RegExp(ARTICLE_LABEL);
    const o = linkOptions({ genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.9, partial: 0.01 }, pairIdf: false } } });
    const [h, l] = ['第七条 国家鼓励社会捐助。', '第七条 公民见义勇为的，可以申请援助。'];
    const link = (re?: RegExp) => linkMeasures([unit('h', 0, h, withBigrams([], h, true, re)), unit('l', 1, l, withBigrams([], l, true, re))], (a, b) => a === 1 && b === 0, [], o);
    expect(link()).toHaveLength(1);
    expect(link(label)).toEqual([]);
  });

  it('are on for regulations by default, off for plans', () => {
    expect(DEFAULT_LINK_OPTIONS.bigramWords).toEqual(['regulation']);
  });
});
