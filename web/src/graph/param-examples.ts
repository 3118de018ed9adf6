// Canned-query inputs for the graph the explorer holds. The queries' examples name nodes of the
// sample corpus (doc:中国科协2020年科普工作要点, 吉林省, brand:科普中国): on any other corpus every
// canned query ran on them and answered 0 rows (session 21's walk on the 消防 family). An example
// the graph does not have is replaced by a node of this graph in the same role: the gap view's
// default pair (higher: a directive, lower: its best-linked province), the higher document's most
// implemented measure, the most mentioned entity, the lower document's region.
import { defaultDocumentPair } from './corpus-documents.js';
import type { PolicyGraph } from './policy-graph.js';

const ENTITY_TYPES = new Set(['Organisation', 'Programme', 'TargetGroup', 'Brand']);

/** Stand-ins by parameter name (only the names the canned queries use for node ids and regions). */
export function graphExamples(g: PolicyGraph): Record<string, string> {
  const { higher, lower } = defaultDocumentPair(g);
  const out: Record<string, string> = {};
  if (higher) Object.assign(out, { docId: higher, directiveId: higher, higherDocId: higher });
  if (lower) Object.assign(out, { lowerDocId: lower, nodeId: lower });
  const lowerAttrs = lower && g.hasNode(lower) ? g.getNodeAttributes(lower) : null;
  const region = lowerAttrs?.type === 'Document' ? lowerAttrs.region : undefined;
  if (region) out.region = region;
  let measure: [string, number] | null = null;
  let entity: [string, number] | null = null;
  g.forEachNode((id, a) => {
    if (a.type === 'Measure' && a.docId === higher) {
      const n = g.inEdges(id).filter((e) => g.getEdgeAttribute(e, 'type') === 'IMPLEMENTS').length;
      if (n > 0 && (!measure || n > measure[1])) measure = [id, n];
    } else if (ENTITY_TYPES.has(a.type)) {
      const n = g.inDegree(id);
      if (!entity || n > entity[1]) entity = [id, n];
    }
  });
  if (measure) out.measureId = measure[0];
  if (entity) out.entityId = entity[0];
  const cited = mostArticleCited(g);
  if (cited) {
    out[`${ARTICLE_CITATIONS}.docId`] = cited.docId;
    if (cited.article) out[`${ARTICLE_CITATIONS}.article`] = cited.article;
  }
  return out;
}

const ARTICLE_CITATIONS = 'article-citations';

/** The stand-ins for one canned query: `<query>.<param>` entries win over the shared ones. Session 23
 *  (qa walk on 安全生产 and 道路交通安全): article-citations ran on the gap view's directive, which no
 *  lower measure cites by number, and answered 0 rows although 聊城 cites 道路交通安全法 第九十五条. */
export function queryExamples(examples: Record<string, string>, query: string | undefined): Record<string, string> {
  if (!query) return examples;
  const own = Object.entries(examples).filter(([k]) => k.startsWith(`${query}.`)).map(([k, v]) => [k.slice(query.length + 1), v]);
  return { ...examples, ...Object.fromEntries(own) };
}

/** The document whose articles lower measures cite by number most often (IMPLEMENTS with citedArticle),
 *  and its most cited article as the query's `article` input names it (第九十五条; the example's
 *  第二十八条 would leave the rows out). */
function mostArticleCited(g: PolicyGraph): { docId: string; article?: string } | null {
  const byDoc = new Map<string, number>();
  const byMeasure = new Map<string, number>();
  g.forEachEdge((_e, a, _s, target) => {
    if (a.type !== 'IMPLEMENTS' || !a.citedArticle) return;
    const t = g.getNodeAttributes(target);
    if (t.type !== 'Measure') return;
    byDoc.set(t.docId, (byDoc.get(t.docId) ?? 0) + 1);
    byMeasure.set(target, (byMeasure.get(target) ?? 0) + 1);
  });
  const top = <K>(m: Map<K, number>, keep: (k: K) => boolean = () => true): K | undefined =>
    [...m].filter(([k]) => keep(k)).reduce<[K, number] | undefined>((b, x) => (!b || x[1] > b[1] ? x : b), undefined)?.[0];
  const docId = top(byDoc);
  if (!docId) return null;
  const measure = top(byMeasure, (m) => g.getNodeAttribute(m, 'docId' as never) === docId);
  const path = measure ? String(g.getNodeAttribute(measure, 'path' as never) ?? '') : '';
  const article = path.split('/').find((s) => /^第.+条$/.test(s));
  return { docId, ...(article ? { article } : {}) };
}

/** True when `value` names something in `g`: a node id, or a region by name. */
export function inGraph(g: PolicyGraph, value: string): boolean {
  return g.hasNode(value) || g.hasNode(`region:${value}`);
}
