// The version in force (rules.ts, session 35): when the corpus holds several texts of one law or regulation, a lower
// document carries out the text in force when it was issued, not every text at once.
import { describe, expect, it } from 'vitest';
import { canImplement, regionChain, type RuleDoc } from '../../../ingest/link/rules.js';
import { ingestTexts } from './ingest-texts.js';
import { runIngest } from '../../../ingest/pipeline.js';

const parents: Record<string, string> = { 济南市: '山东省', 山东省: '全国' };
const doc = (d: Partial<RuleDoc>): RuleDoc => ({ ...d, regionChain: regionChain(d.region, (r) => parents[r]) });

describe('canImplement with a later text in the corpus', () => {
  const older = doc({ level: 'central', region: '全国', issuedOn: '2018-10-26', supersededOn: '2022-10-30' });
  const newer = doc({ level: 'central', region: '全国', issuedOn: '2022-10-30' });
  it('a document issued after the later text carries out that one only', () => {
    const province = doc({ level: 'provincial', region: '山东省', issuedOn: '2024-09-27' });
    expect(canImplement(province, older)).toMatchObject({ ok: false, rule: 'version', why: expect.stringMatching(/2022-10-30/) });
    expect(canImplement(province, newer)).toMatchObject({ ok: true });
  });
  it('a document issued between the two texts carries out the older one', () => {
    const province = doc({ level: 'provincial', region: '山东省', issuedOn: '2020-05-01' });
    expect(canImplement(province, older)).toMatchObject({ ok: true });
    expect(canImplement(province, newer)).toMatchObject({ ok: false, rule: 'date' });
  });
  it('a document issued on the day of the later text carries out the later text', () => {
    const province = doc({ level: 'provincial', region: '山东省', issuedOn: '2022-10-30' });
    expect(canImplement(province, older)).toMatchObject({ ok: false, rule: 'version' });
    expect(canImplement(province, newer)).toMatchObject({ ok: true });
  });
  it('an undated document carries out the latest text, as its citations resolve', () => {
    const province = doc({ level: 'provincial', region: '山东省' });
    expect(canImplement(province, older)).toMatchObject({ ok: false, rule: 'version' });
    expect(canImplement(province, newer)).toMatchObject({ ok: true, dateUnknown: true });
  });
  it('a document issued before every text carries out the earliest one, through its first adoption', () => {
    const earliest = { ...older, adoptedOn: '1992-04-03', versionsOn: ['1992-04-03', '2005-08-28'] };
    const province = doc({ level: 'provincial', region: '山东省', issuedOn: '2010-03-01' });
    expect(canImplement(province, earliest)).toMatchObject({ ok: true, laterVersion: true });
    expect(canImplement(province, newer)).toMatchObject({ ok: false, rule: 'date' });
  });
});

