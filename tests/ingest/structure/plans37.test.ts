// Session 37 (plans): metadata rules read on a scan of the law mirror against its own record (scripts/metadata-scan.ts:
// the file name's date and folder). Texts of my own making; each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { structured } from '../helpers.js';
import { readHistory } from '../../../ingest/structure/history.js';
import { levelAndRegion } from '../../../ingest/structure/issuer.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';
import { dateClass, folderOf, placeVerdicts } from '../../../scripts/metadata-scan.js';

const lexicon = loadLexicon();

describe('an amending decision whose verb is printed inside its closing bracket', () => {
  const head = '2001年3月2日 某某省第九届人民代表大会常务委员会第五次会议通过\n2011年6月9日 某某省第十一届人民代表大会常务委员会第八次会议《关于修改<某某省示例条例>等十件地方性法规的决定修正》\n';
  it('reads the amendment and dates the version by it', () => {
    const r = readHistory(head, 0, head.length);
    expect(r.events.map((e) => `${e.date} ${e.action}`)).toEqual(['2001-03-02 adopted', '2011-06-09 amended']);
    const doc = structured('x.txt', `某某省示例条例\n${head}\n第一条　为了规范管理，制定本条例。\n第二条　本条例自公布之日起施行。`);
    expect(doc.issuedOn).toBe('2011-06-09');
  });
  it('still reads a decision whose verb follows the bracket, and a title that merely ends in 修正', () => {
    const plain = '2011年6月9日 某某省人民代表大会常务委员会《关于修改〈某某省示例条例〉的决定》第一次修正\n';
    expect(readHistory(plain, 0, plain.length).events.map((e) => e.action)).toEqual(['amended']);
    const revised = '2015年5月1日 某某省人民代表大会常务委员会《某某省示例条例修订》修订\n';
    expect(readHistory(revised, 0, revised.length).events.map((e) => e.action)).toEqual(['revised']);
  });
});

describe('a national body’s text about one place', () => {
  it('is of the body’s level, not of the place its title names', () => {
    expect(levelAndRegion('交通部', '某某港航运交易所管理规定', lexicon)).toEqual({ level: 'national', region: '全国' });
    expect(levelAndRegion('国务院', '上海市示例开发区暂行条例', lexicon)).toEqual({ level: 'central', region: '全国' });
  });
  it('leaves a place’s own body, and a body named without its place, to the title', () => {
    expect(levelAndRegion('上海市人民代表大会常务委员会', '上海市示例条例', lexicon)).toMatchObject({ level: 'provincial', region: '上海市' });
    expect(levelAndRegion('市人民政府办公厅', '上海市示例办法', lexicon)).toMatchObject({ region: '上海市' });
  });
});

describe('the metadata scan', () => {
  it('counts a city regulation published weeks after its approval as agreeing, a stale name as differing', () => {
    expect(dateClass('2021-09-30', '2021-10-08', true)).toBe('lag');
    expect(dateClass('2021-09-30', '2021-09-30', true)).toBe('same');
    expect(dateClass('2014-11-24', '2019-03-24', true)).toBe('differ');
    expect(dateClass(undefined, '2019-03-24', true)).toBe('missing');
    expect(dateClass(undefined, '2019-03-24', false)).toBe('none');
    expect(dateClass('2019-03-24', undefined, true)).toBe('nameless');
  });
  it('files a document under its province or its national folder and checks its place against it', () => {
    expect(folderOf('DLC/山东地方法规/地方性法规/山东/济南市示例条例(2020-01-01).md')).toBe('DLC/山东');
    expect(folderOf('部门规章/公安部/示例规定.md')).toBe('部门规章');
    expect(placeVerdicts('DLC/山东地方法规/地方性法规/山东/x.md', 'municipal', '济南市', lexicon)).toEqual({ level: 'agree', region: 'agree' });
    expect(placeVerdicts('DLC/山东地方法规/地方性法规/山东/x.md', 'municipal', '杭州市', lexicon).region).toBe('differ');
    expect(placeVerdicts('行政法规/x.md', 'provincial', '上海市', lexicon)).toEqual({ level: 'differ', region: 'differ' });
  });
});

