// Forms met in the seeded random draw of the mirror (session 18, tests/real/random): a body sentence
// that opens with 根据 under the history, the number of a version promulgated twice, a standing
// committee's 公告 number, a text adopted again by the same body, a congress's 决议 in items. Texts
// are made for the test in the forms of the mirror; the real files are scored by
// `npm run eval -- --set randomdev`.
import { describe, expect, it } from 'vitest';
import { structured } from '../helpers.js';

const doc = (...lines: string[]) => structured('x.md', lines.join('\n'));

describe('the end of the history lines', () => {
  it('does not read a body sentence opening with 根据 (a 修正案 it names) as an amendment', () => {
    const d = doc(
      '最高人民法院、最高人民检察院关于执行《中华人民共和国刑法》确定罪名的补充规定（九）',
      '2030年4月21日 最高人民法院审判委员会第1900次会议、2030年4月13日最高人民检察院第十五届检察委员会第60次会议通过',
      '2030年4月27日 最高人民法院、最高人民检察院公告公布',
      '2030年5月1日 施行',
      '根据《中华人民共和国刑法修正案（十五）》（以下简称《刑法修正案（十五）》）的规定，现对罪名作如下补充、修改：',
      '| 刑法条文 |罪名 |',
    );
    expect(d.history.map((h) => [h.date, h.action, h.by])).toEqual([
      ['2030-04-13', 'adopted', '最高人民检察院'],
      ['2030-04-21', 'adopted', '最高人民法院'],
    ]);
    expect([d.issuer, d.issuedOn, d.year]).toEqual(['最高人民法院、最高人民检察院', '2030-04-27', 2030]);
  });

  it('still reads a 根据 line that names the amending decision', () => {
    const d = doc(
      '某省示例条例',
      '2004年7月30日 某省第十届人民代表大会常务委员会第十四次会议通过',
      '根据2010年9月17日某省第十一届人民代表大会常务委员会第二十一次会议《关于修改本省部分地方性法规的决定》修正',
      '第一条 示例。',
    );
    expect(d.history.map((h) => [h.date, h.action])).toEqual([
      ['2004-07-30', 'adopted'],
      ['2010-09-17', 'amended'],
    ]);
    expect(d.issuedOn).toBe('2010-09-17');
  });
});

describe('the number of the version', () => {
  it('is the order that promulgated the version, not the first order of its history', () => {
    const d = doc(
      '示例管理条例',
      '1997年5月8日 中华人民共和国国务院令第216号发布',
      '2001年11月29日 《国务院关于修改〈示例管理条例〉的决定》修订',
      '2017年2月8日 国务院第164次常务会议修订通过',
      '2017年3月16日 中华人民共和国国务院令第677号公布',
      '2017年6月1日 施行',
      '第一条 示例。',
    );
    expect([d.docNumber, d.issuedOn, d.issuer]).toEqual(['国务院令第677号', '2017-03-16', '国务院']);
  });

  it('stays the promulgating order when later orders only carry amending decisions', () => {
    const d = doc(
      '示例案件程序规定',
      '2012年12月3日 公安部部长办公会议通过',
      '2012年12月19日 中华人民共和国公安部令第125号发布',
      '2014年6月29日 中华人民共和国公安部令第132号《公安部关于修改部分部门规章的决定》第一次修正',
      '第一条 示例。',
    );
    expect(d.docNumber).toBe('公安部令第125号');
  });

  it('is a standing committee’s announcement, with the committee as printed', () => {
    const d = doc(
      '某省示例合同条例',
      '1988年10月24日 某省第七届人民代表大会常务委员会第八次会议通过',
      '2010年11月25日 某省第十一届人民代表大会常务委员会第二十一次会议修订',
      '2010年11月25日 某省第十一届人民代表大会常务委员会公告第58号公布',
      '2011年1月1日 施行',
      '第一条 示例。',
    );
    expect([d.docNumber, d.issuedOn]).toEqual(['某省第十一届人民代表大会常务委员会公告第58号', '2010-11-25']);
  });
});

describe('a text adopted again by the same body', () => {
  it('reads a court’s second 通过 of its interpretation as an amendment, the court still its issuer', () => {
    const d = doc(
      '最高人民法院关于办理示例案件若干问题的规定',
      '2014年12月29日 最高人民法院审判委员会第1638次会议通过',
      '2020年12月23日 最高人民法院审判委员会第1823次会议通过',
      '第一条 示例。',
    );
    expect(d.history.map((h) => [h.date, h.action, h.by])).toEqual([
      ['2014-12-29', 'adopted', '最高人民法院'],
      ['2020-12-23', 'amended', '最高人民法院'],
    ]);
    expect([d.issuer, d.issuedOn]).toEqual(['最高人民法院', '2020-12-23']);
  });

  it('keeps a city’s adoption and its province’s approval apart (two bodies)', () => {
    const d = doc(
      '某市示例条例',
      '2014年11月28日 某市第十五届人民代表大会常务委员会第十七次会议通过',
      '2015年4月1日 某省第十二届人民代表大会常务委员会第十三次会议批准',
      '第一条 示例。',
    );
    expect(d.history.map((h) => h.action)).toEqual(['adopted', 'approved']);
  });
});

