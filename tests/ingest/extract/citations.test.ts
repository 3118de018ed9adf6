import { describe, expect, it } from 'vitest';
import { extracted } from '../helpers.js';

const plan = (body: string) => extracted('x.txt', `某省科协2023年科普工作要点\n一、总体要求\n${body}`);

describe('cited documents', () => {
  it('reads a nested title 《…〈…〉…》 as one cited document', () => {
    const { citations } = plan('1.落实《关于印发〈某省全民科学素质行动规划纲要实施方案〉的通知》要求。');
    expect(citations.map((c) => c.title)).toEqual(['关于印发《某省全民科学素质行动规划纲要实施方案》的通知']);
  });

  it('resolves an abbreviation defined in the text to the full title', () => {
    const { citations } = plan('1.贯彻《关于新时代进一步加强科学技术普及工作的意见》（以下简称《意见》）。\n2.把学习《意见》列入培训课程。');
    expect(citations.map((c) => [c.title, c.via])).toEqual([
      ['关于新时代进一步加强科学技术普及工作的意见', 'title'],
      ['关于新时代进一步加强科学技术普及工作的意见', 'abbreviation'],
    ]);
  });

  it('takes the organisations named before a title as its issuers', () => {
    const { citations } = plan('1.学习中共中央办公厅、国务院办公厅《关于新时代进一步加强科学技术普及工作的意见》。');
    expect(citations[0].issuers).toEqual(['中共中央办公厅', '国务院办公厅']);
  });

  it('takes a 《》 that names a newspaper column as a brand, not a document', () => {
    const { citations, mentions } = plan('1.与日报合办《求证·科学》专栏30期。');
    expect(citations).toEqual([]);
    expect(mentions.find((m) => m.canonical === '求证·科学')?.type).toBe('Brand');
  });
});
