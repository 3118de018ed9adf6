import { describe, expect, it } from 'vitest';
import { structured } from '../helpers.js';

describe('structure of a notice that transmits a plan', () => {
  const doc = structured('000_ce7d90cc0e0ce880.txt');

  it('takes the transmitted plan as the document title', () => {
    expect(doc.title).toBe('中国科协2020年科普工作要点');
  });

  it("takes the notice's number, signature and date as the plan's metadata", () => {
    expect([doc.docNumber, doc.issuer, doc.issuedOn]).toEqual(['协普函综字〔2020〕5号', '中国科协科学技术普及部', '2020-03-12']);
  });

  it('numbers items continuously across sections as written', () => {
    expect(doc.units.filter((u) => u.kind === 'item').map((u) => u.path).slice(4, 6)).toEqual(['一/5', '二/6']);
  });
});

describe('structure of titles', () => {
  it('joins a notice title broken over lines and nesting 〈〉', () => {
    const doc = structured('003_26ef23e71b9cbbbe.txt');
    expect(doc.title).toBe('中国科协学习宣传贯彻《关于新时代进一步加强科学技术普及工作的意见》工作方案');
  });

  it('drops a column prefix before the notice title and keeps the number after it', () => {
    const doc = structured('004_bf6f3bb47d541f9b.txt');
    expect([doc.title, doc.docNumber]).toEqual(['2024年湖北省科协科普工作要点', '鄂科协办〔2024〕15号']);
  });

  it('takes issuer, level and region from the title when there is no signature', () => {
    const doc = structured('001_d87d61ca0788070b.txt');
    expect([doc.issuer, doc.level, doc.region, doc.year]).toEqual(['吉林省科协', 'provincial', '吉林省', 2020]);
  });

  it('reads a page date from the dropped chrome when the text has no signature', () => {
    expect(structured('002_c24945225dab7da9.txt').issuedOn).toBe('2022-10-18');
  });

  it('reads a date written in Chinese numerals', () => {
    const doc = structured('x.txt', '某市科技局关于印发《某市科普工作方案》的通知\n各区：\n现印发给你们。\n某市科技局\n二〇二三年五月八日\n某市科普工作方案\n一、目标\n1.做好工作。');
    expect(doc.issuedOn).toBe('2023-05-08');
  });
});

describe('structure of numbered units', () => {
  it('restarts item numbers in every section as written', () => {
    const paths = structured('001_d87d61ca0788070b.txt').units.map((u) => u.path);
    expect(paths).toEqual(expect.arrayContaining(['一/1', '二/1', '四/5']));
  });

  it('nests items in sub-sections in sections', () => {
    const u = structured('003_26ef23e71b9cbbbe.txt').units.find((x) => x.path === '四/（二）/3');
    expect(u?.parent).toBe('四/（二）');
  });

  it('names an item by its heading up to the first full stop', () => {
    const u = structured('001_d87d61ca0788070b.txt').units.find((x) => x.path === '一/3');
    expect(u?.name).toBe('开展科技助力脱贫攻坚行动');
  });

  it('reads chapters and articles of a regulation', () => {
    const text = '某省科学技术普及条例\n第一章 总则\n第一条 为了加强科学技术普及工作，制定本条例。\n第二条 本条例适用于本省行政区域。\n第二章 组织管理\n第三条 县级以上人民政府应当加强领导。';
    const doc = structured('law.txt', text);
    expect(doc.units.map((u) => u.path)).toEqual(['第一章', '第一章/第一条', '第一章/第二条', '第二章', '第二章/第三条']);
  });

  it('reads （1） and ① below numbered items', () => {
    const text = '某县科普方案\n一、任务\n1.开展活动。\n（1）进校园。\n①组织讲座。\n（2）进社区。';
    expect(structured('x.txt', text).units.map((u) => u.path)).toEqual(['一', '一/1', '一/1/（1）', '一/1/（1）/①', '一/1/（2）']);
  });

  it('gives every unit a span whose text starts with its heading', () => {
    const doc = structured('003_26ef23e71b9cbbbe.txt');
    const u = doc.units.find((x) => x.path === '四/（一）/1')!;
    expect(doc.text.slice(u.span[0], u.span[1]).startsWith('1.推动《科普法》修订')).toBe(true);
  });
});

describe('structure of a promulgated regulation', () => {
  const text = [
    '某省人民代表大会常务委员会公告',
    '（第12号）',
    '《某省科学技术普及条例》已由某省人民代表大会常务委员会第五次会议于2023年3月1日通过，现予公布。',
    '某省人民代表大会常务委员会',
    '2023年3月1日',
    '某省科学技术普及条例',
    '目录',
    '第一章 总则',
    '第二章 保障',
    '第一章 总则',
    '第一条 为了加强科学技术普及工作，制定本条例。',
    '第二条 县级以上人民政府应当履行下列职责：',
    '（一）制定科普规划；',
    '（二）保障科普经费。',
    '第二章 保障',
    '第三条 科学技术协会是科普工作的主要社会力量。',
  ].join('\n');
  const doc = structured('law.txt', text);

  it('takes the promulgated regulation, not the announcement, as the document', () => {
    expect([doc.title, doc.docNumber, doc.issuedOn]).toEqual(['某省科学技术普及条例', '第12号', '2023-03-01']);
  });

  it('ignores the table of contents and keeps clauses inside their article', () => {
    expect(doc.units.filter((u) => u.leaf && u.kind === 'article').map((u) => u.path)).toEqual([
      '第一章/第一条',
      '第一章/第二条',
      '第二章/第三条',
    ]);
  });
});
