// The link stage inside the pipeline, on small plans written for the purpose: the cascade rules
// decide which documents may be linked, and every edge carries verdict, score, lag and evidence.
import { describe, expect, it, beforeAll } from 'vitest';
import type { Snapshot } from '../../../graph-schema/index.js';
import { ingestTexts } from './ingest-texts.js';

const task = '推动科学辟谣平台建设，建设谣言库、辟谣资源库、权威专家库，持续拓宽传播渠道。';
const other = '推动流动科技馆常态化巡展，开展科普大篷车进基层活动，服务农村青少年。';
// Each plan has local items of its own, so that no two are near-duplicates of each other.
const local = (place: string) =>
  [
    `三、办好${place}科技活动周，组织${place}院士专家报告团走进学校、社区、企业和乡村，举办科普讲座和展览。`,
    `四、完善${place}科普基础设施，推进${place}科技馆提质改造和社区科普场所建设，提升开放服务水平。`,
    `五、加强${place}科普人才培养，开展${place}科普讲解大赛和科学实验展演，扩大科普志愿者队伍。`,
  ].join('\n\n');
const plan = (title: string, issuer: string, date: string | null, body: string) =>
  [title, '', issuer, date ?? '', '', `一、${body}`, '', `二、${other}`, '', local(title.slice(0, 3)), ''].join('\n');

const FILES: Record<string, string> = {
  'national.txt': plan('中国科协2022年科普工作方案', '中国科协', '2022年9月16日', task),
  'hubei.txt': plan('湖北省科协2023年科普工作要点', '湖北省科协', '2023年3月1日', task),
  'wuhan.txt': plan('武汉市科协2023年科普工作要点', '武汉市科协', '2023年6月1日', task),
  'jilin-early.txt': plan('吉林省科协2021年科普工作要点', '吉林省科协', '2021年1月10日', task),
  'changchun.txt': plan('长春市科协2023年科普工作要点', '长春市科协', '2023年6月1日', task),
};

let snapshot: Snapshot;
const docs = new Map<string, { name: string; issuedOn?: string; level?: string; region?: string; subject?: string[] }>();
const docOf = new Map<string, string>();
const links = () =>
  snapshot.edges.filter((e) => e.attributes.type === 'IMPLEMENTS').map((e) => `${docs.get(docOf.get(e.source)!)!.name} > ${docs.get(docOf.get(e.target)!)!.name}`);

beforeAll(async () => {
  snapshot = await ingestTexts(FILES);
  for (const n of snapshot.nodes) {
    if (n.attributes.type === 'Document') docs.set(n.key, n.attributes);
    if (n.attributes.type === 'Measure') docOf.set(n.key, n.attributes.docId);
  }
}, 120_000);

describe('link stage', () => {
  it('reads the plans’ levels, regions and dates (the rules’ input)', () => {
    const byName = new Map([...docs.values()].map((d) => [d.name, d]));
    expect(byName.get('武汉市科协2023年科普工作要点')).toMatchObject({ level: 'municipal', region: '武汉市', issuedOn: '2023-06-01' });
    expect(byName.get('中国科协2022年科普工作方案')).toMatchObject({ level: 'national' });
  });

  it('names each document’s subject (Document.subject): the words its plans share, not their formulae', () => {
    for (const d of docs.values()) {
      if (!d.subject) continue;
      expect(d.subject.length).toBeGreaterThan(0);
      expect(d.subject).not.toContain('工作');
    }
    const inCorpus = [...docs.values()].filter((d) => d.subject);
    expect(inCorpus.length).toBe(Object.keys(FILES).length);
    expect(inCorpus.every((d) => d.subject!.some((w) => /科普|辟谣/.test(w)))).toBe(true);
  });

  it('links a city to its province and to the national plan, a province to the national plan', () => {
    const got = new Set(links());
    expect(got).toContain('武汉市科协2023年科普工作要点 > 湖北省科协2023年科普工作要点');
    expect(got).toContain('武汉市科协2023年科普工作要点 > 中国科协2022年科普工作方案');
    expect(got).toContain('湖北省科协2023年科普工作要点 > 中国科协2022年科普工作方案');
    expect(got).toContain('长春市科协2023年科普工作要点 > 中国科协2022年科普工作方案');
  });

  it('never links across provinces, upward to a lower level, or to a document issued later', () => {
    const got = links();
    expect(got.filter((l) => l.startsWith('长春市') && l.includes('> 湖北省'))).toEqual([]);
    expect(got.filter((l) => l.startsWith('武汉市') && l.includes('> 吉林省'))).toEqual([]);
    expect(got.filter((l) => l.startsWith('吉林省科协2021'))).toEqual([]); // issued before the national plan
    expect(got.filter((l) => l.startsWith('中国科协'))).toEqual([]);
  });

  it('gives every edge a verdict by the snapshot’s thresholds, a lag in days and evidence with spans', () => {
    const t = snapshot.attributes.linkThresholds!;
    expect(t.implements).toBeGreaterThan(t.partial);
    // The subject gate's cutoff is recorded beside the verdict thresholds (the report and the Gaps view print it).
    expect(t.subjectMinCosine).toBeGreaterThan(0);
    const edges = snapshot.edges.filter((e) => e.attributes.type === 'IMPLEMENTS');
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) {
      if (e.attributes.type !== 'IMPLEMENTS') continue;
      const a = e.attributes;
      expect(a.verdict).toBe(a.score >= t.implements ? 'implements' : 'partial');
      expect(a.score).toBeGreaterThanOrEqual(t.partial);
      const [lo, hi] = [docs.get(docOf.get(e.source)!)!, docs.get(docOf.get(e.target)!)!];
      expect(a.lagDays).toBe(Math.round((Date.parse(lo.issuedOn!) - Date.parse(hi.issuedOn!)) / 86_400_000));
    }
    const zz = edges.find((e) => e.source.includes('武汉') && e.target.includes('湖北') && e.source.endsWith('#一'))!;
    expect(zz.attributes).toMatchObject({ verdict: 'implements', lagDays: 92 });
    if (zz.attributes.type === 'IMPLEMENTS') expect(zz.attributes.evidence.passages.map((p) => p.text).join('')).toContain('辟谣资源库');
  });
});
