// title: Programmes of a directive that no province carries
// description: The programmes and brands the directive's measures mention that no measure of any
//   provincial document mentions, nor any provincial document carries under a narrower or region-prefixed
//   form (CARRIES: 上海市科技成果信息系统 for 科技成果信息系统), with how often the directive mentions each.
// param directiveId: string — id of the higher Document, e.g. "doc:中国科协2020年科普工作要点"
// example: :param directiveId => "doc:中国科协2020年科普工作要点"
// A programme can be mentioned by thousands of measures: the loader keeps on each entity the levels
// of the documents whose measures mention it (mentionLevels: neo4j/derived.ts) instead of this query
// walking them back. The documents carrying it under another form are few (CARRIES: one edge per lower document
// and entity, only where the document does not mention the node itself).
MATCH (:Measure {docId: $directiveId})-[r:MENTIONS]->(p)
WHERE p:Programme OR p:Brand
WITH p, count(r) AS measures
WHERE NOT 'provincial' IN coalesce(p.mentionLevels, [])
  AND NOT EXISTS { MATCH (p)<-[:CARRIES]-(:Document {level: 'provincial'}) }
RETURN p.id AS id, p.name AS name, labels(p)[0] AS type, measures
ORDER BY measures DESC, name
