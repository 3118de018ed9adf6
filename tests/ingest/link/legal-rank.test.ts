// Legal rank within a level (rules.ts, session 36): a law's implementing regulation, a court's interpretation of a law
// and a provincial government's rules under its congress's regulation carry out the document they name as their basis,
// though both documents are of one level.
import { describe, expect, it } from 'vitest';
import { canImplement, legalRank, mayImplementAny, rankWithBasis, regionChain, type RuleDoc } from '../../../ingest/link/rules.js';
import { ingestTexts } from './ingest-texts.js';
import { graphFromSnapshot, lowerDocuments } from '../../../coverage/index.js';
import type { Snapshot } from '../../../graph-schema/index.js';

const parents: Record<string, string> = { 济南市: '山东省', 山东省: '全国' };
const doc = (d: Partial<RuleDoc>): RuleDoc => ({ ...d, regionChain: regionChain(d.region, (r) => parents[r]) });

describe('legalRank', () => {
  it('reads the constitution by its title, a legislature, a government and a court by their issuers', () => {
    expect(legalRank(undefined, '中华人民共和国宪法')).toBe(0);
    expect(legalRank('全国人民代表大会', '宪法修正案（2004年）')).toBe(0);
    expect(legalRank('全国人民代表大会常务委员会', '中华人民共和国城乡规划法')).toBe(1);
    expect(legalRank('济南市人大常委会', '济南市城乡规划条例')).toBe(1);
    expect(legalRank('国务院', '城乡规划法实施条例')).toBe(2);
    expect(legalRank('中央军事委员会、国务院', '军事设施保护法实施办法')).toBe(2);
    expect(legalRank('山东省人民政府', '山东省城乡规划条例实施办法')).toBe(2);
    expect(legalRank('最高人民法院、最高人民检察院', '关于办理某类刑事案件适用法律若干问题的解释')).toBe(2);
  });
  it('reads a national law by its title when no issuer was read, and nothing else without an issuer', () => {
    expect(legalRank(undefined, '中华人民共和国城乡规划法')).toBe(1);
    expect(legalRank(undefined, '城乡规划法实施条例')).toBeUndefined();
  });
  it('gives no rank to a joint issue with an issuer it does not know, nor to a department', () => {
    expect(legalRank('国务院、某协会', '某规定')).toBeUndefined();
    expect(legalRank('山东省教育厅', '某办法')).toBeUndefined();
  });
});

describe('rankWithBasis (a text with no issuer line)', () => {
  it('ranks a text whose basis clause names documents, and whose title is not a law\'s, as a government\'s regulation', () => {
    expect(rankWithBasis(undefined, '中华人民共和国两用物项出口管制条例', ['出口管制法'])).toBe(2);
    expect(rankWithBasis(undefined, '某某网络保护条例', ['未成年人保护法', '网络安全法'])).toBe(2);
    expect(rankWithBasis(undefined, '某某法实施办法', ['某某法'])).toBe(2);
  });
  it('gives no rank without a basis clause, nor to a text titled as a law; an issuer read wins', () => {
    expect(rankWithBasis(undefined, '某某网络保护条例', [])).toBeUndefined();
    expect(rankWithBasis(undefined, '某某促进法', ['宪法'])).toBeUndefined();
    expect(rankWithBasis('山东省人民代表大会常务委员会', '山东省某某条例', ['某某法'])).toBe(1);
  });
});

describe('canImplement within one level', () => {
  const law = doc({ level: 'central', region: '全国', issuedOn: '2019-04-23', legalRank: 1, title: '城乡规划法' });
  it('an implementing regulation that names the law in its basis clause carries it out', () => {
    const regulation = doc({ level: 'central', region: '全国', issuedOn: '2020-01-01', legalRank: 2, title: '城乡规划法实施条例', basis: ['城乡规划法'] });
    expect(canImplement(regulation, law)).toMatchObject({ ok: true });
    expect(mayImplementAny(regulation)).toBe(true);
  });
  it('without the basis clause, or the other way round, it does not', () => {
    const regulation = doc({ level: 'central', region: '全国', issuedOn: '2020-01-01', legalRank: 2, title: '某条例' });
    expect(canImplement(regulation, law)).toMatchObject({ ok: false, rule: 'level', why: expect.stringMatching(/basis clause/) });
    expect(mayImplementAny(regulation)).toBe(false);
    const naming = doc({ ...law, basis: ['城乡规划法实施条例'] });
    const regulation2 = doc({ level: 'central', region: '全国', issuedOn: '2018-01-01', legalRank: 2, title: '城乡规划法实施条例' });
    expect(canImplement(naming, regulation2)).toMatchObject({ ok: false, rule: 'level' });
  });
  it('two documents of one rank do not, whatever they name', () => {
    const a = doc({ level: 'central', region: '全国', issuedOn: '2020-01-01', legalRank: 2, basis: ['某条例'] });
    const b = doc({ level: 'central', region: '全国', issuedOn: '2019-01-01', legalRank: 2, title: '某条例' });
    expect(canImplement(a, b)).toMatchObject({ ok: false, rule: 'level' });
  });
  it('a provincial government\'s rules carry out their province\'s regulation, not another province\'s', () => {
    const reg = doc({ level: 'provincial', region: '山东省', issuedOn: '2015-01-01', legalRank: 1, title: '山东省城乡规划条例' });
    const rules = doc({ level: 'provincial', region: '山东省', issuedOn: '2016-01-01', legalRank: 2, basis: ['山东省城乡规划条例'] });
    expect(canImplement(rules, reg)).toMatchObject({ ok: true });
    const other = doc({ ...reg, region: '河南省' });
    expect(canImplement(rules, other)).toMatchObject({ ok: false });
  });
  it('the date rule still holds', () => {
    const regulation = doc({ level: 'central', region: '全国', issuedOn: '2010-01-01', legalRank: 2, basis: ['城乡规划法'] });
    expect(canImplement(regulation, law)).toMatchObject({ ok: false, rule: 'date' });
  });
});

