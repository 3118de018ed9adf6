import { describe, expect, it } from 'vitest';
import { extracted } from '../helpers.js';

const names = (text: string, type: string) =>
  [...new Set(extracted('x.txt', text).mentions.filter((m) => m.type === type).map((m) => m.canonical))];

describe('entities', () => {
  it("reads 省科协 in a provincial plan as that province's 科协", () => {
    expect(names('辽宁省科协2023年科普工作要点\n一、任务\n1.省科协牵头，联合省文明办开展活动。', 'Organisation')).toEqual(
      expect.arrayContaining(['辽宁省科协', '辽宁省文明办']),
    );
  });

  it('maps a full name to its canonical short name', () => {
    expect(names('某方案\n一、任务\n1.中国科学技术协会牵头。', 'Organisation')).toContain('中国科协');
  });

  it('reads 科普中国 and “科普中国”APP as one brand', () => {
    expect(names('某方案\n一、任务\n1.用好“科普中国”APP，打造科普中国品牌。', 'Brand')).toEqual(['科普中国']);
  });

  it('finds a programme not in the lexicon by its suffix', () => {
    expect(names('某方案\n一、任务\n1.深入实施青少年科学素质提升工程。', 'Programme')).toContain('青少年科学素质提升工程');
  });

  it('finds an organisation not in the lexicon by its suffix', () => {
    expect(names('某方案\n一、任务\n1.联合浙江省物理学会举办讲座。', 'Organisation')).toContain('浙江省物理学会');
  });

  it('does not take vague phrases as organisations', () => {
    expect(names('某方案\n一、任务\n1.配合有关部门和社会各方做好工作。', 'Organisation')).toEqual([]);
  });

  it('finds target groups by the lexicon', () => {
    expect(names('某方案\n一、任务\n1.提升青少年、农民和老年人的科学素质。', 'TargetGroup')).toEqual(['青少年', '农民', '老年人']);
  });

  it('keeps the span of every mention pointing at its surface form', () => {
    const { doc, mentions } = extracted('x.txt', '某方案\n一、任务\n1.用好“科普中国”APP。');
    const m = mentions.find((x) => x.canonical === '科普中国')!;
    expect(doc.text.slice(m.span[0], m.span[1])).toBe(m.surface);
  });
});
