// Session 35 (plans): the closing chapter 附则 printed without its 第X章 (a law mirror text's bare `附 则` line before its
// last article). 立法技术规范 makes 附则 the last chapter: the line opens the chapter after the last numbered one. Sentences
// of my own making; the guards check nothing else moves.
import { describe, expect, it } from 'vitest';
import { structured } from '../helpers.js';

const law = (body: string) => structured('x.txt', `某某市某某条例\n\n${body}`);
const paths = (doc: ReturnType<typeof structured>) => doc.units.map((u) => u.path);

describe('a closing 附则 chapter that lost its number', () => {
  it('opens the chapter after the last numbered one at a bare 附 则 line (spaced or not)', () => {
    for (const line of ['附 则', '附则', '附　则']) {
      const doc = law(`第一章　总　则\n第一条　为了规范管理，制定本条例。\n第二章　管理\n第二条　应当依法管理。\n${line}\n第三条　本条例自公布之日起施行。`);
      expect(paths(doc)).toEqual(['第一章', '第一章/第一条', '第二章', '第二章/第二条', '第三章', '第三章/第三条']);
      expect(doc.units.find((u) => u.path === '第三章')!.name).toBe('附则');
    }
  });

  it('leaves 附则 alone in a text without chapters, before a numbered chapter, or before a plain line', () => {
    const flat = law('第一条　为了规范管理，制定本条例。\n附则\n第二条　本条例自公布之日起施行。');
    expect(paths(flat)).toEqual(['第一条', '第二条']);
    const plain = law('第一章　总则\n第一条　为了规范管理，制定本条例。\n附 则\n本条例由市人民政府负责解释。\n第二条　本条例自公布之日起施行。');
    expect(paths(plain).filter((p) => !p.includes('/'))).toEqual(['第一章']);
    const other = law('第一章　总则\n第一条　为了规范管理，制定本条例。\n监督管理\n第二条　本条例自公布之日起施行。');
    expect(paths(other).filter((p) => !p.includes('/'))).toEqual(['第一章']);
  });
});

describe('chapters printed as bare titles without 第X章', () => {
  it('opens a chapter at each title line between articles, from 第二章, the first articles under 第一章', () => {
    const doc = law('第一条　为了规范管理，制定本条例。\n第二条　应当依法管理。\n规划建设\n第三条　应当依法规划。\n法律责任\n第四条　违反本条例的，依法处理。');
    expect(paths(doc)).toEqual(['第一章', '第一章/第一条', '第一章/第二条', '第二章', '第二章/第三条', '第三章', '第三章/第四条']);
    expect(doc.units.find((u) => u.path === '第三章')!.name).toBe('法律责任');
  });

  it('leaves a text with one such line, or with numbered chapters, as it is', () => {
    const one = law('第一条　为了规范管理，制定本条例。\n规划建设\n第二条　应当依法规划。\n第三条　违反本条例的，依法处理。');
    expect(paths(one)).toEqual(['第一条', '第二条', '第三条']);
  });
});

describe('section lines numbered 一、 in a text of articles', () => {
  it('are not read as unnumbered chapters', () => {
    const doc = law('第一条　为了规范管理，制定本解释。\n二、受理\n第二条　应当依法受理。\n三、审理\n第三条　应当依法审理。');
    expect(paths(doc).filter((p) => !p.includes('/') && p.startsWith('第') && p.endsWith('章'))).toEqual([]);
  });
});
