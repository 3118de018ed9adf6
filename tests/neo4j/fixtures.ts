// Small hand-built snapshots for the Neo4j suites: a national 2020 plan and a 吉林 plan that
// implements part of it, built with graphology and exported like ingest does.
import Graph from 'graphology';
import {
  Snapshot,
  edgeKey,
  measureId,
  nodeId,
  type EdgeAttributes,
  type NodeAttributes,
} from '../../graph-schema/index.js';

type PolicyGraph = InstanceType<typeof Graph.MultiDirectedGraph<NodeAttributes, EdgeAttributes>>;

export const NATIONAL = nodeId('Document', '中国科协2020年科普工作要点');
export const JILIN = nodeId('Document', '吉林省科协2020年科普工作要点');
export const CITED = nodeId('Document', '全民科学素质行动计划纲要');
export const CAST = nodeId('Organisation', '中国科协');
export const KEPU_CHINA = nodeId('Brand', '科普中国');
export const YOUTH = nodeId('TargetGroup', '青少年');

/** Builds a graph with `build`, exports it and checks it against the Snapshot schema. */
export function buildSnapshot(build: (g: PolicyGraph) => void): Snapshot {
  const g = new Graph.MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
  build(g);
  const exported = g.export() as unknown as Record<string, unknown>;
  const attributes = { schemaVersion: 1, corpus: 'fixtures', files: [], errors: [] };
  return Snapshot.parse({ ...exported, attributes });
}

export function link(g: PolicyGraph, source: string, target: string, attributes: EdgeAttributes): void {
  g.addDirectedEdgeWithKey(edgeKey(attributes.type, source, target), source, target, attributes);
}

function doc(g: PolicyGraph, id: string, year: number, level: 'national' | 'provincial', inCorpus = true): void {
  g.addNode(id, { type: 'Document', name: id.slice(4), inCorpus, level, year, sources: inCorpus ? [`${year}.txt`] : [] });
}

/** Adds measures `paths` (in reading order) under `docId`, nesting `a/b` under `a`. */
function measures(g: PolicyGraph, docId: string, paths: string[]): string[] {
  return paths.map((path, i) => {
    const id = measureId(docId, path);
    const start = 100 * (i + 1);
    const kind = path.includes('/') ? 'item' : 'section';
    const leaf = !paths.some((other) => other.startsWith(`${path}/`));
    g.addNode(id, {
      type: 'Measure', name: `${path} 措施`, text: `${path} 的正文`, docId, path, ordinal: i,
      span: [start, start + 50], kind, leaf,
    });
    const parent = path.includes('/') ? measureId(docId, path.slice(0, path.lastIndexOf('/'))) : docId;
    link(g, parent, id, { type: 'HAS_MEASURE', ordinal: i });
    return id;
  });
}

export function smallSnapshot(): Snapshot {
  return buildSnapshot((g) => {
    doc(g, NATIONAL, 2020, 'national');
    doc(g, JILIN, 2020, 'provincial');
    doc(g, CITED, 2006, 'national', false);
    g.addNode(CAST, { type: 'Organisation', name: '中国科协', aliases: ['中国科学技术协会'] });
    g.addNode(KEPU_CHINA, { type: 'Brand', name: '科普中国', aliases: [] });
    g.addNode(YOUTH, { type: 'TargetGroup', name: '青少年', aliases: [] });
    g.addNode('region:吉林省', { type: 'Region', name: '吉林省', level: 'province' });
    g.addNode('region:全国', { type: 'Region', name: '全国', level: 'country' });
    link(g, 'region:吉林省', 'region:全国', { type: 'PART_OF' });
    link(g, JILIN, 'region:吉林省', { type: 'FOR_REGION' });
    link(g, NATIONAL, CAST, { type: 'ISSUED_BY' });

    const [n1, , n11, n2, n3] = measures(g, NATIONAL, ['一', '一/1', '一/2', '二', '三']);
    const [, j1, j2] = measures(g, JILIN, ['一', '一/1', '一/2']);
    link(g, n11, KEPU_CHINA, { type: 'MENTIONS', spans: [[210, 214]], surfaces: ['科普中国'] });
    link(g, n11, YOUTH, { type: 'MENTIONS', spans: [[220, 223]], surfaces: ['青少年'] });
    link(g, n2, CAST, { type: 'MENTIONS', spans: [[410, 414], [430, 434]], surfaces: ['中国科协', '中国科协'] });
    link(g, j1, KEPU_CHINA, { type: 'MENTIONS', spans: [[105, 109]], surfaces: ['科普中国'] });
    const target = `target:${j2}#1`;
    g.addNode(target, {
      type: 'Target', name: '举办科普活动不少于30场', metric: '科普活动', comparator: '>=', value: 30, unit: '场',
      year: 2020, measureId: j2, docId: JILIN, span: [215, 225],
    });
    link(g, j2, target, { type: 'SETS' });
    link(g, JILIN, CITED, { type: 'CITES', spans: [[10, 25]], via: ['title'] });
    link(g, n1, CITED, { type: 'CITES', spans: [[120, 135], [160, 164]], via: ['title', 'abbreviation'] });
    link(g, j1, n11, {
      type: 'IMPLEMENTS', verdict: 'implements', score: 0.82,
      evidence: { passages: [{ lower: [100, 120], higher: [210, 230], text: '打造社会化大科普格局' }], sharedEntities: [KEPU_CHINA], signals: { reuse: 0.7, text: 0.8, entities: 1 } },
    });
    link(g, j2, n3, { type: 'IMPLEMENTS', verdict: 'implements', score: 0.41, evidence: { passages: [], sharedEntities: [], signals: { reuse: 0, text: 0.5, entities: 0 } } });
  });
}
