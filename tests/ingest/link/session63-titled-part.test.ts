// Session 63 (helper licence2, issue 13): the titled part (options.titledPart, ingest/link/titled-part.ts). A department's
// rule under a 条例 whose chapters or sections have headings links only the part its title names and the general chapters.
// Unit cases on titles and headings of my own making in the drafting forms; one ingest of the `licence` development set.
import { describe, expect, it } from 'vitest';
import { BASIS_COMPANION, TITLED_PART, TITLED_PART_HOLDERS } from '../../../ingest/link/options.js';
import { inTitledPart, sharedRun, titledPartAllows, titledParts } from '../../../ingest/link/titled-part.js';
import { linkImplements } from '../../../ingest/link/index.js';
import { processed } from './real-processed.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';

const lexicon = loadLexicon();

const headings = {
  第一章: '总则',
  第二章: '船舶和船员',
  '第二章/第一节': '船舶',
  '第二章/第二节': '船舶驾驶员',
  第三章: '航行规定',
  第四章: '执法监督',
  第五章: '法律责任',
  第六章: '附则',
};
const higher = '中华人民共和国内河航行安全条例';

describe('the parts a lower title names', () => {
  it('takes the heading sharing the longest run the higher title lacks', () => {
    expect(sharedRun('船舶驾驶员', '船舶驾驶证申领和使用', higher, 4)).toBe('船舶驾驶');
    expect(titledParts('船舶驾驶证申领和使用规定', higher, headings, TITLED_PART)).toEqual(['第二章/第二节']);
  });
  it('reads nothing when the shared run is short, held by the higher title, or only in a general heading', () => {
    expect(titledParts('船舶检验办法', higher, headings, TITLED_PART)).toBeUndefined(); // 船舶 alone: 2 characters
    expect(titledParts('内河航行安全管理规定', higher, headings, TITLED_PART)).toBeUndefined(); // 航行 held by the 条例's title
    expect(titledParts('执法监督工作规定', higher, headings, TITLED_PART)).toBeUndefined(); // 执法监督 is a general chapter
    expect(titledParts('船舶驾驶证申领和使用规定', higher, undefined, TITLED_PART)).toBeUndefined();
  });
  it('a part admits its own articles, the general chapters and articles outside any chapter, not the other parts', () => {
    const general = new RegExp(TITLED_PART.general);
    const at = (id: string) => inTitledPart(`C#${id}`, ['第二章/第二节'], headings, general);
    expect(['第二章/第二节/第十九条', '第一章/第二条', '第四章/第八十条', '第五章/第九十条', '第六章/第一百条', '第一百零一条'].every(at)).toBe(true);
    expect(['第二章/第一节/第十条', '第三章/第四十条'].some(at)).toBe(false);
  });
  it('holders: with no heading sharing a run, the one part whose articles alone hold a run of the title (general chapters aside)', () => {
    const articles = [
      { id: 'C#第二章/第二节/第二十三条', text: '第二十三条 对船舶驾驶员的违法行为实行累积记分制度。' },
      { id: 'C#第三章/第四十条', text: '第四十条 船舶应当按照规定航行，违法行为依法处理。' },
      { id: 'C#第六章/第一百条', text: '第一百条 渔船驾驶员的记分另行规定。' },
    ];
    const title = '船舶违法行为记分管理办法';
    expect(titledParts(title, higher, headings, TITLED_PART)).toBeUndefined();
    expect(titledParts(title, higher, headings, TITLED_PART_HOLDERS, () => articles)).toEqual(['第二章/第二节']);
    // 记分 held in two parts outside the general chapters: none named.
    const both = [...articles, { id: 'C#第三章/第四十一条', text: '第四十一条 记分由海事机构记录。' }];
    expect(titledParts(title, higher, headings, TITLED_PART_HOLDERS, () => both)).toBeUndefined();
  });
  it('reads only the levels and genres named', () => {
    const docs = [
      { title: '船舶驾驶证申领和使用规定', level: 'national' },
      { title: higher, level: 'central', headings },
      { title: '某省船舶驾驶证申领和使用规定', level: 'province' },
    ];
    const allows = titledPartAllows(TITLED_PART, (d) => docs[d]);
    expect(allows(0, 'regulation', 1, 'C#第三章/第四十条')).toBe(false);
    expect(allows(0, 'regulation', 1, 'C#第二章/第二节/第十九条')).toBe(true);
    expect(allows(0, 'plan', 1, 'C#第三章/第四十条')).toBe(true);
    expect(allows(2, 'regulation', 1, 'C#第三章/第四十条')).toBe(true);
  });
});


describe('licence: the 驾驶证规定 links only the 条例’s 机动车驾驶人 section and its general chapters', () => {
  it('with the basis companion on, outside those parts without the rule and inside with it', async () => {
    const { docs, ids } = await processed('licence', lexicon);
    const intoPart = (on: boolean) =>
      linkImplements(docs, ids, lexicon, { basisCompanion: BASIS_COMPANION, titledPart: on ? TITLED_PART : null })
        .filter((l) => l.lower.includes('机动车驾驶证申领和使用规定') && l.higher.includes('实施条例'))
        .map((l) => l.higher.slice(l.higher.indexOf('#') + 1).split('/')[0] + (l.higher.includes('第二节') ? '/第二节' : ''));
    const outside = (paths: string[]) => paths.filter((p) => !['第二章/第二节', '第一章', '第六章', '第七章', '第八章'].includes(p));
    const [off, on] = [intoPart(false), intoPart(true)];
    expect(outside(off).length).toBeGreaterThan(0);
    expect(on.length).toBeGreaterThan(10);
    expect(outside(on)).toEqual([]);
  }, 600_000);
});
