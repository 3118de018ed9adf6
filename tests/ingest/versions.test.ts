// Versions of one title: ids by version date, unique and stable in every case, REVISES from the
// later to the earlier version, citations of a bare title resolved to the version in force, and
// CITES lags. Runs the pipeline on texts built here (injected reader), so nothing touches disk.
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../ingest/pipeline.js';
import { toNeo4jProperties } from '../../graph-schema/index.js';

type Result = Awaited<ReturnType<typeof runIngest>>;

function ingestTexts(files: Record<string, string>) {
  return runIngest({
    inputs: ['mem'],
    reader: {
      list: async () => Object.keys(files).map((name) => ({ path: name, name })),
      read: async (path, name) => ({ file: name, format: 'txt', encoding: 'utf-8', text: files[path] }),
    },
  });
}

const documents = (r: Result) =>
  r.snapshot.nodes.flatMap((n) => (n.attributes.type === 'Document' && n.attributes.inCorpus ? [{ id: n.key, ...n.attributes }] : []));
const edges = (r: Result, type: string) => r.snapshot.edges.filter((e) => e.attributes.type === type);

/** A small deterministic generator (mulberry32), so the batch is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ['推进', '完善', '加强', '健全', '优化', '落实', '深化', '拓展'];
const THINGS = ['基层服务网络', '人才培养机制', '数字化平台', '示范基地建设', '志愿服务队伍', '宣传阵地', '评估考核制度', '经费保障', '协同联动', '资源共享'];

/** 250 near-copies of one plan: the same title, items drawn from one pool, one of 6 dates. */
function nearCopies(n: number): Record<string, string> {
  const rnd = random(9);
  const dates = ['2021年3月1日', '2021年3月1日', '2022年5月8日', '2022年5月8日', '2023年6月30日', '2024年1月15日'];
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const items: string[] = [];
    for (let k = 1; k <= 6; k++) {
      const v = VERBS[Math.floor(rnd() * VERBS.length)];
      const t = THINGS[Math.floor(rnd() * THINGS.length)];
      items.push(`${k}.${v}${t}，第${Math.floor(rnd() * 900) + 100}号任务由${['各市', '各县', '各部门', '各单位'][k % 4]}负责，完成${Math.floor(rnd() * 90) + 10}项。`);
    }
    files[`copy-${String(i).padStart(3, '0')}.txt`] =
      `吉林省基层服务工作方案\n一、主要任务\n${items.join('\n')}\n吉林省科学技术协会\n${dates[Math.floor(rnd() * dates.length)]}\n`;
  }
  return files;
}

describe('a batch of 250 near-copies of one plan, several with the same title and date', () => {
  let r: Result;
  it('completes and writes a valid snapshot', async () => {
    r = await ingestTexts(nearCopies(250));
    expect(r.report.failed).toEqual([]);
    expect(r.report.documents).toBeGreaterThan(200);
  }, 120_000);

  it('keeps every document as its own node, with a unique id', () => {
    const docs = documents(r);
    expect(docs.length).toBe(r.report.documents);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    // The batch does hold different documents with the same title and the same date.
    const byDate = new Map<string, number>();
    for (const d of docs) byDate.set(d.issuedOn!, (byDate.get(d.issuedOn!) ?? 0) + 1);
    expect(Math.max(...byDate.values())).toBeGreaterThan(1);
  });

  it('links versions by REVISES only from a later date to an earlier one, never to itself', () => {
    const date = new Map(documents(r).map((d) => [d.id, d.issuedOn!]));
    const revises = edges(r, 'REVISES');
    expect(revises.length).toBeGreaterThan(0);
    for (const e of revises) {
      expect(e.source).not.toBe(e.target);
      expect(date.get(e.source)! > date.get(e.target)!).toBe(true);
    }
  });

  it('gives the same ids when the batch is ingested again', async () => {
    const again = await ingestTexts(nearCopies(250));
    expect(documents(again).map((d) => d.id)).toEqual(documents(r).map((d) => d.id));
  }, 120_000);
});

