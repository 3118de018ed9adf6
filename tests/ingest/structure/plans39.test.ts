// Session 39 (plans): a text of articles printed in parts under title lines (一、… / （一）…), as many 司法解释 are. Texts of my
// own making, in the law mirror's layout; each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { structured, unitText } from '../helpers.js';

const INTERPRETATION = [
  '# 最高人民法院关于审理某某纠纷案件若干问题的规定',
  '',
  '<!-- INFO END -->',
  '',
  '（2001年2月6日最高人民法院审判委员会第1158次会议通过）',
  '',
  '为正确审理某某纠纷案件，根据《中华人民共和国民事诉讼法》的有关规定，作如下规定：',
  '',
  '一、受理与管辖',
  '',
  '第一条 当事人就某某纠纷提起诉讼的，人民法院应当依法受理。',
  '',
  '第二条 某某纠纷案件由被告住所地人民法院管辖。',
  '',
  '二、责任的承担',
  '',
  '第三条 开办单位应当在其出资不实的范围内承担民事责任。',
  '',
  '第四条 有下列情形之一的，开办单位不承担责任：',
  '',
  '一、已经足额出资的；',
  '',
  '二、其他',
  '',
  '第五条 本规定自公布之日起施行。',
].join('\n');

describe('a 司法解释 whose articles stand under 一、 二、 part titles', () => {
  const doc = structured('最高人民法院关于审理某某纠纷案件若干问题的规定(2020-12-29).md', INTERPRETATION);
  const byPath = (p: string) => doc.units.find((u) => u.path === p);

  it('keeps each article’s own address, the number a citation names (第三条, not 二/第三条)', () => {
    expect(doc.units.filter((u) => u.kind === 'article').map((u) => u.path)).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条']);
  });

  it('does not read a part’s title line into the article before it, or into the preamble', () => {
    expect(unitText(doc, '第二条')).toBe('第二条 某某纠纷案件由被告住所地人民法院管辖。');
    expect(unitText(doc, '前言')).not.toContain('受理与管辖');
  });

  it('makes each title line a heading (a section, no measure) over its articles', () => {
    const parts = doc.units.filter((u) => u.kind === 'section');
    expect(parts.map((u) => [u.path, u.name, u.leaf])).toEqual([
      ['一', '受理与管辖', false],
      ['二', '责任的承担', false],
    ]);
    expect(byPath('第三条')?.parent).toBe('二');
    expect(byPath('第三条')?.section).toBe('责任的承担');
  });

  it('leaves an article’s own clauses 一、… 二、其他 in its text (they end a sentence, or stand out of order before the next article)', () => {
    expect(unitText(doc, '第四条')).toContain('二、其他');
    expect(byPath('第五条')?.parent).toBe('二');
  });
});

describe('parts and sub-parts: 四、 then （一） before the articles', () => {
  const doc = structured(
    'x.md',
    [
      '# 最高人民法院关于适用《某某法》若干问题的解释',
      '',
      '为了正确适用《某某法》，作如下解释。',
      '',
      '一、关于总则部分的解释',
      '',
      '第一条 当事人对担保合同的效力有争议的，人民法院应当审查。',
      '',
      '二、关于质押部分的解释',
      '',
      '（一）动产质押',
      '',
      '第二条 出质人以其不具有所有权的动产出质的，由出质人承担赔偿责任。',
      '',
      '（二）权利质押',
      '',
      '第三条 以汇票出质的，人民法院不予支持。',
    ].join('\n'),
  );

  it('puts each article under its sub-part, and keeps its number as its path', () => {
    expect(doc.units.map((u) => `${u.path} ${u.kind} ${u.parent ?? ''}`.trim())).toEqual([
      '前言 preamble',
      '一 section',
      '第一条 article 一',
      '二 section',
      '二/（一） subsection 二',
      '第二条 article 二/（一）',
      '二/（二） subsection 二',
      '第三条 article 二/（二）',
    ]);
    expect(unitText(doc, '第二条')).toBe('第二条 出质人以其不具有所有权的动产出质的，由出质人承担赔偿责任。');
  });
});

describe('what stays an article’s text', () => {
  it('a single title-like line before an article (no run of parts) is left as it was', () => {
    const doc = structured(
      'x.md',
      ['# 某某条例', '', '第一条 下列单位应当登记：', '', '一、国家机关', '', '第二条 本条例自公布之日起施行。'].join('\n'),
    );
    expect(doc.units.filter((u) => u.kind !== 'preamble').map((u) => u.path)).toEqual(['第一条', '第二条']);
    expect(unitText(doc, '第一条')).toContain('一、国家机关');
  });
});

describe('a copy named for a later day than its header records (nameDate)', () => {
  const regulation = (header: string) =>
    ['# 某某登记暂行条例', '', header, '', '<!-- INFO END -->', '', '第一条 为了规范某某登记行为，制定本条例。', '', '第二条 本条例自公布之日起施行。'].join('\n');

  it('keeps the name’s date beside issuedOn when it is later by more than a publication’s delay; issuedOn stays the header’s', () => {
    const doc = structured('某某登记暂行条例(2019-03-24).md', regulation('（2014年11月24日中华人民共和国国务院令第656号公布）'));
    expect([doc.issuedOn, doc.nameDate, doc.fileDate]).toEqual(['2014-11-24', '2019-03-24', undefined]);
  });

  it('leaves it out for a copy published weeks after its approval, and for a text that prints no date (fileDate)', () => {
    expect(structured('某某登记暂行条例(2014-12-22).md', regulation('（2014年11月24日中华人民共和国国务院令第656号公布）')).nameDate).toBeUndefined();
    const undated = structured('某某登记暂行条例(2019-03-24).md', regulation(''));
    expect([undated.issuedOn, undated.nameDate, undated.fileDate]).toEqual([undefined, undefined, '2019-03-24']);
  });
});
