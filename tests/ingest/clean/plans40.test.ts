// Session 40 (plans): a paragraph hard-wrapped inside a sentence (the law mirror's print layouts break an article's line at
// the page's width, in the middle of a word, and print the rest as a paragraph of its own) gets its rest back. Texts of my
// own making in that shape; the first test fails without the rule (ingest/clean/wrapped.ts).
import { describe, expect, it } from 'vitest';
import { clean } from '../../../ingest/clean/index.js';
import { loadLexicon } from '../../../ingest/lexicon/load.js';

const lexicon = loadLexicon();

describe('a paragraph wrapped inside a sentence', () => {
  it('joins a wrapped item and an article wrapped in the middle of a word to their rest', () => {
    const text = [
      '某某市物业管理条例',
      '',
      '第一条 为了规范物业管理活动，制定本条例。',
      '',
      '第二条 业主委员会应当自选举产生之日起三十日内，持下列材料向区主管部门备案：',
      '',
      '（一）筹备组组长签字的业主大会成立和业主委员会选举',
      '',
      '情况的报告；',
      '',
      '（二）业主大会议事规则。',
      '',
      '第三条 设区的市、县（市、区）城市管理主管部门和住房主管部',
      '',
      '门负责本行政区域内物业管理的监督工作。',
    ].join('\n');
    const r = clean(text, lexicon).text;
    expect(r).toContain('（一）筹备组组长签字的业主大会成立和业主委员会选举情况的报告；');
    expect(r).toContain('第三条 设区的市、县（市、区）城市管理主管部门和住房主管部门负责本行政区域内物业管理的监督工作。');
  });

  it('leaves a title, a short heading, a line before a label and a signature as they are', () => {
    const text = [
      '某某省人民代表大会常务委员会关于修改部分地方性法规的决定',
      '',
      '省人民代表大会常务委员会决定对下列地方性法规作出修改。',
      '',
      '第一条 为了规范管理，制定本条例。',
      '',
      '第二章管理',
      '',
      '第二条 本条例自公布之日起施行，有关单位应当遵照执行，不得拖延推诿敷衍塞责',
      '',
      '（一）前款规定的单位包括机关、团体。',
      '',
      '第三条 本条例由某某省人民代表大会常务委员会负责解释和组织实施工作安排',
      '',
      '某某省人民代表大会常务委员会',
    ].join('\n');
    expect(clean(text, lexicon).text.split('\n')).toEqual(text.split('\n').filter(Boolean));
  });
});
