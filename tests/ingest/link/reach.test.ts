// The reach rules (rules.ts REACH, session 34): a court's or procuratorate's document is carried out only by courts and
// procuratorates, and a body's own rules of procedure or organic law by no other body, whatever the levels.
import { describe, expect, it } from 'vitest';
import { canImplement, judicialDocument, ownBodyTitle, regionChain, type RuleDoc } from '../../../ingest/link/rules.js';
import { ingestTexts } from './ingest-texts.js';

const parents: Record<string, string> = { 济南市: '山东省', 山东省: '全国' };
const doc = (d: Partial<RuleDoc>): RuleDoc => ({ ...d, regionChain: regionChain(d.region, (r) => parents[r]) });

describe('which documents are a court\'s or procuratorate\'s', () => {
  it('reads the issuer, every one of a joint issue', () => {
    expect(judicialDocument('最高人民法院', '最高人民法院关于审理某类纠纷案件适用法律若干问题的解释')).toBe(true);
    expect(judicialDocument('最高人民法院、最高人民检察院', '关于办理某类刑事案件适用法律若干问题的解释')).toBe(true);
    expect(judicialDocument('山东省高级人民法院', '山东省高级人民法院关于某类案件的审理指南')).toBe(true);
    // With the police or a ministry beside them the document also binds that body, which its own departments carry out.
    expect(judicialDocument('最高人民法院、最高人民检察院、公安部', '关于办理某类案件的意见')).toBe(false);
    expect(judicialDocument('国务院', '某某管理条例')).toBe(false);
  });
  it('reads the issuers the title names before 关于 when the text names none', () => {
    expect(judicialDocument(undefined, '最高人民法院、最高人民检察院关于办理某类刑事案件适用法律若干问题的解释')).toBe(true);
    expect(judicialDocument(undefined, '最高人民检察院关于某类行为法律适用问题的批复')).toBe(true);
    expect(judicialDocument(undefined, '最高人民法院、公安部关于某类案件的通知')).toBe(false);
    expect(judicialDocument(undefined, '某某管理条例')).toBe(false);
  });
});

describe('which titles are a body\'s own rules', () => {
  it('holds the rules of procedure and organic law of one named body', () => {
    for (const t of ['中华人民共和国全国人民代表大会议事规则', '中华人民共和国全国人民代表大会常务委员会议事规则', '中华人民共和国全国人民代表大会组织法',
      '中华人民共和国国务院组织法', '山东省人民代表大会常务委员会议事规则', '某某市人民政府工作规则', '山东省人民代表大会议事规则（2022年修正）']) {
      expect(ownBodyTitle(t), t).toBe(true);
    }
  });
  it('not a law that sets up bodies at every level or below its issuer, nor a body\'s other laws', () => {
    for (const t of ['中华人民共和国地方各级人民代表大会和地方各级人民政府组织法', '中华人民共和国村民委员会组织法', '中华人民共和国城市居民委员会组织法',
      '中华人民共和国人民法院组织法', '山东省制定地方性法规条例', '中华人民共和国全国人民代表大会和地方各级人民代表大会代表法']) {
      expect(ownBodyTitle(t), t).toBe(false);
    }
  });
});

describe('canImplement with the reach rules', () => {
  const province = doc({ level: 'provincial', region: '山东省', issuedOn: '2021-01-01' });
  const city = doc({ level: 'municipal', region: '济南市', issuedOn: '2022-01-01' });
  const law = doc({ level: 'central', region: '全国', issuedOn: '2019-01-01' });
  const interpretation = doc({ level: 'central', region: '全国', issuedOn: '2020-01-01', judicial: true });
  const provincialCourt = doc({ level: 'provincial', region: '山东省', issuedOn: '2021-06-01', judicial: true });
  it('refuses a regulation carrying out a court\'s document, and lets a court carry it out', () => {
    expect(canImplement(province, law)).toEqual({ ok: true });
    expect(canImplement(province, interpretation)).toMatchObject({ ok: false, rule: 'reach' });
    expect(canImplement(provincialCourt, interpretation)).toEqual({ ok: true });
    // A court's document may carry out a law.
    expect(canImplement(provincialCourt, law)).toEqual({ ok: true });
  });
  it('refuses any document carrying out a body\'s own rules, above it or not', () => {
    const rules = doc({ level: 'provincial', region: '山东省', issuedOn: '2020-01-01', ownBody: true });
    expect(canImplement(city, rules)).toMatchObject({ ok: false, rule: 'reach', why: expect.stringMatching(/own rules/) });
    expect(canImplement(city, { ...rules, ownBody: undefined })).toEqual({ ok: true });
  });
});

describe('the link stage', () => {
  // One procedure article written three times: in a court's interpretation, in a law, and in a province's regulation.
  const article = '人民调解委员会调解民间纠纷，应当在查明事实、分清责任的基础上，根据当事人的特点和纠纷的具体情况，采取灵活多样的方式，耐心疏导，促使当事人互谅互让，平等协商，自愿达成调解协议，消除纷争。';
  const second = '调解达成协议的，人民调解委员会可以制作调解协议书，由双方当事人、人民调解员签名或者盖章，加盖人民调解委员会印章。';
  const higher = (title: string, head: string) => `${title}\n\n${head}\n\n第一条 ${article}\n\n第二条 ${second}\n\n第三条 本规定自公布之日起施行。\n`;
  const lower = `山东省人民调解条例\n\n（2021年3月1日山东省第十三届人民代表大会常务委员会第二十七次会议通过）\n\n第一条 为了规范人民调解工作，结合本省实际，制定本条例。\n\n第二条 ${article}\n\n第三条 ${second}\n\n第四条 本条例自2021年5月1日起施行。\n`;
  const links = async (title: string, head: string) => {
    const snap = await ingestTexts({ '上级.txt': higher(title, head), '山东.txt': lower });
    return snap.edges.filter((e) => e.attributes.type === 'IMPLEMENTS').length;
  };
  it('links the province\'s articles to a law\'s, not to a court\'s interpretation with the same words', async () => {
    expect(await links('中华人民共和国人民调解规定', '（2020年6月1日中华人民共和国国务院令第700号公布）')).toBeGreaterThanOrEqual(2);
    expect(await links('最高人民法院关于人民调解工作若干问题的规定', '（2020年6月1日最高人民法院审判委员会第1800次会议通过）')).toBe(0);
  });
});