const law = (adopted: string, amended: string | undefined, body: string) =>
  [
    '中华人民共和国示例保护法',
    `${adopted} 第九届全国人民代表大会常务委员会第二十一次会议通过`,
    ...(amended ? [`${amended} 第十三届全国人民代表大会常务委员会第二次会议《关于修改〈中华人民共和国示例保护法〉的决定》修正`] : []),
    '第一章 总则',
    `第一条 ${body}`,
    '第二条 国务院有关部门按照职责分工负责示例保护工作。',
  ].join('\n');

const local = (province: string, date: string, duty: string) =>
  [
    `${province}示例保护条例`,
    `${date} ${province}第十三届人民代表大会常务委员会第五次会议通过`,
    '第一条 为了做好示例保护工作，根据《中华人民共和国示例保护法》，结合本省实际，制定本条例。',
    `第二条 ${duty}`,
  ].join('\n');

describe('two versions of a law and the regulations that cite it', () => {
  let r: Result;
  it('ingests them', async () => {
    r = await ingestTexts({
      'law-2001.txt': law('2001年4月28日', undefined, '为了加强示例保护，普及示例知识，制定本法。'),
      'law-2018.txt': law('2001年4月28日', '2018年4月27日', '为了加强和改进示例保护工作，增强全民示例意识，弘扬爱国主义精神，促进示例事业发展，制定本法。'),
      'local-2010.txt': local('山西省', '2010年11月25日', '县级以上人民政府应当加强对示例保护工作的领导，将所需经费列入本级财政预算，建立协调机制，定期研究解决重大问题。'),
      'local-2020.txt': local('甘肃省', '2020年9月24日', '省人民政府示例主管部门负责全省示例保护的监督管理，编制全省示例保护规划并组织实施，会同有关部门开展检查评估。'),
      'local-1999.txt': local('青海省', '1999年6月1日', '各级教育、文化、科技行政部门应当在各自职责范围内做好示例知识的宣传普及，鼓励社会团体和企业事业组织参与。'),
    });
    expect(r.report.failed).toEqual([]);
  });

  it('names each version of the law by its version date and orders them by REVISES', () => {
    const ids = documents(r).map((d) => d.id).filter((id) => id.includes('示例保护法'));
    expect(ids.sort()).toEqual(['doc:中华人民共和国示例保护法@2001-04-28', 'doc:中华人民共和国示例保护法@2018-04-27']);
    expect(edges(r, 'REVISES').map((e) => [e.source, e.target])).toEqual([
      ['doc:中华人民共和国示例保护法@2018-04-27', 'doc:中华人民共和国示例保护法@2001-04-28'],
    ]);
  });

  it('resolves a citation of the title alone to the version in force at the citing date, with the lag in days', () => {
    const cites = (from: string) =>
      edges(r, 'CITES')
        .filter((e) => e.source === from)
        .map((e) => [e.target, e.attributes.type === 'CITES' ? e.attributes.lagDays : undefined]);
    expect(cites('doc:山西省示例保护条例@2010-11-25')).toEqual([['doc:中华人民共和国示例保护法@2001-04-28', 3498]]);
    expect(cites('doc:甘肃省示例保护条例@2020-09-24')).toEqual([['doc:中华人民共和国示例保护法@2018-04-27', 881]]);
  });

  it('never resolves a citation to a version issued after the citing document', () => {
    const earliest = edges(r, 'CITES').filter((e) => e.source === 'doc:青海省示例保护条例@1999-06-01');
    expect(earliest.map((e) => e.target)).toEqual(['doc:中华人民共和国示例保护法']);
    const cited = r.snapshot.nodes.find((n) => n.key === 'doc:中华人民共和国示例保护法')!.attributes;
    expect(cited.type === 'Document' && cited.inCorpus).toBe(false);
  });

  it('keeps the history on the Document, stored in Neo4j as a JSON string', () => {
    const d = documents(r).find((x) => x.id === 'doc:中华人民共和国示例保护法@2018-04-27')!;
    expect(d.history?.map((h) => [h.date, h.action, h.by])).toEqual([
      ['2001-04-28', 'adopted', '全国人民代表大会常务委员会'],
      ['2018-04-27', 'amended', '全国人民代表大会常务委员会'],
    ]);
    const props = toNeo4jProperties(d as unknown as Record<string, unknown>);
    expect(JSON.parse(props.history as string)[1]).toMatchObject({ date: '2018-04-27', action: 'amended' });
    expect(props.genre).toBe('regulation');
  });
});

