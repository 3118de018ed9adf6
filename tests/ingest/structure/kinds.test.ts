// Kinds of instrument the law and regulation sets lack (session 17, tests/real/kinds): judicial
// interpretations, ministry rules with and without a header, autonomous-county regulations, a
// 修正案 and a standing committee's 规定 written in items. Texts are made for the test in the forms
// of the mirror; the real files are scored by `npm run eval -- --set kinds`.
import { describe, expect, it } from 'vitest';
import { levelAndRegion } from '../../../ingest/structure/issuer.js';
import { lexicon, structured } from '../helpers.js';

const doc = (...lines: string[]) => structured('x.md', lines.join('\n'));

describe('genre of legal instruments written in items, not articles', () => {
  it('reads a 修正案 adopted by the NPCSC as a regulation', () => {
    const d = doc('中华人民共和国刑法修正案（十三）', '2030年1月1日 第十九届全国人民代表大会常务委员会第一次会议通过', '一、将刑法第一条修改为：“……”', '二、本修正案自公布之日起施行。');
    expect([d.genre, d.issuer, d.level, d.issuedOn]).toEqual(['regulation', '全国人民代表大会常务委员会', 'central', '2030-01-01']);
  });

  it('reads a standing committee’s 若干规定 in items, with its adoption line, as a regulation', () => {
    const d = doc('某省人民代表大会常务委员会关于示例工作的若干规定', '2019年7月26日 某省第十三届人民代表大会常务委员会第十次会议通过', '一、示例工作由省人民政府负责。', '二、本规定自公布之日起施行。');
    expect(d.genre).toBe('regulation');
  });

  it('keeps a plan in items a plan, and a 决定 without an adoption line too', () => {
    expect(doc('某省示例工作实施方案', '一、总体要求', '二、主要任务').genre).toBe('plan');
    expect(doc('某省人民政府关于加快示例产业发展的决定', '一、总体要求', '二、主要任务').genre).toBe('plan');
  });
});

describe('judicial interpretations', () => {
  it('reads two meetings sharing one verb (A会议、B会议通过) as a joint adoption by both bodies', () => {
    const d = doc(
      '最高人民法院 最高人民检察院关于办理示例刑事案件适用法律若干问题的解释',
      '2018年9月3日 最高人民法院审判委员会第1747次会议、2018年12月12日最高人民检察院第十三届检察委员会第十一次会议通过',
      '2019年7月1日 施行',
      '第一条 示例。',
    );
    expect(d.history.map((h) => [h.date, h.action, h.by])).toEqual([
      ['2018-09-03', 'adopted', '最高人民法院'],
      ['2018-12-12', 'adopted', '最高人民检察院'],
    ]);
    expect([d.issuer, d.level, d.region, d.genre]).toEqual(['最高人民法院、最高人民检察院', 'central', '全国', 'regulation']);
  });

  it('names the court, not its 审判委员会, and dates the version by its 公告', () => {
    const d = doc('最高人民法院关于示例执行的若干规定', '2010年5月17日 最高人民法院审判委员会第1487次会议通过', '2010年7月1日 最高人民法院公告公布', '2010年10月1日 施行', '第一条 示例。');
    expect([d.issuer, d.issuedOn, d.level]).toEqual(['最高人民法院', '2010-07-01', 'central']);
  });

  it('takes the issuer from the title and the year from its number when no date line is printed', () => {
    const d = doc('最高人民法院关于审理示例纠纷案件适用法律若干问题的解释', '最高人民法院', '关于审理示例纠纷案件适用法律', '若干问题的解释', '法释〔2022〕16号', '为妥善审理示例纠纷案件，制定本解释。', '第一条 示例。');
    expect([d.issuer, d.docNumber, d.issuedOn, d.year, d.level]).toEqual(['最高人民法院', '法释〔2022〕16号', undefined, 2022, 'central']);
  });
});

describe('ministry rules', () => {
  it('reads a joint order written 第N号令 as the number, and the level of either body', () => {
    const d = doc('示例进口管理办法', '2003年8月18日 食品药品监管局、海关总署第4号令公布', '2004年1月1日 施行', '第一条 示例。');
    expect([d.docNumber, d.issuer, d.level, d.region, d.issuedOn]).toEqual(['食品药品监管局、海关总署第4号令', '食品药品监管局、海关总署', 'national', '全国', '2003-08-18']);
  });

  it('gives a header-less rule without a place the level its kind of title has, and no issuer or date', () => {
    const d = doc('示例登记规定', '第一章 总 则', '第一条 为了规范示例登记，制定本规定。', '第二条 省级公安机关交通管理部门负责指导。');
    expect([d.issuer, d.issuedOn, d.level, d.region, d.genre]).toEqual([undefined, undefined, 'national', '全国', 'regulation']);
  });
});

