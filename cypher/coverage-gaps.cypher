// title: Coverage gaps of a lower-level plan against a higher-level one
// description: What the lower document leaves out of the higher one: the higher document's
//   leaf measures (numbered units, not notice or preamble) that no measure of the lower document
//   IMPLEMENTS, directly or through an intermediate document between them on its region chain (a
//   city's regulation → its province's → the law), then the entities the higher document mentions and the lower one never does.
// param higherDocId: string — id of the higher-level (implemented) Document, e.g. "doc:中国科协2020年科普工作要点"
// param lowerDocId: string — id of the lower-level (implementing) Document, e.g. "doc:吉林省科协2020年科普工作要点"
// example: :param higherDocId => "doc:中国科协2020年科普工作要点"
// example: :param lowerDocId => "doc:吉林省科协2020年科普工作要点"
// What the lower document implements and mentions is read once, from its own measures: the
// higher document's measures and entities can be hubs (an entity mentioned by thousands of
// measures), so no check walks back from them.
// A measure the lower document carries through a chain is not a gap (coverage/ "via"): a measure of it
// implements a measure of an intermediate document (of a level strictly between the two, in a region on
// the lower document's region chain: 河南省 for a 焦作市 regulation) that implements the higher measure.
OPTIONAL MATCH (lower:Document {id: $lowerDocId})
OPTIONAL MATCH (higher:Document {id: $higherDocId})
WITH [(lower)-[:FOR_REGION]->(:Region)-[:PART_OF*0..3]->(r:Region) | r.name] AS chain,
     CASE lower.level WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END AS lowerRank,
     CASE higher.level WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END AS higherRank
WITH COLLECT { MATCH (:Measure {docId: $lowerDocId})-[:IMPLEMENTS]->(t) RETURN DISTINCT t.id } +
     COLLECT {
       MATCH (:Measure {docId: $lowerDocId})-[:IMPLEMENTS]->(mm:Measure)-[:IMPLEMENTS]->(t:Measure {docId: $higherDocId})
       WHERE mm.docId <> $lowerDocId AND mm.docRegion IN chain
         AND CASE mm.docLevel WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END > higherRank
         AND CASE mm.docLevel WHEN 'central' THEN 0 WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END < lowerRank
       RETURN DISTINCT t.id
     } AS implemented,
     COLLECT { MATCH (:Measure {docId: $lowerDocId})-[:MENTIONS]->(x) RETURN DISTINCT x.id } AS mentioned
CALL (implemented, mentioned) {
  MATCH (hm:Measure {docId: $higherDocId})
  WHERE hm.leaf AND NOT hm.kind IN ['notice', 'preamble'] AND NOT hm.id IN implemented
  RETURN 'measure' AS gap, hm.id AS id, hm.name AS name, hm.path AS detail, hm.ordinal AS ordinal
  UNION ALL
  MATCH (:Measure {docId: $higherDocId})-[:MENTIONS]->(e:Organisation|Programme|TargetGroup|Brand)
  WHERE NOT e.id IN mentioned
  WITH DISTINCT e
  RETURN 'entity' AS gap, e.id AS id, e.name AS name, labels(e)[0] AS detail, null AS ordinal
}
RETURN gap, id, name, detail
ORDER BY CASE gap WHEN 'measure' THEN 0 ELSE 1 END, ordinal, detail, id
