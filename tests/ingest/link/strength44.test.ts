// options.mainParts.reread and the part-heads lexicon (session 44, helper verdict). The strength of a link asks whether
// the lower article carries the higher main provision whole (tests/gold/README.md "Strong vs weak" and the session-41
// reading below it). Session 43 counted the provision's parts; reading the dev gold's strong links that count demoted
// showed the parts misread: a coverb after a modal taken for a duty (可以通过…, 可以向…), the examples of a list closed by
// 等 taken for parts of their own, the provinces' level list 省、自治区、直辖市 cut into three parts, and any later sentence
// without a modal taken for a list item. The reread parts fix these; the part-heads lexicon (ingest/lexicon/part-heads.txt)
// lets a part be carried by its head noun and the class of its opening verb. Texts written for this test.
import { describe, expect, it } from 'vitest';
import { linkedWith, unitsOf, verdictTo } from './main-parts-harness.js';
import { MAIN_PARTS_REREAD, MAIN_PARTS_RULE, PART_HEADS } from '../../../ingest/link/options.js';
import { headNoun, mainParts, partsCarriedByHeads } from '../../../ingest/link/parts.js';

const flat = () => 1;

describe('the main provision reread', () => {
  it('takes no coverb after a modal for a duty (可以通过…, 可以向…)', () => {
    const p = mainParts('第九条 申请人可以通过政务服务平台提交申请，也可以向受理机关提交书面申请。', MAIN_PARTS_RULE);
    expect(p.duties).toEqual(['通过', '向受']);
    expect(p.headDuties).toEqual([]);
  });
  it('reads a list closed by 等 as one part, its hypernym, with the examples beside it', () => {
    const p = mainParts('第十二条 县级以上人民政府可以采取优先录用、减免费用、优先培训等措施予以奖励。', MAIN_PARTS_RULE);
    expect(p.objectTexts.length).toBe(3);
    expect(p.headParts).toEqual([{ text: '措施', examples: ['优先录用', '减免费用', '优先培训'] }]);
  });
  it('keeps the provinces’ level list whole (省、自治区、直辖市 is one level, not three parts)', () => {
    const p = mainParts('第七条 设立救助站，必须经国务院民政部门或者省、自治区、直辖市人民政府民政部门批准。', MAIN_PARTS_RULE);
    expect(p.objectTexts).toContain('自治区');
    expect(p.headParts.map((x) => x.text)).not.toContain('自治区');
  });
  it('takes only the items marked （一）（二）… as list items', () => {
    const p = mainParts('第八条 服务机构应当履行下列职责：（一）登记求助人员；（二）提供临时住处。服务机构的管理办法由民政部门制定。', MAIN_PARTS_RULE);
    expect(p.objectTexts).toContain('服务机构的管理办法由民政部门制定');
    expect(p.headParts.map((x) => x.text)).toEqual(['下列职责', '登记求助人员', '提供临时住处']);
  });
});

describe('a part carried by its head noun and verb class (ingest/lexicon/part-heads.txt)', () => {
  it('reads a part’s head noun with its generic tail dropped', () => {
    expect(headNoun('统计资料工作')).toBe('资料');
  });
  it('carries 收集统计资料 by 搜集统计数据 with the lexicon, not without it', () => {
    const p = mainParts('第六条 统计机构应当收集统计资料。', MAIN_PARTS_RULE);
    const lower = '第五条 市统计机构应当搜集本市统计数据。';
    expect(partsCarriedByHeads(lower, p, flat, null).partsCarried).toBe(0);
    expect(partsCarriedByHeads(lower, p, flat, PART_HEADS).partsCarried).toBe(2);
  });
  it('carries a 等 list by its hypernym', () => {
    const p = mainParts('第十二条 县级以上人民政府可以采取优先录用、减免费用、优先培训等激励措施予以奖励。', MAIN_PARTS_RULE);
    expect(partsCarriedByHeads('第十条 市人民政府可以制定激励措施。', p, flat, null)).toEqual({ partsCarried: 1, partsCount: 2 });
  });
});

describe('options.mainParts.reread in the linker', () => {
  const LAW = '第十条 县级以上人民政府卫生行政部门应当组织献血宣传，可以通过新闻媒体公布献血情况，可以向社会发布用血信息：（一）核定血站设置；（二）审查用血计划；（三）监督采血质量。';
  const units = unitsOf([
    ['law#第十条', 0, LAW],
    ['prov#第八条', 1, '第八条 市卫生行政部门应当组织献血宣传，通过新闻媒体公布献血情况，向社会发布用血信息，核定血站设置，审查用血计划，监督采血质量。'],
    ['prov#第二十条', 1, '第二十条 本办法自发布之日起施行。'],
    ['city#第九条', 2, '第九条 市卫生行政部门应当审查医疗机构的用血计划。'],
    ['city#第二十条', 2, '第二十条 本条例自公布之日起施行。'],
  ]);
  const linked = (on: boolean) => linkedWith(units, on ? MAIN_PARTS_REREAD : null);
  const verdict = verdictTo;
  it('makes partial the link carrying one item of the higher list, and keeps the whole restatement strong', () => {
    expect(verdict(linked(false), 'city#第九条')).toBe('implements');
    const on = linked(true);
    expect(verdict(on, 'city#第九条')).toBe('partial');
    expect(verdict(on, 'prov#第八条')).toBe('implements');
  });
});