describe('the link stage', () => {
  // A law and the State Council's implementing regulation that names it, restating three of its articles.
  const a1 = '县级以上人民政府城乡规划主管部门应当会同有关部门编制历史街区保护规划，报本级人民政府批准后公布实施。';
  const a2 = '在历史街区保护范围内进行建设活动，应当符合保护规划的要求，不得损害历史风貌，不得破坏传统格局。';
  const a3 = '违反本法规定，擅自在历史街区保护范围内进行建设的，由城乡规划主管部门责令停止违法行为，限期恢复原状。';
  const law = `中华人民共和国历史街区保护法\n\n（2012年6月29日第十一届全国人民代表大会常务委员会第二十七次会议通过）\n\n第一条 为了保护历史街区，传承优秀历史文化，制定本法。\n\n第二条 ${a1}\n\n第三条 ${a2}\n\n第四条 ${a3}\n\n第五条 本法自2013年1月1日起施行。\n`;
  const regulation = (basis: boolean) =>
    `历史街区保护法实施条例\n\n（2014年3月1日中华人民共和国国务院令第600号公布）\n\n第一条 ${basis ? '根据《中华人民共和国历史街区保护法》，制定本条例。' : '为了保护历史街区，制定本条例。'}\n\n第二条 ${a1}\n\n第三条 ${a2}\n\n第四条 ${a3}\n\n第五条 本条例自公布之日起施行。\n`;
  const snaps = new Map<boolean, Snapshot>();
  const linksBetween = async (basis: boolean) => {
    const snap = await ingestTexts({ '法.txt': law, '条例.txt': regulation(basis) });
    snaps.set(basis, snap);
    const docs = snap.nodes.filter((n) => n.attributes.type === 'Document' && (n.attributes as { inCorpus?: boolean }).inCorpus !== false);
    expect(docs.map((n) => (n.attributes as { level?: string }).level)).toEqual(['central', 'central']);
    return snap.edges.filter((e) => e.attributes.type === 'IMPLEMENTS').map((e) => `${e.source.split('#')[0]} → ${e.target.split('#')[0]}`);
  };
  it('links the implementing regulation to the law it names, article by article', async () => {
    const links = await linksBetween(true);
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(new Set(links)).toEqual(new Set(['doc:历史街区保护法实施条例@2014-03-01 → doc:中华人民共和国历史街区保护法@2012-06-29']));
  });
  it('links a regulation that prints no date or issuer line to the law its basis clause names', async () => {
    // 25 of the law mirror's 行政法规 with a basis clause print neither (两用物项出口管制条例, 未成年人网络保护条例 …).
    const bare = regulation(true).replace('（2014年3月1日中华人民共和国国务院令第600号公布）\n\n', '');
    const snap = await ingestTexts({ '法.txt': law, '条例(2014-03-01).txt': bare });
    const links = snap.edges.filter((e) => e.attributes.type === 'IMPLEMENTS');
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(new Set(links.map((e) => e.target.split('#')[0]))).toEqual(new Set(['doc:中华人民共和国历史街区保护法@2012-06-29']));
  });
  it('links nothing when the regulation does not name the law', async () => {
    expect(await linksBetween(false)).toEqual([]);
  });
  it('lists the implementing regulation among the law\'s lower documents in coverage, only when it links', () => {
    const lowers = (basis: boolean) => lowerDocuments(graphFromSnapshot(snaps.get(basis)!), 'doc:中华人民共和国历史街区保护法@2012-06-29').map((d) => d.id);
    expect(lowers(true)).toEqual(['doc:历史街区保护法实施条例@2014-03-01']);
    expect(lowers(false)).toEqual([]);
  });
});
