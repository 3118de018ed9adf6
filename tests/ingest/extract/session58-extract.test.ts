import { describe, expect, it } from 'vitest';
import { names, regulation } from './law-text.js';

// Session 58, helper extract (issue 13): the brands a regulation lists as its region's own (tests/gold/README.md, Brand;
// tests/real/promotion5/README.md; options.ts lawListedBrands; extract/listed-brands.ts; brand-lists.txt), on real sentences of
// promotion5's 焦作市全域旅游促进条例, and the lists whose class noun is no brand (sample's 品牌活动, promotion4's 潍坊 品牌展会).
// docs/history/extraction.md, Session 58 helper extract.
const TITLE = '焦作市全域旅游促进条例';
const brands = (sentence: string, on?: boolean, title = TITLE) =>
  names('Brand', regulation(title, sentence), on === undefined ? {} : { lawListedBrands: on });

describe('the brands a text lists as its own (lawListedBrands)', () => {
  const listed: [string, string[]][] = [
    ['鼓励和支持对本市历史名人生平、文艺作品的研究阐释和传播利用，延续历史文脉，打造先哲先儒、百代文宗、商隐故里、乐圣之乡等文化旅游品牌。', ['先哲先儒', '百代文宗', '商隐故里', '乐圣之乡']],
    ['市、县（市、区)人民政府应当推动沿黄博物馆、黄河文化园、黄河故道风情园、黄河休闲观光区建设，打造中国黄河文化之乡等文化旅游品牌，建设体现黄河文化精神的旅游目的地。', ['中国黄河文化之乡']],
    ['鼓励和支持依托中国优质小麦之都、“四大怀药”产品、清化姜等农业品牌资源，开发旅游商品。', ['中国优质小麦之都', '四大怀药', '清化姜']],
    ['鼓励和支持中国焦作国际太极拳交流大赛、云台山旅游节、焦作红叶节等旅游节会提高专业化、市场化水平。', ['云台山旅游节', '焦作红叶节']],
    ['“太极胜地、山水焦作”是本市旅游形象，在本市举办的重大活动，应当使用和推广本市旅游形象。', ['太极胜地、山水焦作']],
  ];
  for (const [sentence, want] of listed) {
    it(`reads ${want.join(', ')}: ${sentence.slice(0, 24)}…`, () => {
      expect(brands(sentence, true)).toEqual(expect.arrayContaining(want));
      for (const w of want) expect(brands(sentence, false)).not.toContain(w);
    });
  }
  it('reads them by default (the option is on)', () => {
    expect(brands('打造先哲先儒、百代文宗、商隐故里、乐圣之乡等文化旅游品牌。')).toEqual(expect.arrayContaining(['先哲先儒', '乐圣之乡']));
  });
  it('reads no brand where the class noun after the list is a programme or a kind (品牌活动, 品牌展会), nor a non-festival item', () => {
    expect(brands('开展科普大讲堂、影迷沙龙会、动手实践课堂等品牌活动。', true, '某某市科学普及条例')).toEqual([]);
    expect(brands('鼓励和支持举办博览会、交易会、文化艺术交流会、学术研讨会等品牌展会。', true, '潍坊市会展业促进条例')).toEqual([]);
    expect(brands('鼓励和支持中国焦作国际太极拳交流大赛、云台山旅游节、焦作红叶节等旅游节会提高专业化、市场化水平。', true)).not.toContain('中国焦作国际太极拳交流大赛');
    expect(brands('打造民宿旅游品牌。', true)).toEqual([]);
  });
});
