// Real laws and regulations from the LawRefBook/Laws mirror (fixtures/, sources.json names each
// file's path and blob): what a reader sees in the lines under the title, checked by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../ingest/read/markdown.js';
import { structured } from '../helpers.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const read = (file: string) => structured(file, markdownToText(readFileSync(join(FIXTURES, file), 'utf8')));

const NPCSC = '全国人民代表大会常务委员会';
const cw = (place: string) => `${place}人民代表大会常务委员会`;

/** Read by hand from each file's lines under its title. */
const EXPECTED: Record<string, { issuer: string; issuedOn: string; level: string; region: string; history: [string, string, string][] }> = {
  '道路交通安全法(2021-04-29).md': {
    issuer: NPCSC, issuedOn: '2021-04-29', level: 'central', region: '全国',
    history: [['2003-10-28', 'adopted', NPCSC], ['2007-12-29', 'amended', NPCSC], ['2011-04-22', 'amended', NPCSC], ['2021-04-29', 'amended', NPCSC]],
  },
  '广东省工艺美术保护和发展条例(2021-05-26).md': {
    issuer: cw('广东省'), issuedOn: '2021-05-26', level: 'provincial', region: '广东省',
    history: [['2021-05-26', 'adopted', cw('广东省')]],
  },
  '汕尾市农村建房条例(2022-12-02).md': {
    issuer: cw('汕尾市'), issuedOn: '2022-11-30', level: 'municipal', region: '汕尾市',
    history: [['2022-10-31', 'adopted', cw('汕尾市')], ['2022-11-30', 'approved', cw('广东省')]],
  },
  '深圳经济特区中医药条例(2023-01-06).md': {
    issuer: cw('深圳市'), issuedOn: '2022-12-29', level: 'municipal', region: '深圳市',
    history: [['2010-04-02', 'adopted', cw('深圳市')], ['2019-10-31', 'amended', cw('深圳市')], ['2022-12-29', 'revised', cw('深圳市')]],
  },
  '三门峡市大气污染防治条例(2019-08-27).md': {
    issuer: cw('三门峡市'), issuedOn: '2019-07-26', level: 'municipal', region: '三门峡市',
    history: [['2019-06-25', 'adopted', cw('三门峡市')], ['2019-07-26', 'approved', cw('河南省')]],
  },
  '上海市公路管理条例.md': {
    issuer: cw('上海市'), issuedOn: '2020-09-25', level: 'provincial', region: '上海市',
    history: [['1999-11-26', 'adopted', cw('上海市')], ['2003-10-10', 'amended', cw('上海市')], ['2015-07-23', 'amended', cw('上海市')], ['2020-09-25', 'amended', cw('上海市')]],
  },
  '淄博市土地监察条例(2018-09-25).md': {
    issuer: cw('淄博市'), issuedOn: '2018-09-21', level: 'municipal', region: '淄博市',
    history: [
      ['1994-06-01', 'adopted', cw('淄博市')], ['1994-06-14', 'approved', cw('山东省')],
      ['2000-05-31', 'amended', cw('淄博市')], ['2000-06-30', 'approved', cw('山东省')],
      ['2012-06-28', 'amended', cw('淄博市')], ['2012-08-01', 'approved', cw('山东省')],
      ['2018-08-29', 'amended', cw('淄博市')], ['2018-09-21', 'approved', cw('山东省')],
    ],
  },
  '德州市优化营商环境条例(2021-10-08).md': {
    issuer: cw('德州市'), issuedOn: '2021-09-30', level: 'municipal', region: '德州市',
    history: [['2021-07-27', 'adopted', cw('德州市')], ['2021-09-30', 'approved', cw('山东省')]],
  },
  // This copy prints the 1991 approval and the 2017 revision without their dates: undated lines
  // are not events, and they must not run into the dated ones.
  '宁波市城市绿化条例(2017-12-18).md': {
    issuer: cw('宁波市'), issuedOn: '2005-12-23', level: 'municipal', region: '宁波市',
    history: [
      ['1991-10-26', 'adopted', cw('宁波市')],
      ['1996-06-29', 'amended', cw('宁波市')], ['1996-06-29', 'approved', cw('浙江省')],
      ['2003-09-26', 'amended', cw('宁波市')], ['2003-11-06', 'approved', cw('浙江省')],
      ['2005-11-30', 'amended', cw('宁波市')], ['2005-12-23', 'approved', cw('浙江省')],
    ],
  },
  '景宁畲族自治县水资源管理条例(2021-06-15).md': {
    issuer: '景宁畲族自治县人民代表大会', issuedOn: '2021-05-28', level: 'county', region: '景宁畲族自治县',
    history: [
      ['2001-04-12', 'adopted', '景宁畲族自治县人民代表大会'], ['2001-06-29', 'approved', cw('浙江省')],
      ['2021-05-28', 'amended', '景宁畲族自治县人民代表大会'], ['2021-05-28', 'approved', cw('浙江省')],
    ],
  },
  '北京市信访条例.md': {
    issuer: cw('北京市'), issuedOn: '2006-09-15', level: 'provincial', region: '北京市',
    history: [['2006-09-15', 'revised', cw('北京市')]],
  },
  // Two events on one line (…第二次修正   2005年3月25日…修订), joined by 根据.
  '重庆市体育市场管理条例(2016-09-29).md': {
    issuer: cw('重庆市'), issuedOn: '2016-09-29', level: 'provincial', region: '重庆市',
    history: [
      ['1999-03-26', 'adopted', cw('重庆市')], ['2002-01-21', 'amended', cw('重庆市')], ['2004-06-28', 'amended', cw('重庆市')],
      ['2005-03-25', 'revised', cw('重庆市')], ['2010-07-23', 'amended', cw('重庆市')], ['2016-09-29', 'amended', cw('重庆市')],
    ],
  },
  // Promulgated by a State Council order (no adoption line): the order is its adoption.
  '个体工商户条例(2016-02-06).md': {
    issuer: '国务院', issuedOn: '2014-02-19', level: 'central', region: '全国',
    history: [['2011-04-16', 'adopted', '国务院'], ['2014-02-19', 'revised', '国务院']],
  },
  // Adopted by the State Council's executive meeting, promulgated by order later: the version
  // is dated by its promulgation; 施行 is when it takes effect, not an event of the text.
  '志愿服务条例(2017-08-22).md': {
    issuer: '国务院', issuedOn: '2017-08-22', level: 'central', region: '全国',
    history: [['2017-06-07', 'adopted', '国务院']],
  },
};

