// ingest/read/pdf-layout.ts on hand-made text items: lines, running heads, paragraphs.
import { describe, expect, it } from 'vitest';
import { joinLines, layoutText, type PdfItem, type PdfPage } from '../../../ingest/read/pdf-layout.js';

const SIZE = 16;
/** One line of ideographs at the body's left edge, `y` from the top of an A4 page. */
const line = (str: string, top: number, x = 90): PdfItem => ({ str, x, y: 842 - top, width: [...str].length * SIZE, size: SIZE });

/** A page of the usual Chinese official-document layout: 28 characters a line, 28 pt line pitch. */
function page(n: number, body: PdfItem[]): PdfPage {
  return { items: [line('中国科协办公厅文件', 40, 220), ...body, line(`- ${n} -`, 800, 280)], width: 595 };
}

/** A page with no running head or page number. */
const bare = (body: PdfItem[]): PdfPage => ({ items: body, width: 595 });

const FULL_1 = '为做好《关于新时代进一步加强科学技术普及工作的意见》学习宣传';
const FULL_2 = '和贯彻落实，切实履行各级科协作为科普工作主要社会力量的职责使';

describe('layoutText', () => {
  it('joins CJK lines broken by the page width without a space', () => {
    const text = layoutText([bare([line(FULL_1, 100), line(FULL_2, 128), line('命，现制定工作方案如下。', 156)])]);
    expect(text).toBe(`${FULL_1}${FULL_2}命，现制定工作方案如下。`);
  });

  it('starts a new paragraph after a line that stops short of the margin', () => {
    const text = layoutText([bare([line('一、总体要求', 100), line(FULL_1, 128)])]);
    expect(text.split('\n')).toEqual(['一、总体要求', FULL_1]);
  });

  it('starts a new paragraph at an indented line', () => {
    const text = layoutText([bare([line(FULL_1, 100), line(FULL_2, 128, 122), line(FULL_1, 156)])]);
    expect(text.split('\n')).toEqual([FULL_1, FULL_2 + FULL_1]);
  });

  it('continues a paragraph across a page break', () => {
    const text = layoutText([page(1, [line(FULL_1, 700)]), page(2, [line('命，现制定工作方案如下。', 100)])]);
    expect(text).toBe(`${FULL_1}命，现制定工作方案如下。`);
  });

  it('drops running heads and page numbers repeated on every page', () => {
    const text = layoutText([page(1, [line('一、总体要求', 100)]), page(2, [line('二、重点任务', 100)])]);
    expect(text.split('\n')).toEqual(['一、总体要求', '二、重点任务']);
  });

  it('drops a lone page number at the foot of a single page', () => {
    expect(layoutText([page(1, [line('一、总体要求', 100)])]).split('\n')).toEqual(['中国科协办公厅文件', '一、总体要求']);
  });

  it('puts items on one baseline into one line, left to right', () => {
    const items: PdfItem[] = [
      { str: '年', x: 114, y: 500, width: 16, size: 16 },
      { str: '2022', x: 90, y: 500, width: 24, size: 16 },
    ];
    expect(layoutText([{ items }])).toBe('2022年');
  });
});

describe('joinLines', () => {
  it('puts a space between Latin words', () => {
    expect(joinLines('science', 'popularisation')).toBe('science popularisation');
  });

  it('joins a hyphenated Latin word', () => {
    expect(joinLines('popular-', 'isation')).toBe('popularisation');
  });
});
