// A text run together on one line (a scraper dropped every break): its breaks come back at the places official
// documents always break, so it is read instead of refused ("no title found"). The clean stage puts them back;
// the read text stays as read, and every span maps back into it. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { clean } from '../../../ingest/clean/index.js';
import { relineRunTogether as reline } from '../../../ingest/clean/reline.js';
import { lexicon, structured } from '../helpers.js';

const relineRunTogether = (text: string) => reline(text, lexicon.docTypes);

const NOTICE = [
  '某某市人民政府办公室关于加强城市供水管理工作的通知',
  '某某市人民政府办公室关于加强城市供水管理工作的通知',
  '（某府办发〔2015〕21号）',
  '各区人民政府，市政府各部门：',
  '为保障城市供水安全，经市政府同意，现就有关事项通知如下：',
  '一、加强水源保护',
  '各区要划定饮用水水源保护区，按照《某某省城市供水条例》（省人大常委会公告〔2010〕3号）的规定设立标志。',
  '二、提升供水能力',
  '（一）到2020年，全市公共供水普及率达到98%以上。',
  '（二）各区要加快老旧管网改造。',
  '附件：1.供水设施改造计划表',
  '某某市人民政府办公室',
  '2015年6月3日',
];

const REGULATION = [
  '某某市城市绿化管理办法',
  '第一章总则',
  '第一条为了促进城市绿化事业的发展，根据国家有关规定，结合本市实际，制定本办法。',
  '第二条本办法适用于本市城市规划区内的城市绿化工作。',
  '第二章规划和建设',
  '第三条城市绿化规划应当纳入城市总体规划。',
  '第四条新建居住区绿地率不得低于30%。',
];

describe('a notice run together on one line', () => {
  const oneLine = NOTICE.join('');
  const doc = structured('one-line.txt', oneLine);

  it('is read: its title, number, issuer and date', () => {
    expect([doc.title, doc.docNumber, doc.issuer, doc.issuedOn]).toEqual([
      '某某市人民政府办公室关于加强城市供水管理工作的通知',
      '某府办发〔2015〕21号',
      '某某市人民政府办公室',
      '2015-06-03',
    ]);
  });

  it('has the same measures as the text with its lines', () => {
    const lined = structured('lined.txt', NOTICE.join('\n'));
    expect(doc.units.map((u) => u.path)).toEqual(lined.units.map((u) => u.path));
    expect(doc.units.map((u) => u.path)).toEqual(['前言', '一', '二', '二/（一）', '二/（二）']);
  });

  it("keeps a cited document's number inside its sentence", () => {
    const one = doc.units.find((u) => u.path === '一')!;
    expect(doc.text.slice(...one.span)).toContain('《某某省城市供水条例》（省人大常委会公告〔2010〕3号）的规定设立标志');
  });
});

describe('the clean text of a run-together notice', () => {
  it('has the breaks as inserted characters: every other character maps to its place in the read text', () => {
    const read = NOTICE.join('');
    const c = clean(read, lexicon);
    expect(c.text).toBe(relineRunTogether(read));
    expect(c.text.split('\n')).toEqual(expect.arrayContaining(['（某府办发〔2015〕21号）', '二、提升供水能力', '2015年6月3日']));
    for (let i = 0; i < c.text.length; i++) if (c.text[i] !== '\n') expect(read[c.origin[i]]).toBe(c.text[i]);
    // A break is mapped to the character it comes before: a span from a line's start opens at that line in the read text.
    const second = c.text.indexOf('\n（某府办发');
    expect(read.slice(c.origin[second + 1]).startsWith('（某府办发〔2015〕21号）')).toBe(true);
  });
});

describe('a regulation run together on one line', () => {
  it('gets its chapters and articles back, an article right after its chapter heading too', () => {
    const doc = structured('one-line-reg.txt', REGULATION.join(''));
    expect(doc.title).toBe('某某市城市绿化管理办法');
    expect(doc.units.map((u) => u.path)).toEqual(['第一章', '第一章/第一条', '第一章/第二条', '第二章', '第二章/第三条', '第二章/第四条']);
  });
});

describe('a transmittal notice run together with the regulation it transmits', () => {
  it("gets the regulation's first chapter back right after the regulation's title", () => {
    const text = relineRunTogether(
      ['某某市人民政府关于印发某某市城市绿化管理办法的通知', '各区人民政府：', '现将《某某市城市绿化管理办法》印发给你们，请认真贯彻执行。', ...REGULATION].join(''),
    );
    expect(text.split('\n')).toContain('第一章总则');
  });
});

describe('places a sentence end does not mark', () => {
  it('an item whose number follows the last one opens the next item after an e-mail address too; a reference to one does not', () => {
    const text = relineRunTogether(
      [
        '某某县人民政府办公室关于加强政务信息报送工作的通知',
        '各乡镇人民政府，县政府各部门：',
        '一、报送要求',
        '（一）信息经本单位审核后报县政府办公室，邮箱地址为：xxb@example.gov.cn',
        '（二）紧急信息按照本通知第（三）项的规定随时报送。',
        '（三）各单位确定一名信息员。',
      ].join(''),
    ).split('\n');
    expect(text).toContain('（二）紧急信息按照本通知第（三）项的规定随时报送。');
    expect(text.filter((l) => l.startsWith('（三）'))).toEqual(['（三）各单位确定一名信息员。']);
  });

  it("a transmitting notice's date between its last sentence and the regulation's title is a line of its own: the notice is dated", () => {
    const doc = structured(
      'dated.txt',
      ['某某市人民政府关于印发某某市城市绿化管理办法的通知', '各区人民政府：', '《某某市城市绿化管理办法》已经市政府常务会议审议通过，现予印发，请认真遵照执行。', '二〇一二年一月九日', ...REGULATION].join(''),
    );
    expect(doc.issuedOn).toBe('2012-01-09');
    expect(doc.units.map((u) => u.path)).toContain('第二章/第四条');
  });

  it("an attachment's heading right after the attachment list is a line of its own; one a sentence refers to is not", () => {
    const lines = relineRunTogether(
      [...NOTICE.slice(0, 8), '（一）各区填写改造计划表，详见附件1：计划表。', '（二）各区要加快老旧管网改造。', '附件：1.供水设施改造计划表', '附件1：供水设施改造计划表（样表）'].join(''),
    ).split('\n');
    expect(lines).toContain('附件1：供水设施改造计划表（样表）');
    expect(lines).toContain('（一）各区填写改造计划表，详见附件1：计划表。');
  });
});

describe('texts that are not run together', () => {
  it('are returned as they are', () => {
    for (const t of [NOTICE.join('\n'), REGULATION.join('\n'), '一段没有编号的很长的文字。'.repeat(100)]) expect(relineRunTogether(t)).toBe(t);
  });

  it('a long paragraph in a text with lines is not split', () => {
    const text = ['某某县人民政府关于做好防汛工作的通知', `一、落实责任。${'各乡镇要落实防汛责任，加强巡查。'.repeat(5)}（一）加强值守。（二）及时报告。`, '二、加强保障', '各部门要做好保障。'.repeat(40)].join('\n');
    expect(relineRunTogether(text)).toBe(text);
  });

  it('a long run of Latin text ends (no break point is searched for backwards)', () => {
    const text = `某某办法。一、总则。二、附则。http://${'x'.repeat(500_000)}`;
    expect(relineRunTogether(text).split('\n')).toHaveLength(3);
  });
});
