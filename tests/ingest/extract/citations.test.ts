import { describe, expect, it } from 'vitest';
import { HEAD_PATH } from '../../../ingest/extract/index.js';
import { extracted } from '../helpers.js';

const plan = (body: string) => extracted('x.txt', `某省科协2023年科普工作要点\n一、总体要求\n${body}`);

describe('cited documents', () => {
  it('reads a nested title 《…〈…〉…》 as one cited document, and cites the document inside it too', () => {
    const { citations, doc } = plan('1.落实《关于印发〈某省全民科学素质行动规划纲要实施方案〉的通知》要求。');
    expect(citations.map((c) => c.title)).toEqual(['关于印发《某省全民科学素质行动规划纲要实施方案》的通知', '某省全民科学素质行动规划纲要实施方案']);
    expect(doc.text.slice(...citations[1].span)).toBe('〈某省全民科学素质行动规划纲要实施方案〉');
  });

  it('reads 〈…〉 written as <…>, and only the titles one level inside', () => {
    const { citations } = plan('1.依照《关于修改<中华人民共和国甲法>、〈某省实施《中华人民共和国乙法》办法〉的决定》执行。');
    expect(citations.map((c) => c.title)).toEqual([
      '关于修改《中华人民共和国甲法》、《某省实施《中华人民共和国乙法》办法》的决定',
      '中华人民共和国甲法',
      '某省实施《中华人民共和国乙法》办法',
    ]);
  });

  it('resolves an abbreviation defined in the text to the full title', () => {
    const { citations } = plan('1.贯彻《关于新时代进一步加强科学技术普及工作的意见》（以下简称《意见》）。\n2.把学习《意见》列入培训课程。');
    expect(citations.map((c) => [c.title, c.via])).toEqual([
      ['关于新时代进一步加强科学技术普及工作的意见', 'title'],
      ['关于新时代进一步加强科学技术普及工作的意见', 'abbreviation'],
    ]);
  });

  it('takes the organisations named before a title as its issuers', () => {
    const { citations } = plan('1.学习中共中央办公厅、国务院办公厅《关于新时代进一步加强科学技术普及工作的意见》。');
    expect(citations[0].issuers).toEqual(['中共中央办公厅', '国务院办公厅']);
  });

  it('takes a 《》 that names a newspaper column as a brand, not a document', () => {
    const { citations, mentions } = plan('1.与日报合办《求证·科学》专栏30期。');
    expect(citations).toEqual([]);
    expect(mentions.find((m) => m.canonical === '求证·科学')?.type).toBe('Brand');
  });
});

describe('the history lines of a regulation', () => {
  const law = extracted(
    'x.md',
    [
      '宁波市某某条例',
      '2012年3月31日 浙江省第十一届人民代表大会常务委员会第三十二次会议批准',
      '2020年5月15日 浙江省第十三届人民代表大会常务委员会第二十一次会议批准的《宁波市人民代表大会常务委员会关于修改〈宁波市某某条例〉等三件地方性法规的决定》修正',
      '第一章 总则',
      '第一条 为了规范某某工作，制定本条例。',
    ].join('\n'),
  );

  it('gives the approving body to the document itself, with its span in the history lines', () => {
    const head = law.mentions.filter((m) => m.path === HEAD_PATH);
    expect(head.map((m) => m.canonical)).toContain('浙江省人大常委会');
    for (const m of head) expect(law.doc.text.slice(...m.span)).toBe(m.surface);
    expect(head.every((m) => m.span[0] >= law.doc.headSpan![0] && m.span[1] <= law.doc.headSpan![1])).toBe(true);
  });

  it('cites the amendment decision named there, but not the regulation itself inside it', () => {
    const head = law.citations.filter((c) => c.path === HEAD_PATH).map((c) => c.title);
    expect(head).toEqual(['宁波市人民代表大会常务委员会关于修改《宁波市某某条例》等三件地方性法规的决定']);
  });
});

// Fifth pass of issue 9 (sentences written for this test).
describe('certificates, short law titles and the own title in an amendment decision', () => {
  it('takes a 《…证》 certificate neither as a cited document nor as an organisation', () => {
    const { citations, mentions } = extracted('x.txt', '某省实施办法\n第一条　申请人持《移民证》办理手续。');
    expect(citations).toEqual([]);
    expect(mentions.map((m) => m.canonical)).not.toContain('移民证');
  });

  it('reads a law cited by its short title as the full title the text also cites', () => {
    const { citations } = extracted(
      'x.txt',
      '某省实施办法\n第一条　根据《中华人民共和国移民保护法》，制定本办法。\n第二条　《移民保护法》规定的事项，依照执行。',
    );
    expect([...new Set(citations.map((c) => c.title))]).toEqual(['中华人民共和国移民保护法']);
  });

  it('does not cite the own title written without its inner brackets in an amendment decision', () => {
    const { citations } = extracted(
      'x.txt',
      '某省实施《中华人民共和国移民保护法》办法\n2005年1月1日某省人民代表大会常务委员会《关于修改〈某省实施中华人民共和国移民保护法办法〉的决定》修正\n第一条　根据《中华人民共和国移民保护法》，制定本办法。',
    );
    expect(citations.map((c) => c.title)).not.toContain('某省实施中华人民共和国移民保护法办法');
  });
});
