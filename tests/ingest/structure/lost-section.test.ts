// A law's text that lost a section's 第X节 but kept its title on a line of its own (session 58, helper extract; lost-sections.ts):
// promotion5's 焦作市全域旅游促进条例 prints `### 第三章  新业态培育`, then `文化旅游` bare before 第二十条, then `## 第二节  乡村旅游`.
// Its gold restores `第三章/第一节/第二十条`, as a lost chapter is restored from the order of the headings. What a reader checks: the
// article paths, the section unit and its name, and that a bare line with no gap in the numbering is left alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../ingest/read/markdown.js';
import { structured } from '../helpers.js';

const DIR = join(import.meta.dirname, '../../real/promotion5/corpus');
const FILE = '焦作市全域旅游促进条例(2020-11-05).md';
const paths = (doc: ReturnType<typeof structured>) => doc.units.map((u) => u.path);
const law = (body: string) => structured('x.txt', `某某市某某条例\n\n${body}`);

describe('a lost section heading', () => {
  it('restores 焦作 第三章 第一节 from its bare title line', () => {
    const doc = structured(FILE, markdownToText(readFileSync(join(DIR, FILE), 'utf8')));
    const p = paths(doc);
    for (const n of ['第二十条', '第二十五条', '第三十条']) {
      expect(p).toContain(`第三章/第一节/${n}`);
      expect(p).not.toContain(`第三章/${n}`);
    }
    expect(p).toContain('第三章/第二节/第三十一条');
    const section = doc.units.find((u) => u.path === '第三章/第一节')!;
    expect(section.kind).toBe('section');
    expect(section.name).toContain('文化旅游');
  });

  it('leaves a bare line alone where the sections are numbered without a gap, or are all unnumbered', () => {
    const numbered = law('第一章　总则\n第一节　一般规定\n第一条　为了规范管理，制定本条例。\n应当依法管理\n第二条　应当依法管理。\n第二节　管理\n第三条　应当依法管理。');
    expect(paths(numbered)).toContain('第一章/第一节/第二条');
    expect(paths(numbered)).not.toContain('第一章/第二节/第二条');
    const bare = law('第一章　总则\n一般规定\n第一条　为了规范管理，制定本条例。\n管理\n第二条　应当依法管理。\n第二章　附则\n第三条　本条例自公布之日起施行。');
    expect(paths(bare)).toEqual(expect.arrayContaining(['第一章/第一条', '第一章/第二条', '第二章/第三条']));
  });

  it('does not read a line among articles as the first section, only the line right under the chapter heading', () => {
    const doc = law('第一章　总则\n第一条　为了规范管理，制定本条例。\n文化旅游\n第二条　应当依法管理。\n第三节　其他\n第三条　应当依法管理。');
    expect(paths(doc)).toContain('第一章/第二条');
  });
});
