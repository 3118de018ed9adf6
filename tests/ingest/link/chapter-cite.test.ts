// A chapter cited (options.citedChapters): 国务院《法律援助条例》第三章另有规定的，从其规定 sends the reader to that
// chapter, so the citing article's links to the cited document are chosen among the chapter's articles
// (by their scores, whatever the threshold), and the citation alone makes no strong link.
import { describe, expect, it } from 'vitest';
import { chapterNumber, chaptersAfter } from '../../../ingest/link/cite.js';
import { chapterCitations, withCitations, type CitedPair } from '../../../ingest/link/cite-links.js';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { linkOptions } from '../../../ingest/link/options.js';
import { regulationUnit } from './units.js';

describe('chapter numbers after a cited title', () => {
  const read = (s: string) => chaptersAfter(s, s.indexOf('》') + 1).chapters;
  it('reads one chapter or a list, nothing after an article or a bare title', () => {
    expect(read('国务院《法律援助条例》第三章另有规定的，从其规定。')).toEqual([3]);
    expect(read('依照《示范法》第三章、第四章的规定')).toEqual([3, 4]);
    expect(read('依照《示范法》第十二条的规定')).toEqual([]);
    expect(read('根据《示范法》，制定本条例')).toEqual([]);
  });
  it('reads the chapter of a unit path', () => {
    expect(chapterNumber('第三章/第十四条')).toBe(3);
    expect(chapterNumber('第三章/第一节/第十四条')).toBe(3);
    expect(chapterNumber('第十四条')).toBeUndefined();
  });
});

const unit = regulationUnit;
const units = [
  unit('law#第二章/第十三条', 0, '第十三条 本条例所称公民经济困难的标准，由省、自治区、直辖市人民政府根据本行政区域经济发展状况和法律援助事业的需要规定。申请人住所地的经济困难标准与受理申请的法律援助机构所在地的经济困难标准不一致的，按照受理申请的法律援助机构所在地的经济困难标准执行。'),
  unit('law#第三章/第十四条', 0, '第十四条 公民请求国家赔偿的，向赔偿义务机关所在地的法律援助机构提出申请；请求给付赡养费的，向义务人住所地的法律援助机构提出申请。'),
  unit('law#第三章/第十五条', 0, '第十五条 刑事诉讼中的申请人，应当向审理案件的人民法院所在地的法律援助机构提出申请。'),
  unit('law#第四章/第二十一条', 0, '第二十一条 法律援助机构可以指派律师事务所安排律师办理法律援助案件。'),
  unit('prov#第十三条', 1, '第十三条 法律援助事项的申请，由申请人住所地或者工作单位所在地的法律援助机构受理。\n国务院《法律援助条例》第三章另有规定的，从其规定。'),
];
const pair = (higher: number): CitedPair => ({ docIndex: 1, lower: 4, higher, citation: { span: [0, 0], text: '《法律援助条例》第三章' }, chapter: true });
const cited = [pair(1), pair(2)];
const options = (citedChapters: boolean) =>
  linkOptions({ citedChapters, procedureStages: null, paragraphBest: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.5, partial: 0.05 }, relative: 0.4, topK: 2, pairIdf: true } } });
const linked = (on: boolean) => linkMeasures(units, (l, h) => l === 1 && h === 0, [], options(on), false, undefined, chapterCitations(cited)).map((l) => l.higher).sort();

describe('citedChapters', () => {
  it('chooses the citing article’s links among the chapter’s articles, below the threshold too', () => {
    const off = linked(false);
    expect(off).toEqual(['law#第二章/第十三条']);
    const on = linked(true);
    expect(on).toEqual(['law#第三章/第十五条', 'law#第三章/第十四条']);
  });
  it('adds no strong link by itself', () => {
    expect(withCitations([], units, cited)).toEqual([]);
  });
});