describe('a congress’s 决议', () => {
  const items = ['一、坚持示例工作的正确方向', '各级人民政府要加强示例工作。', '二、广泛动员社会参与', '要营造良好氛围。'];

  it('is a plan when written in items: it resolves and calls on bodies to act', () => {
    const d = doc('某省人民代表大会常务委员会关于进一步加强示例工作的决议', '2018年9月29日 某省第十三届人民代表大会常务委员会第六次会议通过', ...items);
    expect([d.genre, d.issuer, d.issuedOn]).toEqual(['plan', '某省人民代表大会常务委员会', '2018-09-29']);
  });

  it('is a regulation when written in articles, and a 决定 in items stays one', () => {
    expect(doc('某省人民代表大会常务委员会关于示例工作的决议', '2018年9月29日 某省第十三届人民代表大会常务委员会第六次会议通过', '第一条 示例。', '第二条 示例。').genre).toBe('regulation');
    expect(doc('某省人民代表大会常务委员会关于示例税额的决定', '2019年7月26日 某省第十五届人民代表大会常务委员会第十四次会议通过', ...items).genre).toBe('regulation');
  });
});

describe('judicial interpretations whatever their title (the mirror’s 司法解释 read as plans in session 17)', () => {
  it('reads a 解答, 通知 or 意见 adopted by a supreme court’s or procuratorate’s committee as a regulation', () => {
    const answer = doc('最高人民法院关于审理示例案件若干问题的解答', '1993年6月15日 最高人民法院审判委员会第579次会议讨论通过', '一、问：示例？', '答：示例。');
    const notice = doc('最高人民检察院关于检察工作中具体适用示例问题的通知', '1997年9月24日 最高人民检察院第八届检察委员会第七十四次会议通过', '地方各级人民检察院：', '现通知如下。');
    expect([answer.genre, notice.genre, notice.issuer]).toEqual(['regulation', 'regulation', '最高人民检察院']);
  });

  it('reads a court’s 规定 printed without its header, in items, as a regulation', () => {
    expect(doc('最高人民法院关于示例法院受理案件范围的规定', '一、示例纠纷案件', '1.示例案件；').genre).toBe('regulation');
  });

  it('keeps a court’s 意见 with no adoption line a plan', () => {
    expect(doc('最高人民法院关于为示例工作提供司法服务和保障的意见', '一、总体要求', '二、主要任务').genre).toBe('plan');
  });

  it('reads the number a text was issued under, not the words before 以', () => {
    const d = doc('最高人民法院关于审理示例案件若干问题的解答', '1993年6月15日 最高人民法院审判委员会第579次会议讨论通过', '1993年8月7日 最高人民法院以法发〔1993〕15号通知印发）', '一、问：示例？');
    expect(d.docNumber).toBe('法发〔1993〕15号');
  });
});

describe('a promulgation that names no body', () => {
  it('dates the version by a bare 公布 line after the adoptions', () => {
    const d = doc(
      '最高人民法院、最高人民检察院关于办理示例刑事案件应用法律若干问题的解释',
      '2012年8月20日 最高人民法院审判委员会第1553次会议、2012年11月19日最高人民检察院第十一届检察委员会第82次会议通过',
      '2012年12月12日 公布',
      '2012年12月20日 施行',
      '第一条 示例。',
    );
    expect([d.issuedOn, d.issuer, d.history.length]).toEqual(['2012-12-12', '最高人民法院、最高人民检察院', 2]);
  });

  it('reads 印发 as a promulgation: the version is dated by it, not by the adopting meeting', () => {
    const d = doc('最高人民法院关于审理示例案件若干问题的解答', '1993年6月15日 最高人民法院审判委员会第579次会议讨论通过', '1993年8月7日 最高人民法院以法发〔1993〕15号通知印发）', '一、问：示例？');
    expect([d.issuedOn, d.history.map((h) => [h.date, h.action])]).toEqual(['1993-08-07', [['1993-06-15', 'adopted']]]);
  });
});

describe('forms of the mirror’s 行政法规 outside the draw', () => {
  it('reads a dated order alone on its line as the promulgation: issuer, date and number', () => {
    const d = doc('中华人民共和国示例法实施细则', '2017年11月22日 中华人民共和国国务院令第692号', '第一章 总则', '第一条 示例。');
    expect([d.issuer, d.issuedOn, d.docNumber, d.level]).toEqual(['国务院', '2017-11-22', '国务院令第692号', 'central']);
  });

  it('dates a text by a date alone under its title', () => {
    expect(doc('关于示例机场使用管理的若干暂行规定', '1985年12月30日', '第一条 示例。').issuedOn).toBe('1985-12-30');
    expect(doc('关于示例机场使用管理的若干暂行规定', '（1985年12月30日）', '第一条 示例。').issuedOn).toBe('1985-12-30');
  });

  it('reads a State Council 规定 or 实施办法 in items as a regulation, its 通知 as a plan', () => {
    expect(doc('国务院关于示例印章管理的规定', '一、示例印章为圆形。', '二、示例。').genre).toBe('regulation');
    expect(doc('国务院关于示例税收有关问题的通知', '一、示例。', '二、示例。').genre).toBe('plan');
  });

  it('takes a ministry the lexicon does not list, signing above its date, as the issuer, without the state’s name', () => {
    const d = doc('示例支付暂行规定', '关于印发《示例支付暂行规定》的通知', '劳部发〔1994〕489号', '各省、自治区、直辖市劳动厅：', '现印发给你们，请贯彻执行。', '劳动部', '一九九四年十二月六日', '第一条 示例。');
    expect([d.issuer, d.issuedOn, d.docNumber, d.level]).toEqual(['劳动部', '1994-12-06', '劳部发〔1994〕489号', 'national']);
    const e = doc('示例工作时间的实施办法', '关于印发《示例工作时间的实施办法》的通知', '各省、自治区、直辖市人事厅：', '现印发给你们。', '中华人民共和国人事部', '1995年3月26日', '第一条 示例。');
    expect(e.issuer).toBe('人事部');
  });
});