describe('two different documents with the same title and the same date', () => {
  it('stay two nodes with ids that depend on their own text', async () => {
    const a = '某市示例管理办法\n2020年1月2日 某市第十届人民代表大会常务委员会第三次会议通过\n第一条 为了规范示例管理，制定本办法。\n第二条 本办法适用于本市行政区域内的示例活动。';
    const b = '某市示例管理办法\n2020年1月2日 某市第十届人民代表大会常务委员会第三次会议通过\n第一条 为了促进示例产业发展，保障从业者权益，制定本办法。\n第二条 市人民政府应当设立示例产业发展专项资金，支持企业创新。';
    const one = await ingestTexts({ 'a.txt': a, 'b.txt': b });
    const ids = documents(one).map((d) => d.id).sort();
    expect(ids).toHaveLength(2);
    expect(ids.every((id) => /^doc:某市示例管理办法@2020-01-02~[0-9a-f]{6}$/.test(id))).toBe(true);
    expect(edges(one, 'REVISES')).toEqual([]);
    const alone = await ingestTexts({ 'b.txt': b, 'c.txt': a });
    expect(documents(alone).map((d) => d.id).sort()).toEqual(ids);
  });
});

describe('CITES lag when only years are known', () => {
  it('counts years × 365 and flags it approximate', async () => {
    const r = await ingestTexts({
      'p.txt': '某省2023年示例工作要点\n一、任务\n1.贯彻落实《全国示例工作规划（2021—2025年）》，推进示例工作。',
    });
    const e = edges(r, 'CITES').find((x) => x.source.startsWith('doc:'))!;
    expect(e.attributes).toMatchObject({ lagDays: 2 * 365, lagApprox: true });
  });
});

describe('an amended law whose text barely changed', () => {
  // Ten articles, one of them reworded by the amendment: the two versions share far more than the
  // duplicate threshold, as 农业技术推广法 2012 and 2024 do, yet they are two versions, not copies.
  const articles = Array.from({ length: 10 }, (_, i) => `第${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][i]}条 县级以上人民政府应当将第${i + 1}项示例推广工作纳入本级发展规划，所需经费列入财政预算，并对工作成绩显著的单位和个人给予表彰。`);
  const version = (amended?: string) =>
    [
      '中华人民共和国示例推广法',
      '2012年8月31日 第十一届全国人民代表大会常务委员会第二十八次会议通过',
      ...(amended ? [`${amended} 第十四届全国人民代表大会常务委员会第九次会议《关于修改〈中华人民共和国示例推广法〉的决定》修正`] : []),
      ...articles.map((a, i) => (amended && i === 3 ? a.replace('给予表彰', '给予表彰和奖励') : a)),
    ].join('\n');

  it('keeps both versions, dated by their own lines and ordered by REVISES; an exact copy still merges', async () => {
    const r = await ingestTexts({ 'a-2012.txt': version(), 'b-2024.txt': version('2024年4月26日'), 'c-2024-copy.txt': version('2024年4月26日') });
    expect(r.report.failed).toEqual([]);
    expect(documents(r).map((d) => [d.id, d.issuedOn]).sort()).toEqual([
      ['doc:中华人民共和国示例推广法@2012-08-31', '2012-08-31'],
      ['doc:中华人民共和国示例推广法@2024-04-26', '2024-04-26'],
    ]);
    expect(r.report.duplicatesMerged).toBe(1);
    expect(edges(r, 'REVISES').map((e) => [e.source, e.target])).toEqual([
      ['doc:中华人民共和国示例推广法@2024-04-26', 'doc:中华人民共和国示例推广法@2012-08-31'],
    ]);
  });
});
