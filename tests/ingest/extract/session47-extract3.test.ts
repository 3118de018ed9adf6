import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Session 47, helper extract3: innovation3's leftovers of a general kind (issue 13). Each sentence is a real one of a development
// set (tests/real/innovation3: 北京 国际科技创新中心 2024, 上海 促进农业科技进步 2024) or of the free mirror (宁波 法制宣传教育 2010), put in a
// made-up regulation of a real city. Each rule fails with its option off.
const law = (...articles: string[]) => regulation('北京市促进科技创新条例', ...articles);
const groups = (text: string, options = {}) => names('TargetGroup', text, options);

describe('a post’s rank word before a population noun (groupPostTitles, group-posts.txt)', () => {
  it('reads no scientists in 首席科学家', () => {
    const text = law('探索专家推荐制、首席科学家负责制、定向委托制等项目遴选方式。', '外籍创新人才可以按照规定担任本市重大科研项目主持人或者首席科学家。');
    expect(groups(text)).not.toContain('科学家');
    expect(groups(text, { groupPostTitles: false })).toContain('科学家');
  });
  it('keeps the population without the rank word', () => {
    expect(groups(law('本市依托国家实验室培养引进战略科学家。'))).toContain('战略科学家');
  });
});

describe('students named by their field of study (fieldStudents, field-students.txt)', () => {
  it('reads the field, 专业 and the head as one group', () => {
    const text = law('本市按照规定减免高等学校和中等职业学校种植、养殖等涉农专业学生的学费。', '鼓励法学专家、法律工作者、法律专业学生等以多种方式参与法制宣传教育活动。');
    expect(groups(text)).toEqual(expect.arrayContaining(['涉农专业学生', '法律专业学生']));
    expect(groups(text)).not.toContain('学生');
    expect(groups(text, { fieldStudents: false })).not.toContain('涉农专业学生');
  });
  it('reads no field in a determiner before 专业', () => {
    expect(groups(law('相关专业学生可以参加实习。'))).not.toContain('相关专业学生');
  });
});

describe('a reserve of talent keeps its field before 后备 (reserveTalentField)', () => {
  it('reads the field whole, a verb after a noun or a verbal noun', () => {
    const text = law('坚持创新人才培养与基础教育相结合，支持开展科技实践活动，培养科技创新后备人才。', '国家加强体育训练，培养竞技体育后备人才。');
    expect(groups(text)).toEqual(expect.arrayContaining(['科技创新后备人才', '竞技体育后备人才']));
    expect(groups(text, { reserveTalentField: false })).not.toContain('科技创新后备人才');
    expect(groups(text, { reserveTalentField: false })).not.toContain('竞技体育后备人才');
  });
  it('reads no group in a bare reserve after a verb', () => {
    expect(groups(law('培养后备人才。'))).toEqual([]);
  });
});
