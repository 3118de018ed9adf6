// Session 46 (helper link2): a 罚款 an article forbids is no sanction it sets (options.penaltyArticles.prohibited). Real
// sentences of the sme family (tests/real/sme): 上海市促进中小企业发展条例 第四十三条 (a prohibition list, one item 向中小企业收费
// 或者罚款) and 中小企业促进法 第五十四条 (不得实施没有法律、法规依据的罚款), read as penalty articles by the 罚款 they forbid, so
// the group rule kept them from the law's non-penalty articles; a real sanction article stays a penalty article. Each case
// fails with the option off (the rule of session 37).
import { describe, expect, it } from 'vitest';
import { penaltyPaths } from '../../../ingest/link/index.js';
import { DEFAULT_LINK_OPTIONS, linkOptions } from '../../../ingest/link/options.js';
import { regulation } from './regulation-fixture.js';

const on = linkOptions().penaltyArticles!;
const { prohibited: _, ...off } = on;
const sorted = (s: Set<string>) => [...s].sort();

const shanghai43 = '第四十三条 任何单位和个人不得有下列行为：\n（一）强制或者变相强制中小企业购买产品或者接受指定服务；\n（二）强制或者变相强制中小企业提供赞助；\n（四）违反法律、法规规定，向中小企业收费或者罚款；\n（五）其他违反法律、法规规定，增加中小企业负担的行为。\n中小企业对违反上述规定的行为，有权拒绝并有权举报、控告。';
const law54 = '第五十四条 任何单位不得违反法律、法规向中小企业收取费用，不得实施没有法律、法规依据的罚款，不得向中小企业摊派财物。';
const sanction = '第四十五条 国家机关工作人员在工作中滥用职权、玩忽职守、徇私舞弊侵犯中小企业合法权益的，由其所在单位或者上级主管部门依法给予行政处分；构成犯罪的，依法追究刑事责任。';

describe('penaltyArticles.prohibited: a forbidden 罚款 is no sanction (session 46)', () => {
  it('is on by default', () => {
    expect(DEFAULT_LINK_OPTIONS.penaltyArticles?.prohibited).toBeTruthy();
  });

  it('reads a prohibition list past: 上海 第四十三条 is no penalty article, 第四十五条 stays one', () => {
    const d = regulation([
      { path: '第七章', kind: 'chapter', text: '第七章  权益保护' },
      { path: '第七章/第四十三条', kind: 'article', text: shanghai43, parent: '第七章' },
      { path: '第七章/第四十五条', kind: 'article', text: sanction, parent: '第七章' },
    ]);
    expect(sorted(penaltyPaths(d, on))).toEqual(['第七章/第四十五条']);
    expect(sorted(penaltyPaths(d, off))).toEqual(['第七章/第四十三条', '第七章/第四十五条']);
  });

  it('reads a 不得… clause past: 中小企业促进法 第五十四条 is no penalty article', () => {
    const d = regulation([
      { path: '第八章', kind: 'chapter', text: '第八章 权益保护' },
      { path: '第八章/第五十四条', kind: 'article', text: law54, parent: '第八章' },
    ]);
    expect(sorted(penaltyPaths(d, on))).toEqual([]);
    expect(sorted(penaltyPaths(d, off))).toEqual(['第八章/第五十四条']);
  });

  it('keeps a sanction article (违反本条例规定…的，…处…罚款) a penalty article', () => {
    const d = regulation([{ path: '第三十条', kind: 'article', text: '第三十条 违反本条例规定，擅自向中小企业收费的，由有关部门责令改正，处一万元以上五万元以下罚款。' }]);
    expect(sorted(penaltyPaths(d, on))).toEqual(['第三十条']);
  });
});
