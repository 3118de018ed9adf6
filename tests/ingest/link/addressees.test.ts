// Who must act: addressees found by general forms, and measures addressed to the issuer only.
import { describe, expect, it } from 'vitest';
import { findAddressees, issuerOnly } from '../../../ingest/extract/addressees.js';

const issuer = ['中国科协办公厅', '中国科协', '中国科学技术协会'];

describe('addressees', () => {
  it('names the issuer’s own organs as the issuer', () => {
    const t = '（一）党组、书记处领学，悟思践行\n中国科协党组、书记处第一时间学习传达。各部门和单位利用办公会组织集中学习。';
    const found = findAddressees(t, issuer);
    expect(found.map((a) => [a.name, a.scope])).toEqual([
      ['党组、书记处', 'issuer'],
      ['中国科协党组、书记处', 'issuer'],
      ['各部门和单位', 'issuer'],
    ]);
    expect(issuerOnly(found)).toBe(true);
    expect(t.slice(...found[1].span)).toBe('中国科协党组、书记处');
  });

  it('finds lower and other bodies as subjects or after a verb of mobilising', () => {
    const t = '1.持续做好宣传。动员地方科协、全国学会，发挥专业优势。县级以上人民政府应当加强领导。';
    const found = findAddressees(t, issuer);
    expect(found.map((a) => [a.name, a.scope])).toEqual([
      ['地方科协', 'lower'],
      ['县级以上人民政府', 'lower'],
    ]);
    expect(issuerOnly(found)).toBe(false);
  });

  it('ignores a form in the middle of a clause and measures that name nobody', () => {
    expect(findAddressees('加强与有关部门的合作，提升服务水平。', issuer)).toEqual([]);
    expect(issuerOnly([])).toBe(false);
  });
});

describe('addressees after the issuer’s name', () => {
  it('takes an organ of the issuer named inside a clause as the issuer', () => {
    const found = findAddressees('（三）科协常委会科普专委会座谈交流\n召开中国科协常委会科普专委会专题学习座谈会，深入研讨交流。', issuer);
    expect(found.map((a) => [a.name, a.scope])).toEqual([['中国科协常委会', 'issuer']]);
    expect(issuerOnly(found)).toBe(true);
  });
});