describe('level by title alone (no issuer known)', () => {
  it('reads a bare 条例 as the State Council’s and a 中华人民共和国…法 as the NPC’s (central)', () => {
    expect(levelAndRegion(undefined, '全民健身条例', lexicon)).toEqual({ level: 'central', region: '全国' });
    expect(levelAndRegion(undefined, '中华人民共和国国防教育法', lexicon)).toEqual({ level: 'central', region: '全国' });
  });

  it('reads the 中华人民共和国民法典 as the NPC’s too, as the other laws cited beside it (not national by 中华…)', () => {
    // Session 24's walk on the 物业管理条例 family: 郑州's 根据《中华人民共和国民法典》、国务院《物业管理条例》 put the
    // 民法典 a band below 河南's 《中华人民共和国物权法》 in the cascade.
    expect(levelAndRegion(undefined, '中华人民共和国民法典', lexicon)).toEqual({ level: 'central', region: '全国' });
  });

  it('gives no level by title to a title that may name a place the lexicon lacks', () => {
    expect(levelAndRegion(undefined, '某某土家族自治县旅游条例', lexicon).level).toBeUndefined();
  });

  it('leaves a plan’s title alone', () => {
    expect(levelAndRegion(undefined, '示例工作要点', lexicon).level).toBeUndefined();
  });
});

describe('autonomous counties', () => {
  it('puts a 自治条例 titled with its province in the county whose congress adopted it', () => {
    const d = doc(
      '浙江省示例畲族自治县自治条例',
      '1989年4月15日 示例畲族自治县第二届人民代表大会第四次会议通过',
      '1989年7月1日 浙江省第七届人民代表大会常务委员会第十次会议批准',
      '第一条 示例。',
    );
    expect([d.issuer, d.level, d.region, d.regionParent]).toEqual(['示例畲族自治县人民代表大会', 'county', '示例畲族自治县', '浙江省']);
  });
});

describe('a meeting alone on its line shares the next line’s verb', () => {
  it('reads a 批复 adopted by two meetings on two lines as one joint adoption', () => {
    const d = structured(
      'x.md',
      [
        '最高人民法院、最高人民检察院关于示例刑事案件定罪量刑问题的批复',
        '2018年1月25日 最高人民法院审判委员会第1732次会议',
        '2018年3月2日 最高人民检察院第十二届检察委员会第74次会议通过',
        '2018年3月30日 施行',
        '一、示例。',
        '二、本批复自2018年3月30日起施行。',
      ].join('\n'),
    );
    expect(d.history.map((h) => [h.date, h.action, h.by])).toEqual([
      ['2018-01-25', 'adopted', '最高人民法院'],
      ['2018-03-02', 'adopted', '最高人民检察院'],
    ]);
    expect([d.issuer, d.issuedOn, d.genre]).toEqual(['最高人民法院、最高人民检察院', '2018-03-02', 'regulation']);
  });
});

describe('a joint adoption whose first meeting is the later one', () => {
  it('names both bodies when the second meeting of the line was held first', () => {
    const d = structured(
      'x.md',
      [
        '最高人民法院、最高人民检察院关于办理示例刑事案件具体应用法律若干问题的解释',
        '2001年4月5日 最高人民法院审判委员会第1168次会议、2001年3月30日最高人民检察院第九届检察委员会第84次会议通过',
        '第一条 示例。',
      ].join('\n'),
    );
    expect(d.history.map((h) => [h.date, h.by])).toEqual([
      ['2001-03-30', '最高人民检察院'],
      ['2001-04-05', '最高人民法院'],
    ]);
    expect(d.issuer).toBe('最高人民法院、最高人民检察院');
  });
});

describe('forms seen across the mirror’s ministry rules and judicial interpretations', () => {
  it('reads the state’s name before the State Council in a signature as central', () => {
    expect(levelAndRegion('中华人民共和国国务院', '关于管理示例机构的暂行规定', lexicon).level).toBe('central');
  });

  it('names the court when its 审判委员会 讨论通过 the text', () => {
    const d = structured('x.md', ['最高人民法院关于审理示例案件若干问题的解答', '1993年6月15日 最高人民法院审判委员会讨论通过', '第一条 示例。'].join('\n'));
    expect(d.history.map((h) => h.by)).toEqual(['最高人民法院']);
  });

  it('reads a 规范 written in articles as a regulation, and one in items without history as a plan', () => {
    expect(structured('x.md', '交通警察示例工作规范\n第一条 示例。\n第二条 示例。').genre).toBe('regulation');
    expect(structured('x.md', '示例服务工作规范\n一、总体要求\n二、主要任务').genre).toBe('plan');
  });
});