describe('issuers the metadata scan found wrong', () => {
  it('reads no body in a regulation title whose place is followed by a verb of regulating', () => {
    const doc = structured('x.txt', '上海市促进示例协会发展规定\n\n第一条　为了促进本市示例协会的发展，制定本规定。\n第二条　本规定自公布之日起施行。');
    expect(doc.issuer).toBeUndefined();
    expect(doc.region).toBe('上海市');
  });
  it('still reads a body that opens a plan’s title', () => {
    const doc = structured('x.txt', '2024年湖北省科协科普工作要点\n\n一、加强组织领导\n（一）完善工作机制。');
    expect(doc.issuer).toBe('湖北省科协');
  });
  it('restores a legislature’s name the text cut to 常委员会', () => {
    const head = '2020年3月2日 某某省第十三届人民代表大会常委员会第五次会议通过\n';
    expect(readHistory(head, 0, head.length).events[0]!.by).toBe('某某省人民代表大会常务委员会');
  });
});

describe('the metadata scan’s issuer check', () => {
  it('wants a body of the folder’s province in DLC and a placeless body elsewhere', async () => {
    const { issuerVerdict } = await import('../../../scripts/metadata-scan.js');
    expect(issuerVerdict('DLC/山东地方法规/地方性法规/山东/x.md', '济南市人民代表大会常务委员会', lexicon)).toBe('agree');
    expect(issuerVerdict('DLC/山东地方法规/地方性法规/山东/x.md', '上海市促进示例协会', lexicon)).toBe('differ');
    expect(issuerVerdict('行政法规/x.md', '国务院', lexicon)).toBe('agree');
    expect(issuerVerdict('行政法规/x.md', undefined, lexicon)).toBe('missing');
  });
});

describe('a bare 市 in a municipality’s history line', () => {
  it('is the municipality', () => {
    const doc = structured('x.txt', '重庆市示例条例\n2002年6月7日 重庆市第一届人民代表大会常务委员会第四十次会议通过\n2010年9月29日 市第三届人民代表大会常务委员会第十九次会议修订\n\n第一条　为了规范管理，制定本条例。\n第二条　本条例自公布之日起施行。');
    expect(doc.history.map((e) => e.by)).toEqual(['重庆市人民代表大会常务委员会', '重庆市人民代表大会常务委员会']);
    expect(doc.issuer).toBe('重庆市人民代表大会常务委员会');
  });
});

describe('announcements of a standing committee in the forms of other provinces', () => {
  const body = '\n\n第一条　为了规范管理，制定本条例。\n第二条　本条例自2022年1月1日起施行。';
  it('reads 已于 <date> 经 <body> 通过 (the date before the body)', () => {
    const doc = structured('x.txt', '某某省人民代表大会常务委员会公告\n（第9号）\n《某某省示例条例》已于2021年11月19日经某某省第十三届人民代表大会常务委员会第三十四次会议通过，现予公布，自2022年1月1日起施行。\n\n某某省示例条例' + body);
    expect(doc.history.map((e) => `${e.date} ${e.action} ${e.by}`)).toEqual(['2021-11-19 adopted 某某省人民代表大会常务委员会']);
    expect(doc.issuedOn).toBe('2021-11-19');
  });
  it('reads 已经 <body> 于 <date> 通过 without 已经 in the body', () => {
    const doc = structured('x.txt', '某某省人民代表大会常务委员会公告\n第75号\n《某某省示例条例》已经某某省第十三届人民代表大会常务委员会第二十次会议于2020年9月25日通过，现予公布。\n\n某某省示例条例' + body);
    expect(doc.issuer).toBe('某某省人民代表大会常务委员会');
  });
  it('reads the announcement printed under the title', () => {
    const doc = structured('x.txt', '某某省示例条例\n某某省人民代表大会常务委员会公告\n（第105号）\n《某某省示例条例》已于2021年11月19日经某某省第十三届人民代表大会常务委员会第三十四次会议通过，现予公布，自2022年1月1日起施行。' + body);
    expect(doc.issuer).toBe('某某省人民代表大会常务委员会');
    expect(doc.issuedOn).toBe('2021-11-19');
  });
});

describe('the national law database’s panel (labels and values on lines of their own)', () => {
  it('reads the body and the date past a 法律性质 label', () => {
    const doc = structured('x.txt', '某某省示例条例\n\n制定机关\n某某省人民代表大会常务委员会\n法律性质\n地方性法规\n公布日期\n2021-09-29\n施行日期\n2022-01-01\n\n第一条　为了规范管理，制定本条例。\n第二条　本条例自2022年1月1日起施行。');
    expect(doc.issuer).toBe('某某省人民代表大会常务委员会');
    expect(doc.issuedOn).toBe('2021-09-29');
  });
});