describe('the link stage', () => {
  // Two texts of one regulation: the first issued by a ministry with the State Council's approval, the second revised
  // by the State Council's decision (its issuer read as 国务院, another level), and two provinces' regulations that
  // carry out its articles, one issued between the texts and one after the second.
  const a1 = '收购废旧金属的企业和个体工商户，应当在开业前向所在地县级人民政府公安机关备案，并如实登记出售人的姓名、住址和身份证件号码。';
  const a2 = '收购企业不得收购枪支、弹药和爆炸物品，不得收购剧毒、放射性物品及其容器，发现有赃物嫌疑的物品应当立即报告公安机关。';
  const a3 = '公安机关应当对收购企业的经营活动进行监督检查，收购企业应当如实提供登记资料，不得拒绝或者阻碍检查。';
  const body = `第一条 ${a1}\n\n第二条 ${a2}\n\n第三条 ${a3}\n\n第四条 本办法自发布之日起施行。\n`;
  const law1 = `废旧物资收购业治安管理办法\n\n（2010年1月5日国务院批准　2010年1月25日公安部令第16号发布）\n\n${body}`;
  const law2 = `废旧物资收购业治安管理办法\n\n（2010年1月5日国务院批准　2010年1月25日公安部令第16号发布　根据2020年7月20日《国务院关于修改和废止部分行政法规的决定》修订）\n\n${body}`;
  const province = (title: string, date: string) =>
    `${title}\n\n（${date}山东省人民代表大会常务委员会会议通过）\n\n第一条 为了加强废旧物资收购业的治安管理，结合本省实际，制定本条例。\n\n第二条 ${a1}\n\n第三条 ${a2}\n\n第四条 ${a3}\n\n第五条 本条例自公布之日起施行。\n`;

  it('links each province to the text in force at its date, never to both', async () => {
    const snap = await ingestTexts({
      '办法2010.txt': law1,
      '办法2020.txt': law2,
      '山东2015.txt': province('山东省废旧物资收购管理条例', '2015年3月1日'),
      '山东2023.txt': province('山东省废旧物资收购治安管理规定', '2023年3月1日'),
    });
    const docs = snap.nodes.filter((n) => n.attributes.type === 'Document' && (n.attributes as { inCorpus?: boolean }).inCorpus !== false);
    const texts = docs.filter((n) => n.attributes.name === '废旧物资收购业治安管理办法');
    expect(texts.map((n) => (n.attributes as { issuedOn?: string }).issuedOn).sort()).toEqual(['2010-01-25', '2020-07-20']);
    // The two texts are read at two levels (公安部's and 国务院's): one regulation all the same (index.ts versionKey).
    expect(new Set(texts.map((n) => (n.attributes as { level?: string }).level)).size).toBe(2);
    const docOf = (measure: string) => measure.split('#')[0];
    const pairs = new Map<string, number>();
    for (const e of snap.edges) {
      if (e.attributes.type !== 'IMPLEMENTS') continue;
      const key = `${docOf(e.source)} → ${docOf(e.target)}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    const to = (lower: string) => [...pairs.keys()].filter((k) => k.startsWith(`doc:${lower}`)).map((k) => k.split(' → ')[1]);
    expect(to('山东省废旧物资收购管理条例')).toEqual(['doc:废旧物资收购业治安管理办法@2010-01-25']);
    expect(to('山东省废旧物资收购治安管理规定')).toEqual(['doc:废旧物资收购业治安管理办法@2020-07-20']);
    expect(pairs.get('doc:山东省废旧物资收购治安管理规定@2023-03-01 → doc:废旧物资收购业治安管理办法@2020-07-20')).toBeGreaterThanOrEqual(3);
  });
});

describe('an article cited by number in a later text of the law (options.citedLaterVersion)', () => {
  // The corpus holds only the law's 2020 revision, which renumbered it (第三条 is now on the register); the province's
  // 2015 regulation cites 第三条 of the text in force then (on the permits) and restates nothing of the 2020 第三条.
  const law = [
    '中华人民共和国示范登记法',
    '',
    '（2008年6月1日第十一届全国人民代表大会常务委员会第三次会议通过　2020年6月1日第十三届全国人民代表大会常务委员会第十九次会议修订）',
    '',
    '第一条 为了规范示范登记活动，制定本法。',
    '',
    '第二条 从事示范经营，应当取得许可证，许可证有效期为五年，期满需要延续的应当在期满前三十日提出申请。',
    '',
    '第三条 国务院示范主管部门建立全国统一的示范登记簿，记载登记事项、权利人和登记机构的名称。',
    '',
    '第四条 本法自2020年9月1日起施行。',
    '',
  ].join('\n');
  const province = [
    '浙江省示范登记条例',
    '',
    '（2015年9月24日浙江省第十二届人民代表大会常务委员会第二十二次会议通过）',
    '',
    '第一条 根据《中华人民共和国示范登记法》，结合本省实际，制定本条例。',
    '',
    '第二条 申请人应当依照《中华人民共和国示范登记法》第三条的规定，向设区的市人民政府提出申请，并提交场地证明。',
    '',
  ].join('\n');
  const citedLinks = async (citedLaterVersion: boolean) => {
    const { snapshot } = await runIngest({
      inputs: ['in-memory'],
      reader: {
        list: async () => ['law.md', 'zhejiang.md'].map((name) => ({ path: name, name })),
        read: async (_p, name) => ({ file: name, format: 'md', encoding: 'utf-8', text: name === 'law.md' ? law : province }),
      },
      link: { citedLaterVersion },
    });
    return snapshot.edges.filter((e) => e.attributes.type === 'IMPLEMENTS' && e.attributes.citedArticle).map((e) => `${e.source.split('#')[1]}>${e.target.split('#')[1]}`);
  };
  it('makes no link from the number alone', async () => {
    expect(await citedLinks(false)).toEqual([]);
  });
  it('made one before the rule (the option on)', async () => {
    expect(await citedLinks(true)).toEqual(['第二条>第三条']);
  });
});
