// title: Target groups of a directive by region
// description: For each target group the directive mentions, the regions whose documents (below
//   the directive) mention it too, with how many of their documents and measures do; a group no
//   region mentions is listed with region null.
// param directiveId: string — id of the higher Document, e.g. "doc:中国科协2020年科普工作要点"
// example: :param directiveId => "doc:中国科协2020年科普工作要点"
MATCH (dir:Document {id: $directiveId})
MATCH (:Measure {docId: dir.id})-[:MENTIONS]->(g:TargetGroup)
WITH DISTINCT dir, g
OPTIONAL CALL (dir, g) {
  // Mentions grouped by document first: a group is mentioned by thousands of measures, but each
  // document is then looked up once. A corpus document's `region` is the name of the Region its
  // FOR_REGION points at (ingest/snapshot/build.ts), read here without walking its relationships.
  MATCH (g)<-[:MENTIONS]-(m:Measure)
  WITH m.docId AS docId, count(DISTINCT m) AS measures
  MATCH (d:Document {id: docId})
  WHERE d.inCorpus AND d.region IS NOT NULL AND d.id <> dir.id
    AND CASE d.level WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END >
        CASE dir.level WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END
  RETURN d.region AS region, count(DISTINCT d) AS documents, sum(measures) AS measures
}
RETURN g.id AS groupId, g.name AS targetGroup, region, coalesce(documents, 0) AS documents, coalesce(measures, 0) AS measures
ORDER BY targetGroup, region
