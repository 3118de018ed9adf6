// Page chrome of copied portal and forum pages (session 32 (plans), read on 13 real pages of county, prefecture, 盟 and
// provincial portals, a document site and a forum, not kept in the repository): markup left in a text copy, a numbered
// navigation label, a view count, a posting time, a forum's anti-copy filler, variant characters opencc leaves. The texts
// below are written for these tests in the shapes such pages take.
import { describe, expect, it } from 'vitest';
import { clean } from '../../../ingest/clean/index.js';
import { jammerSpans } from '../../../ingest/clean/noise.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';

const lexicon = loadLexicon();

describe('page lines that are no text', () => {
  it('drops lines of markup only, a numbered navigation label, a view count and a posting time', () => {
    const page = '<div class="x"></div>\n<span id="a1"></span>\n1. 栏目导航\n某某县人民政府关于印发某某县防汛应急预案的通知\n2021-06-07 16:43\n256人看过\n各乡镇人民政府：\n';
    const r = clean(page, lexicon);
    expect(r.text).toBe('某某县人民政府关于印发某某县防汛应急预案的通知\n各乡镇人民政府：');
    expect(r.dropped.map((d) => d.line)).toEqual(['<div class="x"></div>', '<span id="a1"></span>', '1.栏目导航', '2021-06-07 16:43', '256人看过']);
  });

  it('keeps a line with text between tags, a date without a clock time, and a count in a sentence', () => {
    const page = '<p>一、加强组织领导</p>\n2021年6月7日\n全县已有256人参加培训。\n';
    expect(clean(page, lexicon).text).toBe('<p>一、加强组织领导</p>\n2021年6月7日\n全县已有256人参加培训。');
  });
});

describe("a forum's anti-copy filler", () => {
  it('removes runs of short mixed ASCII tokens at the ends of lines, not the text between', () => {
    const page = '某某县关于开展读书活动的通知 各乡镇妇联：7 { g8 s: a% i/ Y. n2 i6 h% \\\n一、活动内容% A7 p7 _$ C5 Y% s( T+ V9\n3 Z3 m8 p8 [9 V! l (一)举办读书会。\n';
    expect(clean(page, lexicon).text).toBe('某某县关于开展读书活动的通知各乡镇妇联：\n一、活动内容\n（一）举办读书会。');
  });

  it('leaves ASCII that is not filler: a standard, a list of codes, words', () => {
    expect(jammerSpans('按照GB/T 9704-2012执行。')).toEqual([]);
    expect(jammerSpans('设A B C D四个等级。')).toEqual([]);
    expect(jammerSpans('开通5G WiFi IPv6 服务')).toEqual([]);
  });
});

describe('variant characters', () => {
  it('writes 陜 and the compatibility forms opencc leaves in their simplified forms', () => {
    expect(clean('根據《陜西省森林防火應急預案》和《某某縣擧報獎勵辦法》，制定本預案。', lexicon).text).toBe('根据《陕西省森林防火应急预案》和《某某县举报奖励办法》，制定本预案。');
    expect(clean('依据《陜西省防汛条例》。', lexicon).text).toBe('依据《陕西省防汛条例》。');
  });
});

describe('a third batch of pages: site rows and a document site’s notes', () => {
  it('drops a row of links to other sites and a document site’s notes on the file, sentences included', () => {
    const page = '中国政府网 某某省人民政府网站 某某州人民政府网站\n• 56.00 KB\n• 12页\n• 关注公众号即可免费下载文档\n1. 1、本文档共3页，可阅读全部内容。\n2. 2、本文档由网友投稿或网络整理，如有侵权请及时联系我们处理。\n某某县森林防火应急预案\n1总则\n';
    expect(clean(page, lexicon).text).toBe('某某县森林防火应急预案\n1总则');
  });

  it('keeps a sentence of the text that speaks of a document, and a count of pages in a sentence', () => {
    expect(clean('本预案共分七章，各部门应当认真执行。\n附件共12页。\n', lexicon).text).toBe('本预案共分七章，各部门应当认真执行。\n附件共12页。');
  });
});

