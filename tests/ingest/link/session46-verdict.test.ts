// Session 46 (helper verdict): options.generalLiability.strength. The strength test's general liability clause (session 29:
// a lower penalty article sanctioning only by referral to the law, linked to a higher one listing conduct, is partial) no
// longer reads the criminal and civil boilerplate a penalty article ends in (构成犯罪的，依法追究刑事责任; 依法承担民事责任) as
// its referral (`tail`), and counts a sanction of a person's post (解聘, 开除 …) as a sanction of its own (`post`). Both of the
// teachers family's gold-strong links to 教师法 第三十七条 were called partial by the session-29 rule: 河南省实施《教师法》办法
// 第三十三条 (its own conduct and sanctions, the referral only in the tail) and 浙江省实施《教师法》办法 第十八条 (依法给予处分或者
// 解聘). Each test fails without its part of the rule. Measured and left off (DEFAULT_LINK_OPTIONS: dev teachers 100 -> 102,
// held out buildingenergy 107 -> 105); the tests set it explicitly.
import { describe, expect, it } from 'vitest';
import { linkMeasures } from '../../../ingest/link/implements.js';
import { generalOwnOf, liabilityOf } from '../../../ingest/link/liability.js';
import { DEFAULT_LINK_OPTIONS, GENERAL_LIABILITY_POST, GENERAL_LIABILITY_TAIL, linkOptions } from '../../../ingest/link/options.js';
import { regulationUnit } from './units.js';

const rule = DEFAULT_LINK_OPTIONS.generalLiability!;
const law37 =
  '第三十七条 教师有下列情形之一的，由所在学校、其他教育机构或者教育行政部门给予行政处分或者解聘:\n\n（一）故意不完成教育教学任务给教育教学工作造成损失的；\n\n（二）体罚学生，经教育不改的；\n\n（三）品行不良、侮辱学生，影响恶劣的。\n\n教师有前款第（二）项、第（三）项所列情形之一，情节严重，构成犯罪的，依法追究刑事责任。';
const henan33 =
  '第三十三条 教师侮辱、殴打、体罚或者变相体罚学生的，由所在单位或者教育行政部门视其情节给予批评教育、行政处分或者解聘；造成后果和损害的，依法承担民事责任；情节严重，构成犯罪的，依法追究刑事责任。';
const zhejiang18 = '第十八条 教师违反本办法第七条第二款规定的，由所在学校、其他教育机构或者教育主管部门责令其改正；情节严重的，依法给予处分或者解聘。';
// 河南省实施《人民防空法》办法 第三十一条: its own conduct and sanction (限期追回, 给予行政处分), the referral only in the tail.
const civil31 = '第三十一条 截留、挪用人民防空经费的，由有关部门或者所在单位限期追回，并对有关责任人员给予行政处分；构成犯罪的，依法追究刑事责任。';
// 上海市法律援助若干规定 第十八条: a general liability clause still (依法给予处分 before the tail).
const shanghai18 = '第十八条 法律援助机构及其工作人员、办理法律援助案件的人员违反法律援助有关规定的，由司法行政部门依法给予处分和行政处罚；构成犯罪的，依法追究刑事责任。';

describe('generalLiability.strength (session 46)', () => {
  const without = { ...rule, strength: null };
  it('reads an article whose only referral is the criminal or civil tail as no general clause', () => {
    expect(liabilityOf(rule)(civil31).general).toBe(true);
    expect(generalOwnOf(without)(civil31)).toBe(true);
    expect(generalOwnOf({ ...rule, strength: { tail: GENERAL_LIABILITY_TAIL } })(civil31)).toBe(false);
    expect(generalOwnOf({ ...rule, strength: { tail: GENERAL_LIABILITY_TAIL } })(henan33)).toBe(false);
  });
  it('counts a sanction of the post (解聘) as the article’s own', () => {
    expect(generalOwnOf(without)(zhejiang18)).toBe(true);
    expect(generalOwnOf({ ...rule, strength: { post: GENERAL_LIABILITY_POST } })(zhejiang18)).toBe(false);
  });
  it('keeps a clause sanctioning by referral before the tail general', () => {
    expect(generalOwnOf(rule)(shanghai18)).toBe(true);
  });

  const penalty = (id: string, doc: number, text: string) => ({ ...regulationUnit(id, doc, text), group: 'penalty' });
  // Scored by text alone, strong from 0.05: without generalLiability each pair below is a strong link.
  const options = (strength: { tail?: string; post?: string } | null) =>
    linkOptions({
      generalLiability: { ...rule, strength },
      topKPerClause: null,
      paragraphBest: null,
      procedureStages: null,
      genres: { regulation: { weights: { reuse: 0, text: 1, entities: 0 }, thresholds: { implements: 0.05, partial: 0.05 }, relative: 0.5, topK: 1, pairIdf: false } },
    });
  const verdict = (strength: { tail?: string; post?: string } | null, lower: string) =>
    linkMeasures([penalty('law#h', 0, law37), penalty('prov#l', 1, lower)], (l, h) => l === 1 && h === 0, [], options(strength)).find((l) => l.lower === 'prov#l' && l.higher === 'law#h')?.verdict;

  it('keeps strong the link of a penalty article with its own conduct and sanction ending in the criminal tail', () => {
    expect(verdict(null, henan33)).toBe('partial');
    expect(verdict({ tail: GENERAL_LIABILITY_TAIL }, henan33)).toBe('implements');
  });
  it('keeps strong the link of a penalty article giving 解聘 beside 依法给予处分', () => {
    expect(verdict({ tail: GENERAL_LIABILITY_TAIL }, zhejiang18)).toBe('partial');
    expect(verdict({ post: GENERAL_LIABILITY_POST }, zhejiang18)).toBe('implements');
  });
});
