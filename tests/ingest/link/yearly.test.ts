// Yearly plans: a plan for one year asks for that year's work; a document of a later year links to
// it only through a standing programme or a recurring event (a shared Programme or Brand).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../graph-schema/index.js';
import { ingestTexts } from './ingest-texts.js';
import { canImplement, planYear, regionChain, type RuleDoc } from '../../../ingest/link/rules.js';

describe('planYear and the expired flag', () => {
  it('reads the one year of a yearly plan, not a period, not a law', () => {
    expect(planYear('中国科协2020年科普工作要点', 'plan')).toBe(2020);
    expect(planYear('2024年湖北省科协科普工作要点', 'plan')).toBe(2024);
    expect(planYear('全民科学素质行动规划纲要（2021—2035年）', 'plan')).toBeUndefined();
    expect(planYear('湖北省科普工作方案', 'plan')).toBeUndefined();
    expect(planYear('某某省2010年实施办法', 'regulation')).toBeUndefined();
  });
  it('flags a later year’s document against a yearly plan, not one of the same year', () => {
    const doc = (d: Partial<RuleDoc>): RuleDoc => ({ ...d, regionChain: regionChain(d.region, (r) => (r === '湖北省' ? '全国' : undefined)) });
    const plan2020 = doc({ level: 'national', region: '全国', issuedOn: '2020-03-01', planYear: 2020 });
    expect(canImplement(doc({ level: 'provincial', region: '湖北省', issuedOn: '2024-03-01' }), plan2020)).toEqual({ ok: true, expired: true });
    expect(canImplement(doc({ level: 'provincial', region: '湖北省', issuedOn: '2020-05-01' }), plan2020)).toEqual({ ok: true });
  });
});

const programme = '持续推动流动科技馆巡展和科普大篷车进基层，服务农村和边远地区青少年。';
const generic = '加强科普工作统筹协调，完善部门联动工作机制，定期召开工作推进会议，督促各项任务落实到位。';
// Each plan has local items of its own, so that no two are near-duplicates of each other.
const LOCAL: Record<string, string[]> = {
  national: ['办好全国科技活动周，组织院士专家报告团走进学校、社区和乡村，举办科普讲座和展览。', '加强国家级科普教育基地认定管理，推动基地开放共享，提升展教水平和服务能力。'],
  hubei2020: ['开展荆楚科普大讲堂，邀请省内专家学者讲解防疫知识，录制系列视频节目。', '推进长江流域生态科普长廊建设，在沿江城市布设科普展板和互动装置。'],
  hubei2024: ['实施湖北科普作品创作扶持计划，评选优秀原创科普图书、动漫和短视频作品。', '建设光谷科技馆新馆，完善常设展区，开发面向中小学生的研学课程。'],
};
const plan = (title: string, issuer: string, date: string, local: string[]) =>
  [title, '', issuer, date, '', `一、${programme}`, '', `二、${generic}`, '', ...local.map((l, i) => `${'三四'[i]}、${l}`).flatMap((l) => [l, '']), ''].join('\n');
const FILES: Record<string, string> = {
  'national.txt': plan('中国科协2020年科普工作要点', '中国科协', '2020年3月1日', LOCAL.national),
  'hubei-2020.txt': plan('湖北省科协2020年科普工作要点', '湖北省科协', '2020年5月1日', LOCAL.hubei2020),
  'hubei-2024.txt': plan('湖北省科协2024年科普工作要点', '湖北省科协', '2024年3月1日', LOCAL.hubei2024),
};

let snapshot: Snapshot;
beforeAll(async () => {
  snapshot = await ingestTexts(FILES);
}, 120_000);

describe('links to an earlier year’s plan', () => {
  const links = () => {
    const m = new Map<string, string>();
    for (const n of snapshot.nodes) if (n.attributes.type === 'Measure') m.set(n.key, `${n.attributes.docId.replace('doc:', '')}#${n.attributes.path}`);
    return snapshot.edges.filter((e) => e.attributes.type === 'IMPLEMENTS').map((e) => `${m.get(e.source)} > ${m.get(e.target)}`);
  };
  it('keeps both tasks for a plan of the same year', () => {
    expect(links()).toEqual(expect.arrayContaining(['湖北省科协2020年科普工作要点#一 > 中国科协2020年科普工作要点#一', '湖北省科协2020年科普工作要点#二 > 中国科协2020年科普工作要点#二']));
  });
  it('keeps only the standing programme for a plan of a later year', () => {
    const later = links().filter((l) => l.startsWith('湖北省科协2024年科普工作要点') && l.includes('> 中国科协2020'));
    expect(later).toEqual(['湖北省科协2024年科普工作要点#一 > 中国科协2020年科普工作要点#一']);
  });
});
