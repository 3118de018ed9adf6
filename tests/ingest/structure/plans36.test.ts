// Session 36 (plans): structure rules read on a scan of the law mirror (scripts/structure-scan.ts): several chapters' 第X章
// lost in one gap of the numbering with their title lines kept, and an attachment printed after a law's last article.
// Texts of my own making; the guards check nothing else moves.
import { describe, expect, it } from 'vitest';
import { chaptersOf as chapters, lawOf, structured, unitText as textOf } from '../helpers.js';

const law = lawOf('某某市某某条例');

describe('several chapters lost in one gap of the numbering', () => {
  it('opens them in order at as many bare title lines', () => {
    const doc = law(
      '第一章　总则\n第一条　为了规范管理，制定本条例。\n第二章　规划\n第二条　应当编制规划。\n建设管理\n第三条　应当依法建设。\n' +
        '运行维护\n第四条　应当定期维护。\n第五章　法律责任\n第五条　违反本条例的，依法处理。',
    );
    expect(chapters(doc)).toEqual(['第一章 总则', '第二章 规划', '第三章 建设管理', '第四章 运行维护', '第五章 法律责任']);
    expect(doc.units.map((u) => u.path)).toContain('第四章/第四条');
  });

  it('numbers from 第二章 when 第一章 is lost with nothing in its place, the first articles under 第一章', () => {
    const doc = law('第一条　为了规范管理，制定本条例。\n项目立项\n第二条　应当依法立项。\n第三章　投资计划\n第三条　应当编制计划。');
    expect(chapters(doc).map((c) => c.split(' ')[0])).toEqual(['第一章', '第二章', '第三章']);
    expect(doc.units.map((u) => u.path)).toEqual(['第一章', '第一章/第一条', '第二章', '第二章/第二条', '第三章', '第三章/第三条']);
  });

  it('leaves a gap alone when the title lines and the chapters lost differ in number', () => {
    const doc = law('第一章　总则\n第一条　为了规范管理，制定本条例。\n建设管理\n第二条　应当依法建设。\n第五章　法律责任\n第三条　违反本条例的，依法处理。');
    expect(chapters(doc)).toEqual(['第一章 总则', '第五章 法律责任']);
  });
});

describe('an attachment after the last article', () => {
  it('is no text of that article', () => {
    for (const line of ['附件：', '附件', '附表一', '附 件:', '附件：1、某某操作规程']) {
      const doc = law(`第一条　为了规范管理，制定本条例。\n第二条　本条例自公布之日起施行。\n${line}\n某某收费标准表\n每件收费100元`);
      expect(textOf(doc, '第二条').replace(/\s/g, '')).toBe('第二条本条例自公布之日起施行。');
      expect(doc.units.map((u) => u.path)).toEqual(['第一条', '第二条']);
    }
  });

  it('leaves an article that mentions an attachment, an attachment before articles and a plan alone', () => {
    const mention = law('第一条　为了规范管理，制定本条例。\n第二条　收费标准见附件。\n本条例自公布之日起施行。');
    expect(textOf(mention, '第二条')).toContain('本条例自公布之日起施行');
    const before = law('第一条　为了规范管理，制定本条例。\n附件：\n某某表\n第二条　本条例自公布之日起施行。\n另行规定');
    expect(textOf(before, '第二条')).toContain('另行规定');
    const plan = structured('x.txt', '某某市某某实施方案\n\n一、总体要求\n做好某某工作。\n二、保障措施\n加强领导。\n附件：\n某某任务清单');
    expect(textOf(plan, '二')).toContain('某某任务清单');
  });
});