describe('laws and regulations of the mirror: history, version date, issuer, level, region', () => {
  for (const [file, want] of Object.entries(EXPECTED)) {
    it(file, () => {
      const doc = read(file);
      expect({
        issuer: doc.issuer,
        issuedOn: doc.issuedOn,
        level: doc.level,
        region: doc.region,
        history: doc.history.map((h) => [h.date, h.action, h.by]),
      }).toEqual(want);
      expect([doc.genre, doc.year]).toEqual(['regulation', Number(want.issuedOn.slice(0, 4))]);
    });
  }

  it('keeps the span each event was read from', () => {
    const doc = read('汕尾市农村建房条例(2022-12-02).md');
    expect(doc.history.map((h) => doc.text.slice(...h.span!))).toEqual([
      '2022年10月31日汕尾市第八届人民代表大会常务委员会第八次会议通过',
      '2022年11月30日广东省第十三届人民代表大会常务委员会第四十七次会议批准',
    ]);
  });

  it('puts a county the lexicon lacks in the province that approved its regulation', () => {
    // Since session 28 the lexicon has every county with a name of its own (景宁畲族自治县 → 丽水市 → 浙江省): the same
    // text under a name no division has is a county the lexicon lacks.
    const file = '景宁畲族自治县水资源管理条例(2021-06-15).md';
    expect(read(file).region).toBe('景宁畲族自治县');
    const renamed = structured(file, markdownToText(readFileSync(join(FIXTURES, file), 'utf8')).replaceAll('景宁畲族自治县', '某某畲族自治县'));
    expect([renamed.level, renamed.region, renamed.regionParent]).toEqual(['county', '某某畲族自治县', '浙江省']);
  });
});

describe('the lines under the title and the mirror markup are not measures', () => {
  for (const file of Object.keys(EXPECTED)) {
    it(file, () => {
      const doc = read(file);
      expect(doc.units.find((u) => u.kind === 'preamble')).toBeUndefined();
      for (const u of doc.units) expect(doc.text.slice(...u.span)).not.toMatch(/(会议|令第\d+号)(通过|批准|修正|修订|公布)|INFO END|<!--/);
      expect(doc.text).not.toMatch(/INFO END|<!--|<！--/);
      expect(doc.units[0].path).toMatch(/^第一(章|条)/);
    });
  }
});

