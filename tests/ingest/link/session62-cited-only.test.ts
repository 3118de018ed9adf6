// Session 62 (helper implrules, issue 13): options.citedOnly — an article whose provision applies the articles it cites, or
// defines a term of them, carries only those articles in the cited text (cited-form.ts citedOnlyForm; cite-links.ts marks
// the pairs, implements.ts refuses the article's other candidates there: 'cited-only'). The forms on sentences of the
// development texts (劳动合同法实施条例, a development family) and on sentences of my own making.
import { describe, expect, it } from 'vitest';
import { CITED_ONLY_FORMS, citedOnlyForm } from '../../../ingest/link/cited-form.js';
import { CITED_ONLY_62, DEFAULT_LINK_OPTIONS } from '../../../ingest/link/options.js';

/** The form of `text` citing every occurrence of `cited` in it. */
const form = (text: string, cited: string) => {
  const spans: [number, number][] = [];
  for (let at = text.indexOf(cited); at >= 0; at = text.indexOf(cited, at + 1)) spans.push([at, at + cited.length]);
  return citedOnlyForm(text, spans, CITED_ONLY_FORMS);
};

describe('citedOnlyForm: the article applies or defines the articles it cites', () => {
  it('a referral as the article’s provision, after its condition, or with a duty verb', () => {
    expect(form('第二十二条 以完成一定工作任务为期限的劳动合同因任务完成而终止的，用人单位应当依照劳动合同法第四十七条的规定向劳动者支付经济补偿。', '劳动合同法第四十七条')).toBe('referral');
    expect(form('第三十二条 劳务派遣单位违法解除或者终止被派遣劳动者的劳动合同的，依照劳动合同法第四十八条的规定执行。', '劳动合同法第四十八条')).toBe('referral');
    expect(form('第二十九条 用工单位应当履行劳动合同法第六十二条规定的义务，维护被派遣劳动者的合法权益。', '劳动合同法第六十二条')).toBe('referral');
  });
  it('a referral lead-in over a list of conditions', () => {
    const text = '第九条 经营者有下列情形之一的，由市场监督管理部门依照《某某法》第三十条的规定处理：\n（一）拒绝检查的；\n（二）隐匿材料的。';
    expect(form(text, '《某某法》第三十条')).toBe('referral');
  });
  it('a definition of a term of the cited article, opening the article', () => {
    expect(form('第九条 劳动合同法第十四条第二款规定的连续工作满10年的起始时间，应当自用人单位用工之日起计算，包括劳动合同法施行前的工作年限。', '劳动合同法第十四条第二款')).toBe('definition');
    expect(form('第五条 某某法第八条所称专项资金，是指财政安排的资金。', '某某法第八条')).toBe('definition');
  });
  it('a citation as a condition of another provision restricts nothing', () => {
    expect(form('第二十六条 用人单位与劳动者约定了服务期，劳动者依照劳动合同法第三十八条的规定解除劳动合同的，不属于违反服务期的约定，用人单位不得要求劳动者支付违约金。', '劳动合同法第三十八条')).toBeUndefined();
    expect(form('第二十条 用人单位依照劳动合同法第四十条的规定，选择额外支付劳动者一个月工资解除劳动合同的，其额外支付的工资应当按照该劳动者上一个月的工资标准确定。', '劳动合同法第四十条')).toBeUndefined();
    // …依照…规定作出…决定的复审案件，应当…: the citation in a modifier of the provision's object.
    expect(form('第五条 委员会审理不服某局依照某某法第四十条规定作出撤销决定的复审案件，应当针对某局的决定进行审理。', '某某法第四十条')).toBeUndefined();
    expect(form('第六条 有关单位依照某某法第十条的规定委托服务时，应当确定受委托的企业符合条件。', '某某法第十条')).toBeUndefined();
  });
  it('a citation beside another provision, in a second sentence or paragraph, restricts nothing', () => {
    expect(form('第七条 设立慈善组织，应当符合慈善法第九条规定的条件，并向县级以上人民政府民政部门申请登记。', '慈善法第九条')).toBeUndefined();
    expect(form('第十一条 劳动者提出的，用人单位应当订立合同。对协商不一致的内容，依照劳动合同法第十八条的规定执行。', '劳动合同法第十八条')).toBeUndefined();
    expect(form('第八条 某某法第七条规定的名册，应当包括姓名。\n名册应当保存二年。', '某某法第七条')).toBeUndefined();
    // 除…外: the cited article is the premise, the article's own provision follows (还应当…).
    expect(form('第二十三条 用人单位依法终止工伤职工的劳动合同的，除依照劳动合同法第四十七条的规定支付经济补偿外，还应当依照国家有关规定支付补助金。', '劳动合同法第四十七条')).toBeUndefined();
  });
  it('no citation, no form; the option is the measured forms and on by default', () => {
    expect(citedOnlyForm('第三条 依照有关规定执行。', [], CITED_ONLY_FORMS)).toBeUndefined();
    expect(CITED_ONLY_62).toBe(CITED_ONLY_FORMS);
    expect(DEFAULT_LINK_OPTIONS.citedOnly).toBe(CITED_ONLY_62);
  });
});
