// title: Target groups of a directive by region
// description: For each target group the directive mentions, the regions whose documents (below
//   the directive) mention it too, with how many of their documents and measures do; a group no
//   region mentions is listed with region null. One page of rows at a time; `total` is the number
//   of rows of every page.
// param directiveId: string — id of the higher Document, e.g. "doc:中国科协2020年科普工作要点"
// param skip: integer — rows skipped before this page (0: the first page)
// param limit: integer — rows per page
// example: :param directiveId => "doc:中国科协2020年科普工作要点"
// example: :param skip => 0
// example: :param limit => 100
// default: :param skip => 0
// default: :param limit => 100
// A group is mentioned by thousands of measures: the loader keeps on each entity how many
// documents and measures per (region, level) of corpus documents mention it (mentionRegion,
// mentionRegionLevel, mentionRegionDocs, mentionRegionMeasures: neo4j/derived.ts), so only the
// directive's own measures are walked here.
MATCH (dir:Document {id: $directiveId})
WITH dir, CASE dir.level WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END AS dirRank
MATCH (:Measure {docId: dir.id})-[:MENTIONS]->(g:TargetGroup)
WITH DISTINCT dirRank, g
// Each list is read from the node once (a group's lists run to hundreds of entries), then indexed.
OPTIONAL CALL (dirRank, g) {
  WITH dirRank, g.mentionRegion AS regionList, g.mentionRegionLevel AS levelList, g.mentionRegionDocs AS docList, g.mentionRegionMeasures AS measureList
  UNWIND range(0, size(coalesce(regionList, [])) - 1) AS i
  WITH dirRank, regionList, levelList, docList, measureList, i
  WHERE CASE levelList[i] WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END > dirRank
  RETURN regionList[i] AS region, sum(docList[i]) AS documents, sum(measureList[i]) AS measures
}
WITH g, region, documents, measures
ORDER BY g.name, region
WITH collect([g, region, coalesce(documents, 0), coalesce(measures, 0)]) AS rows
UNWIND rows[$skip..$skip + $limit] AS row
WITH row[0] AS g, row, size(rows) AS total
RETURN g.id AS groupId, g.name AS targetGroup, row[1] AS region, row[2] AS documents, row[3] AS measures, total