describe('history lines in the forms of the official sites', () => {
  it('reads one bracketed line with several events (通过 根据…修正 …修订)', () => {
    const doc = structured(
      'x.txt',
      [
        '上海市示例管理条例',
        '（2004年7月30日上海市第十二届人民代表大会常务委员会第十四次会议通过　根据2010年9月17日上海市第十三届人民代表大会常务委员会第二十一次会议《关于修改本市部分地方性法规的决定》修正　2022年10月28日上海市第十五届人民代表大会常务委员会第四十六次会议修订）',
        '第一章 总则',
        '第一条 为了规范示例管理，制定本条例。',
      ].join('\n'),
    );
    expect(doc.history.map((h) => [h.date, h.action])).toEqual([
      ['2004-07-30', 'adopted'],
      ['2010-09-17', 'amended'],
      ['2022-10-28', 'revised'],
    ]);
    expect([doc.issuedOn, doc.issuer, doc.level, doc.region]).toEqual(['2022-10-28', '上海市人民代表大会常务委员会', 'provincial', '上海市']);
  });

  it('reads the order a State Council regulation was promulgated by as its number (国务院令第385号)', () => {
    const doc = structured(
      'x.txt',
      ['示例管理条例', '2003年7月16日 国务院第15次常务会议通过', '2003年7月21日 中华人民共和国国务院令第385号公布', '2003年9月1日 施行', '第一条 为了规范示例管理，制定本条例。'].join('\n'),
    );
    expect([doc.docNumber, doc.issuedOn, doc.issuer]).toEqual(['国务院令第385号', '2003-07-21', '国务院']);
  });

  it('reads the announcement that promulgates a city regulation approved by its province', () => {
    const doc = structured(
      'x.txt',
      [
        '汕尾市人民代表大会常务委员会公告',
        '（第5号）',
        '《汕尾市示例条例》已由汕尾市第八届人民代表大会常务委员会第八次会议于2022年10月31日通过，广东省第十三届人民代表大会常务委员会第四十七次会议于2022年11月30日批准，现予公布，自2023年1月1日起施行。',
        '汕尾市人民代表大会常务委员会',
        '2022年12月2日',
        '汕尾市示例条例',
        '第一条 为了规范示例工作，制定本条例。',
      ].join('\n'),
    );
    expect(doc.title).toBe('汕尾市示例条例');
    expect(doc.history.map((h) => [h.date, h.action, h.by])).toEqual([
      ['2022-10-31', 'adopted', '汕尾市人民代表大会常务委员会'],
      ['2022-11-30', 'approved', '广东省人民代表大会常务委员会'],
    ]);
    expect([doc.issuer, doc.level, doc.region, doc.genre]).toEqual(['汕尾市人民代表大会常务委员会', 'municipal', '汕尾市', 'regulation']);
  });

  it('resolves 省 in 省十二届人大常委会 to the province of the title', () => {
    const doc = structured('x.txt', '济南市示例条例\n2014年8月28日 济南市第十五届人大常委会第十一次会议通过\n2014年9月26日 省十二届人大常委会第十次会议批准\n第一条 为了规范示例工作，制定本条例。');
    expect(doc.history.map((h) => h.by)).toEqual(['济南市人民代表大会常务委员会', '山东省人民代表大会常务委员会']);
  });

  it('leaves a table of contents out of every measure', () => {
    const doc = structured('x.txt', '浙江省示例条例\n（2020年9月24日浙江省第十三届人民代表大会常务委员会第二十四次会议通过）\n目录\n第一章 总则\n第二章 附则\n第一章 总则\n第一条 为了规范示例工作，制定本条例。\n第二章 附则\n第二条 本条例自公布之日起施行。');
    expect(doc.units.map((u) => u.path)).toEqual(['第一章', '第一章/第一条', '第二章', '第二章/第二条']);
    expect(doc.history).toHaveLength(1);
  });

  it('keeps a section whose number comes again in a later chapter (第二章/第一节, 第三章/第一节)', () => {
    const doc = structured('x.txt', '示例登记规定\n第一章 总则\n第一条 为了规范登记，制定本规定。\n第二章 登记\n第一节 注册登记\n第二条 初次申领的，应当申请注册登记。\n第二节 变更登记\n第三条 变更的，应当申请变更登记。\n第三章 牌证\n第一节 牌证发放\n第四条 牌证由车辆管理所发放。');
    expect(doc.units.filter((u) => u.kind === 'article').map((u) => u.path)).toEqual(['第一章/第一条', '第二章/第一节/第二条', '第二章/第二节/第三条', '第三章/第一节/第四条']);
  });

  it('still leaves out a table of contents that lists sections', () => {
    const doc = structured('x.txt', '示例登记规定\n目录\n第一章 总则\n第二章 登记\n第一节 注册登记\n第二节 变更登记\n第一章 总则\n第一条 为了规范登记，制定本规定。\n第二章 登记\n第一节 注册登记\n第二条 初次申领的，应当申请注册登记。\n第二节 变更登记\n第三条 变更的，应当申请变更登记。');
    expect(doc.units.map((u) => u.path)).toEqual(['第一章', '第一章/第一条', '第二章', '第二章/第一节', '第二章/第一节/第二条', '第二章/第二节', '第二章/第二节/第三条']);
  });
});

describe('a county regulation in the graph', () => {
  it('gets a county Region node PART_OF its city, PART_OF the province that approved it', async () => {
    const { runIngest } = await import('../../../ingest/pipeline.js');
    const file = '景宁畲族自治县水资源管理条例(2021-06-15).md';
    const r = await runIngest({ inputs: [join(FIXTURES, file)] });
    const region = r.snapshot.nodes.find((n) => n.key === 'region:景宁畲族自治县')?.attributes;
    expect(region).toMatchObject({ type: 'Region', level: 'county' });
    const partOf = r.snapshot.edges.filter((e) => e.attributes.type === 'PART_OF').map((e) => [e.source, e.target]);
    expect(partOf).toEqual(expect.arrayContaining([['region:景宁畲族自治县', 'region:丽水市'], ['region:丽水市', 'region:浙江省'], ['region:浙江省', 'region:全国']]));
  });
});
