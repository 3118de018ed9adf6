// A small policy graph in Chinese for the web tests: two plans (national → provincial), their
// measures with real offsets, mentions with spans, a target, citations and one IMPLEMENTS link.
import { MultiDirectedGraph } from 'graphology';
import {
  Snapshot,
  edgeKey,
  type EdgeAttributes,
  type NodeAttributes,
  type SnapshotAttributes,
  type Span,
} from '../../graph-schema/index.js';

export const NATIONAL = 'doc:中国科协2022年科普工作要点';
export const JILIN = 'doc:吉林省科协2022年科普工作要点';
export const DIRECTIVE = 'doc:关于新时代进一步加强科学技术普及工作的意见';

export const NATIONAL_TEXT = [
  '中国科协2022年科普工作要点',
  '一、深化基层科普',
  '1.中国科协联合全国学会实施基层科普行动计划，面向青少年开展科普中国进校园活动。全年举办科普活动不少于1000场。',
  '2.建设科学辟谣平台；动员科技工作者参与科学辟谣！',
].join('\n');
export const JILIN_TEXT = [
  '吉林省科协2022年科普工作要点',
  '为贯彻落实《关于新时代进一步加强科学技术普及工作的意见》，制定本要点。',
  '1.吉林省科协落实基层科普行动计划，组织青少年参加科普中国活动，全省举办科普活动不少于100场。',
].join('\n');

type G = MultiDirectedGraph<NodeAttributes, EdgeAttributes, SnapshotAttributes>;

function spansOf(text: string, surface: string, origin: number): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    out.push([origin + i, origin + i + surface.length]);
  }
  if (!out.length) throw new Error(`fixture: ${surface} not in ${text.slice(0, 20)}…`);
  return out;
}

function addMeasure(g: G, docId: string, docText: string, path: string, ordinal: number, text: string) {
  const start = docText.indexOf(text);
  if (start < 0) throw new Error(`fixture: measure ${path} not in ${docId}`);
  const id = `${docId}#${path}`;
  g.addNode(id, {
    type: 'Measure',
    name: text.slice(2, 16),
    text,
    docId,
    path,
    ordinal,
    span: [start, start + text.length],
    kind: 'item',
    leaf: true,
  });
  g.addEdgeWithKey(edgeKey('HAS_MEASURE', docId, id), docId, id, { type: 'HAS_MEASURE', ordinal });
  return { id, start, text };
}

function mention(g: G, measure: { id: string; start: number; text: string }, entity: string, surface: string) {
  const text = measure.text;
  g.addEdgeWithKey(edgeKey('MENTIONS', measure.id, entity), measure.id, entity, {
    type: 'MENTIONS',
    spans: spansOf(text, surface, measure.start),
    surfaces: [surface],
  });
}

