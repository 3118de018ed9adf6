import { describe, expect, it } from 'vitest';
import { clean } from '../../../ingest/clean/index.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';

const lexicon = loadLexicon();

describe('clean', () => {
  it('removes inline pinyin annotations after characters', () => {
    const src = '中國(guó)科協(xié)學(xué)習(xí)宣傳(chuán)貫徹(chè)工作方案';
    expect(clean(src, lexicon).text).toBe('中国科协学习宣传贯彻工作方案');
  });

  it('converts traditional characters to simplified', () => {
    const r = clean('為做好學習、宣傳和貫徹落實，切實履行各級科協的職責使命。', lexicon);
    expect(r.traditional).toBe(true);
    expect(r.text).toBe('为做好学习、宣传和贯彻落实，切实履行各级科协的职责使命。');
  });

  it('leaves simplified text in simplified characters', () => {
    const r = clean('干部群众积极参与科普工作。', lexicon);
    expect(r.traditional).toBe(false);
    expect(r.text).toBe('干部群众积极参与科普工作。');
  });

  it('drops an SEO title bar joined by underscores', () => {
    const r = clean('免费影视_高清在线观看_最新电影_热门推荐\n一、总体要求\n坚持以人民为中心。', lexicon);
    expect(r.text.split('\n')[0]).toBe('一、总体要求');
    expect(r.dropped[0].kind).toBe('title-bar');
  });

  it('drops page chrome lines such as view counters and source lines', () => {
    const r = clean('通知公告\n日期:2020-03-16  浏览次数:13687\n来源：某某网\n正文第一句。', lexicon);
    expect(r.text).toBe('正文第一句。');
  });

  it('keeps a sentence that merely mentions a source', () => {
    const r = clean('要拓展科普资源来源渠道，丰富内容。', lexicon);
    expect(r.text).toBe('要拓展科普资源来源渠道，丰富内容。');
  });

  it('normalises half-width commas in Chinese text but not in numbers', () => {
    const r = clean('举办活动1,000场,覆盖(全省)', lexicon);
    expect(r.text).toBe('举办活动1,000场，覆盖（全省）');
  });

  it('maps every cleaned character back to its place in the source', () => {
    const src = '栏目列表\n中國(guó)科協(xié)  工作\n方案';
    const r = clean(src, lexicon);
    const i = r.text.indexOf('协');
    expect(src[r.origin[i]]).toBe('協');
    const j = r.text.indexOf('方');
    expect(src[r.origin[j]]).toBe('方');
  });
});

describe('clean: mirror markup', () => {
  it('removes HTML comments such as <!-- INFO END --> and keeps the map to the read text right', () => {
    const src = '# 某省条例\n\n2021年5月26日 某省人大常委会通过\n\n<!-- INFO END -->\n\n第一条 为了规范管理，制定本条例。';
    const r = clean(src, lexicon);
    expect(r.text).not.toMatch(/INFO|<|！--/);
    const at = r.text.indexOf('第一条');
    expect(src.slice(r.origin[at], r.origin[at] + 3)).toBe('第一条');
  });

  it('removes a comment spanning lines and one left open at the end', () => {
    expect(clean('甲方案\n<!-- 注释\n第二行 -->\n一、目标\n<!-- 未闭合', lexicon).text).toBe('甲方案\n一、目标');
  });
});

// Session 29 (perf): the lone-CR pass runs only when the text has a CR, and the year stand-in look-up only when a
// year has one; both paths are checked here, with every cleaned character mapped back to its source character.
describe('line ends and year stand-ins', () => {
  const mapsBack = (src: string) => {
    const r = clean(src, lexicon);
    for (let i = 0; i < r.text.length; i++) {
      const s = src[r.origin[i]];
      const c = r.text[i];
      // A line end comes from a CR or LF; 〇 from a stand-in; anything else from itself.
      if (c === '\n') expect(s === '\r' || s === '\n').toBe(true);
      else if (c === '〇') expect('〇○0OＯ０').toContain(s);
      else expect(s).toBe(c);
    }
    return r.text;
  };

  it('turns CRLF and a lone CR into one line break each', () => {
    expect(mapsBack('一、总体要求\r\n坚持以人民为中心。\r二、主要任务\r\n（一）完善制度。')).toBe('一、总体要求\n坚持以人民为中心。\n二、主要任务\n（一）完善制度。');
  });

  it('leaves a text without CR as it is', () => {
    expect(mapsBack('一、总体要求\n坚持以人民为中心。')).toBe('一、总体要求\n坚持以人民为中心。');
  });

  it('reads a year typed with stand-ins for 〇, and leaves Arabic years alone', () => {
    expect(mapsBack('二○一二年一月九日印发\n2010年起施行')).toBe('二〇一二年一月九日印发\n2010年起施行');
    expect(mapsBack('二0二0年十二月\r\n')).toBe('二〇二〇年十二月');
  });
});
