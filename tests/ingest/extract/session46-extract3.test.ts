import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Session 46, helper extract3: the science-and-innovation genre, third set (issue 13). Each sentence is a real one of the
// development set tests/real/innovation3 (上海 促进农业科技进步 2024, 河南 促进高新技术产业发展 2011), put in a made-up regulation.
// The option rules fail with their option off; the lexicon rules (designations.txt) fail with their line taken out.
const law = (...articles: string[]) => regulation('某某省促进科技进步条例', ...articles);
const programmes = (text: string, options = {}) => names('Programme', text, options);

describe('designations a firm applies for or is certified as (lawAppliedDesignations; designations.txt unitApply, 专精特新)', () => {
  it('reads each marked unit a firm applies for', () => {
    const text = law('鼓励符合条件的涉农科技型企业申报高新技术企业、专精特新中小企业。');
    expect(programmes(text)).toEqual(expect.arrayContaining(['高新技术企业', '专精特新中小企业']));
    expect(programmes(text, { lawAppliedDesignations: false })).not.toContain('高新技术企业');
  });
  it('reads the unit a body certifies (对…进行认定)', () => {
    const text = law('省科技部门应当会同省财政、税务部门对高新技术企业进行认定(复审)。');
    expect(programmes(text)).toContain('高新技术企业');
    expect(programmes(text, { lawAppliedDesignations: false })).not.toContain('高新技术企业');
  });
  it('reads the unit named after 认定 as a condition', () => {
    const text = law('县级以上人民政府应当把科技开发费用投入和技术创新能力作为企业申请政府科技经费支持和认定高新技术企业的条件。');
    expect(programmes(text)).toContain('高新技术企业');
    expect(programmes(text, { lawAppliedDesignations: false })).not.toContain('高新技术企业');
  });
  it('leaves a unit named by no mark, or one that goes on into a longer noun, out', () => {
    expect(programmes(law('申报单位应当如实提交申报材料。'))).toEqual([]);
    expect(programmes(law('鼓励社会力量申请认定科技企业孵化器。'))).not.toContain('科技企业');
  });
});
