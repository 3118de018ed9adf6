// Session 44 (helper link, issue 13): the older and the newer drafting of one actor and one sanction
// (ingest/lexicon/paraphrases.txt): a provincial article drafted before the 2005 公务员法 names the 领导人 of a
// department and gives them 行政处分, where the newer law names its 负责人 and gives them 处分. With the two classes the
// provincial sanction meets the law's sanction on the same conduct more closely; without them, less.
import { describe, expect, it } from 'vitest';
import { linkMeasures, paragraphShares, paragraphsOf } from '../../../ingest/link/implements.js';
import { DEFAULT_LINK_OPTIONS, linkOptions, PARAGRAPH_CREDIT_SHORT_MEASURED } from '../../../ingest/link/options.js';
import { hanBigrams } from '../../../ingest/link/side-paragraph.js';
import { regulationUnit } from './units.js';

// The words a segmenter gives beside the bigrams: three- and four-character words meet only as words.
const unit = (id: string, doc: number, text: string) => {
  const u = regulationUnit(id, doc, text);
  return { ...u, words: [...(text.match(/领导人|负责人|行政处分|处分/g) ?? []), ...u.words] };
};
const units = [
  unit('law#第三十七条', 0, '第三十七条 地方人民政府、有关部门或者单位的负责人有下列行为之一的，由任免机关依法给予处分：\n（一）自行修改统计资料的；\n（二）对依法履行职责的统计人员打击报复的。'),
  unit('law#第四十一条', 0, '第四十一条 作为统计调查对象的企业事业单位拒绝提供统计资料的，由统计机构责令改正，给予警告，可以予以通报。'),
  unit('law#第九条', 0, '第九条 统计机构和统计人员对在统计工作中知悉的国家秘密，应当予以保密。'),
  unit('prov#第十八条', 1, '第十八条 地方、部门、单位的领导人自行修改统计资料，或者对统计人员打击报复的，对领导人依法给予行政处分。'),
];
const score = (paraphrases: typeof DEFAULT_LINK_OPTIONS.paraphrases, higher: string) =>
  linkMeasures(units, (l, h) => l === 1 && h === 0, [], linkOptions({ paraphrases, procedureStages: null, genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.5, partial: 0 }, relative: 0, topK: 10, pairIdf: true } } }), true)
    .find((l) => `${l.lower}>${l.higher}` === `prov#第十八条>${higher}`)?.score ?? 0;

describe('paraphrases: the older drafting of an actor and a sanction (session 44)', () => {
  const all = DEFAULT_LINK_OPTIONS.paraphrases!;
  const has = (a: string, b: string) => all.classes.some((c) => c.includes(a) && c.includes(b));
  it('the lexicon holds 负责人 = 领导人 and 处分 = 行政处分, not 举报 = 检举 or 建立 = 组建 (measured, left out)', () => {
    expect(has('负责人', '领导人')).toBe(true);
    expect(has('处分', '行政处分')).toBe(true);
    expect(has('举报', '检举')).toBe(false);
    expect(has('建立', '组建')).toBe(false);
  });
  it('领导人 … 行政处分 meets the law’s 负责人 … 处分 more closely than without the classes', () => {
    const without = { ...all, classes: all.classes.filter((c) => !c.includes('领导人') && !c.includes('行政处分')) };
    expect(score(all, 'law#第三十七条')).toBeGreaterThan(score(without, 'law#第三十七条'));
  });
  it('each class counts alone', () => {
    const noActor = { ...all, classes: all.classes.filter((c) => !c.includes('领导人')) };
    const noSanction = { ...all, classes: all.classes.filter((c) => !c.includes('行政处分')) };
    expect(score(all, 'law#第三十七条')).toBeGreaterThan(score(noActor, 'law#第三十七条'));
    expect(score(all, 'law#第三十七条')).toBeGreaterThan(score(noSanction, 'law#第三十七条'));
  });
  it('the sanction on the same conduct stays the best match', () => {
    expect(score(all, 'law#第三十七条')).toBeGreaterThan(score(all, 'law#第四十一条'));
  });
});

// options.paragraphCredit.short (session 44, measured and left off): a lower paragraph that restates a short higher
// article (the exemption from fees) finds more of its bigrams in a long neighbour full of the common words of the field
// (县级以上人民政府, 有关部门, 按照国家有关规定); by plain share the long one is its best. With `short`, the paragraph's best
// by Dice is credited too when it has at most `ratio` × the long one's bigrams and its Dice reaches `margin` × the long
// one's Dice.
const paragraph = paragraphsOf('第十条 县级以上人民政府应当将法律援助经费纳入本级财政预算，保障法律援助事业发展。\n县级以上人民政府有关部门应当按照国家有关规定，对受援人缓收、减收或者免收诉讼费用。')![1];
const articles = [
  { id: 'long', text: '第八条 县级以上人民政府及其有关部门应当按照国家有关规定，为法律援助工作提供必要的条件，组织协调有关部门做好法律援助工作，并对在法律援助工作中作出突出贡献的单位和个人给予表彰。法律援助机构应当定期向社会公布法律援助工作情况。' },
  { id: 'short', text: '第二十条 人民法院对受援人缓收、减收或者免收诉讼费用。' },
];

describe('paragraphCredit.short: the short article a paragraph restates beside a long neighbour (session 44)', () => {
  it('is off by default; the measured setting is recorded', () => {
    expect(DEFAULT_LINK_OPTIONS.paragraphCredit ?? null).toBeNull();
    expect(PARAGRAPH_CREDIT_SHORT_MEASURED.short).toEqual({ ratio: 0.5, margin: 1.5, value: 'share' });
    expect([...paragraphShares([paragraph], articles).keys()]).toEqual(['long']);
  });
  it('credits the short article too, with the long one’s share (value share) or its own Dice', () => {
    const plain = paragraphShares([paragraph], articles).get('long')!;
    const byShare = paragraphShares([paragraph], articles, { within: 1, short: PARAGRAPH_CREDIT_SHORT_MEASURED.short });
    expect([...byShare.keys()].sort()).toEqual(['long', 'short']);
    expect(byShare.get('short')).toBeCloseTo(plain, 10);
    const byDice = paragraphShares([paragraph], articles, { within: 1, short: { ratio: 0.5, margin: 1.5 } });
    const short = hanBigrams(articles[1].text.replace(/^第[^条]+条/, ''));
    const shared = [...paragraph].filter((x) => short.has(x)).length;
    expect(byDice.get('short')).toBeCloseTo((2 * shared) / (paragraph.size + short.size), 10);
    expect(byDice.get('short')).not.toBeCloseTo(plain, 3);
  });
  it('not when the Dice best is not short enough beside the share best, nor under the margin', () => {
    expect([...paragraphShares([paragraph], articles, { within: 1, short: { ratio: 0.1, margin: 1.5 } }).keys()]).toEqual(['long']);
    expect([...paragraphShares([paragraph], articles, { within: 1, short: { ratio: 0.5, margin: 10 } }).keys()]).toEqual(['long']);
  });
});