export function fixtureGraph(): G {
  const g: G = new MultiDirectedGraph({ allowSelfLoops: false });
  g.replaceAttributes({ schemaVersion: 1, corpus: 'fixture', files: ['national.txt', 'jilin.txt'], errors: [] });
  g.addNode('region:全国', { type: 'Region', name: '全国', level: 'country' });
  g.addNode('region:吉林省', { type: 'Region', name: '吉林省', level: 'province' });
  g.addEdgeWithKey(edgeKey('PART_OF', 'region:吉林省', 'region:全国'), 'region:吉林省', 'region:全国', { type: 'PART_OF' });
  g.addNode('org:中国科协', { type: 'Organisation', name: '中国科协', aliases: ['中国科学技术协会'] });
  g.addNode('org:吉林省科协', { type: 'Organisation', name: '吉林省科协', aliases: ['吉林省科学技术协会'], region: '吉林省' });
  g.addNode('org:全国学会', { type: 'Organisation', name: '全国学会', aliases: [] });
  g.addNode('prog:基层科普行动计划', { type: 'Programme', name: '基层科普行动计划', aliases: ['基层科普计划'] });
  g.addNode('prog:科学辟谣平台', { type: 'Programme', name: '科学辟谣平台', aliases: [] });
  g.addNode('group:青少年', { type: 'TargetGroup', name: '青少年', aliases: [] });
  g.addNode('group:科技工作者', { type: 'TargetGroup', name: '科技工作者', aliases: [] });
  g.addNode('brand:科普中国', { type: 'Brand', name: '科普中国', aliases: ['“科普中国”'] });

  g.addNode(NATIONAL, {
    type: 'Document', name: '中国科协2022年科普工作要点', inCorpus: true, level: 'national', region: '全国',
    issuer: '中国科协', issuedOn: '2022-03-01', year: 2022, docNumber: '科协发普字〔2022〕1号',
    sources: ['national.txt'], text: NATIONAL_TEXT,
  });
  g.addNode(JILIN, {
    type: 'Document', name: '吉林省科协2022年科普工作要点', inCorpus: true, level: 'provincial', region: '吉林省',
    issuer: '吉林省科协', year: 2022, sources: ['jilin.txt'], text: JILIN_TEXT,
  });
  g.addNode(DIRECTIVE, {
    type: 'Document', name: '关于新时代进一步加强科学技术普及工作的意见', inCorpus: false, level: 'central', sources: [],
    aliases: ['《意见》'],
  });
  for (const [doc, org, region] of [[NATIONAL, 'org:中国科协', 'region:全国'], [JILIN, 'org:吉林省科协', 'region:吉林省']]) {
    g.addEdgeWithKey(edgeKey('ISSUED_BY', doc, org), doc, org, { type: 'ISSUED_BY' });
    g.addEdgeWithKey(edgeKey('FOR_REGION', doc, region), doc, region, { type: 'FOR_REGION' });
  }

  const n1Text = NATIONAL_TEXT.split('\n')[2];
  const n1 = addMeasure(g, NATIONAL, NATIONAL_TEXT, '一/1', 1, n1Text);
  const n2 = addMeasure(g, NATIONAL, NATIONAL_TEXT, '一/2', 2, NATIONAL_TEXT.split('\n')[3]);
  const j1Text = JILIN_TEXT.split('\n')[2];
  const j1 = addMeasure(g, JILIN, JILIN_TEXT, '1', 1, j1Text);
  mention(g, n1, 'org:中国科协', '中国科协');
  mention(g, n1, 'org:全国学会', '全国学会');
  mention(g, n1, 'prog:基层科普行动计划', '基层科普行动计划');
  mention(g, n1, 'group:青少年', '青少年');
  mention(g, n1, 'brand:科普中国', '科普中国');
  mention(g, n2, 'prog:科学辟谣平台', '科学辟谣平台');
  mention(g, n2, 'group:科技工作者', '科技工作者');
  mention(g, j1, 'org:吉林省科协', '吉林省科协');
  mention(g, j1, 'prog:基层科普行动计划', '基层科普行动计划');
  mention(g, j1, 'group:青少年', '青少年');
  mention(g, j1, 'brand:科普中国', '科普中国');

  const t1 = `target:${n1.id}#1`;
  const [ts] = spansOf(n1Text, '不少于1000场', n1.start);
  g.addNode(t1, {
    type: 'Target', name: '全年举办科普活动不少于1000场', metric: '科普活动', comparator: '>=', value: 1000,
    unit: '场', year: 2022, measureId: n1.id, docId: NATIONAL, span: ts,
  });
  g.addEdgeWithKey(edgeKey('SETS', n1.id, t1), n1.id, t1, { type: 'SETS' });

  g.addEdgeWithKey(edgeKey('CITES', JILIN, DIRECTIVE), JILIN, DIRECTIVE, {
    type: 'CITES', spans: spansOf(JILIN_TEXT, '《关于新时代进一步加强科学技术普及工作的意见》', 0), via: ['title'],
  });
  g.addEdgeWithKey(edgeKey('CITES', NATIONAL, DIRECTIVE), NATIONAL, DIRECTIVE, {
    type: 'CITES', spans: [[0, 4]], via: ['abbreviation'],
  });
  g.addEdgeWithKey(edgeKey('IMPLEMENTS', j1.id, n1.id), j1.id, n1.id, {
    type: 'IMPLEMENTS', verdict: 'implements', score: 0.72,
    evidence: {
      passages: [],
      sharedEntities: ['prog:基层科普行动计划', 'group:青少年', 'brand:科普中国'],
      signals: { reuse: 0.4, text: 0.6, entities: 0.75 },
    },
  });
  return g;
}

export function fixtureSnapshot(): Snapshot {
  return Snapshot.parse(fixtureGraph().export());
}
