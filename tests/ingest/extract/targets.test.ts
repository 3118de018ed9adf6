import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../ingest/extract/targets.js';
import { lexicon } from '../helpers.js';

const targets = (text: string) => findTargets(text, { path: '1', span: [0, text.length] }, lexicon);
const fields = (text: string) => targets(text).map((t) => [t.metric, t.comparator, t.value, t.unit]);

describe('numeric targets', () => {
  it('reads 不少于30场 as >= 30 场', () => {
    expect(fields('举办线上线下科技培训不少于30场。')).toEqual([['线上线下科技培训', '>=', 30, '场']]);
  });

  it('reads a percentage with its deadline year', () => {
    const [t] = targets('确保2020年我省公民具备科学素质比例达到10%目标。');
    expect([t.metric, t.comparator, t.value, t.unit, t.year]).toEqual(['公民具备科学素质比例', '=', 10, '%', 2020]);
  });

  it('reads 1万场次以上 as >= 10000 场次', () => {
    expect(fields('全年开展科普活动1万场次以上。')[0].slice(1)).toEqual(['>=', 10000, '场次']);
  });

  it('multiplies out 55万人 to 550000 人 so that values compare across documents', () => {
    expect(fields('APP实名注册人数达到55万人。')[0].slice(2)).toEqual([550000, '人']);
  });

  it('reads 超400万人次 as > 4000000 人次', () => {
    expect(fields('力争全省科技馆年接待观众超400万人次。')[0].slice(1)).toEqual(['>', 4000000, '人次']);
  });

  it('takes the counted thing after the number when only a verb precedes it', () => {
    expect(fields('举办100场科普巡回报告。')[0]).toEqual(['科普巡回报告', '=', 100, '场']);
  });

  it('reads 1-2个 as a range', () => {
    const [t] = targets('争取推出1-2个科普品牌。');
    expect([t.value, t.valueMax]).toEqual([1, 2]);
  });

  it('does not take an ordinal such as 第35届 as a target', () => {
    expect(targets('组织参加第35届全国青少年科技创新大赛。')).toEqual([]);
  });

  it('does not take a radio frequency such as FM91.6 as a target', () => {
    expect(targets('在吉林交通广播FM91.6开设专栏。')).toEqual([]);
  });

  it('does not take a date or an anniversary as a target', () => {
    expect(targets('2024年是新中国成立75周年，3月12日召开会议。')).toEqual([]);
  });

  it('does not take a count of what was already done as a target', () => {
    expect(targets('截至目前已建成科普基地120个。')).toEqual([]);
  });

  it('gives a target the span of its sentence fragment', () => {
    const text = '要求：举办培训不少于30场。';
    const [t] = targets(text);
    expect(text.slice(t.span[0], t.span[1])).toBe('举办培训不少于30场');
  });
});
