// The basis clause (立法依据) lets a pair through the subject gate: a city regulation naming its province's regulation
// and the national law in 根据《…》《…》等法律、法规，结合本市实际，制定本条例 carries them out, whatever words each
// uses most (session 23: 焦作市大气污染防治条例 linked to nothing on the law mirror, its subject cosine under 0.25).
import { describe, expect, it } from 'vitest';
import { basisTitles, titleKey } from '../../../ingest/link/basis.js';
import { BASIS_COMPANION } from '../../../ingest/link/options.js';
import { subjectAllows, type RuleDoc } from '../../../ingest/link/rules.js';
import type { ProcessedDoc } from '../../../ingest/snapshot/types.js';

/** A document with its text and the citations of every 《…》 in it (as the extract stage finds them). */
function doc(text: string): ProcessedDoc {
  const citations = [...text.matchAll(/《([^》]+)》/g)].map((m) => ({ path: '第一条', title: m[1], span: [m.index!, m.index! + m[0].length] as [number, number], via: 'title' as const, issuers: [] }));
  return { doc: { text }, extraction: { citations } } as unknown as ProcessedDoc;
}

describe('basisTitles', () => {
  it('names the documents cited in the basis clause, the state’s name dropped', () => {
    const d = doc('第一条 为了防治大气污染，根据《中华人民共和国大气污染防治法》《河南省大气污染防治条例》等法律、法规，结合本市实际，制定本条例。第五十条 违反本条例规定的，依照《中华人民共和国行政处罚法》处理。');
    expect(basisTitles(d)).toEqual(['大气污染防治法', '河南省大气污染防治条例']);
  });
  it('names none when no sentence says what the document is made under', () => {
    expect(basisTitles(doc('第三条 各级人民政府应当落实《全民科学素质行动规划纲要》的要求。'))).toEqual([]);
  });
  it('reads no basis in a body article of a text of articles (依据《…》开展业务，…另行制定)', () => {
    const text = '第一条 为了规范专利代理行为，根据《中华人民共和国专利法》，制定本条例。\n第二条 本条例适用于专利代理。\n第三十条 律师事务所可以依据《中华人民共和国律师法》等法律开展与专利有关的业务，具体办法由国务院专利行政部门另行制定。';
    const d = doc(text);
    const starts = [...text.matchAll(/第[一二三十]+条/g)].map((m) => m.index!);
    (d.doc as { units: unknown[] }).units = starts.map((s, i) => ({ kind: 'article', span: [s, starts[i + 1] ?? text.length] }));
    expect(basisTitles(d)).toEqual(['专利法']);
  });
  it('reads the purpose form that names the text carried out (为了贯彻实施《…》…，制定本条例), not a plan’s 为贯彻落实 nor a purpose without a title', () => {
    expect(basisTitles(doc('第一条 为了贯彻实施《中华人民共和国劳动合同法》(以下简称劳动合同法)，制定本条例。'))).toEqual(['劳动合同法']);
    expect(basisTitles(doc('第一条 为实施《中华人民共和国档案法》，制定本条例。'))).toEqual(['档案法']);
    expect(basisTitles(doc('为深入贯彻落实《全民科学素质行动规划纲要》，结合我省实际，制定本方案。'))).toEqual([]);
    expect(basisTitles(doc('第一条 为了加强档案管理，制定本条例。第二条 本条例所称档案，依照《中华人民共和国档案法》确定。'))).toEqual([]);
  });
  it('reads 依据 … 制定 as well', () => {
    expect(basisTitles(doc('依据《中华人民共和国献血法》和有关法律法规，制定本办法。'))).toEqual(['献血法']);
  });
});

describe('basisTitles with the companion formula (options.basisCompanion, session 62)', () => {
  const basis = '第一条 为了规范渔船登记，根据《中华人民共和国渔业法》及其实施条例、《中华人民共和国行政许可法》，制定本规定。\n第二条 本规定适用于渔船。';
  it('reads 《T》及其实施条例 as naming T实施条例 too, beside T and the other titles of the clause', () => {
    expect(basisTitles(doc(basis), BASIS_COMPANION)).toEqual(['渔业法', '渔业法实施条例', '行政许可法']);
  });
  it('reads 及其实施细则 and 及其实施办法 the same way, the state’s name dropped as for any title', () => {
    expect(basisTitles(doc('第一条 根据《中华人民共和国档案法》及其实施细则，结合本省实际，制定本条例。'), BASIS_COMPANION)).toEqual(['档案法', '档案法实施细则']);
    expect(basisTitles(doc('第一条 依据《某某省河道管理条例》及其实施办法，制定本办法。'), BASIS_COMPANION)).toEqual(['某某省河道管理条例', '某某省河道管理条例实施办法']);
  });
  it('names nothing more without the option, nor for 及其 words that name no text, nor outside the basis clause', () => {
    expect(basisTitles(doc(basis))).toEqual(['渔业法', '行政许可法']);
    expect(basisTitles(doc('第一条 根据《中华人民共和国渔业法》及其配套规定，制定本办法。'), BASIS_COMPANION)).toEqual(['渔业法']);
    expect(basisTitles(doc('第一条 为了保护渔业资源，制定本办法。第九条 违反本办法的，依照《中华人民共和国渔业法》及其实施条例处罚。'), BASIS_COMPANION)).toEqual([]);
  });
});

describe('the subject gate with a basis clause', () => {
  const sig = (terms: number[]) => ({ terms, weights: terms.map(() => 1 / Math.sqrt(terms.length)) });
  const city: RuleDoc = { regionChain: ['焦作市', '河南省', '全国'], subject: sig([1, 2, 3, 4]), title: '焦作市大气污染防治条例' };
  const law: RuleDoc = { regionChain: ['全国'], subject: sig([5, 6, 7, 8]), title: titleKey('中华人民共和国大气污染防治法') };
  const gate = { minCosine: 0.25 };
  it('stops a pair of different subject words', () => {
    expect(subjectAllows(city, law, gate).ok).toBe(false);
  });
  it('lets it through when the lower document names the higher one in its basis clause', () => {
    expect(subjectAllows({ ...city, basis: ['大气污染防治法'] }, law, gate).ok).toBe(true);
    // Not the other way round: the law does not carry out the city's regulation.
    expect(subjectAllows({ ...law, basis: [] }, { ...city }, gate).ok).toBe(false);
  });
});
