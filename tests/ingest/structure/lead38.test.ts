// Session 38 (lead): every chapter after the last numbered one printed as a bare title (the law mirror's 未成年人网络保护条例:
// 第一章 总则 numbered, then 网络素养促进 … 法律责任, 附则 as bare lines; 16 of the mirror's 3,385 texts). Texts of my own
// making; the guards check that a lone line, and a section's title under a chapter's, are left as they are.
import { describe, expect, it } from 'vitest';
import { chaptersOf as chapters, lawOf, unitText as textOf } from '../helpers.js';

const law = lawOf('某某条例');

describe('chapters after the last numbered one printed as bare titles', () => {
  it('opens them in order, and the articles go under them', () => {
    const doc = law(
      '第一章　总则\n\n第一条　为了规范管理，制定本条例。\n\n网络素养促进\n\n第二条　应当开展教育。\n\n信息内容规范\n\n第三条　应当规范内容。\n\n' +
        '法律责任\n\n第四条　违反本条例的，依法处理。\n\n附　则\n\n第五条　本条例自公布之日起施行。',
    );
    expect(chapters(doc)).toEqual(['第一章 总则', '第二章 网络素养促进', '第三章 信息内容规范', '第四章 法律责任', '第五章 附则']);
    expect(doc.units.map((u) => u.path)).toContain('第四章/第四条');
    expect(textOf(doc, '第一章/第一条')).not.toContain('网络素养促进');
  });

  it('leaves one bare line other than 附则 as it is', () => {
    const doc = law('第一章　总则\n\n第一条　为了规范管理，制定本条例。\n\n法律责任\n\n第二条　违反本条例的，依法处理。');
    expect(chapters(doc)).toEqual(['第一章 总则']);
  });

  it('leaves them as they are when a title line follows another (a section\'s title under a chapter\'s)', () => {
    const doc = law(
      '第一章　总则\n\n第一条　为了规范管理，制定本条例。\n\n新业态培育\n\n文化旅游\n\n第二条　应当发展文化旅游。\n\n乡村旅游\n\n第三条　应当发展乡村旅游。',
    );
    expect(chapters(doc)).toEqual(['第一章 总则']);
  });
});
