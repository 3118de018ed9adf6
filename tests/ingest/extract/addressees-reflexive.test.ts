// Reflexive forms (本单位, 本部门, 本机关) refer back to the clause's subject. After a verb of
// mobilising (动员本单位…的公民, 鼓励本单位、本系统的人员) they say whose people are mobilised, not who
// must act: such an article is addressed to the bodies that open it (国家机关、企业事业单位…), never
// "to the issuer only" — a regulation article that no lower text carries out is a gap, not "not applicable".
import { describe, expect, it } from 'vitest';
import { findAddressees, issuerOnly } from '../../../ingest/extract/addressees.js';

const province = ['浙江省人民代表大会常务委员会', '浙江省人大常委会'];
const city = ['宁波市人民代表大会常务委员会', '宁波市人大常委会'];
const cast = ['中国科协办公厅', '中国科协', '中国科学技术协会'];

describe('reflexive forms after a verb of mobilising', () => {
  it('a regulation asking organs to encourage their own staff is not addressed to its issuer', () => {
    const t = '第三十三条国家机关、企业事业单位和共产主义青年团、工会、妇女联合会、红十字会等团体、组织，应当鼓励本单位、本系统的人员参加志愿服务活动，并提供必要的支持。';
    const found = findAddressees(t, province);
    expect(found.map((a) => a.name)).not.toContain('本单位');
    expect(issuerOnly(found)).toBe(false);
  });

  it('动员本单位和本居住区的公民 names whose members donate, not who must act', () => {
    const t = '第十二条国家机关、社会团体、企业事业单位、村（居）民委员会应当动员本单位和本居住区的适龄健康公民参加献血，并为献血工作提供必要的支持。';
    expect(issuerOnly(findAddressees(t, city))).toBe(false);
  });

  it('still names the issuer’s own department when the form opens the clause', () => {
    const found = findAddressees('3.做好内部学习。本部门结合工作实际组织专题学习。', cast);
    expect(found.map((a) => [a.name, a.scope])).toEqual([['本部门', 'issuer']]);
    expect(issuerOnly(found)).toBe(true);
  });

  it('keeps other forms after a verb: 动员地方科协 still names the lower bodies', () => {
    const found = findAddressees('1.持续做好宣传。动员地方科协、全国学会，发挥专业优势。', cast);
    expect(found.map((a) => [a.name, a.scope])).toEqual([['地方科协', 'lower']]);
  });
});
