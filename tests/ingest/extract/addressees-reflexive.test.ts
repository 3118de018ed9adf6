// Reflexive forms (本单位, 本部门, 本机关) refer back to the clause's subject (动员本单位…的公民, 鼓励本单位、
// 本系统的人员, …部门…。本部门不具备…): they name no addressee, and never make an article "for the issuer
// only". 各部门、各单位 are the issuer's own units in its own plan, but every unit of the region in a
// regulation's article. A regulation article that no lower text carries out is a gap, not "not applicable".
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

  it('本部门 opening a clause refers back to the department just named', () => {
    const t = '第二十五条负有安全生产监督管理职责的部门应当将扣押和没收的危险物品妥善保管。本部门不具备保管能力的，可以委托符合条件的单位代为保管。';
    expect(findAddressees(t, ['深圳市人民代表大会常务委员会'])).toEqual([]);
  });

  it('keeps other forms after a verb: 动员地方科协 still names the lower bodies', () => {
    const found = findAddressees('1.持续做好宣传。动员地方科协、全国学会，发挥专业优势。', cast);
    expect(found.map((a) => [a.name, a.scope])).toEqual([['地方科协', 'lower']]);
  });
});

describe('各部门、各单位: a plan’s own units, a region’s units in a regulation', () => {
  it('in a regulation’s article they are every department and unit, not the issuer', () => {
    const t = '第七条征兵宣传工作应当纳入本市国防教育和法制宣传教育规划。各部门、各单位应当加强征兵的宣传工作，做好应征公民的思想政治工作。';
    expect(issuerOnly(findAddressees(t, ['北京市人民代表大会常务委员会', '北京市人大常委会']))).toBe(false);
  });

  it('in the issuer’s own plan they are its own departments', () => {
    const found = findAddressees('（一）深入学习\n各部门和单位利用办公会组织集中学习。', cast);
    expect(found.map((a) => [a.name, a.scope])).toEqual([['各部门和单位', 'issuer']]);
    expect(issuerOnly(found)).toBe(true);
  });
});