describe('forms of the mirror’s laws and ministry rules outside the draw', () => {
  it('keeps a decision title wrapped onto a line that starts like an article in the history', () => {
    const d = doc(
      '中华人民共和国示例保护法',
      '1982年11月19日 第五届全国人民代表大会常务委员会第二十五次会议通过',
      '1991年6月29日 第七届全国人民代表大会常务委员会第二十次会议《关于修改<中华人民共和国示例保护法>第三十条',
      '第三十一条的决定》第一次修正',
      '2017年11月4日 第十二届全国人民代表大会常务委员会第三十次会议《关于修改<中华人民共和国会计法>等十一部法律的决定》第五次修正',
      '第一章 总则',
      '第一条 示例。',
    );
    expect([d.issuedOn, d.history.length]).toEqual(['2017-11-04', 3]);
    expect(d.units.filter((u) => u.kind === 'article').map((u) => u.path)).toEqual(['第一章/第一条']);
  });

  it('reads a history line the mirror ended with 。根据', () => {
    const d = doc(
      '示例案件程序规定',
      '2012年12月13日 公安部令第127号修订发布。根据',
      '2020年07月20日 公安部令第159号《公安部关于修改〈示例案件程序规定〉的决定》修正）',
      '第一章 任务',
      '第一条 示例。',
    );
    expect([d.issuer, d.issuedOn, d.level]).toEqual(['公安部', '2020-07-20', 'national']);
  });

  it('reads the civil code’s articles past a thousand, and a 法典 as a regulation', () => {
    const d = doc('中华人民共和国示例法典', '继承编', '2020年5月28日 第十三届全国人民代表大会第三次会议通过', '第一章 一般规定', '第一千一百一十九条 本编调整示例关系。', '第一千一百二十条 示例。');
    expect(d.units.filter((u) => u.kind === 'article').map((u) => u.path)).toEqual(['第一章/第一千一百一十九条', '第一章/第一千一百二十条']);
    expect([d.genre, d.issuer]).toEqual(['regulation', '全国人民代表大会']);
  });
});

describe('approval chains of city regulations as the mirror prints them', () => {
  it('reads an approval whose date the mirror broke before 日', () => {
    const d = doc('某市示例公路条例', '2014年7月23日 某市第十五届人民代表大会常务委员会第十五次会议通过', '2014年9月26', '日某省第十二届人民代表大会常务委员会第十次会议批准', '第一条 示例。');
    expect([d.issuedOn, d.history.map((h) => h.action)]).toEqual(['2014-09-26', ['adopted', 'approved']]);
  });

  it('names the approving committee without its meeting’s 通过, and a committee the mirror cut short in full', () => {
    const d = doc(
      '宁波市示例捐献条例',
      '2002年9月29日 宁波市第十一届人民代表大会常务委员会第三十九次会议通过',
      '2002年10月31日 浙江省第九届人民代表大会常务委员第三十九次会议批准',
      '2020年6月29日 宁波市第十五届人民代表大会常务委员会第三十次会议通过',
      '2020年7月31日 浙江省第十三届人民代表大会常务委员会第二十二次会议通过批准的《宁波市人民代表大会常务委员会关于修改〈宁波市示例捐献条例〉的决定》修正',
      '第一条 示例。',
    );
    expect(d.history.map((h) => [h.date, h.action, h.by])).toEqual([
      ['2002-09-29', 'adopted', '宁波市人民代表大会常务委员会'],
      ['2002-10-31', 'approved', '浙江省人民代表大会常务委员会'],
      ['2020-06-29', 'amended', '宁波市人民代表大会常务委员会'],
      ['2020-07-31', 'approved', '浙江省人民代表大会常务委员会'],
    ]);
  });
});

describe('the number of a revised rule', () => {
  it('is the order that promulgated the revision (令第127号修订发布)', () => {
    const d = doc('示例案件程序规定', '2012年12月13日 公安部令第127号修订发布。根据', '2020年07月20日 公安部令第159号《公安部关于修改〈示例案件程序规定〉的决定》修正）', '第一章 任务', '第一条 示例。');
    expect(d.docNumber).toBe('公安部令第127号');
  });
});
