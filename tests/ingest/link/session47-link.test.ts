// Session 47 (helper link, issue 13): terms the drafting writes in other words (options.termClasses,
// ingest/lexicon/term-classes.txt), matched in the text as strings so that they meet however jieba cuts them. Read on the
// promotion-law family sme (中小企业促进法 → 上海, 北京): 北京 第三十六条 writes the law's 科研机构、高等学校 (第三十七条) as
// 高等院校、科研院所; the law's 大型企业 is the regulations' 大企业. A class's token counts in a pair only when both documents
// hold the class (慈善法 第八十八条's 高等学校 and 科研机构 must not lengthen its vector against 浙江's 办法, which names neither).
import { describe, expect, it } from 'vitest';
import { termMatcher, unitMaker } from '../../../ingest/link/index.js';
import { TERM_CLASSES, TERM_CLASSES_MEASURED, type LinkOptions } from '../../../ingest/link/options.js';
import { articlesDoc, pairScoreOnly, pairScores } from './units.js';

// 中小企业促进法 第三十七条 (its second and third paragraphs) and 第二十五条 (a neighbour on graduates), 北京 第三十六条's first paragraph.
const law37 = '国家鼓励科研机构、高等学校和大型企业等创造条件向中小企业开放试验设施，开展技术研发与合作，帮助中小企业开发新产品，培养专业人才。\n国家鼓励科研机构、高等学校支持本单位的科技人员以兼职、挂职、参与项目合作等形式到中小企业从事产学研合作和科技成果转化活动。';
const law25 = '高等学校毕业生、退役军人和失业人员、残疾人员等创办小型微型企业，按照国家规定享受税收优惠和收费减免。';
// Other articles of the law, naming no term of a class (a pair's IDF is counted over both documents' articles).
const lawOthers = [
  '国家鼓励各类金融机构开发和提供适合中小企业特点的金融产品和服务。',
  '中小企业应当依法经营，遵循诚信原则，规范内部管理，提高经营管理水平。',
  '县级以上人民政府负责中小企业促进工作综合管理的部门应当安排资金，有计划地组织实施中小企业经营管理人员培训。',
];
const beijing36 = '高等院校、科研院所与中小企业开展产学研用合作，市、区中小企业工作主管部门会同同级科学技术、教育等部门按照规定给予资金支持。';

const regulationOnly = (termClasses: LinkOptions['termClasses']) => pairScoreOnly({ termClasses });
const scores = (o: LinkOptions, law: string[], lower: string[]) => pairScores(o, law, lower);

describe('terms written in other words (options.termClasses)', () => {
  it('reads each term of a class as the class, the longest first, and no longer word that merely contains one', () => {
    const tokens = termMatcher(TERM_CLASSES);
    expect(tokens(beijing36)).toEqual(['§高等学校', '§科研机构']);
    expect(tokens('支持大中小企业融通发展。鼓励大企业为中小企业开放空间载体，引导中小企业与国内外大型企业协作配套。')).toEqual(['§大型企业', '§大型企业']);
    expect(tokens('商会、行业协会等社会组织应当加强行业自律管理')).toEqual(['§行业组织', '§行业组织']);
    expect(tokens('引导中小企业利用信息技术提高研发水平')).toEqual(['§信息技术']);
    expect(tokens('国家鼓励中小企业开发新产品')).toEqual([]);
  });

  it('adds the tokens to a regulation unit’s words only when on', () => {
    const words = (o: LinkOptions) => unitMaker([], o)(articlesDoc([beijing36]), 0, 'p')[0].words;
    expect(words(regulationOnly(TERM_CLASSES_MEASURED))).toContain('§科研机构');
    expect(words(regulationOnly(null))).not.toContain('§科研机构');
  });

  it('raises 北京 第三十六条 against the law article it restates in other words, not against its neighbour', () => {
    const on = scores(regulationOnly(TERM_CLASSES_MEASURED), [law37, law25], [beijing36]);
    const off = scores(regulationOnly(null), [law37, law25], [beijing36]);
    const k37 = 'prov#第1条>law#第1条';
    const k25 = 'prov#第1条>law#第2条';
    expect(on.get(k37)!).toBeGreaterThan(off.get(k37)!);
    expect(on.get(k37)! - (on.get(k25) ?? 0)).toBeGreaterThan(off.get(k37)! - (off.get(k25) ?? 0));
  });

  it('leaves a pair alone when the lower document holds no term of the class (no longer vector for the higher article)', () => {
    // 慈善法 第八十八条 names 高等学校 and 科研机构; 浙江省实施《慈善法》办法 第五条 names neither, nor does its document.
    const charity88 = '国家采取措施弘扬慈善文化，培育公民慈善意识。\n学校等教育机构应当将慈善文化纳入教育教学内容。国家鼓励高等学校培养慈善专业人才，支持高等学校和科研机构开展慈善理论研究。';
    const zhejiang5 = '县级以上人民政府民政部门应当会同有关部门制定慈善文化公益宣传工作计划，组织、指导和协调有关部门及单位开展慈善文化公益宣传活动，增强公民慈善意识。';
    const on = scores(regulationOnly(TERM_CLASSES_MEASURED), [charity88, law25, ...lawOthers], [zhejiang5]);
    const off = scores(regulationOnly(null), [charity88, law25, ...lawOthers], [zhejiang5]);
    expect(off.get('prov#第1条>law#第1条')).toBeGreaterThan(0);
    expect(on.get('prov#第1条>law#第1条')).toBe(off.get('prov#第1条>law#第1条'));
  });
});