describe('a ministry’s order numbered within its year', () => {
  it('is the document’s number, with its year', () => {
    const doc = structured('x.txt', '中华人民共和国某某部令\n2021年第12号\n《示例管理规定》已于2021年8月10日经第20次部务会议通过，现予公布，自2021年10月1日起施行。\n部长　李某某\n2021年8月11日\n\n示例管理规定\n\n第一条　为了规范管理，制定本规定。\n第二条　本规定自2021年10月1日起施行。');
    expect(doc.docNumber).toBe('某某部令2021年第12号');
    const line = structured('x.txt', '示例管理规定\n（2021年8月11日某某部令2021年第12号公布）\n\n第一条　为了规范管理，制定本规定。\n第二条　本规定自公布之日起施行。');
    expect(line.docNumber).toBe('某某部令2021年第12号');
  });
});

const law = (body: string) => structured('x.txt', `某某条例\n\n${body}`);
const paths = (doc: ReturnType<typeof structured>) => doc.units.map((u) => u.path);

describe('a code printed in 编', () => {
  const text =
    '第一编　总则\n第一章　任务\n第一条　为了规范诉讼，制定本法。\n第二章　管辖\n第二条　法院依法管辖。\n' +
    '第二编　侦查\n第一章　立案\n第三条　应当立案。\n第二章　侦查\n第一节　一般规定\n第四条　应当依法侦查。\n第二节　讯问\n第五条　讯问应当依法进行。\n' +
    '第三编　审判\n第一章　审判组织\n第六条　法院依法审判。\n第二章　第一审程序\n第一节　公诉案件\n第七条　应当开庭审理。';
  it('holds its chapters under each 编, their numbers restarting', () => {
    const doc = law(text);
    expect(paths(doc)).toContain('第二编/第二章/第一节/第四条');
    expect(paths(doc)).toContain('第三编/第二章/第一节/第七条');
    expect(paths(doc).filter((p) => p.includes('~'))).toEqual([]);
    expect(doc.units.filter((u) => u.leaf).length).toBe(7);
  });
  it('holds the chapters of a 分编', () => {
    const doc = law('第一分编　通则\n第一章　一般规定\n第一条　合同依法成立。\n第二分编　典型合同\n第二章　买卖合同\n第二条　买卖合同依法订立。');
    expect(paths(doc)).toEqual(['第一分编', '第一分编/第一章', '第一分编/第一章/第一条', '第二分编', '第二分编/第二章', '第二分编/第二章/第二条']);
  });
  it('does not read a line on compiling as a 编', () => {
    const doc = law('第一章　总则\n第一条　为了规范管理，制定本条例。\n第二条　编制规划应当依法进行。');
    expect(paths(doc)).toEqual(['第一章', '第一章/第一条', '第一章/第二条']);
  });
});

describe('a contents list over bare chapter titles', () => {
  it('is no structure; the bare titles open the chapters in its order', () => {
    const doc = law(
      '第一章　总则\n第二章　规划管理\n第三章　建设管理\n第四章　附则\n总　则\n第一条　为了规范管理，制定本条例。\n第二条　本条例适用于本市。\n' +
        '规划管理\n第三条　应当编制规划。\n建设管理\n第四条　应当依法建设。\n附　则\n第五条　本条例自公布之日起施行。',
    );
    expect(paths(doc)).toEqual(['第一章', '第一章/第一条', '第一章/第二条', '第二章', '第二章/第三条', '第三章', '第三章/第四条', '第四章', '第四章/第五条']);
  });
  it('leaves two chapter lines in a row alone (an empty chapter)', () => {
    const doc = law('第一章　总则\n第二章　规划\n第一条　应当编制规划。\n第三章　附则\n第二条　本条例自公布之日起施行。');
    expect(paths(doc)).toContain('第一章');
  });
});

describe('a numbered attachment after the last article', () => {
  it('is no unit and not the last article’s text', () => {
    const doc = law('第一条　为了规范管理，制定本办法。\n第二条　本办法自公布之日起施行。\n附件1\n申请书样式\n申请人：\n附件2\n登记表\n编号：');
    expect(paths(doc)).toEqual(['第一条', '第二条']);
    const last = doc.units.at(-1)!;
    expect(doc.text.slice(last.span[0], last.span[1])).not.toContain('附件');
  });
});
