import { describe, expect, it } from 'vitest';
import { extracted } from '../helpers.js';
import { regulation } from './law-text.js';

// Regulations written for these tests (not taken from any corpus or gold file): what a law names in
// 《》 besides documents (forms, lists, standards, treaties), and the terms of procedure a law defines
// with 为 (…之日为…), which are no brands (session 18, seen on the law mirror).
const of = (text: string, type: string) =>
  [...new Set(extracted('x.txt', text).mentions.filter((m) => m.type === type).map((m) => m.canonical))].sort();

describe('instruments named in 《》', () => {
  const text = regulation(
    '江西省行政执法条例',
    '执法机关应当制作《行政处罚决定书》，不予受理的，出具《不予受理通知书》，并填写《案件登记表》。',
    '依照《国家重点保护野生动物名录》和《城镇燃气设计规范》执行，并遵守《国际油污损害民事责任公约》。',
    '执法机关可以在《江西日报》上公告，并与电视台合办《法治在线》栏目。',
  );

  it('reads a form, a list, a standard or a treaty as no organisation and no brand', () => {
    const named = [...of(text, 'Organisation'), ...of(text, 'Brand')];
    for (const form of ['行政处罚决定书', '不予受理通知书', '案件登记表', '国家重点保护野生动物名录', '城镇燃气设计规范', '国际油污损害民事责任公约']) {
      expect(named).not.toContain(form);
    }
  });

  it('still reads a paper as an organisation and a column as a brand', () => {
    expect(of(text, 'Organisation')).toContain('江西日报');
    expect(of(text, 'Brand')).toContain('法治在线');
  });
});

describe('terms of procedure are no designated days', () => {
  it('reads no brand in a law’s definitions of dates and periods', () => {
    const text = regulation(
      '江西省劳动争议处理条例',
      '当事人知道或者应当知道其权利被侵害之日为劳动争议发生之日。',
      '期间届满的最后一日是法定休假日的，以休假日后的第一日为期间的最后一日。',
      '调解期限为一个月。',
    );
    expect(of(text, 'Brand')).toEqual([]);
  });

  it('still reads a week anchored on a day and a month of the province, 的 left out', () => {
    const text = regulation('江西省国防教育条例', '全民国防教育日所在周为本省国防教育宣传周。', '每年九月为本省的法治宣传教育月。');
    expect(of(text, 'Brand')).toEqual(expect.arrayContaining(['江西省国防教育宣传周', '江西省法治宣传教育月']));
    expect(of(text, 'Brand').some((b) => b.includes('的'))).toBe(false);
  });
});

describe('a verb of procedure before a body', () => {
  it('is cut off an organisation found by its suffix, token by token', () => {
    const text = regulation(
      '江西省人民调解条例',
      // (session 24: a law's committee named only by its field is a kind of body, so the body after 经 is a region's.)
      '调解协议应当报县人民调解委员会备案，经南昌市劳动争议仲裁委员会调解的，报告财政经济委员会。',
      '本条例所称调解组织，是指人民调解委员会。',
    );
    const orgs = of(text, 'Organisation');
    expect(orgs).toEqual(expect.arrayContaining(['南昌市劳动争议仲裁委员会', '财政经济委员会']));
    expect(orgs.filter((o) => /^(报|经劳|报告|指)/.test(o))).toEqual([]);
  });

  it('leaves a name whose first word only begins with such a character (经济技术协会, 商务部)', () => {
    // (session 24: a bare 经济委员会 is a kind of committee in a law; an association keeps the case.)
    const orgs = of(regulation('江西省经济条例', '经济技术协会和商务部门负责实施，交通运输部指导。'), 'Organisation');
    expect(orgs).toEqual(expect.arrayContaining(['经济技术协会', '交通运输部']));
  });
});

describe('a programme word as the object of a verb of procedure in a law', () => {
  it('is no programme (提交项目, 公示服务项目, 承揽工程, 组织调查)', () => {
    const text = regulation(
      '江西省建设工程管理条例',
      '建设单位应当在规定期限内向核准机关提交项目，并在经营场所公示服务项目。',
      '施工单位不得超越资质等级许可范围承揽工程。发生事故的，由主管部门组织调查。',
    );
    expect(of(text, 'Programme')).toEqual([]);
  });
});
