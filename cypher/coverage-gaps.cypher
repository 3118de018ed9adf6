// title: Coverage gaps of a lower-level plan against a higher-level one
// description: What the lower document leaves out of the higher one: the higher document's
//   leaf measures (numbered units, not notice or preamble) that no measure of the lower document
//   IMPLEMENTS, then the entities the higher document mentions and the lower one never does.
// param higherDocId: string — id of the higher-level (implemented) Document, e.g. "doc:中国科协2020年科普工作要点"
// param lowerDocId: string — id of the lower-level (implementing) Document, e.g. "doc:吉林省科协2020年科普工作要点"
// example: :param higherDocId => "doc:中国科协2020年科普工作要点"
// example: :param lowerDocId => "doc:吉林省科协2020年科普工作要点"
CALL {
  MATCH (hm:Measure {docId: $higherDocId})
  WHERE hm.leaf AND NOT hm.kind IN ['notice', 'preamble']
    AND NOT EXISTS { MATCH (:Measure {docId: $lowerDocId})-[:IMPLEMENTS]->(hm) }
  RETURN 'measure' AS gap, hm.id AS id, hm.name AS name, hm.path AS detail, hm.ordinal AS ordinal
  UNION ALL
  MATCH (:Measure {docId: $higherDocId})-[:MENTIONS]->(e:Organisation|Programme|TargetGroup|Brand)
  WHERE NOT EXISTS { MATCH (:Measure {docId: $lowerDocId})-[:MENTIONS]->(e) }
  WITH DISTINCT e
  RETURN 'entity' AS gap, e.id AS id, e.name AS name, labels(e)[0] AS detail, null AS ordinal
}
RETURN gap, id, name, detail
ORDER BY CASE gap WHEN 'measure' THEN 0 ELSE 1 END, ordinal, detail, id
