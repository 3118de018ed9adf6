// title: Programmes of a directive that no province carries
// description: The programmes and brands the directive's measures mention that no measure of any
//   provincial document mentions, with how often the directive mentions each.
// param directiveId: string — id of the higher Document, e.g. "doc:中国科协2020年科普工作要点"
// example: :param directiveId => "doc:中国科协2020年科普工作要点"
MATCH (:Measure {docId: $directiveId})-[r:MENTIONS]->(p)
WHERE p:Programme OR p:Brand
WITH p, sum(size(r.surfaces)) AS surfaces, count(r) AS measures
WHERE NOT EXISTS {
  MATCH (p)<-[:MENTIONS]-(m:Measure)
  MATCH (d:Document {id: m.docId})
  WHERE d.level = 'provincial'
}
RETURN p.id AS id, p.name AS name, labels(p)[0] AS type, measures
ORDER BY measures DESC, name
