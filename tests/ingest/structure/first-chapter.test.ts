// A law's text that lost its 第一章 heading (the law mirror drops a Markdown heading now and then; tests/real/README.md):
// its first articles belong to 第一章, as the real set's gold reads them. What a reader checks: the articles' paths, a
// 第一章 unit holding them (no text of its own: the text has no such line), and that nothing else moves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../ingest/read/markdown.js';
import { structured } from '../helpers.js';

const REAL = join(import.meta.dirname, '../../real/corpus');
const real = (file: string) => structured(file, markdownToText(readFileSync(join(REAL, file), 'utf8')));
const paths = (doc: ReturnType<typeof structured>) => doc.units.map((u) => u.path);

const law = (body: string) => structured('x.txt', `某某省某某条例\n\n${body}`);

describe('a lost chapter heading', () => {
  it('puts the articles before 第二章 under 第一章 on the mirror texts that lost it', () => {
    for (const file of ['山东省志愿服务条例(2021-12-03).md', '浙江省实施《农业技术推广法》办法(2020-09-24).md']) {
      const doc = real(file);
      const p = paths(doc);
      expect(p).toContain('第一章/第一条');
      expect(p).not.toContain('第一条');
      const chapter = doc.units.find((u) => u.path === '第一章')!;
      expect(chapter.kind).toBe('chapter');
      expect(chapter.name).toBe('第一章');
      expect(chapter.span[0]).toBe(chapter.span[1]);
      expect(doc.units.find((u) => u.path === '第一章/第一条')!.parent).toBe('第一章');
      expect(p.some((x) => x.startsWith('第二章/'))).toBe(true);
    }
  });

  it('leaves a text alone whose first chapter is 第一章, or whose first articles are not from 第一条', () => {
    const whole = law('第一章　总则\n第一条　为了规范管理，制定本条例。\n第二章　管理\n第二条　应当依法管理。');
    expect(paths(whole)).toEqual(['第一章', '第一章/第一条', '第二章', '第二章/第二条']);
    const excerpt = law('第五条　应当依法管理。\n第二章　管理\n第六条　应当依法管理。');
    expect(paths(excerpt)).toEqual(['第五条', '第二章', '第二章/第六条']);
  });

  it('does not guess where a lost chapter after the first begins', () => {
    const doc = law('第一章　总则\n第一条　为了规范管理，制定本条例。\n第二条　应当依法管理。\n第三章　附则\n第三条　本条例自公布之日起施行。');
    expect(paths(doc)).toEqual(['第一章', '第一章/第一条', '第一章/第二条', '第三章', '第三章/第三条']);
  });

  it('opens a lost chapter at its title line when the numbering skips one chapter there (南阳, 山东 of randomq)', () => {
    const dir = join(import.meta.dirname, '../../real/randomq-heldout/corpus');
    const read = (file: string) => structured(file, markdownToText(readFileSync(join(dir, file), 'utf8')));
    const nanyang = read('南阳市白河水系水环境保护条例(2019-01-14).md');
    const chapter = nanyang.units.find((u) => u.path === '第三章')!;
    expect(chapter.name).toBe('监督管理');
    expect(paths(nanyang)).toContain('第三章/第十九条');
    expect(paths(nanyang)).toContain('第二章/第十八条');
    // 第十八条 no longer ends with the title of the next chapter.
    const article = nanyang.units.find((u) => u.path === '第二章/第十八条')!;
    expect(nanyang.text.slice(article.span[0], article.span[1])).not.toContain('监督管理');
    const shandong = read('山东省突发事件应急保障条例(2020-11-27).md');
    expect(shandong.units.find((u) => u.path === '第二章')!.name).toBe('规划编制与实施');
    expect(paths(shandong)).toContain('第二章/第一节/第十条');
    expect(paths(shandong).filter((p) => /^第[一二三四五六七八九]章$/.test(p))).toHaveLength(9);
  });

  it('does not open a chapter at a title line without a gap, with two title lines in one gap, or before a plain line', () => {
    const noGap = law('第一章　总则\n第一条　为了规范管理，制定本条例。\n监督管理\n第二条　应当依法管理。\n第二章　附则\n第三条　本条例自公布之日起施行。');
    expect(paths(noGap)).toEqual(['第一章', '第一章/第一条', '第一章/第二条', '第二章', '第二章/第三条']);
    const two = law('第一章　总则\n第一条　为了规范管理，制定本条例。\n监督管理\n第二条　应当依法管理。\n保障措施\n第三条　应当依法保障。\n第三章　附则\n第四条　本条例自公布之日起施行。');
    expect(paths(two).filter((p) => !p.includes('/'))).toEqual(['第一章', '第三章']);
    const plain = law('第一章　总则\n第一条　为了规范管理，制定本条例。\n监督管理\n有关部门应当依法管理，加强监督。\n第二条　应当依法管理。\n第三章　附则\n第三条　本条例自公布之日起施行。');
    expect(paths(plain).filter((p) => !p.includes('/'))).toEqual(['第一章', '第三章']);
    const gap = law('第一章　总则\n第一条　为了规范管理，制定本条例。\n\n监督管理\n\n第二条　应当依法管理。\n第三章　附则\n第三条　本条例自公布之日起施行。');
    expect(paths(gap)).toEqual(['第一章', '第一章/第一条', '第二章', '第二章/第二条', '第三章', '第三章/第三条']);
  });
});
