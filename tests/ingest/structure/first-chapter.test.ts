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

describe('a lost 第一章 heading', () => {
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
});
