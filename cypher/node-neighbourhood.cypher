// title: A node and its neighbours
// description: One node of any type with the relationships that touch it (both directions) and
//   the nodes at their other end, up to a limit; ordered by relationship type, then neighbour id.
//   A node without neighbours comes back once, with empty relationship and neighbour. One page of
//   rows at a time; `total` is the number of relationships of every page. The node itself comes
//   on the page's first row (empty on the others). Nodes are maps {id, labels, properties} and
//   relationships {type, start, end, properties} (start, end: node ids); the properties the
//   loader derives for other queries are left out (null).
// param nodeId: string — id of any node, e.g. "doc:吉林省科协2020年科普工作要点"
// param skip: integer — relationships skipped before this page (0: the first page)
// param limit: integer — most relationships returned (rows per page), e.g. 25
// example: :param nodeId => "doc:吉林省科协2020年科普工作要点"
// example: :param skip => 0
// example: :param limit => 25
// default: :param skip => 0
// default: :param limit => 25
CALL {
  // One index seek per label of the graph (the `id` constraints), not a scan of every node;
  // neighbours are nodes of the graph's labels (rows a load is still staging are left out).
  MATCH (n:Document {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Measure {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Organisation {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Programme {id: $nodeId}) RETURN n
  UNION
  MATCH (n:TargetGroup {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Brand {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Target {id: $nodeId}) RETURN n
  UNION
  MATCH (n:Region {id: $nodeId}) RETURN n
}
WITH n, COUNT { (n)-[]-(:Document|Measure|Organisation|Programme|TargetGroup|Brand|Target|Region) } AS total
OPTIONAL MATCH (n)-[r]-(m:Document|Measure|Organisation|Programme|TargetGroup|Brand|Target|Region)
WITH n, r, m, total
ORDER BY type(r), m.id, r.key
SKIP $skip
LIMIT $limit
WITH n, total, collect({r: r, m: m}) AS page
UNWIND range(0, size(page) - 1) AS i
WITH n, total, i, page[i].r AS r, page[i].m AS m
// Without the properties the loader derives for other queries (neo4j/derived.ts: aggregates and
// id lists in those queries' order; a directive's citedBy holds thousands of ids): they are not
// facts of the node, and with them (and the node repeated on every row) a page of 16 rows of the
// 1,000-document bench came to about 200,000 characters of JSON and a p95 of 119 ms. Nor a Measure's
// cascadeKey (graph-schema MeasureLoadFields): a sort key for measure-cascade, with a NUL inside.
RETURN
  CASE WHEN i = 0 THEN {id: n.id, labels: labels(n), properties: n {.*,
    mentionLevels: null, mentionedBy: null, citedBy: null, mentionRegion: null,
    mentionRegionLevel: null, mentionRegionDocs: null, mentionRegionMeasures: null, lagRegion: null,
    lagMedianDays: null, lagMinDays: null, lagMaxDays: null, lagLinks: null, lagApprox: null,
    lagDocument: null, lagDocumentStart: null, lagProvince: null, lagProvinceMedianDays: null, lagProvinceMinDays: null,
    lagProvinceMaxDays: null, lagProvinceLinks: null, lagProvinceApprox: null, lagProvinceRegions: null,
    implementedMeasures: null, partialMeasures: null, viaImplementedMeasures: null, viaPartialMeasures: null,
    cascadePairs: null, cascadeDocs: null, cascadePaths: null,
    cascadeKey: null}} END AS node,
  CASE WHEN r IS NOT NULL THEN {type: type(r), start: startNode(r).id, end: endNode(r).id, properties: properties(r)} END AS relationship,
  CASE WHEN m IS NOT NULL THEN {id: m.id, labels: labels(m), properties: m {.*,
    mentionLevels: null, mentionedBy: null, citedBy: null, mentionRegion: null,
    mentionRegionLevel: null, mentionRegionDocs: null, mentionRegionMeasures: null, lagRegion: null,
    lagMedianDays: null, lagMinDays: null, lagMaxDays: null, lagLinks: null, lagApprox: null,
    lagDocument: null, lagDocumentStart: null, lagProvince: null, lagProvinceMedianDays: null, lagProvinceMinDays: null,
    lagProvinceMaxDays: null, lagProvinceLinks: null, lagProvinceApprox: null, lagProvinceRegions: null,
    implementedMeasures: null, partialMeasures: null, viaImplementedMeasures: null, viaPartialMeasures: null,
    cascadePairs: null, cascadeDocs: null, cascadePaths: null,
    cascadeKey: null}} END AS neighbour,
  total
